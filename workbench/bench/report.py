"""Benchmark results and the table they print."""

from __future__ import annotations

from dataclasses import dataclass

from tabulate import tabulate

UNITS = "seconds, unless the measure names its unit (MiB, a count)"
KIB_PER_MIB = 1024


@dataclass
class Result:
    """One measure: ``seconds`` and ``baseline_seconds`` hold the two quantities the ratio is
    made of, seconds unless the name says another unit (``, peak memory (MiB)``, ``(count)``)."""

    name: str
    seconds: float
    baseline_seconds: float
    baseline: str
    ratio: float
    target: float | None  # None: shown for context, no target
    higher_is_better: bool
    unit: str

    @property
    def met(self) -> bool:
        if self.target is None:
            return True
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    def row(self) -> list[str]:
        sign = ">=" if self.higher_is_better else "<="
        target = "—" if self.target is None else f"{sign} {self.target:g}"
        return [
            self.name,
            f"{self.seconds:.3f}",
            f"{self.baseline_seconds:.3f}",
            f"{self.ratio:.2f} {self.unit}",
            target,
            "—" if self.target is None else ("yes" if self.met else "NO"),
        ]


def table(results: list[Result]) -> str:
    headers = ["measure", "ours", "baseline", "ratio", "target", "met"]
    rows = [r.row() for r in results]
    notes = "\n".join(
        [f"- ours and baseline: {UNITS}"]
        + [f"- {r.name}: baseline is {r.baseline}" for r in results]
    )
    return tabulate(rows, headers, tablefmt="github") + "\n\n" + notes
