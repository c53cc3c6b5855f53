"""Rules that find attribution in Arabic news text: quotes, their cues, speakers, titles and
affiliations, as suggestions (pure: text in, a layer out).

What the rules find (``attribution(text)``):

- **Not reported speech**: the writer's ويذكر أن / يذكر أن ("it is worth noting").
- **Direct quotes** between « », “ ” or " " (paired within a paragraph; quote marks inside a
  «» quote are part of it). A quote of fewer than five words with no cue is a name or a scare
  quote, not a suggestion.
- **Cues**: a reporting verb of ``lexicon.VERBS`` in any of its forms (قال، قالت، يقول،
  وأضاف، فقال) or its participle (مضيفا، مشيرا). A cue is suggested only with what it
  reports: a complementizer (أن، إن، أنه، بأن) whose clause is the quote, a quote mark, or the
  verb's own particle (أشار إلى، دعا إلى، طلب من، شدد على); or a direct quote just before it
  ("..."، قال الوزير؛ "..." بهذه الكلمات علق الرئيس). كما before the verb and بقوله after it
  belong to the cue.
- **Indirect quotes** run from the complementizer (a bare أن/إن left out, one with a pronoun
  kept, as the sample's annotation does: إنهم سيواصلون، أنه يتعين; أعلن عن + what was
  announced is an indirect quote like أشار إلى + a noun) (or the particle) to the end of the clause:
  the end of the sentence (. ؟ ! ؛), of the paragraph, or a comma or و before another cue
  (، وأضاف / ، مضيفا); a clause holding a quoted part is ``mixed``, one that is all in quote
  marks ``direct``.
- **Speakers**: the noun phrase after the verb (Arabic's usual verb-subject order), or, when
  nothing stands between the verb and its complementizer, the phrase that opens the clause
  before it (subject-verb order: الوزير أكد أن ...; وكان الرئيس قد صرح بأن ...). An
  apposition after it is read past (سارة الأحمد، وهي ناشطة، إن ...). A verb with و/ف and no
  subject (وأضاف أن ...) or a participle takes the previous quote's speaker when the verb
  agrees with them in gender and number (وتابعت never takes الوزير, وأضاف never a woman
  named by قالت or وزيرة, وأكد never محللون; else the speaker before, if in the same
  paragraph, or none): SPEAKER links to that entity's nearest mention before it. A role word's
  phrase ends before a verb (مصدر دبلوماسي فضل عدم الكشف ...: مصدر دبلوماسي). A phrase
  starting with an organisation's head word (مجلس، وزارة ...) or naming a known
  organisation is an ORG, a known country a GPE, a role word with no name a PER of type NOM
  (مصدر أمني، مبعوث صيني، المتظاهرون), otherwise a PER of type NAM.
- **Titles**: a title word (وزير، المتحدث، مندوب، نائب ...) with its complements (الخارجية،
  باسم X، لدى Y) next to a name is a TITLE with HAS_TITLE; the organisation or country it
  names (باسم X، مندوب X لدى Y، وزير خارجية X، شركة X، a known name) is an ORG or GPE, and
  the speaker's AFFILIATION (for "مندوب X لدى Y": X).
- **Entities**: mentions of the same name are grouped (a later ليو with ليو جيه يي, المجلس
  with مجلس الأمن), for every speaker and for every name mentioned twice.

Words are compared folded (``workbench.core.search.fold``), with و/ف (and ب ل ك before the
article) taken off where the lexicon asks for a bare word.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass, field

import regex

from workbench.core.model import SUGGEST, Entity, Layer, Relation, Span
from workbench.core.search import fold
from workbench.core.suggest import lexicon
from workbench.core.suggest.keys import SuggestionInfo, layer_keys
from workbench.core.text import trim_proclitic
from workbench.core.tokens import tokenize

OPENING = {"«": "»", "“": "”", '"': '"'}
SENTENCE_ENDS = frozenset(".؟!?؛;")
COMMAS = frozenset("،,")
MIN_LONE_QUOTE_WORDS = 5
# a quote further from its verb than right after it has this many words at least; fewer is a
# name in quote marks (أضاف في تصريح لـ"الجزيرة" أن ...)
MIN_ATTACHED_WORDS = 3
NP_LIMIT = 9  # words in a speaker's noun phrase, title included
CONTENT_REACH = 14  # words between a verb (and its subject) and what it reports
NAME_LIMIT = 4
# a title goes on through these words (وزير خارجية الصين، وزير الدفاع)
TITLE_NOUNS = frozenset(
    fold(w)
    for w in ("خارجية", "داخلية", "دفاع", "عام", "العام", "الدائم", "الأول", "أول", "شؤون",
              "إدارة", "مجلس", "رئيس", "الوزراء", "وزراء", "الأمين", "عام")
)  # fmt: skip
REPRESENTATIVES = frozenset(fold(w) for w in ("مندوب", "مندوبة", "سفير", "سفيرة", "ممثل", "ممثلة"))
COPULAS = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت", "فيما", "بينما", "و"))
WAS = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت"))
# an apposition after the speaker (سارة الأحمد، وهي ناشطة حقوقية، إن ...)
APPOSITION = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما", "وهن"))
APPOSITION_WORDS = 8
# words between a quotation and the cue that takes it up (“...” بهذه الكلمات علق ...)
RESUMPTIVE = frozenset(
    fold(w) for w in ("بهذه", "بهذا", "الكلمات", "العبارات", "العبارة", "الكلمة", "هكذا")
)
ALREADY = frozenset(fold(w) for w in ("قد", "لقد"))
# words before أن that make it something other than what a verb reports (بعد أن، رغم أن)
NOT_REPORTED = frozenset(
    fold(w)
    for w in ("بعد", "قبل", "منذ", "رغم", "برغم", "دون", "بدون", "حتى", "لو", "يجب", "ينبغي",
              "يمكن", "بمجرد", "إلا", "غير", "بما", "كما", "لولا", "مع")
)  # fmt: skip
# definite words that are texts, not speakers (وأوضح البيان أن ...)
NOT_SPEAKERS = frozenset(
    fold(w)
    for w in ("البيان", "التقرير", "الخبر", "القرار", "الاتفاق", "الإعلان", "الوثيقة", "الرسالة",
              "المقال", "الدراسة", "الموقع", "النص", "الاستطلاع", "المسح", "الكتاب", "الفيديو",
              "التسجيل", "الحكم", "المرسوم", "الأمر", "القانون", "المشروع")
)  # fmt: skip
# words that join a reported clause to the quotation after it (... حيث "...")
CONNECTORS = frozenset(fold(w) for w in ("حيث", "إذ", "قائلا", "بالقول", "بقوله", "وقال"))


@dataclass
class Token:
    start: int
    end: int
    text: str
    folded: str
    base: str  # folded, without و/ف, with ب/ل/ك before the article taken off
    word: bool
    paragraph: int


def base_form(folded: str) -> str:
    """A folded word without the proclitics before its article (والرئيس، للأمم، بالأمم are
    الرئيس، الأمم، الأمم); a word without the article keeps its first letter (وزير، فاسيلي)."""
    word = folded
    if len(word) > 4 and word[0] in "وف" and word[1:].startswith(("ال", "لل", "بال", "كال")):
        word = word[1:]
    if len(word) > 3 and word.startswith("لل"):
        return "ال" + word[2:]
    if len(word) > 3 and word[0] in "بلك" and word[1:].startswith("ال"):
        return word[1:]
    if (
        len(word) > 3
        and word[0] in "بلك"
        and any(lexicon.is_a(kind, word[1:]) for kind in ("nominals", "titles", "org_heads"))
    ):
        return word[1:]  # لمصادر، لوزارة: ل before a noun the rules know
    return word


@functools.lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[str, str]:
    """A word folded, and its ``base_form`` (news repeats its words: each is folded once)."""
    folded = fold(word)
    return folded, base_form(folded)


def tokens_of(text: str) -> list[Token]:
    tokens, paragraph, last = [], 0, 0
    for start, end in tokenize(text):
        paragraph += text.count("\n", last, start)
        last = start
        piece = text[start:end]
        folded, base = _forms(piece)
        tokens.append(Token(start, end, piece, folded, base, piece[0].isalnum(), paragraph))
    return tokens


def direct_quotes(text: str) -> dict[int, int]:
    """Opening quote mark offset -> closing mark offset, for the quotes of a text: «» first
    (nested in order), then “” and " " outside them, each pair within one paragraph."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for found in _GUILLEMETS.finditer(text):
        char, i = found.group(), found.start()
        if char == "«":
            stack.append(i)
        elif char == "»" and stack:
            opened = stack.pop()
            if not stack:
                pairs[opened] = i
        else:  # a new paragraph
            stack.clear()
    for opening, closing in (("“", "”"), ('"', '"')):
        taken = sorted(pairs.items())
        starts = [a for a, _b in taken]
        start = None
        for found in _MARKS[opening].finditer(text):
            char, i = found.group(), found.start()
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and taken[k][0] <= i <= taken[k][1]:
                continue  # inside a quote already found
            if char == "\n":
                start = None
            elif start is None and char == opening:
                start = i
            elif start is not None and char == closing:
                after = bisect.bisect_right(starts, start)
                if after == len(starts) or starts[after] > i:  # no «» quote inside the pair
                    pairs[start] = i
                start = None
    return dict(sorted(pairs.items()))


