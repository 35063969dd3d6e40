"""Percentiles from pytest-benchmark's raw timings, recorded beside its own statistics."""

from __future__ import annotations

from typing import Any


def percentile(samples: list[float], fraction: float) -> float:
    """Return the nearest-rank percentile of the samples."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))
    return ordered[index]


def record_p95(benchmark: Any) -> float:
    """Store the p95 in milliseconds in the benchmark's extra info and return it."""
    samples = list(benchmark.stats.stats.data)
    p95_ms = percentile(samples, 0.95) * 1000
    benchmark.extra_info["p95_ms"] = round(p95_ms, 4)
    return p95_ms
