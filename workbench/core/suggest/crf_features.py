"""What the name model sees and says: tokens in sentences, their features, BIO tags, spans.

Pure code for the CRF sequence labeller of ``workbench train`` (``workbench.workflow.train``
runs python-crfsuite on it). A document is cut into sentences of tokens
(``workbench.core.tokens``); each token gets features (the word, its folded form, the form with
one proclitic stripped, prefixes and suffixes, its shape, its neighbours, and whether it is one
of the project's names) and, for training, a BIO tag over the name labels. Spans come back
from tags: a run of B-X I-X ... is one span of label X.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.core.search import fold
from workbench.core.suggest.lexicon import cue_of
from workbench.core.text import split_proclitic
from workbench.core.tokens import tokenize

# The schema's span labels that are names (the ones the model learns), when the schema has them.
NAME_LABELS = ("PER", "ORG", "GPE", "LOC", "TITLE")
OUTSIDE = "O"
FORM = "#form"  # the gazetteer's marker for the first word of a name as it was annotated
_SENTENCE_END = frozenset(".!?؟\n")
_MAX_SENTENCE = 120  # tokens; a text without punctuation is cut into pieces of this length


@dataclass(frozen=True)
class Sentence:
    """Tokens (code point offsets into the document) of one sentence."""

    tokens: tuple[tuple[int, int], ...]


def sentences(text: str) -> list[Sentence]:
    """The text's tokens cut after sentence-final punctuation and at line breaks."""
    out: list[Sentence] = []
    current: list[tuple[int, int]] = []
    previous_end = 0
    for start, end in tokenize(text):
        if current and ("\n" in text[previous_end:start] or len(current) >= _MAX_SENTENCE):
            out.append(Sentence(tuple(current)))
            current = []
        current.append((start, end))
        previous_end = end
        if text[start:end] in _SENTENCE_END:
            out.append(Sentence(tuple(current)))
            current = []
    if current:
        out.append(Sentence(tuple(current)))
    return out


def stem(word: str) -> str:
    """The folded word without one proclitic (و ف ب ك ل) and without the article ال."""
    folded = fold(word)
    split = split_proclitic(folded)
    if split is not None:
        folded = split[1]
    if folded.startswith("ال") and len(folded) > 3:
        folded = folded[2:]
    return folded


def shape(word: str) -> str:
    """A coarse shape: Arabic letters, Latin, digits, punctuation (runs collapsed)."""
    kinds = []
    for char in word:
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            kind = "a"
        elif char.isdigit():
            kind = "d"
        elif char.isalpha():
            kind = "X" if char.isupper() else "x"
        else:
            kind = "p"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return "".join(kinds)