_GUILLEMETS = regex.compile("[«»\n]")
_MARKS = {"“": regex.compile("[“”\n]"), '"': regex.compile('["\n]')}


@dataclass
class _Mention:
    label: str
    first: int  # token indices, last excluded
    last: int
    attrs: dict = field(default_factory=dict)


@dataclass
class _Phrase:
    """What a speaker's noun phrase holds: the speaker, a title, and names inside the title."""

    speaker: _Mention | None = None
    title: _Mention | None = None
    names: list[_Mention] = field(default_factory=list)
    affiliation: _Mention | None = None


@dataclass
class _Group:
    label: str
    names: list[list[str]]  # folded words of each named mention
    spans: list[Span] = field(default_factory=list)
    speaker: bool = False
    gender: str | None = None  # "m"/"f" when the text shows it (قالت، الوزيرة)
    number: str | None = None  # "sg"/"pl" (محللون، المتظاهرون)
    paragraph: int = -1  # where it last spoke


class _Found:
    """The suggestions made so far, with their sources, and the entity groups."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.spans: dict[tuple[str, int, int], Span] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.sources: dict[str, tuple[str, float]] = {}
        self.groups: list[_Group] = []
        self.names: dict[tuple[str, tuple], _Group] = {}  # (label, name key) -> group
        self.group_of: dict[str, _Group] = {}

    def span(self, label: str, start: int, end: int, source: str, score: float, attrs=None):
        key = (label, start, end)
        if key not in self.spans:
            span = Span(f"s{len(self.spans) + 1}", start, end, label, self.text[start:end],
                        None, dict(attrs or {}))  # fmt: skip
            self.spans[key] = span
            self.sources[span.id] = (source, score)
        return self.spans[key]

    def mention(self, mention: _Mention, source: str, score: float) -> Span:
        start = self.tokens[mention.first].start
        end = self.tokens[mention.last - 1].end
        clitics: dict = {}
        first = self.tokens[mention.first]
        if first.base != first.folded:  # والرئيس، للأمم: proclitics before the article
            start, end, clitics = trim_proclitic(self.text, start, end)
        span = self.span(mention.label, start, end, source, score, {**mention.attrs, **clitics})
        if span.id not in self.group_of and mention.label in ("PER", "ORG", "GPE"):
            self._group(span, mention)
        return span

    def relation(self, label: str, head: Span, tail: Span, source: str, score: float) -> None:
        key = (label, head.id, tail.id)
        if key not in self.relations and head.id != tail.id:
            relation = Relation(f"r{len(self.relations) + 1}", label, head.id, tail.id)
            self.relations[key] = relation
            self.sources[relation.id] = (source, score)

    def _group(self, span: Span, mention: _Mention) -> None:
        words = [t.base for t in self.tokens[mention.first : mention.last]]
        nominal = span.attrs.get("mention_type") == "NOM"
        if nominal:  # الوزير after وزير الخارجية أيمن الصفدي: the person with that title
            alone = len(words) == 1  # الوزير الإيراني is someone else
            group = self.names.get((span.label, ("title", _bare(words[0])))) if alone else None
        else:
            group = self._named(span.label, words)
        if group is None:
            group = _Group(span.label, [], [span])
            self.groups.append(group)
        else:
            group.spans.append(span)
        self.group_of[span.id] = group
        if not nominal:
            group.names.append(words)
            for key in _name_keys(words):
                self.names[(span.label, key)] = group  # the latest group of a name wins

    def _named(self, label: str, words: list[str]) -> _Group | None:
        """The group a name belongs to, by the rule of ``_name_keys``."""
        for key in _lookup_keys(words):
            group = self.names.get((label, key))
            if group is not None:
                return group
        return None

    def nearest(self, group: _Group, before: int) -> Span | None:
        # mentions are added as the text is read: the nearest is among the last ones
        return next((s for s in reversed(group.spans) if s.start < before), None)

    def layer(self) -> tuple[Layer, dict[str, SuggestionInfo]]:
        entities = []
        for group in self.groups:
            if not (group.speaker or len(group.spans) > 1):
                continue
            entity = Entity(f"e{len(entities) + 1}", group.label,
                            max((s.text for s in group.spans), key=len))  # fmt: skip
            entities.append(entity)
            self.sources[entity.id] = ("rules:entity", 0.6)
            for span in group.spans:
                span.entity = entity.id
        spans = sorted(self.spans.values(), key=lambda s: (s.start, -s.end, s.label))
        layer = Layer(SUGGEST, "new", spans, list(self.relations.values()), entities)
        info = {
            item: SuggestionInfo(kind, key, *self.sources[item])
            for item, (kind, key) in layer_keys(layer).items()
        }
        return layer, info


def _name_keys(words: list[str]) -> list[tuple]:
    """What a name is found by: its words; a longer name also by its first and last word (a
    later ليو is ليو جيه يي) and by its head with the article (المجلس is مجلس الأمن)."""
    keys: list[tuple] = [("name", *words)]
    if len(words) > 1:
        keys += [("part", words[0]), ("part", words[-1]), ("part", "ال" + words[0])]
    else:
        keys.append(("single", words[0]))
        if words[0].startswith("ال"):
            keys.append(("single", words[0][2:]))
    return keys


def _lookup_keys(words: list[str]) -> list[tuple]:
    """The keys of ``_name_keys`` that a name matches: the same words; one word, a part of a
    longer name; a longer name, whose first or last word was a name of its own."""
    keys: list[tuple] = [("name", *words)]
    if len(words) == 1:
        keys.append(("part", words[0]))
    else:
        keys += [("single", words[0]), ("single", words[-1])]
    return keys


def attribution(text: str) -> tuple[Layer, dict[str, SuggestionInfo]]:
    """The suggestions of the rules for one text (see the module docstring)."""
    return _Rules(text).run()


class _Rules:
    def __init__(self, text: str):
        self.text = text
        self.tokens = tokens_of(text)
        self.at = {t.start: i for i, t in enumerate(self.tokens)}
        self.quotes = direct_quotes(text)
        self.closing = {close: open_ for open_, close in self.quotes.items()}
        self.openings = list(self.quotes)  # sorted
        self.starts = [t.start for t in self.tokens]
        self.found = _Found(text, self.tokens)
        self.attached: set[int] = set()  # opening marks of quotes given to a cue
        self.speakers: list[_Group] = []  # who spoke, the latest last
        self.split: int | None = None  # a quotation that ended the last reported clause
        self.pending: tuple[int, int] | None = None  # subject of a verb that reported nothing

    def run(self) -> tuple[Layer, dict[str, SuggestionInfo]]:
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            if token.word and not self._quoted(token.start):
                found = lexicon.cue_of(token.folded)
                if found is not None and self._formula(i):
                    i += 1
                    continue
                if found is not None:
                    i = self._cue(i, *found)
                    continue
                if lexicon.is_a("according", token.folded, strip=True) and self._opens(i):
                    i = self._according(i)
                    continue
            i += 1
        for opening, closing in self.quotes.items():
            if opening not in self.attached and self._words(opening, closing) >= (
                MIN_LONE_QUOTE_WORDS
            ):
                start, end = self._inner(opening, closing)
                if start < end:
                    self.found.span("QUOTE", start, end, "rules:quote", 0.5, {"kind": "direct"})
        return self.found.layer()

    def _formula(self, i: int) -> bool:
        """ويذكر أن ...: "it is worth noting that", the writer's, not reported speech."""
        nxt = i + 1
        return (
            self.tokens[i].folded in lexicon.NOT_REPORTING
            and nxt < len(self.tokens)
            and lexicon.is_a("complementizers", self.tokens[nxt].folded)
        )

    def _opens(self, i: int) -> bool:
        """Whether token ``i`` opens a clause (after punctuation, or a paragraph's first)."""
        return (
            i == 0
            or not self.tokens[i - 1].word
            or (self.tokens[i - 1].paragraph != self.tokens[i].paragraph)
        )

    def _according(self, i: int) -> int:
        """بحسب X، فإن ... / ووفقا لـ X، ...: the cue, X the speaker, and what follows the
        comma (from after فإن when it is there) to the end of the clause."""
        tokens, paragraph = self.tokens, self.tokens[i].paragraph
        cue_last = i + 1
        if cue_last < len(tokens) and tokens[cue_last].folded in (fold("ل"), fold("لـ")):
            cue_last += 1
        k = cue_last
        while k < len(tokens) and k - cue_last < NP_LIMIT and tokens[k].word:
            if tokens[k].paragraph != paragraph or _complementizer(tokens[k].folded):
                break
            k += 1
        if k == cue_last or k >= len(tokens) or tokens[k].paragraph != paragraph:
            return i + 1
        content = k + 1 if tokens[k].text in COMMAS else k
        if content < len(tokens) and _complementizer(tokens[content].folded):
            bare = lexicon.is_a("bare", tokens[content].folded.lstrip("ف"))
            content += 1 if bare else 0
            score = 0.8
        else:
            score = 0.6
        if content >= len(tokens) or not tokens[content].word:
            return i + 1
        end, mixed = self._clause_end(content, paragraph)
        if end <= tokens[content].start:
            return i + 1
        cue = self.found.span("CUE", tokens[i].start, tokens[cue_last - 1].end, "rules:cue", score)
        quote = self.found.span("QUOTE", tokens[content].start, end, "rules:quote", score,
                                {"kind": "mixed" if mixed else "indirect"})  # fmt: skip
        self.found.relation("HAS_CUE", quote, cue, "rules:cue", score)
        phrase = self._phrase(cue_last, k)
        if phrase is not None:
            speaker, source, _score = self._place(phrase, "rules:speaker", score)
            self.found.relation("SPEAKER", quote, speaker, source, score)
        return content

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset`` is inside a direct quote."""
        k = bisect.bisect_right(self.openings, offset) - 1
        return k >= 0 and offset < self.quotes[self.openings[k]]

    def _after(self, offset: int) -> Token | None:
        """The first token that starts after ``offset``."""
        k = bisect.bisect_right(self.starts, offset)
        return self.tokens[k] if k < len(self.tokens) else None

    # -- one cue -----------------------------------------------------------------------------

    def _cue(self, i: int, verb: lexicon.Verb, participle: bool) -> int:
        """Suggest what the cue at token ``i`` introduces; the index to go on from."""
        tokens = self.tokens
        cue_first, cue_last = i, i + 1
        if (
            i > 0
            and lexicon.is_a("cue_heads", tokens[i - 1].base, strip=True)
            and tokens[i - 1].paragraph == tokens[i].paragraph
        ):
            cue_first = i - 1
        if cue_last < len(tokens) and lexicon.is_a("cue_tails", tokens[cue_last].base):
            cue_last += 1
        particles = lexicon.particles_of(verb)
        self.split = None
        preverbal = self._before_already(i) if not participle else None
        after = [] if participle or preverbal else self._subject(cue_last, particles)
        content = self._content(cue_last + len(after), verb, particles, tokens[i].paragraph)
        subject = self.tokens[preverbal[0] : preverbal[1]] if preverbal else after
        before = None if content else self._quote_before(cue_first)
        if content is None and before is None:
            if subject:  # وعلق الوزير على القرار قائلا ...: the subject of a participle to come
                self.pending = (self._index(subject[0]), self._index(subject[-1]) + 1)
            return i + 1
        cue_start, cue_end = tokens[cue_first].start, tokens[cue_last - 1].end
        # the cue keeps its و/ف (وأضاف، فقال), as the project's annotations do
        cue = self.found.span("CUE", cue_start, cue_end, "rules:cue", 0.85 if participle else 0.9)
        if content is not None:
            start, end, kind, score = content
        else:
            start, end = self._inner(*before)
            kind, score = "direct", 0.85
        if start >= end:
            return i + 1
        quote = self.found.span("QUOTE", start, end, "rules:quote", score, {"kind": kind})
        self.found.relation("HAS_CUE", quote, cue, "rules:cue", 0.9)
        speaker = self._speaker(i, cue_first, subject, participle, verb)
        self.pending = None
        if speaker is not None:
            span, source, score = speaker
            self.found.relation("SPEAKER", quote, span, source, score)
        if self.split is not None:
            start, end, kind, score = self._direct(self.split)
            quotation = self.found.span("QUOTE", start, end, "rules:quote", 0.7, {"kind": kind})
            if speaker is not None:
                self.found.relation("SPEAKER", quotation, speaker[0], "rules:speaker", 0.6)
        return cue_last

    def _before_already(self, i: int) -> tuple[int, int] | None:
        """وكان الرئيس قد صرح ...: the subject between كان and قد, before the verb."""
        tokens = self.tokens
        if i < 2 or tokens[i - 1].folded not in ALREADY:
            return None
        back = self._before(i)
        if back is None or back[0] == 0 or tokens[back[0] - 1].folded not in WAS:
            return None
        return back

    def _subject(self, k: int, particles: frozenset[str]) -> list[Token]:
        """The words after the verb before what it reports: its subject, if any."""
        tokens, found = self.tokens, []
        paragraph = tokens[k - 1].paragraph
        titled = False
        while k < len(tokens) and len(found) < NP_LIMIT:
            token = tokens[k]
            if token.paragraph != paragraph:
                break
            if not token.word:
                if unicodedata.category(token.text[0]).startswith("S") and not found:
                    k += 1  # a symbol (an emoji) between the verb and its subject
                    continue
                break
            if lexicon.is_a("complementizers", token.folded) or token.folded in particles:
                break
            if lexicon.cue_of(token.folded) is not None:
                break
            ali = token.text == "علي" and bool(found)  # the name, not على (folded alike)
            if lexicon.is_a("speaker_ends", token.folded) and not ali:
                link = lexicon.is_a("title_links", token.folded) and token.folded != fold("في")
                if not (titled and link):
                    break
            if lexicon.is_a("titles", token.base) or lexicon.is_a("nominals", token.base):
                titled = True
            found.append(token)
            k += 1
        return found

    def _content(
        self, k: int, verb: lexicon.Verb, particles: frozenset[str], paragraph: int
    ) -> tuple[int, int, str, float] | None:
        """(start, end, kind, score) of what the verb reports, looked for from token ``k``
        within the clause; None when it reports nothing there."""
        tokens = self.tokens
        j = k - 1
        for step in range(CONTENT_REACH):
            j += 1
            if j >= len(tokens) or tokens[j].paragraph != paragraph:
                return None
            token = tokens[j]
            if token.text in OPENING and token.start in self.quotes:
                closing = self.quotes[token.start]
                right_after = all(t.text == ":" for t in tokens[k:j])
                if right_after or self._words(token.start, closing) >= MIN_ATTACHED_WORDS:
                    return self._direct(token.start)
                j = bisect.bisect_right(self.starts, closing) - 1  # a name in quotes: read on
                continue
            if token.text == ":":
                continue
            closing_comma = self._apposition(j)
            if closing_comma is not None:
                j = closing_comma
                continue
            if not token.word:
                if token.text in SENTENCE_ENDS or (token.text in COMMAS and step > 0):
                    return None
                continue
            if lexicon.cue_of(token.folded) is not None:
                return None
            if lexicon.is_a("complementizers", token.folded):
                if j > 0 and tokens[j - 1].folded in NOT_REPORTED:
                    return None  # بعد أن، رغم أن: a clause of time or concession, not a report
                return self._clause(j, token, paragraph)
            if token.folded in particles or (
                "ب" in particles and token.folded.startswith("ب") and len(token.folded) > 3
                and verb.past in ("طالب",)
            ):  # fmt: skip
                return self._after_particle(j, verb, paragraph)
        return None

    def _apposition(self, j: int) -> int | None:
        """The index of the comma that closes an apposition opened by the comma at ``j``
        ("، وهي ناشطة حقوقية،"); None when there is none."""
        tokens = self.tokens
        if tokens[j].text not in COMMAS or j + 1 >= len(tokens):
            return None
        if tokens[j + 1].folded not in APPOSITION:
            return None
        for k in range(j + 2, min(len(tokens), j + 2 + APPOSITION_WORDS)):
            if tokens[k].text in COMMAS:
                return k
            if not tokens[k].word or tokens[k].paragraph != tokens[j].paragraph:
                return None
        return None

    def _direct(self, opening: int) -> tuple[int, int, str, float]:
        self.attached.add(opening)
        start, end = self._inner(opening, self.quotes[opening])
        return start, end, "direct", 0.9

    def _clause(self, j: int, token: Token, paragraph: int) -> tuple[int, int, str, float] | None:
        tokens = self.tokens
        bare = lexicon.is_a("bare", token.folded)
        first = j + 1 if bare else j
        if j + 1 >= len(tokens) or tokens[j + 1].paragraph != paragraph:
            return None
        mark = tokens[j + 1]
        if mark.text in OPENING and mark.start in self.quotes:
            closing = self.quotes[mark.start]
            nxt = self._after(closing)
            if nxt is None or nxt.paragraph != paragraph or nxt.text in SENTENCE_ENDS | COMMAS:
                return self._direct(mark.start)
        end, mixed = self._clause_end(first, paragraph)
        if end <= tokens[first].start:
            return None
        return tokens[first].start, end, "mixed" if mixed else "indirect", 0.85

    def _after_particle(
        self, j: int, verb: lexicon.Verb, paragraph: int
    ) -> tuple[int, int, str, float] | None:
        tokens = self.tokens
        requests = {fold(w) for w in ("دعا", "طلب", "طالب", "حث", "ناشد")}
        first = j if fold(verb.past) in requests else j + 1
        if first < len(tokens) and lexicon.is_a("complementizers", tokens[first].folded):
            return self._clause(first, tokens[first], paragraph)
        if first >= len(tokens) or tokens[first].paragraph != paragraph:
            return None
        end, mixed = self._clause_end(first, paragraph)
        if end <= tokens[first].start:
            return None
        return tokens[first].start, end, "mixed" if mixed else "indirect", 0.7

    def _clause_end(self, first: int, paragraph: int) -> tuple[int, bool]:
        """Where the clause starting at token ``first`` ends (offset), and whether it holds a
        quoted part."""
        tokens = self.tokens
        end, mixed, k = tokens[first].start, False, first
        before_connector = end
        while k < len(tokens):
            token = tokens[k]
            if token.paragraph != paragraph:
                break
            if token.text in OPENING and token.start in self.quotes:
                closing = self.quotes[token.start]
                if k > first and self._words(token.start, closing) >= MIN_LONE_QUOTE_WORDS:
                    # a whole quotation after the reported clause: a direct quote of its own
                    self.split = token.start
                    if tokens[k - 1].word and tokens[k - 1].folded in CONNECTORS:
                        end = before_connector
                    break
                mixed = True
                self.attached.add(token.start)
                end = closing
                k = bisect.bisect_right(self.starts, closing)
                continue
            if token.text in SENTENCE_ENDS and not self._in_number(k):
                break
            if token.text in COMMAS and k + 1 < len(tokens) and self._starts_report(k + 1):
                break
            if token.word and k > first and token.folded[0] in "وف" and self._starts_report(k):
                break
            if token.word:
                before_connector, end = end, token.end
            k += 1
        return end, mixed

    def _starts_report(self, k: int) -> bool:
        token = self.tokens[k]
        return token.word and (
            lexicon.cue_of(token.folded) is not None or lexicon.is_a("according", token.base)
        )

    def _in_number(self, k: int) -> bool:
        tokens = self.tokens
        return (
            0 < k < len(tokens) - 1
            and tokens[k - 1].end == tokens[k].start
            and tokens[k + 1].start == tokens[k].end
            and tokens[k - 1].text[-1].isdigit()
            and tokens[k + 1].text[0].isdigit()
        )

    def _quote_before(self, cue_first: int) -> tuple[int, int] | None:
        k = cue_first - 1
        while k >= 0 and cue_first - k <= 3 and self.tokens[k].folded in RESUMPTIVE:
            k -= 1
        while k >= 0 and self.tokens[k].text in COMMAS:
            k -= 1
        if k >= 0 and self.tokens[k].start in self.closing:
            opening = self.closing[self.tokens[k].start]
            if opening not in self.attached:
                self.attached.add(opening)
                return opening, self.tokens[k].start
        return None

    def _inner(self, opening: int, closing: int) -> tuple[int, int]:
        start, end = opening + 1, closing
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def _words(self, opening: int, closing: int) -> int:
        return len(self.text[opening + 1 : closing].split())

    # -- the speaker -------------------------------------------------------------------------

    def _speaker(
        self, i: int, cue_first: int, subject: list[Token], participle: bool, verb
    ) -> tuple[Span, str, float] | None:
        source = self._source(i, verb)
        agreement = lexicon.agreement_of(self.tokens[i].folded)
        if source is not None:
            subject, agreement = source, None  # نقلت الوكالة عن X: the verb is the agency's
        if subject:
            # a subject after its verb agrees with it in gender only (قال المتظاهرون)
            full = bool(subject) and subject[-1].end <= self.tokens[i].start
            phrase = self._phrase(self._index(subject[0]), self._index(subject[-1]) + 1)
            if phrase is not None:
                return self._place(phrase, "rules:speaker", 0.8, agreement, full)
            return None  # a subject the rules cannot read (البيان، التقرير): no guess
        if participle and self.pending is not None and self._same_sentence(self.pending[1], i):
            phrase = self._phrase(*self.pending)
            self.pending = None
            if phrase is not None:
                return self._place(phrase, "rules:speaker", 0.7, agreement)
        folded = self.tokens[i].folded
        conjunction = participle or (folded[0] in "وف" and lexicon.cue_of(folded[1:]) is not None)
        if not conjunction and cue_first == i:
            back = self._before(i)
            if back is not None:
                phrase = self._phrase(*back)
                if phrase is not None:
                    return self._place(phrase, "rules:speaker", 0.65, agreement, True)
        group = self._implicit(agreement, self.tokens[i].paragraph)
        if group is not None:
            nearest = self.found.nearest(group, self.tokens[i].start)
            if nearest is not None:
                self._spoke(group, self.tokens[i].paragraph)
                return nearest, "rules:speaker", 0.6
        return None

    def _implicit(self, agreement: lexicon.Agreement | None, paragraph: int) -> _Group | None:
        """Who the implicit subject of a verb is (وأضاف أن ...): the latest speaker if the verb
        agrees with them, else the one before when it spoke in this paragraph and agrees (قالت
        الوزيرة ... وقال المتحدث ... وتابعت); no one otherwise."""
        recent = self.speakers[-2:][::-1]
        for n, group in enumerate(recent):
            if n and group.paragraph != paragraph:
                break
            if _agrees(group, agreement):
                return group
        return None

    def _spoke(self, group: _Group, paragraph: int) -> None:
        if group in self.speakers:
            self.speakers.remove(group)
        self.speakers.append(group)
        group.paragraph = paragraph

    def _source(self, i: int, verb: lexicon.Verb) -> list[Token] | None:
        """Who is quoted after نقل ... عن (نقلت الوكالة عن مصدر مسؤول قوله إن): the words
        after عن up to قوله or the complementizer."""
        if verb.past != "نقل":
            return None
        tokens, paragraph = self.tokens, self.tokens[i].paragraph
        for k in range(i + 1, min(len(tokens), i + CONTENT_REACH)):
            if tokens[k].paragraph != paragraph or not tokens[k].word:
                return None
            if tokens[k].folded == fold("عن"):
                words = []
                for token in tokens[k + 1 : k + 1 + NP_LIMIT]:
                    if not token.word or token.paragraph != paragraph:
                        break
                    if token.folded.startswith(fold("قول")) or lexicon.is_a(
                        "complementizers", token.folded
                    ):
                        return words or None
                    words.append(token)
                return None
        return None

    def _same_sentence(self, first: int, last: int) -> bool:
        """Whether tokens [first, last) hold no sentence end and no new paragraph."""
        tokens = self.tokens
        return tokens[first].paragraph == tokens[last].paragraph and not any(
            t.text in SENTENCE_ENDS for t in tokens[first:last]
        )

    def _place(
        self,
        phrase: _Phrase,
        source: str,
        score: float,
        agreement: lexicon.Agreement | None = None,
        full: bool = False,
    ) -> tuple[Span, str, float]:
        """Suggest the speaker of a phrase (with its title and names); ``agreement``: the
        verb's, which tells the speaker's gender (and number too when ``full``: a subject
        before its verb or the subject of a participle)."""
        found = self.found
        assert phrase.speaker is not None
        speaker = found.mention(phrase.speaker, source, score)
        group = found.group_of.get(speaker.id)
        if group is not None:
            group.speaker = True
            head = phrase.title or phrase.speaker
            named = phrase.speaker.attrs.get("mention_type") == "NAM" and phrase.title is None
            gender, number = (
                (None, None)
                if named or phrase.speaker.label != "PER"
                else _marked(self.tokens[head.first].base)
            )
            if agreement is not None:
                gender = gender or agreement[0]
                number = number or (agreement[1] if full else None)
            group.gender = group.gender or gender
            group.number = group.number or number
            self._spoke(group, self.tokens[phrase.speaker.first].paragraph)
        if phrase.title is not None:
            title = found.mention(phrase.title, "rules:title", 0.7)
            found.relation("HAS_TITLE", speaker, title, "rules:title", 0.7)
            if group is not None:  # a later الوزير / المتحدث is this person
                head = _bare(self.tokens[phrase.title.first].base)
                found.names[(speaker.label, ("title", head))] = group
        names = {id(m): found.mention(m, "rules:affiliation", 0.6) for m in phrase.names}
        if phrase.affiliation is not None and speaker.label == "PER":
            found.relation("AFFILIATION", speaker, names[id(phrase.affiliation)],
                           "rules:affiliation", 0.6)  # fmt: skip
        return speaker, source, score

    def _index(self, token: Token) -> int:
        return self.at[token.start]

    def _before(self, i: int) -> tuple[int, int] | None:
        """The words that open the clause before the verb at ``i`` (a subject before its
        verb), without كان and قد."""
        tokens = self.tokens
        k = i - 1
        while k >= 0 and tokens[k].word and tokens[k].paragraph == tokens[i].paragraph:
            if i - k > NP_LIMIT or lexicon.cue_of(tokens[k].folded) is not None:
                return None
            k -= 1
        first, last = k + 1, i
        while last > first and tokens[last - 1].folded in ALREADY:
            last -= 1
        while first < last and tokens[first].folded in COPULAS:
            first += 1
        if first >= last or lexicon.is_a("speaker_ends", tokens[first].base, strip=True):
            return None
        return first, last

    def _phrase(self, first: int, last: int) -> _Phrase | None:
        """Read a speaker's noun phrase from tokens [first, last)."""
        tokens = self.tokens
        words = [t.base for t in tokens[first:last]]
        if not words:
            return None
        phrase = _Phrase()
        known = self._known(first, last, "org")
        country = self._known(first, last, "country")
        if lexicon.is_a("org_heads", words[0]) or (known and known[0] == first):
            end = known[1] if known and known[0] == first else min(last, first + 4)
            stop = next(
                (k for k in range(first + 1, end) if lexicon.is_a("speaker_ends", tokens[k].base)),
                end,
            )  # الحكومة التي ...
            phrase.speaker = _Mention("ORG", first, stop)
            return phrase
        if country and country[0] == first:
            phrase.speaker = _Mention("GPE", first, country[1])
            return phrase
        title_at = next(
            (k for k in range(first, last) if lexicon.is_a("titles", tokens[k].base)), None
        )
        nominal = lexicon.is_a("nominals", words[0]) or (
            words[0].startswith("ال") and lexicon.is_a("nominals", words[0][2:])
        )
        if nominal and title_at != first:  # مصدر أمني رفيع، مسؤولون أمريكيون
            end = first + 1
            while end < min(last, first + 4) and self._describes(end, last):
                end += 1
            phrase.speaker = _Mention("PER", first, end, {"mention_type": "NOM"})
            self._title_names(phrase, end, last)
            return phrase
        if title_at is None:
            end = min(last, first + NAME_LIMIT)
            if words[0] in NOT_SPEAKERS:
                return None  # البيان، التقرير: a text, not who spoke
            if len(words) == 1 and words[0].startswith("ال") and _marked(words[0])[1] == "pl":
                # المتظاهرون، الناشطات: people named by what they do, a nominal
                phrase.speaker = _Mention("PER", first, last, {"mention_type": "NOM"})
                return phrase
            if (
                len(words) == 2
                and words[1].startswith("ال")
                and not words[0].startswith("ال")
                and "ال" + words[0] not in NOT_SPEAKERS
                and not self._known(first, last, "org")
            ):  # a given name and a family name with the article (سارة الأحمد)
                phrase.speaker = _Mention("PER", first, last, {"mention_type": "NAM"})
                return phrase
            definite = [w for w in words[: end - first] if w.startswith("ال")]
            lead = next((n for n, w in enumerate(words) if not w.startswith("ال")), len(words))
            if 0 < lead < len(words) and not definite[lead:]:
                # words with the article, then a name (المحلل السياسي أحمد علي): the name
                end = min(last, first + lead + NAME_LIMIT)
                phrase.speaker = _Mention("PER", first + lead, end, {"mention_type": "NAM"})
                return phrase
            if definite and (end - first > 1 or len(words) > 1):
                return None  # a definite phrase that is neither title, org nor one name
            # one word, with or without the article: a name (ليو، الصفدي، السيسي)
            phrase.speaker = _Mention("PER", first, end, {"mention_type": "NAM"})
            return phrase
        if title_at > first:  # name, then title
            phrase.speaker = _Mention("PER", first, title_at, {"mention_type": "NAM"})
            phrase.title = _Mention("TITLE", title_at, last)
            self._title_names(phrase, title_at, last)
            return phrase
        end = self._title_end(first, last)  # title, then name
        if nominal:  # مبعوث صيني لدى ...: the adjective is the title's, not a name
            while end < last and _nisba(tokens[end].base):
                end = self._title_end(end, last)
        if end < last:
            name_end = min(last, end + NAME_LIMIT)
            phrase.speaker = _Mention("PER", end, name_end, {"mention_type": "NAM"})
            phrase.title = _Mention("TITLE", first, end)
        else:
            head = first + 1
            while head < last and not lexicon.is_a("title_links", tokens[head].folded) and (
                tokens[head].base.startswith("ال") or (nominal and _nisba(tokens[head].base))
            ):  # fmt: skip
                head += 1
            phrase.speaker = _Mention("PER", first, head, {"mention_type": "NOM"})
        self._title_names(phrase, first, end)
        return phrase

    def _describes(self, k: int, last: int) -> bool:
        """Whether the word at ``k`` goes on describing a nominal (مصدر مسؤول): not a link,
        a known name or the start of one."""
        token = self.tokens[k]
        if lexicon.is_a("title_links", token.folded) or lexicon.is_a("speaker_ends", token.base):
            return False
        known = self._known(k, last, "org", "country")
        if (known and known[0] == k) or lexicon.is_a("org_heads", token.base):
            return False
        # an adjective: of origin (أمني), a participle (مسؤول، مطلع) or one news uses; not a
        # verb that opens a relative clause (مصدر دبلوماسي فضل عدم الكشف عن هويته)
        word = token.base
        return _nisba(word) or word in ADJECTIVES or (word[0] == "م" and len(word) >= 4)

    def _title_end(self, first: int, last: int) -> int:
        """Where a title that starts at ``first`` ends: it runs on through definite words,
        title words and nouns, its links (لدى، باسم) and the word after them, known names,
        and the name after شركة."""
        tokens, k = self.tokens, first + 1
        while k < last:
            token = tokens[k]
            known = self._known(k, last, "org", "country")
            if known and known[0] == k:
                k = known[1]
            elif lexicon.is_a("title_links", token.folded) or lexicon.is_a("org_heads", token.base):
                k = min(last, k + 2)
            elif (
                token.base.startswith("ال")
                or token.base in TITLE_NOUNS
                or lexicon.is_a("titles", token.base)
            ):
                k += 1
            else:
                break
        return k

    def _title_names(self, phrase: _Phrase, first: int, last: int) -> None:
        """The organisations and countries a title names, and the speaker's affiliation."""
        tokens, k = self.tokens, first
        representative = first < last and tokens[first].base in REPRESENTATIVES
        while k < last:
            token = tokens[k]
            org = self._known(k, last, "org")
            country = self._known(k, last, "country")
            mention = None
            if country and country[0] == k:
                mention, k = _Mention("GPE", k, country[1]), country[1]
            elif org and org[0] == k:
                mention, k = _Mention("ORG", k, org[1]), org[1]
            elif token.folded == fold("باسم") and k + 1 < last:
                end = self._title_end(k + 1, last) if k + 2 <= last else k + 2
                mention, k = _Mention("ORG", k + 1, max(end, k + 2)), max(end, k + 2)
            elif token.base == fold("شركة") and k + 1 < last:
                mention, k = _Mention("ORG", k + 1, k + 2), k + 2
            else:
                k += 1
            if mention is None:
                continue
            phrase.names.append(mention)
            accredited = mention.first > first and tokens[mention.first - 1].folded == fold("لدى")
            if accredited and not representative:
                continue  # مبعوث لدى الأمم المتحدة: sent to it, not one of its own
            if phrase.affiliation is None or (
                representative and mention.label == "GPE" and phrase.affiliation.label == "ORG"
            ):
                phrase.affiliation = mention

    def _known(self, first: int, last: int, *kinds: str) -> tuple[int, int] | None:
        """The first known name of ``kinds`` ("org", "country": ``lexicon.KNOWN``) found in
        tokens [first, last), the longest where several start at one word."""
        bases = [t.base for t in self.tokens[first:last]]
        for k, word in enumerate(bases):
            for kind in kinds:
                for name in lexicon.KNOWN[kind].get(word, ()):
                    if bases[k : k + len(name)] == name:
                        return first + k, first + k + len(name)
        return None


