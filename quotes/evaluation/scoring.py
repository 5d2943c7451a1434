"""Scoring one article's extraction against its gold attributions.

The rules (from the evaluation issue):

* Gold *direct* (D): the content holds a segment of at least 3 words between double
  quotation marks (straight or curly). Two apostrophes in a row (`''`) and two backticks
  (``` `` ```) are the double quotation marks of typewriter-era archives (about 116 of
  PolNeAR's 840 train articles, from the NYT, write every quotation ''like this''), so
  they count as a double quotation mark too: for D, for "has a quotation mark" in the
  precision condition and for the indirect rule. `strict_marks=True` (the evaluate
  command's `--strict-marks`) keeps the literal definition, where `''` is no mark. Gold *indirect* (I): no quotation mark in the
  content, and a word of the cue is a speech verb (`lexicon.is_speech_cue`).
* A system quote *matches* a gold attribution when at least half of its characters
  (after trimming whitespace and quotation marks at both ends) fall inside the
  attribution's content spans (trimmed the same way).
* Direct precision: system direct/mixed quotes matching a gold attribution whose content
  has a quotation mark, over all system direct/mixed quotes. Recall: D matched by at least
  one system direct/mixed quote. Indirect precision: system indirect quotes matching any
  gold attribution with content; recall over I.
* Speaker: right when the last word of the system speaker's name (no honorifics, case,
  accents or punctuation) is a word of the gold Source, or of the name the Source resolves
  to; or when the gold name's own last word is a word of the system speaker's name, for
  family names that do not come last ("Ms. Acosta" = "Melba Acosta Febo", "Ban" = "Ban
  Ki-moon"). Attributions without a Source are left out of speaker figures. An annotation
  whose Source is the reporting verb ("said") and whose Cue is the name was labelled the
  wrong way round, and is read swapped (`brat._labels_swapped`: 17 in train and dev).

Source resolution, kept deterministic: a Source whose *head* is a capitalised word that is
not a pronoun, article or title is a name and stands for itself. The head is the last word
before the first comma or parenthesis: "Gov. John Kasich (R-OH)" and "Fred Kagan, director of
the Institute" are names; "The Florida senator's" and "the GOP candidate" are descriptions,
however many capitalised modifiers they carry. Any other Source ("he", "the senator") that
starts with a pronoun or a definite determiner (the/this/that/these/those) resolves to the
nearest *preceding* named gold Source in the article; failing that, to the last run of two
to four capitalised words before it in the text. A personal pronoun (he/she and their
forms) only resolves to a name that can be a person: not one that starts with a determiner
("The New York Post", "A 2014 House report"), and not one whose gender, known from an
honorific the article gives it ("Ms. Lee", "Mr. Lee"), disagrees with the pronoun.
Indefinite sources ("a source", "officials", "experts") are not resolved. An unresolved
source's own words still count, so a system speaker "officials" is right for the gold Source
"officials"; a speaker with no name-like word at all ("Some", "Several") is right only for a
gold Source of the same words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .brat import QUOTE_MARKS, GoldArticle, GoldAttribution, Span, trim_span
from .lexicon import (
    HONORIFICS,
    NON_NAME_CAPITALS,
    PRONOUNS,
    is_proper_mention,
    is_speech_cue,
    name_key,
    tokens,
)

DIRECT_KINDS = ("direct", "mixed")
MIN_QUOTED_WORDS = 3
# Gold content of which matching quotes cover less than this share is a "partial span".
PARTIAL_COVERAGE = 0.5
CONTEXT_CHARS = 320
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

ERROR_KINDS = (
    "missed_direct",
    "spurious_quote",
    "wrong_kind",
    "missed_indirect",
    "spurious_indirect",
    "wrong_speaker",
    "missing_speaker",
    "partial_span",
)
ERROR_HELP = {
    "missed_direct": "gold direct quote that no system direct/mixed quote matches",
    "spurious_quote": "system direct/mixed quote that matches no gold attribution",
    "wrong_kind": "matched, but direct vs indirect disagree (quotation marks in gold or not)",
    "missed_indirect": "gold indirect (speech-verb) attribution that no system quote matches",
    "spurious_indirect": "system indirect quote that matches no gold attribution",
    "wrong_speaker": "matched quote whose speaker is not the gold Source",
    "missing_speaker": "matched quote with no speaker (gold has a Source)",
    "partial_span": "matched gold content less than half covered by the quotes matching it",
}

_WORD = re.compile(r"\w+")
# Two to four capitalised words on one line: "Hillary Clinton", "Jeh Johnson".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){1,3}")


# --- gold-side analysis ------------------------------------------------------------------


def quoted_segments(text: str) -> list[str]:
    """The passages of `text` between double quotation marks.

    Straight quotes alternate open/close; curly ones say which they are. A quote still open
    at a line break or at the end is closed there (news quotes that run over several
    paragraphs leave the closing mark off until the last one).
    """
    segments = []
    opened = None
    for i, ch in enumerate(text):
        if ch == "\n" and opened is not None:
            segments.append(text[opened:i])
            opened = None
        elif ch == "“" or (ch == '"' and opened is None):
            if opened is not None:
                segments.append(text[opened:i])
            opened = i + 1
        elif ch == "”" or ch == '"':
            segments.append(text[0 if opened is None else opened : i])
            opened = None
    if opened is not None:
        segments.append(text[opened:])
    return segments


@dataclass(slots=True)
class GoldView:
    """A gold attribution with everything the scorer derives from it, computed once."""

    attribution: GoldAttribution
    content: tuple[Span, ...]  # trimmed segments
    content_text: str
    content_length: int
    has_quote_mark: bool
    is_direct: bool
    is_indirect: bool
    source_text: str
    resolved_name: str | None
    cue_text: str
    speaker_words: frozenset[str]

    @property
    def has_source(self) -> bool:
        return bool(self.source_text.strip())


def double_mark_text(text: str) -> str:
    """`text` with each `''` or ``` `` ``` digraph rewritten as `"` plus the digraph's
    second character: the same length (offsets still hold), and the digraph now reads as
    a double quotation mark to every rule that looks for one."""
    if "''" not in text and "``" not in text:
        return text
    return text.replace("''", "\"'").replace("``", "\"`")


def analyse_gold(article: GoldArticle, *, strict_marks: bool = False) -> list[GoldView]:
    """Classify the article's attributions (direct/indirect) and resolve their sources.

    Unless `strict_marks`, `''` counts as a double quotation mark (module docstring)."""
    text = article.text if strict_marks else double_mark_text(article.text)
    views: list[GoldView] = []
    for attribution in article.attributions:
        trimmed = []
        for segment in attribution.content:
            start, end = trim_span(text, segment.start, segment.end)
            if end > start:
                trimmed.append(Span(start, end))
        content_text = " ".join(text[s.start : s.end] for s in attribution.content)
        has_mark = any(mark in content_text for mark in QUOTE_MARKS)
        is_direct = has_mark and any(
            len(_WORD.findall(segment)) >= MIN_QUOTED_WORDS
            for raw in attribution.content
            for segment in quoted_segments(text[raw.start : raw.end])
        )
        cue_text = article.span_text(attribution.cue)
        views.append(
            GoldView(
                attribution=attribution,
                content=tuple(trimmed),
                content_text=content_text,
                content_length=sum(len(s) for s in trimmed),
                has_quote_mark=has_mark,
                is_direct=is_direct,
                is_indirect=bool(trimmed) and not has_mark and is_speech_cue(cue_text),
                source_text=article.span_text(attribution.source),
                resolved_name=None,
                cue_text=cue_text,
                speaker_words=frozenset(),
            )
        )
    _resolve_sources(text, views)
    return views


def refers_back(mention: str) -> bool:
    """Pronouns and definite descriptions ("he", "the senator", "his campaign") point back to
    someone already named; indefinite ones ("a source", "officials") do not."""
    words = tokens(mention)
    return bool(words) and (words[0] in PRONOUNS or words[0] in DEFINITE_DETERMINERS)


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)*([A-Z][\w'’-]+)")
_HEAD_CUT = re.compile(r"[,(]")


def names_someone(mention: str) -> bool:
    """Is the mention's head a name? The head is its last word before a comma or "(":
    "Gov. John Kasich (R-OH)" -> yes; "The Florida senator's", "the GOP candidate" -> no."""
    head_part = _HEAD_CUT.split(mention, 1)[0]
    words = tokens(head_part)
    raw = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", head_part)
    if not words or not raw:
        return False
    return is_proper_mention(raw[-1])


def _genders(text: str) -> dict[str, str]:
    """Surname (folded) -> "m"/"f", from the honorifics the article uses ("Ms. Lee")."""
    found: dict[str, str] = {}
    for m in _HONORIFIC_NAME.finditer(text):
        gender = "m" if m.group(1) == "Mr" else "f"
        key = name_key(m.group(2))
        if key:
            found[key] = "x" if found.get(key, gender) != gender else gender
    return found


def _can_be(pronoun_gender: str | None, name: str, genders: dict[str, str]) -> bool:
    """Can a personal pronoun refer to this named Source?"""
    if pronoun_gender is None:
        return True
    first = tokens(name)[:1]
    if first and first[0] in DEFINITE_DETERMINERS | {"a", "an"}:
        return False  # "The New York Post", "A 2014 House report": not a person
    known = genders.get(name_key(name) or "")
    return known in (None, "x", pronoun_gender)


def _resolve_sources(text: str, views: list[GoldView]) -> None:
    """Fill `resolved_name` and `speaker_words` (see the module docstring for the rule)."""
    with_source = sorted(
        (v for v in views if v.has_source), key=lambda v: v.attribution.source[0].start
    )
    genders = _genders(text)
    named: list[str] = []  # named Sources so far, in text order
    for view in with_source:
        first = tokens(view.source_text)[:1]
        pronoun_gender = None
        if first and first[0] in MALE_PRONOUNS:
            pronoun_gender = "m"
        elif first and first[0] in FEMALE_PRONOUNS:
            pronoun_gender = "f"
        last_named = next((n for n in reversed(named) if _can_be(pronoun_gender, n, genders)), None)
        if names_someone(view.source_text):
            view.resolved_name = view.source_text
            named.append(view.source_text)
        elif not refers_back(view.source_text):
            view.resolved_name = None  # "a source", "officials": nobody named to resolve to
        elif last_named is not None:
            view.resolved_name = last_named
        else:
            before = text[: view.attribution.source[0].start]
            runs = [m.group(0) for m in _CAPITALISED_RUN.finditer(before[-2000:])]
            runs = [r for r in runs if is_proper_mention(r)]
            view.resolved_name = runs[-1] if runs else None
        words = set(tokens(view.source_text))
        if view.resolved_name:
            words |= set(tokens(view.resolved_name))
        view.speaker_words = frozenset(words - NON_NAME_CAPITALS - HONORIFICS)


# --- matching ------------------------------------------------------------------------------


class ContentIndex:
    """Gold content segments sorted by start, for overlap look-ups without an all-pairs scan."""

    def __init__(self, views: list[GoldView]):
        entries = sorted(
            (segment.start, segment.end, index)
            for index, view in enumerate(views)
            for segment in view.content
        )
        self.starts = [e[0] for e in entries]
        self.entries = entries
        self.longest = max((e[1] - e[0] for e in entries), default=0)

    def overlaps(self, start: int, end: int) -> dict[int, int]:
        """Gold index -> characters of [start, end) inside that attribution's content."""
        found: dict[int, int] = {}
        j = bisect_left(self.starts, end) - 1
        while j >= 0 and self.starts[j] >= start - self.longest:
            seg_start, seg_end, index = self.entries[j]
            shared = min(end, seg_end) - max(start, seg_start)
            if shared > 0:
                found[index] = found.get(index, 0) + shared
            j -= 1
        return found


