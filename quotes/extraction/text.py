"""Article layout: paragraphs, headlines and subheadings, datelines, bylines, sentences.

Everything is computed once per article as offset spans into the original text, so later
stages never rescan the whole text per quote (time stays linear in article length).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from .lexicons import COMMON_CAPITALISED, CUE_RE, MONTHS, TITLES
from .quotes import pair_single_marks

PARA_RE = re.compile(r"[^\n]+")
TURN_RE = re.compile(r"[QA]:[ \t]+")
BULLET_RE = re.compile(r"[ \t]*(?:[-*•·–—>]|\d{1,2}[.)])[ \t]+")
_BULLET_FIRST_CHARS = " \t-*•·–—>"  # (or a digit: a cheap test before BULLET_RE)
# "WASHINGTON (AP) —", "PARIS, March 3 (Reuters) -", "NEW YORK —", "WASHINGTON ―"
DATELINE_RE = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4})"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?"
    # "(Reuters)", or a press-release wire: "DAYTON, Ohio, Feb. 3, 2025 /PRNewswire/ --"
    r"(?: ?\((?P<wire>[A-Za-z. ]{1,30})\)| /(?P<release_wire>[A-Za-z. -]{1,30})/)?[ \t]*[—–―-]{1,2}[ \t]+"
)
COLON_DATELINE_RE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+(?=[A-Z])")
LABEL_LINE_RE = re.compile(r"^[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:", re.MULTILINE)
CAPTION_RE = re.compile(
    r"[ \t]*(?:(?:Photo|Image|Picture|Caption|File photo|Video|Credit)\b[^\n]{0,20}[:|]|"
    r"\(?(?:AP|Reuters|AFP|Getty|EPA)\s+Photo)", re.IGNORECASE)
BYLINE_RE = re.compile(
    r"[ \t]*(?:The |This )?(?:writer|author|columnist|reporter)s? (?:is|are|was) "
    r"(?P<role>[^.\n]{0,160}?)\b(?:for|at|with|of) (?:the )?(?P<pub>[A-Z][\w&'’.-]*(?: [A-Z0-9][\w&'’.-]*){0,5})\.?[ \t]*$"
)
BY_RE = re.compile(r"[ \t]*By (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
                   r"(?:, (?P<pub>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})[ \t]*$|,| and|[ \t]*$"
                   r"|[ \t]*[|·•][ \t]*(?P<rest>[^\n]*)$)")  # "By Dana Ortiz | Published March 12, 2025"
# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a plain character class
# lets the regex engine skip to the next candidate character (five times faster).
SENTENCE_END_RE = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+(?:''|``|[\"“‘'(\[])?[A-Z0-9])|[.!?][.!?]*[\"”’')\]]*\s*$")

# "By Anna Reyes, Staff Writer": a role after the name, not an outlet.
_WRITER_WORDS = {"writer", "writers", "reporter", "reporters", "correspondent", "editor", "staff",
                 "contributor", "columnist", "special", "senior", "chief", "political", "bureau"}

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "lt",
                 "col", "gen", "maj", "adm", "sgt", "capt", "cmdr", "st", "jr", "sr", "rev",
                 "fr", "no", "vs", "v", "inc", "corp", "co", "ltd", "dept", "univ", "jan",
                 "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "al",
                 "etc", "approx", "mt", "ft", "brig", "supt", "messrs", "pres", "gens"}


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int  # where the usable text starts (after a bullet or dateline)
    end: int
    kind: str = "body"  # body | title | heading | caption | byline
    bulleted: bool = False
    turn: str = ""  # "Q" or "A" for an interview's question or answer, its label skipped


@dataclass(slots=True)
class Layout:
    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    author: str | None = None
    publication: str | None = None
    dateline: str | None = None
    published: date | None = None  # from a line that is only a date, near the top
    sentence_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `pos`, via a binary search."""
        i = bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return (0, 0)
        return self.sentence_starts[i], self.sentence_ends[i]

    def sentence_start(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def sentence_index(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1


def _looks_like_heading(line: str) -> bool:
    """Short line with no closing sentence punctuation: a headline or subheading."""
    stripped = line.strip().strip("'‘’\"“”")
    if not stripped or len(stripped) > 120:
        return False
    words = stripped.split()
    if len(words) > 14:
        return False
    last = line.rstrip()[-1]
    if last in ".!:;,\"”" and not _title_cased(words):
        return False
    if last in ",;:":
        return False
    return True


_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "for", "to", "from", "of", "in",
                      "on", "at", "by", "with", "as", "vs"}


def _title_cased(words: list[str]) -> bool:
    # Headline style leaves short function words in lower case ("Blasts Drudge for Mocking").
    letters = [w for w in words if w[:1].isalpha() and w not in _TITLE_SMALL_WORDS]
    if len(letters) < 3:
        return False
    caps = sum(1 for w in letters if w[0].isupper())
    return caps >= 0.75 * len(letters)


def layout(text: str) -> Layout:
    """Split the text into classified paragraphs and find title, byline and dateline."""
    paragraphs: list[Paragraph] = []
    for m in PARA_RE.finditer(text):
        if not m.group().strip():
            continue
        paragraphs.append(Paragraph(index=len(paragraphs), start=m.start(), end=m.end()))
    result = Layout(text=text, paragraphs=paragraphs)
    if not paragraphs:
        return result

    # Headline: the first line, when it is heading-like and a body follows. A long
    # title-cased line is a headline too ("Glenn Beck Blasts Drudge for Mocking His Fast,
    # Quotes Bible ..."): its capitalised words must not be read as one long name.
    first = paragraphs[0]
    first_line = text[first.start:first.end]
    second = paragraphs[1] if len(paragraphs) > 1 else None
    if second is not None and (_looks_like_heading(first_line) or len(first_line) <= 300 and (
            _title_cased(first_line.split())
            # (or a sentence-cased headline over a byline: "‘I had to learn to be still’:
            # Noor Castellane on the role that nearly broke her" / "By Juliet Amberley")
            or len(text[second.start:second.end]) < 80 and BY_RE.match(text, second.start, second.end))):
        first.kind = "title"
        result.title = first_line.strip()

    wire = None
    # A dateline opens the first body paragraph, after the headline and any byline lines
    # ("By Dana Whitcombe" / "Staff Writer").
    body_seen = False
    crossheads = '"' in text or "“" in text  # (single-marked crossheads: see _has_quote_mark)
    for para in paragraphs:
        if para.kind != "body":
            continue
        line = text[para.start:para.end]
        if len(line) < 80 and (m := BY_RE.match(line)):
            para.kind = "byline"
            result.author = result.author or m.group("name")
            # "By Anna Reyes, Associated Press": the writer's outlet.
            pub = m.group("pub")
            if pub and not {w.lower() for w in pub.split()} & _WRITER_WORDS:
                wire = wire or pub
            if m.group("rest") and (when := _date_line(m.group("rest"))) is not None:
                result.published = result.published or when
            continue
        if para.index >= len(paragraphs) - 3 and (m := BYLINE_RE.match(line)):
            para.kind = "byline"
            result.publication = m.group("pub").rstrip(".")
            continue
        if CAPTION_RE.match(line):
            para.kind = "caption"
            continue
        if para.index <= 4 and len(line) < 70 and (when := _date_line(line)) is not None:
            # "March 4, 2025", "Updated: 4 March 2025 10:42 GMT": when it was published.
            para.kind = "byline"
            result.published = result.published or when
            continue
        if para.index > 0 and _looks_like_heading(line) and not _has_quote_mark(line, crossheads):
            para.kind = "heading"
            continue
        if (para.index <= 2 or not body_seen and para.index <= 5) and (m := DATELINE_RE.match(line)):
            head = m.group().split("(")[0].split(",")[0].strip(" ,—–―-")  # "PARIS, March 3"
            if head and head.upper() == head:
                result.dateline = result.dateline or m.group().strip(" —–―-")
                # "LONDON (Reuters) —": the agency that filed the story.
                wire = wire or (m.group("wire") or m.group("release_wire") or "").strip() or None
                if m.group("date") and "," in m.group("date"):  # ("Feb. 3, 2025": with its year)
                    result.published = result.published or _date_line(m.group("date"))
                para.start += m.end()
                continue
        if (para.index <= 2 or not body_seen and para.index <= 5) and (m := COLON_DATELINE_RE.match(line)) and \
                len(LABEL_LINE_RE.findall(text)) <= 1:
            # "NEW DELHI: The second phase ...": a dateline with a colon, told from a
            # transcript's speaker label ("WALLACE: ...") by being the only such line.
            result.dateline = result.dateline or m.group("place")
            para.start += m.end()
            continue
        if (line[0] in _BULLET_FIRST_CHARS or line[0].isdecimal()) and (m := BULLET_RE.match(line)):
            para.start += m.end()
            para.bulleted = True
        elif line[:2] in ("Q:", "A:") and (m := TURN_RE.match(line)):
            para.start += m.end()  # "Q: When did you ...", "A: On Tuesday ...": an interview
            para.turn = line[0]
        body_seen = True
    # A publication named at the end of the article beats the dateline's agency.
    result.publication = result.publication or wire
    return result


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DATE_LINE_RE = re.compile(
    r"(?:(?:Published|Updated|Posted|Last updated|First published)(?: on)?:?\s+)?"
    # ("Updated 14:32 GMT, 12 October 2025": the time first.)
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4})?)?\s*")


