"""`db push` batches: by count, and by the bytes of evidence a batch holds in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.service import push
from tests.helpers.content import complete_answers, open_service


def test_a_batch_stops_at_its_byte_budget_and_a_large_review_travels_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(push, "BATCH_BYTES", 1000)
    seen: list[int] = []
    with open_service(f"sqlite:///{tmp_path / 'laptop.sqlite3'}") as laptop:
        refs = [
            laptop.create_review(f"R{n}", "Acme", complete_answers()).review.reference
            for n in range(5)
        ]
        laptop.add_attachment(refs[1], "big.bin", bytes(1500))  # over the budget alone
        laptop.add_attachment(refs[2], "a.bin", bytes(600))
        laptop.add_attachment(refs[3], "b.bin", bytes(600))  # 600 + 600 > 1000: next batch
        report = laptop.push_reviews(
            f"sqlite:///{tmp_path / 'team.sqlite3'}",
            progress=lambda r: seen.append(r.done),
            batch=3,
        )
    assert seen == [1, 2, 3, 5]  # [R1], [R2 big], [R3], [R4, R5]
    assert sorted(report.sent) == sorted(refs) and not report.refused
    with open_service(f"sqlite:///{tmp_path / 'team.sqlite3'}") as team:
        assert team.count_reviews() == 5
        assert [a.size for a in team.get_review(refs[1]).attachments] == [1500]
        assert team.check().ok