_INITIALS_SKIP = frozenset({"and", "of", "the", "for", "on", "in"})


def _initials(name: str) -> str | None:
    """The lower-case initials of a name of two capitalised words or more ("Food and Drug
    Administration" -> "fda"), else None."""
    words = [w for w in re.findall(r"[A-Za-z][\w\-]*", name) if w.lower() not in _INITIALS_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def speaker_is_right(speaker: str | None, view: GoldView) -> bool:
    key = name_key(speaker)
    if key is None:
        # A speaker with no name-like word ("Some", "Several") is right only when it is
        # the gold Source word for word: "Some chanted ..." for the gold Source "Some".
        words = tokens(speaker or "")
        return bool(words) and words == tokens(view.source_text)
    if key in view.speaker_words:
        return True
    if _initials(speaker) in view.speaker_words:
        # "Republican National Committee" for the gold Source "the RNC": one body, named in
        # full by the system and by its initials in the text.
        return True
    # Names whose family name is not their last word ("Ban Ki-moon", "Melba Acosta Febo"):
    # the gold name's key word is one of the system name's words.
    # Only for a speaker that is shaped like a name (two or three capitalised words), so a
    # run-on phrase that merely contains the name earns nothing.
    words = speaker.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    named = view.resolved_name if view.resolved_name and names_someone(view.resolved_name) else None
    gold_key = name_key(named)
    return gold_key is not None and gold_key in set(tokens(speaker))


# --- per-article score -----------------------------------------------------------------------


@dataclass(slots=True)
class ErrorExample:
    kind: str
    article: str
    context: str
    system_quote: str | None = None
    system_kind: str | None = None
    system_speaker: str | None = None
    system_mention: str | None = None
    gold_content: str | None = None
    gold_source: str | None = None
    gold_resolved: str | None = None
    gold_cue: str | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


COUNT_KEYS = (
    "gold_direct", "gold_quote_marked", "system_direct", "system_direct_matched",
    "gold_direct_matched",
    "direct_speaker_total", "direct_speaker_right",
    "e2e_system", "e2e_system_right", "gold_direct_with_source", "gold_direct_right",
    "gold_indirect", "system_indirect", "system_indirect_matched", "gold_indirect_matched",
    "indirect_speaker_total", "indirect_speaker_right",
    "organisation_matched", "organisation_right",
)


@dataclass(slots=True)
class ArticleScore:
    name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    errors: list[ErrorExample] = field(default_factory=list)

    @property
    def direct_f1(self) -> float:
        c = self.counts
        return f1(
            ratio(c["system_direct_matched"], c["system_direct"]),
            ratio(c["gold_direct_matched"], c["gold_direct"]),
        )

    @property
    def indirect_f1(self) -> float:
        c = self.counts
        return f1(
            ratio(c["system_indirect_matched"], c["system_indirect"]),
            ratio(c["gold_indirect_matched"], c["gold_indirect"]),
        )


def ratio(part: int, whole: int) -> float:
    """part / whole, with 0/0 = 1.0: nothing to find and nothing found is not a failure."""
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The paragraph around [start, end), clipped to about `width` characters."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    if para_end - para_start > width:
        slack = max(0, (width - (end - start)) // 2)
        lo, hi = max(para_start, start - slack), min(para_end, end + slack)
        snippet = text[lo:hi]
        return ("…" if lo > para_start else "") + snippet + ("…" if hi < para_end else "")
    return text[para_start:para_end]


def score_article(gold: GoldArticle, extraction, *, views: list[GoldView] | None = None,
                  strict_marks: bool = False) -> ArticleScore:
    """Compare `extraction.quotes` with the gold attributions of one article."""
    text = gold.text
    views = analyse_gold(gold, strict_marks=strict_marks) if views is None else views
    index = ContentIndex(views)
    score = ArticleScore(gold.name)
    c = score.counts
    c["gold_direct"] = sum(v.is_direct for v in views)
    c["gold_quote_marked"] = sum(v.has_quote_mark for v in views)
    c["gold_indirect"] = sum(v.is_indirect for v in views)
    c["gold_direct_with_source"] = sum(v.is_direct and v.has_source for v in views)

    def error(kind, quote=None, view=None):
        if quote is not None:
            start, end = quote.start, quote.end
        else:
            start, end = view.attribution.content[0].start, view.attribution.content[-1].end
        example = ErrorExample(kind=kind, article=gold.name, context=context(text, start, end))
        if quote is not None:
            example.system_quote = quote.text
            example.system_kind = quote.kind
            example.system_speaker = quote.speaker
            example.system_mention = quote.speaker_mention
        if view is not None:
            example.gold_content = view.content_text
            example.gold_source = view.source_text or None
            if view.resolved_name and view.resolved_name != view.source_text:
                example.gold_resolved = view.resolved_name
            example.gold_cue = view.cue_text or None
        score.errors.append(example)

    gold_direct_hit: set[int] = set()
    gold_direct_right: set[int] = set()
    gold_any_hit: dict[int, str] = {}  # gold index -> kind family of a system quote matching it
    gold_indirect_hit: set[int] = set()
    # gold index -> (characters covered by matching quotes, the quote covering most, its share)
    coverage: dict[int, tuple[int, object, int]] = {}

    for quote in extraction.quotes:
        direct = quote.kind in DIRECT_KINDS
        start, end = trim_span(text, quote.start, quote.end)
        length = end - start
        matches = {
            g: shared
            for g, shared in (index.overlaps(start, end).items() if length > 0 else ())
            if 2 * shared >= length
        }
        for g in matches:
            gold_any_hit.setdefault(g, "direct" if direct else "indirect")

        if direct:
            c["system_direct"] += 1
            c["e2e_system"] += 1
            eligible = {g: s for g, s in matches.items() if views[g].has_quote_mark}
        else:
            c["system_indirect"] += 1
            eligible = {g: s for g, s in matches.items() if views[g].content}
        if not eligible:
            if matches:
                best = max(matches, key=matches.get)
                error("wrong_kind", quote, views[best])
            else:
                error("spurious_quote" if direct else "spurious_indirect", quote)
            continue

        c["system_direct_matched" if direct else "system_indirect_matched"] += 1
        for g in eligible:
            if direct and views[g].is_direct:
                gold_direct_hit.add(g)
            if not direct and views[g].is_indirect:
                gold_indirect_hit.add(g)
        for g, shared in eligible.items():
            covered, best_quote, best_shared = coverage.get(g, (0, None, 0))
            if shared > best_shared:
                best_quote, best_shared = quote, shared
            coverage[g] = (covered + shared, best_quote, best_shared)

        sourced = {g: s for g, s in eligible.items() if views[g].has_source}
        if not sourced:
            # Speaker figures leave out attributions without a Source.
            c["e2e_system"] -= direct
            continue
        right_for = {g for g in sourced if speaker_is_right(quote.speaker, views[g])}
        best = max(sourced, key=sourced.get)
        prefix = "direct" if direct else "indirect"
        c[f"{prefix}_speaker_total"] += 1
        if best in right_for:
            c[f"{prefix}_speaker_right"] += 1
        elif name_key(quote.speaker) is None:
            error("missing_speaker", quote, views[best])
        else:
            error("wrong_speaker", quote, views[best])
        if direct:
            if right_for:
                c["e2e_system_right"] += 1
            gold_direct_right |= {g for g in right_for if views[g].is_direct}
        if quote.speaker_type == "organisation":
            c["organisation_matched"] += 1
            c["organisation_right"] += best in right_for

    c["gold_direct_matched"] = len(gold_direct_hit)
    c["gold_direct_right"] = len(gold_direct_right)
    c["gold_indirect_matched"] = len(gold_indirect_hit)

    for g, (covered, best_quote, _) in coverage.items():
        if covered < PARTIAL_COVERAGE * views[g].content_length:
            error("partial_span", best_quote, views[g])
    for g, view in enumerate(views):
        if view.is_direct and g not in gold_direct_hit:
            error("wrong_kind" if gold_any_hit.get(g) == "indirect" else "missed_direct", view=view)
        elif view.is_indirect and g not in gold_indirect_hit and g not in gold_any_hit:
            error("missed_indirect", view=view)
    return score