def _date_line(line: str) -> date | None:
    """The date of a line that is only a date (and maybe a time), else None."""
    m = DATE_LINE_RE.fullmatch(line.strip())
    if m is None:
        return None
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        month, day, year = (m.group("m1"), m.group("d1"), m.group("y1")) if m.group("m1") else \
            (m.group("m2"), m.group("d2"), m.group("y2"))
        return date(int(year), MONTHS[month.rstrip(".").lower()], int(day))
    except (ValueError, KeyError):
        return None


def _has_quote_mark(line: str, crossheads: bool = True) -> bool:
    if '"' in line or "“" in line or "”" in line or "''" in line:
        return True
    if "'" not in line and "‘" not in line:
        return False
    # A quotation in single marks, with words around it (Mayor says 'no turning back' on
    # plan). In a text that quotes with double marks, a line that is one single-marked
    # phrase ('A change warrior.') is a crosshead; elsewhere it is a quotation.
    pairs = pair_single_marks(line, 0, len(line), 0, "‘" in line)
    return len(pairs) > 1 or bool(pairs) and (not crossheads or bool(
        line[:pairs[0][0].open].strip() or line[pairs[0][0].after:].strip(" \t.!?")))


ENTRY_TIME_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]*[apAP]\.?[mM]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*[—–-]+[ \t]+(?=\S)")