BROKEN_PLURALS = frozenset(
    fold(w) for w in ("مصادر", "خبراء", "شهود", "سكان", "مسؤولون", "قادة", "نواب", "علماء")
)  # fmt: skip


def _marked(head: str) -> tuple[str | None, str | None]:
    """The gender and number a person's title or role word shows (الوزيرة، محللون،
    المتظاهرون، الناشطات); the caller leaves names out (أسامة is a man)."""
    word = _bare(head)
    if word in BROKEN_PLURALS or (len(word) > 4 and word.endswith(("ون", "ين"))):
        return "m", "pl"
    if len(word) > 4 and word.endswith("ات"):
        return "f", "pl"
    if word.endswith("ه"):  # ة folded
        return "f", "sg"
    return None, None


def _agrees(group: _Group, agreement: lexicon.Agreement | None) -> bool:
    """Whether a pronoun subject with the verb's ``agreement`` can be ``group``: same gender
    where both are known, and a singular verb for one speaker (a feminine singular also for
    a plural of things: السلطات ... وأضافت)."""
    if agreement is None:
        return True
    gender, number = agreement
    if group.gender is not None and group.gender != gender:
        return False
    if group.number == "pl":
        return number == "pl" or (gender == "f" and group.gender == "f")
    return number == "sg"


ADJECTIVES = frozenset(
    fold(w) for w in ("رفيع", "رفيعة", "رفيعو", "كبير", "كبيرة", "كبار", "بارز", "بارزة", "رسمي",
                      "رسمية", "عليا", "آخر", "أخرى", "آخرون", "مطلع", "مطلعة", "مطلعون")
)  # fmt: skip


def _bare(word: str) -> str:
    """A folded word without its article."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _complementizer(folded: str) -> bool:
    """أن، إن، أنه ... and فإن، فإنه (after بحسب X)."""
    return lexicon.is_a("complementizers", folded) or (
        folded.startswith("ف") and lexicon.is_a("complementizers", folded[1:])
    )


def _nisba(word: str) -> bool:
    """An adjective of origin after a nominal (صيني، أمريكيون، أمنية)."""
    if word.startswith("ال") or lexicon.is_a("speaker_ends", word):
        return False
    return word.endswith(("ي", "يه", "يون", "يين", "يا"))
