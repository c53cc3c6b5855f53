"""Quote attribution: who said each quote, with which verb, for which organizations.

A quote reaches an organization directly (SPEAKER -> ORG, "أشار مجلس الأمن") or through its
speaker's AFFILIATION. Affiliations are shared across coreferent mentions: a quote linked to
"ليو" inherits what was annotated on "ليو جيه يي" when both belong to one entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from workbench.core.model import Entity, Layer, Span

ORGANIZATION_LABELS = ("ORG", "GPE")


class QuoteProblem(Enum):
    """What a quote's attribution lacks; each code's value is its English text (a template
    filled with the warning's ``args``), which the window translates."""

    NO_SPEAKER = "no speaker"
    SPEAKER_WITHOUT_ENTITY = "speaker mention has no entity"
    SEVERAL_SPEAKERS = "%s speakers"
    NO_CUE = "no cue"


@dataclass(frozen=True)
class QuoteWarning:
    code: QuoteProblem
    args: tuple = ()  # what fills the code's text: how many speakers

    @property
    def text(self) -> str:
        """The warning in English."""
        return self.code.value % self.args if self.args else self.code.value


@dataclass
class QuoteInfo:
    quote: Span
    kind: str | None
    cue: Span | None
    speaker: Span | None
    speaker_entity: Entity | None
    organizations: list[str] = field(default_factory=list)
    warnings: list[QuoteWarning] = field(default_factory=list)

    @property
    def speaker_name(self) -> str | None:
        if self.speaker_entity is not None:
            return self.speaker_entity.name
        return self.speaker.text if self.speaker is not None else None


def resolve_quotes(layer: Layer) -> list[QuoteInfo]:
    spans = {s.id: s for s in layer.spans}
    entities = {e.id: e for e in layer.entities}
    out_links: dict[tuple[str, str], list[str]] = {}
    for relation in layer.relations:
        out_links.setdefault((relation.head, relation.label), []).append(relation.tail)

    def tails(span_id: str, label: str) -> list[Span]:
        return [spans[t] for t in out_links.get((span_id, label), []) if t in spans]

    def name_of(span: Span) -> str:
        entity = entities.get(span.entity) if span.entity else None
        return entity.name if entity else span.text

    def mentions_of(span: Span) -> list[Span]:
        if span.entity is None:
            return [span]
        return [s for s in layer.spans if s.entity == span.entity]

    quotes = []
    for quote in sorted((s for s in layer.spans if s.label == "QUOTE"), key=lambda s: s.start):
        cues = tails(quote.id, "HAS_CUE")
        speakers = tails(quote.id, "SPEAKER")
        speaker = speakers[0] if speakers else None
        info = QuoteInfo(
            quote=quote,
            kind=quote.attrs.get("kind"),
            cue=cues[0] if cues else None,
            speaker=speaker,
            speaker_entity=entities.get(speaker.entity) if speaker and speaker.entity else None,
        )
        if speaker is None:
            info.warnings.append(QuoteWarning(QuoteProblem.NO_SPEAKER))
        else:
            if speaker.entity is None:
                info.warnings.append(QuoteWarning(QuoteProblem.SPEAKER_WITHOUT_ENTITY))
            organizations: list[str] = []
            if speaker.label in ORGANIZATION_LABELS:
                organizations.append(name_of(speaker))
            for mention in mentions_of(speaker):
                organizations.extend(name_of(org) for org in tails(mention.id, "AFFILIATION"))
            info.organizations = list(dict.fromkeys(organizations))
        if len(speakers) > 1:
            info.warnings.append(QuoteWarning(QuoteProblem.SEVERAL_SPEAKERS, (len(speakers),)))
        if info.cue is None:
            info.warnings.append(QuoteWarning(QuoteProblem.NO_CUE))
        quotes.append(info)
    return quotes