def split_sentences(text: str, start: int, end: int, masked: list[tuple[int, int]],
                    starts: list[int], ends: list[int]) -> None:
    """Append the sentence spans of text[start:end] to `starts`/`ends`.

    `masked` are (start, end) spans (quotations) inside which no sentence ends: a quote of
    several sentences stays in the sentence that attributes it.
    """
    sent_start = start
    # Skip leading whitespace.
    while sent_start < end and text[sent_start].isspace():
        sent_start += 1
    # A live blog's entry time ("10:42 — The minister said ...") is no part of the sentence.
    stamp = ENTRY_TIME_RE.match(text, sent_start, end) if text[sent_start:sent_start + 1].isdigit() else None
    if stamp:
        sent_start = stamp.end()
    mi = 0
    n_masked = len(masked)
    for m in SENTENCE_END_RE.finditer(text, start, end):
        at, cut = m.span()
        # Inside a quotation: not a boundary (unless the quote itself closes here).
        while mi < n_masked and masked[mi][1] < at:
            mi += 1
        if mi < n_masked and masked[mi][0] <= at < masked[mi][1]:
            # The boundary is inside the quotation unless the closing mark follows directly
            # and a new sentence starts after it.
            if not (masked[mi][1] <= cut):
                continue
            if _attribution_follows(text, cut, end):
                # '"Are they small hands?" Trump said.': the attribution belongs to the
                # quotation's sentence, whatever punctuation closes the quote.
                continue
        if text[at] == "." and _is_abbreviation(text, at):
            continue
        stop = cut
        while stop > sent_start and text[stop - 1].isspace():
            stop -= 1
        if stop > sent_start:
            starts.append(sent_start)
            ends.append(stop)
        sent_start = cut
        while sent_start < end and text[sent_start].isspace():
            sent_start += 1
    if sent_start < end:
        stop = end
        while stop > sent_start and text[stop - 1].isspace():
            stop -= 1
        if stop > sent_start:
            starts.append(sent_start)
            ends.append(stop)


