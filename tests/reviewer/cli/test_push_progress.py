"""`db push`'s progress line: counts first (scripts read them), then a bar, then the tally."""

from __future__ import annotations

import pytest

from reviewer.cli.push import _progress, progress_bar
from reviewer.service.push import PushRefusal, PushReport


def test_the_bar_fills_with_the_reviews_handled() -> None:
    assert progress_bar(0, 10) == "[" + "-" * 20 + "]"
    assert progress_bar(5, 10) == "[" + "#" * 10 + "-" * 10 + "]"
    assert progress_bar(10, 10) == "[" + "#" * 20 + "]"
    assert progress_bar(0, 0) == "[" + "#" * 20 + "]"  # nothing to send is done


def test_each_batch_prints_counts_bar_and_tally(capsys: pytest.CaptureFixture[str]) -> None:
    report = PushReport(target="team", total=4, sent=["R-1"], unchanged=2)
    report.refused.append(PushRefusal("R-4", "changed on both sides"))
    _progress(report)
    assert capsys.readouterr().err == (
        "Pushing to team: 4/4 reviews [####################]"
        " (1 new, 0 updated, 2 already there, 1 refused)\n"
    )
    _progress(PushReport(target="team", total=4, sent=["R-1"]))
    line = capsys.readouterr().err
    assert line.startswith("Pushing to team: 1/4 reviews [#####---------------] (1 new")
    assert int(line.split(": ")[1].split("/")[0]) == 1  # as the kill test reads it
