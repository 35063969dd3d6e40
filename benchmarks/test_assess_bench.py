"""assess() speed: shipped packs (target p95 < 5 ms) and a 1,000-clause pack (< 25 ms).

A baseline of a fixed pure-Python workload runs in the same session, so figures from a
noisy machine can be read as ratios too.
"""

import json
from pathlib import Path

import pytest

from benchmarks.stats import record_p95
from benchmarks.synthetic import synthetic_pack
from reviewer import assess, default_policy_packs, default_questionnaire
from reviewer.resources import examples_dir


def _heaviest_example() -> dict:
    """Return the example answers that trigger the most clauses."""
    questionnaire, packs = default_questionnaire(), default_policy_packs()
    best: dict = {}
    best_count = -1
    for path in sorted(Path(examples_dir()).glob("*.json")):
        answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
        count = len(assess(questionnaire, packs, answers).triggers)
        if count > best_count:
            best, best_count = answers, count
    return best


@pytest.fixture(scope="module")
def answers() -> dict:
    return _heaviest_example()


def test_baseline_fixed_workload(benchmark):
    benchmark.pedantic(lambda: sum(i * i for i in range(20_000)), rounds=200, iterations=1)
    record_p95(benchmark)


def test_assess_shipped_packs(benchmark, answers):
    questionnaire, packs = default_questionnaire(), default_policy_packs()
    result = benchmark.pedantic(
        assess, args=(questionnaire, packs, answers), rounds=500, iterations=1, warmup_rounds=20
    )
    assert result.triggers
    record_p95(benchmark)


def test_assess_synthetic_1000_clauses(benchmark, answers):
    questionnaire = default_questionnaire()
    pack = synthetic_pack(questionnaire, 1000)
    result = benchmark.pedantic(
        assess, args=(questionnaire, [pack], answers), rounds=200, iterations=1, warmup_rounds=5
    )
    assert len(pack.clauses) == 1000
    assert result.pins.packs[0].id == "synthetic"
    record_p95(benchmark)