# A name (or "the" + description) of up to five words, then a reporting verb.
_NAME_THEN_VERB_RE = re.compile(
    r"[ \t]*(?:(?P<name>[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|de|van|von|al)){0,4})"
    r"|(?P<desc>[Tt]he(?:[ \t]+[a-z][\w\-]*){1,3}))"
    r"(?:,[^.!?\n\"“”]{1,100}?,)?[ \t]+")  # an appositive: "Miller, a retired worker, said"


def _attribution_follows(text: str, pos: int, end: int) -> bool:
    m = _NAME_THEN_VERB_RE.match(text, pos, end)
    if not m:
        return False
    name = m.group("name")
    if name and name.split()[0] in COMMON_CAPITALISED:
        return False
    cue = CUE_RE.match(text, m.end(), end)
    if not cue:
        return False
    # Only a bare attribution ("Trump said.", "Trump asked reporters on Monday."): a verb
    # that goes on to report a clause ("Cruz says he is not familiar ...") starts a sentence.
    # '"...!" LeVell declared, a point he likes to make ...': an aside after the comma,
    # however long. ('Mrs. Clinton replied, "As you know ...': the verb introduces the next
    # quotation; "says, however, that ...": it reports a clause.)
    if text.startswith(",", cue.end()):
        if text[cue.end() + 1:cue.end() + 3].strip()[:1] in _OPENING_MARKS:
            return False
        if not _ASIDE_THEN_THAT_RE.match(text, cue.end() + 1, end):
            return True
    stop = text.find(".", cue.end(), end)
    rest = text[cue.end():stop if stop >= 0 else end].split()
    # "told"/"asked" take the listener as object, which may run on ("told Britain's ITV
    # television station in an interview aired on Monday").
    limit = 25 if cue.group() in ("told", "asked", "tells", "asks") else 10
    return len(rest) <= limit and not (rest and rest[0].lower() in _CLAUSE_OPENERS)


_OPENING_MARKS = ("\"", "“", "'", "`", "‘")
_ASIDE_THEN_THAT_RE = re.compile(r"[^.!?\n]{0,40}?,[ \t]+that\b")  # "says, however, that ..."
_CLAUSE_OPENERS = {"that", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his",
                   "her", "their", "its", "this", "there", "if", "whether"}


_BREAK_RE = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(']?[A-Z]")


def has_sentence_break(text: str) -> bool:
    """Does a sentence end inside `text`? Abbreviations and initials ("Mr. Welch",
    "Charles B. Rangel") do not end one."""
    for m in _BREAK_RE.finditer(text):
        if not _is_abbreviation(text, m.start()):
            return True
    return False


# US states as news style abbreviates them after a town ("Jackson, Miss."), which may end a
# sentence ("Miss" is also an honorific, "Wash" a word).
_STATE_ABBREVIATIONS = frozenset("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich "
                                 "Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo".split())
# Abbreviations that may end a sentence: a name's suffix, a time, "etc." and places.
_NAME_END_ABBREVIATIONS = {"Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "a.m", "p.m", "etc", "U.S", "U.K", "D.C"}
_NEW_QUOTE_AFTER_RE = re.compile(r"[ \t]+[\"“][A-Z]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at `dot` part of an abbreviation or an initial ("Mr.", "B.", "U.S.")?"""
    if text[dot] != ".":
        return False
    # The letters and periods before the dot. Most words follow a space: take the word
    # after it and walk back character by character only when that is not all letters and
    # periods (a character loop here cost 2% of extraction).
    space = text.rfind(" ", max(0, dot - 24), dot)
    word = text[space + 1:dot]
    if (space < 0 and dot > 24) or not word.replace(".", "").isalpha():
        i = dot
        while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
        word = text[i:dot]
    if not word:
        return False
    if word in _STATE_ABBREVIATIONS and text[max(0, dot - len(word) - 2):dot - len(word)] == ", ":
        return False  # "staging areas in Alexandria and Jackson, Miss. In a statement, ...": a state, then a stop
    if word.lower() in ABBREVIATIONS or word in TITLES:
        # '... said Mayor Jeffrey Mims Jr. "These are ...', '... shortly after 11 p.m.
        # "For two years ...': a suffix that ends a name (or a time) may end the sentence,
        # when a quotation opens a new one after it.
        return not (word in _NAME_END_ABBREVIATIONS and _NEW_QUOTE_AFTER_RE.match(text, dot + 1))
    # A single capital initial ("Charles B. Rangel"), but not the pronoun "I".
    if len(word) == 1 and word.isupper() and word != "I":
        return True
    return False