class Gazetteer:
    """The project's names: for each folded word stem, how often it was part of a name of each
    label. ``without`` takes one document's own names out (training uses it so that the model
    does not learn that every name it is shown is already known)."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = {}
        self.forms: Counter[str] = Counter()  # folded words names start with, as annotated

    @staticmethod
    def words_of(text: str, spans: Iterable[tuple[int, int, str]]) -> Counter[tuple[str, str]]:
        found: Counter[tuple[str, str]] = Counter()
        for start, end, label in spans:
            words = tokenize(text[start:end])
            if words:
                first_start, first_end = words[0]
                found[(fold(text[start + first_start : start + first_end]), FORM)] += 1
            for word_start, word_end in words:
                word = stem(text[start + word_start : start + word_end])
                if len(word) > 1:
                    found[(word, label)] += 1
        return found

    def add(self, words: Counter[tuple[str, str]], sign: int = 1) -> None:
        for (word, label), count in words.items():
            if label == FORM:
                self.forms[word] += sign * count
                if self.forms[word] <= 0:
                    del self.forms[word]
                continue
            labels = self.counts.setdefault(word, Counter())
            labels[label] += sign * count
            if labels[label] <= 0:
                del labels[label]
            if not labels:
                del self.counts[word]

    def labels(self, word_stem: str) -> list[str]:
        return sorted(self.counts.get(word_stem, ()))

    def clitic_length(self, text: str, start: int, end: int) -> int:
        """How many characters of a proclitic to leave out at the start of a found name: one,
        when the word splits (``split_proclitic``) and what remains starts with the article or
        is a word names of the project start with ("والأمم" -> "الأمم"); otherwise none
        ("وليد" stays whole, and so does a word names start with themselves: كريم is not
        ك + ريم)."""
        split = split_proclitic(text[start:end])
        if split is None or fold(text[start:end]) in self.forms:
            return 0
        rest = fold(split[1])
        return 1 if rest.startswith("ال") or rest in self.forms else 0


def _word_features(prefix: str, word: str) -> list[str]:
    return [f"{prefix}w={fold(word)}", f"{prefix}s={stem(word)}"]


def features(text: str, sentence: Sentence, names: Gazetteer) -> list[list[str]]:
    """One list of string features per token of the sentence."""
    words = [text[start:end] for start, end in sentence.tokens]
    stems = [stem(word) for word in words]
    out = []
    for i, word in enumerate(words):
        folded = fold(word)
        feats = ["bias", f"w={folded}", f"s={stems[i]}", f"shape={shape(word)}"]
        feats += [f"p{n}={folded[:n]}" for n in (1, 2, 3) if len(folded) > n]
        feats += [f"x{n}={folded[-n:]}" for n in (1, 2, 3) if len(folded) > n]
        if folded.startswith("ال") or stems[i] != folded:
            feats.append("clitic_or_article")
        feats += [f"name={label}" for label in names.labels(stems[i])]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                feats += _word_features(f"{offset:+d}:", words[j])
                feats += [f"{offset:+d}:name={label}" for label in names.labels(stems[j])]
            else:
                feats.append(f"{offset:+d}:edge")
        out.append(feats)
    return out


def bio_tags(sentence: Sentence, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """B-X / I-X / O for each token: a token is inside a span when it overlaps it; where spans
    overlap the earlier-starting (then longer) one wins."""
    tags = [OUTSIDE] * len(sentence.tokens)
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        inside = [
            i
            for i, (token_start, token_end) in enumerate(sentence.tokens)
            if token_start < end and token_end > start and tags[i] == OUTSIDE
        ]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


def spans_from_tags(
    text: str,
    sentence: Sentence,
    tags: Sequence[str],
    names: Gazetteer,
    scores: Sequence[float] | None = None,
) -> list[tuple[int, int, str, float]]:
    """(start, end, label, score) for each run B-X I-X ... (an I-X without its B-X starts a
    run too), a leading proclitic left out as ``Gazetteer.clitic_length`` says; ``score`` is
    the lowest of the tokens' scores (a name is as sure as its least sure word; 1.0 when none
    are given). A run holding a reporting verb (وأشارت الأمم المتحدة، جيه يي قال) is no name
    and is left out."""
    out = []
    run: list[int] = []
    label = ""

    def close() -> None:
        if run and not any(_reporting(text, *sentence.tokens[i]) for i in run):
            score = min(scores[i] for i in run) if scores else 1.0
            start, first_end = sentence.tokens[run[0]]
            start += names.clitic_length(text, start, first_end)
            out.append((start, sentence.tokens[run[-1]][1], label, score))

    for i, tag in enumerate(tags):
        kind, _, tag_label = tag.partition("-")
        if kind == "I" and run and tag_label == label:
            run.append(i)
            continue
        close()
        run = [i] if kind in ("B", "I") else []
        label = tag_label
    close()
    return out


def _reporting(text: str, start: int, end: int) -> bool:
    """Whether the word is a form of a reporting verb (قال، وأشارت، مضيفا)."""
    return cue_of(fold(text[start:end])) is not None


@dataclass
class LabelScore:
    """Exact-match precision, recall and F1 of one label over a set of documents."""

    label: str
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        total = self.predicted + self.gold
        return 2 * self.true_positives / total if total else None

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "predicted": self.predicted,
            "true_positives": self.true_positives,
        }


def count_matches(
    scores: dict[str, LabelScore],
    gold: Iterable[tuple[int, int, str]],
    predicted: Iterable[tuple[int, int, str]],
) -> None:
    """Add one document's exact matches (same start, end and label) to ``scores``."""
    gold_set = set(gold)
    predicted_set = set(predicted)
    for start, end, label in gold_set:
        scores.setdefault(label, LabelScore(label)).gold += 1
        if (start, end, label) in predicted_set:
            scores[label].true_positives += 1
    for _, _, label in predicted_set:
        scores.setdefault(label, LabelScore(label)).predicted += 1
