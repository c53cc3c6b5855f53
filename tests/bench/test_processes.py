"""The whole-process section of the benchmark runs the real commands and reports ratios against
the baselines it ran beside them (how fast is the benchmark's business, not a test's)."""

from __future__ import annotations

import pytest

from workbench.bench.processes import bench_processes


@pytest.mark.slow
def test_the_processes_section_runs_every_command_and_reports_ratios(tmp_path):
    results = {r.name: r for r in bench_processes(tmp_path, docs=30, runs=1)}
    imports = results["import 30 articles (0 MB JSONL): init + import, whole processes"]
    assert imports.target == 1.0 and imports.higher_is_better
    assert imports.ratio == pytest.approx(imports.baseline_seconds / imports.seconds)
    assert "sqlite-utils insert" in imports.baseline
    startup = [r for r in results.values() if r.name.startswith("start-up: ")]
    assert {r.name.split(" (")[0] for r in startup} >= {
        "start-up: workbench --version",
        "start-up: workbench --help",
        "start-up: workbench stats P",
        "start-up: workbench search P WORD",
    }
    assert all(r.target == 1.0 and r.ratio > 0 for r in startup)
    assert all("sqlite-utils --version" in r.baseline for r in startup)
    large = [r for r in results.values() if r.name.startswith("import 3,000 small documents")]
    memory, time = sorted(large, key=lambda r: r.unit)
    assert time.unit == "x throughput" and time.ratio > 0
    assert memory.unit == "x memory" and memory.target == 1.5 and memory.ratio > 0.5
    assert memory.name.endswith("peak memory (MiB)")  # the columns hold the peaks
    assert memory.ratio == pytest.approx(memory.seconds / memory.baseline_seconds)
    assert "MiB" in memory.baseline and "30 documents" in memory.baseline
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bytecode", "small.jsonl",
                                                          "small.wbproj"]  # fmt: skip
