"""The benchmark's table holds in its ours and baseline columns the two quantities each ratio is
made of, in the unit the measure names (a memory row showed seconds under a memory ratio, and
the span-add time was called 'x repaints' beside the row that counts repaints)."""

from __future__ import annotations

import pytest

from workbench.bench.report import Result, table


def test_the_table_says_what_its_columns_hold():
    row = Result("a peak memory (MiB)", 97.0, 99.0, "the small one", 0.98, 1.5, False, "x memory")
    printed = table([row])
    header, _, row_line = (
        [cell.strip() for cell in line.split("|")[1:-1]] for line in printed.splitlines()[:3]
    )
    assert header[:3] == ["measure", "ours", "baseline"]
    assert row_line[:3] == ["a peak memory (MiB)", "97", "99"]
    assert "- ours and baseline: seconds, unless the measure names its unit" in printed


@pytest.mark.slow
def test_a_memory_row_holds_the_peaks_in_mib(tmp_path):
    from workbench.bench.memory import bench_memory

    peak, opening = bench_memory(tmp_path, docs=3000, tries=1)
    assert peak.name.endswith("peak memory (MiB)") and peak.unit == "x memory"
    assert peak.ratio == pytest.approx(peak.seconds / peak.baseline_seconds)
    assert 20 < peak.baseline_seconds < 4000  # a Qt window's MiB, not its seconds to open
    assert opening.unit == "seconds" and opening.ratio == opening.seconds


@pytest.mark.slow
def test_the_editor_rows_name_what_they_compare(tmp_path):
    from workbench.ui.benchmark import bench_editor

    rows = {r.name: r for r in bench_editor(tmp_path)}
    edit = rows["add or remove one span in it (committed, repainted)"]
    assert edit.unit == "x one repaint's time" and edit.target == 3.0
    assert edit.ratio == pytest.approx(edit.seconds / edit.baseline_seconds)
    paints = rows["paint events of the article when a span is added (count)"]
    assert paints.unit == "repaints" and paints.target == 2.0  # the "at most 2 repaints"
    assert paints.seconds == paints.ratio >= 1 and paints.baseline_seconds == 1
