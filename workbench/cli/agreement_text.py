"""The agreement report as the command line prints it: one row per pair with every measure, a
line for all annotators at once, a table per pair with ``--by``, and why each n/a is n/a."""

from __future__ import annotations

from tabulate import tabulate

from workbench.agreement.measures import MEASURES, SPAN_MEASURES, TOKEN_ALPHA, UNITIZING_ALPHA
from workbench.agreement.report import AgreementReport, Measured
from workbench.agreement.scores import Score
from workbench.core.counts import count
from workbench.core.model import GOLD


def number(score: Score) -> str:
    return "n/a" if score.value is None else f"{score.value:.3f}"


def spans(part: Measured) -> str:
    return f"{part.spans.a}/{part.spans.b}"


def too_few_annotators(chosen: list[str], names: list[str] | None, project) -> str:
    """Why there is no agreement to report: fewer than two annotators were compared; names
    what ``--annotators`` chose, and the project's annotators."""
    if names:
        known = [a for a in project.annotators() if a != GOLD]
        return (
            f"agreement needs two annotators; --annotators chose {', '.join(chosen) or 'none'} "
            f"(annotators: {', '.join(known) or 'none'})"
        )
    return "agreement needs two annotators; this project has " + (
        f"only {chosen[0]}" if chosen else "none"
    )


def agreement_text(report: AgreementReport, by: str | None) -> str:
    rows, notes = [], {}
    for pair in report.pairs:
        name = " / ".join(pair.annotators)
        rows.append(
            [name, pair.documents, spans(pair.total)]
            + [number(pair.total.score(m)) for m in MEASURES]
        )
        if pair.reason:
            notes.setdefault(pair.reason, []).append(name)
            continue
        for measure in MEASURES:
            reason = pair.total.score(measure).reason
            if reason:
                notes.setdefault(reason, []).append(measure.key)
    headers = ["pair", "docs", "spans"] + [m.title for m in MEASURES]
    out = [tabulate(rows, headers, disable_numparse=True)]
    overall = report.overall
    if len(report.annotators) > 2:
        out.append(
            f"\nall {len(report.annotators)} annotators: token alpha "
            f"{number(overall.score(TOKEN_ALPHA))} on {count(overall.documents, 'document')}, "
            f"alpha_u {number(overall.score(UNITIZING_ALPHA))} on the "
            f"{count(overall.documents_complete, 'document')} all have done"
        )
    for pair in report.pairs if by else []:
        parts = pair.by_label if by == "label" else pair.by_document
        table = [
            [name, spans(part)] + [number(part.score(m)) for m in SPAN_MEASURES]
            for name, part in (parts or {}).items()
        ]
        headers = [by, "spans"] + [m.title for m in SPAN_MEASURES]
        out.append(
            f"\n{' / '.join(pair.annotators)} by {by}\n"
            + tabulate(table, headers, disable_numparse=True)
        )
    for category in (c for c in report.categories if c.chosen):
        kappas = ", ".join(f"{' / '.join(p)} {number(s)}" for p, s in category.pairs)
        out.append(
            f"category {category.category}: Cohen's kappa {kappas}; Krippendorff's alpha "
            f"{number(category.overall)} on {count(category.documents, 'document')}"
        )
        for score in (*(s for _p, s in category.pairs), category.overall):
            if score.reason:
                notes.setdefault(score.reason, []).append(f"category {category.category}")
    for reason, keys in notes.items():
        out.append(f"n/a ({', '.join(sorted(set(keys)))}): {reason}")
    return "\n".join(out)
