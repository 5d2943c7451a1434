"""People and organisations: name spans, titles, descriptions, aliases.

One pass over the article collects runs of capitalised words; a second pass decides which
runs are people (title, first name, role description, apposition, a later surname-only
mention, or being the subject of a reporting verb) and which are organisations (organisation
words, acronyms, "at/for" after a role noun). Every mention is kept with its offset so that
pronouns and descriptions can be resolved to the most recent compatible entity by binary
search.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .text import has_sentence_break
from .lexicons import (
    COMMON_CAPITALISED, COMPANY_NOUNS, CUE_FORMS, CUE_RE, FEMALE_FIRST_NAMES, FEMALE_HONORIFICS, FEMALE_ROLE_NOUNS,
    FIRST_NAMES, MALE_FIRST_NAMES, MALE_HONORIFICS, MALE_ROLE_NOUNS, NAME_PARTICLES,
    NON_ORG_ACRONYMS, ORG_NOUNS, ORG_WORDS, OUTLET_NAMES, PLACES, PLURAL_SOURCES, ROLE_MODIFIERS, ROLE_NOUNS,
    HONORIFICS, PORTFOLIO_WORDS, SHORT_NAME_HEADS, STREET_WORDS, TITLE_CONTINUATIONS, TITLES, TRADE_NAME_WORDS,
)

CAP_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w’'\-]*|\b(?:von|van|der|den|de|da|del|della|di|du|la|le|bin|ibn|al|el|dos|ter)\b(?= (?:[a-z]{1,4} )?[A-Z])"
)
BACK_WORD_RE = re.compile(r"([\w’'\-.]+)\s*$")
ADV_RE = re.compile(r"[ ,]+(?:(?:also|later|then|again|has|had|once|previously|recently|\w+ly|\([^()\n]{1,25}\)),? )?")


# "according to Jane Roe", "according to a post from Jane Roe": the source follows.
ACCORDING_TO_BEFORE_RE = re.compile(r"\b[Aa]ccording[ \t]+to(?:[ \t]+(?:a|an|the)(?:[ \t]+[a-z\-]+){1,2}[ \t]+(?:from|by))?[ \t]+$")


def according_to_before(text: str, pos: int) -> bool:
    """Does "according to" (or "according to a post from") end right before `pos`?"""
    lo = max(0, pos - 50)
    # (str.find first: the regex opens with a word boundary, so it is tried at each of the
    # 50 positions, and "according" is before very few names.)
    return text.find("ccording", lo, pos) >= 0 and ACCORDING_TO_BEFORE_RE.search(text, lo, pos) is not None


def cue_adjacent(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] the subject of a reporting verb ("Smith said",
    "said Smith")?"""
    m = ADV_RE.match(text, end)
    if m and (cue := CUE_RE.match(text, m.end())):
        if " " not in text[start:end] and cue.group().endswith("s") and cue.group() != "says" \
                and text.startswith((",", " were", " are", " have"), cue.end()):
            return False  # "Cost estimates, he added, were ...": a plural noun, not a verb
        return True
    if text.startswith(", ", end):
        # "Trent Lott, who was majority leader under Bush, told ...": an appositive, then
        # the verb ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
        # 2012, said": past the commas inside the appositive).
        close = text.find(", ", end + 2, end + 160)
        while close > 0 and "\n" not in text[end:close] and not has_sentence_break(text[end:close]):
            if CUE_RE.search(text, end + 2, close):
                break  # (Not "in Lucknow, Menon said the units ..., adding": a clause with its
                # own verb is no appositive.)
            m = ADV_RE.match(text, close)
            if m and CUE_RE.match(text, m.end()):
                return True
            if " " not in text[start:end]:
                break  # (one word: only an appositive without commas of its own)
            close = text.find(", ", close + 2, end + 160)
    if text.startswith(" of ", end) and " " in text[start:end]:
        # "Darran Whiting of Liberty Baptist Church in Marion, said": the person's place
        # or body, then the verb.
        close = text.find(",", end + 4, end + 70)
        if close > 0 and "\n" not in text[end:close] and not has_sentence_break(text[end:close]):
            m = ADV_RE.match(text, close)
            if m and CUE_RE.match(text, m.end()):
                return True
    if " " in text[start:end] and text[end:end + 1] in (",", ".", ";", ":") \
            and according_to_before(text, start):
        return True  # "according to Jane Roe,", "according to a post from Arianna Huffington."
    lo = max(0, start - 14)
    before = text[lo:start]
    if before.endswith(" ") and not before.endswith(", "):
        m = CUE_RE.search(before)
        if m and before[m.end():].strip() == "":
            return True
    return False
PREV_WORDS_RE = re.compile(r"[\w’'\-.]+|[^\w\s]")


@dataclass(slots=True)
class EntityInfo:
    name: str
    kind: str  # person | organisation
    descriptions: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    organisations: list[str] = field(default_factory=list)
    gender: str | None = None
    first_pos: int = 0

    def add_description(self, desc: str | None) -> None:
        if not desc:
            return
        desc = desc.strip(" ,;:")
        if not desc:
            return
        low = desc.lower()
        for i, old in enumerate(self.descriptions):
            if low in old.lower():
                return
            if old.lower() in low:
                self.descriptions[i] = desc
                return
        self.descriptions.append(desc)

    @property
    def last_token(self) -> str:
        return self.name.split()[-1]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: EntityInfo
    surface: str
    in_quote: bool = False
    description: str | None = None


@dataclass(slots=True)
class Run:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    possessive: bool = False
    in_quote: bool = False


class Registry:
    """All entities of one article, with their mentions in text order."""

    def __init__(self) -> None:
        self.entities: list[EntityInfo] = []
        self.by_name: dict[str, EntityInfo] = {}
        self.by_token: dict[str, list[EntityInfo]] = {}
        # People named in full under their first name, so "Sir Geoffrey" finds Geoffrey Pellew.
        self.by_first_name: dict[str, list[EntityInfo]] = {}
        # "Acme Technologies" under "Acme", so "Acme said" finds it without a scan.
        self.companies_by_first_word: dict[str, list[EntityInfo]] = {}
        # "New York Times" under "Times", so "the Times said" finds it.
        self.organisations_by_last_word: dict[str, list[EntityInfo]] = {}
        # "Food and Drug Administration" under "FDA", so "the FDA said" finds it.
        self.organisations_by_initials: dict[str, list[EntityInfo]] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self.text: str | None = None
        self.sentence_start = None  # callable pos -> sentence start, set by the pipeline
        self._subject_cache: dict[int, bool] = {}
        # speakers.strict_subject by mention start: each pronoun asks it of up to 12
        # mentions before it, mostly the same ones as the previous pronoun.
        self.strict_subject_cache: dict[int, bool] = {}

    # -- building ----------------------------------------------------------------------
    def person(self, name: str, pos: int) -> EntityInfo:
        return self._get(name, "person", pos)

    def organisation(self, name: str, pos: int) -> EntityInfo:
        return self._get(name, "organisation", pos)

    def _get(self, name: str, kind: str, pos: int) -> EntityInfo:
        key = name.lower()
        ent = self.by_name.get(key)
        base = key
        if ent is None and kind == "organisation" and " " in key:
            # "Halvorsen Robotics Inc." and "Halvorsen Robotics": one company, with or
            # without its legal form (each form is indexed under the other, below).
            base = _without_legal_form(key)
            if base != key and (ent := self.by_name.get(base)) is not None:
                if ent.kind != "organisation":
                    ent = None
                else:
                    self.by_name[key] = ent
        if ent is None and kind == "organisation" and " " in key:
            # "the Board of Elections" after "the Halloway County Board of Elections": the
            # same body, its place left off.
            tail = " " + key
            ent = next((e for e in self.organisations_by_last_word.get(name.split()[-1], ())
                        if e.kind == "organisation" and e.name.lower().endswith(tail)), None)
            if ent is not None:
                self.by_name[key] = ent
        if ent is not None and kind == "person" and ent.kind == "organisation" \
                and len(name.split()) >= 2 and name.split()[0] in FIRST_NAMES:
            # "chairman of Donald Trump's campaign" made a company of him: a first name and
            # a surname read as a person's elsewhere are a person.
            ent.kind = "person"
            self._index_person(ent, name)
        if ent is None:
            if kind == "person":
                ent = self._merge_person(name, pos)
            if ent is None:
                ent = EntityInfo(name=name, kind=kind, first_pos=pos)
                self.entities.append(ent)
                words = name.split()
                if kind == "organisation" and len(words) >= 2:
                    initials = "".join(w[0] for w in words if w.lower() not in _INITIALS_SKIP)
                    self.organisations_by_initials.setdefault(initials, []).append(ent)
                    if words[-1] in COMPANY_SUFFIXES or words[-1] in TRADE_NAME_WORDS and words[0] not in PLACES:
                        self.companies_by_first_word.setdefault(words[0], []).append(ent)
                    self.organisations_by_last_word.setdefault(words[-1], []).append(ent)
            self.by_name[key] = ent
            if base != key:
                self.by_name.setdefault(base, ent)
            if kind == "person":
                self._index_person(ent, name)
        return ent

    def _index_person(self, ent: EntityInfo, name: str) -> None:
        words = name.split()
        if len(words) >= 2:
            holders = self.by_first_name.setdefault(words[0], [])
            if ent not in holders:
                holders.append(ent)
        for tok in words:
            if tok[:1].isupper() and tok not in FIRST_NAMES or tok == words[-1]:
                holders = self.by_token.setdefault(tok, [])
                if ent not in holders:
                    holders.append(ent)

    def _merge_person(self, name: str, pos: int) -> EntityInfo | None:
        """"Macron" and "Emmanuel Macron" are one person: merge by the surname."""
        toks = name.split()
        last = toks[-1]
        if len(toks) == 1 and last in FIRST_NAMES and last not in self.by_token:
            # "Sir Geoffrey said", "Odile would turn down": a first name alone is the one
            # person named in full with it, if there is just one.
            same = [e for e in self.by_first_name.get(last, ())
                    if e.kind == "person" and len(e.name.split()) >= 2 and e.name.split()[0] == last]
            if len(same) == 1:
                return same[0]
        for ent in self.by_token.get(last, []):
            if ent.kind != "person":
                continue
            etoks = ent.name.split()
            if etoks[-1] != last:
                continue
            if len(toks) == 1:
                return ent
            if len(etoks) == 1:
                ent.aliases.add(ent.name)
                self.by_name.pop(ent.name.lower(), None)
                ent.name = name
                return ent
            if len(toks) < len(etoks) and etoks[-len(toks):] == toks and toks[0] not in FIRST_NAMES:
                return ent  # "Ní Bhriain" after "Siobhán Ní Bhriain", "Van Hollen" after "Chris Van Hollen"
            if toks[0] == etoks[0] or (toks[0][:1] == etoks[0][:1] and len(toks[0].rstrip(".")) == 1):
                if len(name) > len(ent.name):
                    ent.aliases.add(ent.name)
                    ent.name = name
                return ent
        return None

    def mention(self, start: int, end: int, ent: EntityInfo, surface: str, in_quote: bool,
                description: str | None = None) -> None:
        self.mentions.append(Mention(start, end, ent, surface, in_quote, description))
        if surface != ent.name and ent.kind == "person":
            ent.aliases.add(surface)

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        for ent in self.entities:
            ent.aliases.discard(ent.name)

    # -- lookups -----------------------------------------------------------------------
    def find(self, surface: str, pos: int) -> EntityInfo | None:
        """The entity a name refers to at `pos`: exact name, else most recent by surname."""
        ent = self.by_name.get(surface.lower())
        if ent is not None:
            return ent
        last = surface.split()[-1].rstrip(".,")
        cands = [e for e in self.by_token.get(last, []) if e.kind == "person"]
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        best = self.recent(pos, lambda m: m.entity in cands)
        return best.entity if best else cands[0]

    def recent(self, pos: int, accept, skip_quotes: bool = True, limit: int = 400) -> Mention | None:
        """The most recent mention before `pos` that `accept` takes."""
        i = bisect_left(self._starts, pos) - 1
        seen = 0
        while i >= 0 and seen < limit:
            m = self.mentions[i]
            i -= 1
            seen += 1
            if m.end > pos:
                continue
            if skip_quotes and m.in_quote:
                continue
            if accept(m):
                return m
        return None

    def is_subject(self, m: Mention) -> bool:
        """Is the mention a clause subject: first in its sentence, or right before a cue?"""
        hit = self._subject_cache.get(m.start)
        if hit is not None:
            return hit
        text = self.text
        result = cue_adjacent(text, m.start, m.end)
        if not result and self.sentence_start is not None:
            s = self.sentence_start(m.start)
            lead = text[s:m.start]
            words = lead.replace(",", " ").split()
            result = len(words) <= 6 and all(
                w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in ROLE_MODIFIERS
                or w.lower() in ("and", "but", "so", "then", "also", "the", "a", "an")
                or w.lower().endswith(("’s", "'s")) for w in words)
        self._subject_cache[m.start] = result
        return result

    def next_mention(self, pos: int, end: int) -> Mention | None:
        i = bisect_left(self._starts, pos)
        if i < len(self.mentions) and self.mentions[i].start < end:
            return self.mentions[i]
        return None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out


# -- run scanning ----------------------------------------------------------------------

_CAP = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w’'\-]*\.?)"
# _CAP after its first letter: the initials branch ("U.S.") only after a letter A-Z.
_CAP_REST = r"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|[\w’'\-]*\.?)"
# The first capital is matched by a plain character class, which lets the regex engine
# jump from capital to capital (a leading lookahead or lookbehind made it try every
# position: 40% slower); the lookbehind after it checks that the capital starts a word.
RUN_RE = re.compile(
    rf"[A-ZÀ-ÖØ-Þ](?<![\w’'\-].){_CAP_REST}(?:[ ](?:(?:von|van|der|den|des|de|da|degli|dei|delle|del|della|di|du|la|las|le|los|bin|ibn|al|el|dos|das|ter)[ ]){{0,2}}{_CAP})*"
)
_RUN_ABBREV = {"Jr.", "Sr.", "St.", "Mt.", "Ft."}


def scan_runs(text: str, start: int, end: int, quote_spans: list[tuple[int, int]]) -> list[Run]:
    """Runs of capitalised words in text[start:end], in one regex pass.

    A run ends at a possessive ("France's") and at a sentence-final period ("Macron.");
    abbreviations and initials ("Sen.", "B.", "U.S.") keep their period inside the run.
    """
    runs: list[Run] = []
    qi = 0
    # One-word runs repeat ("Trump", "The"): each word is judged once (see _ONE_WORD_VERDICTS).
    one_word = _ONE_WORD_VERDICTS
    if len(one_word) > _MAX_ONE_WORD_VERDICTS:
        one_word.clear()
        _ONE_WORD_SHAPES.clear()
    for m in RUN_RE.finditer(text, start, end):
        s0 = m.start()
        group = m.group()
        if " " not in group:
            judged = one_word.get(group, _UNJUDGED)
            if judged is _UNJUDGED:
                judged = one_word[group] = _one_word_run(group)
            if judged is not None:
                tok, possessive = judged
                runs.append(Run(s0, s0 + len(tok), [(s0, s0 + len(tok), tok)], possessive))
            continue
        words = group.split(" ")  # (the regex joins a run's words with single spaces)
        pos = s0
        if "." not in group and "’s" not in group and "'s" not in group and "s’ " not in group \
                and "s' " not in group and "I" not in words:
            # Most runs have no period, possessive or "I" to cut at: one run of all the words.
            cur: list[tuple[int, int, str]] = []
            for tok in words:
                cur.append((pos, pos + len(tok), tok))
                pos += len(tok) + 1
            runs.append(Run(s0, s0 + len(group), cur))
            continue
        cur = []
        for k, tok in enumerate(words):
            ts = pos
            te = pos = ts + len(tok)
            pos += 1
            cut_after = False
            if tok.endswith("."):
                core = tok[:-1]
                if not (tok in TITLES or _abbreviated_title(core) or tok in _RUN_ABBREV
                        or (len(core) == 1 and core.isupper()) or "." in core):
                    tok, te, cut_after = core, te - 1, True
                    if not tok:
                        continue
            if tok == "I":
                if cur:
                    runs.append(Run(cur[0][0], cur[-1][1], cur))
                cur = []
                continue
            cur.append((ts, te, tok))
            if tok.endswith(("’s", "'s")) or tok.endswith(("s’", "s'")) and len(tok) > 3 \
                    and k + 1 < len(words) and words[k + 1] in FIRST_NAMES:
                # ("Democracy Corps’ Stan Greenberg": a plural possessive before a first name
                # cuts the run too; "Quebec Nurses' Federation" stays one name.)
                runs.append(Run(cur[0][0], te, cur, True))
                cur = []
            elif cut_after:
                runs.append(Run(cur[0][0], te, cur))
                cur = []
        if cur:
            runs.append(Run(cur[0][0], cur[-1][1], cur))
    # Mark runs inside quotations; particles may not end a run. (One pass.)
    out = []
    nq = len(quote_spans)
    for run in runs:
        rs = run.start
        while qi < nq and quote_spans[qi][1] <= rs:
            qi += 1
        if qi < nq and quote_spans[qi][0] <= rs:
            run.in_quote = True
        tokens = run.tokens
        if tokens[-1][2] in NAME_PARTICLES:
            while tokens and tokens[-1][2] in NAME_PARTICLES:
                tokens.pop()
            if not tokens:
                continue
            run.end = tokens[-1][1]
        out.append(run)
    return out


_UNJUDGED = object()
# The verdict on a one-word run depends on the word alone, so it is kept across articles
# (within one article only, half the lookups missed); the size bound keeps memory flat.
_ONE_WORD_VERDICTS: dict[str, tuple[str, bool] | None] = {}
_MAX_ONE_WORD_VERDICTS = 50_000


def _one_word_run(group: str) -> tuple[str, bool] | None:
    """The token of a one-word run and whether it is possessive, or None when it cannot
    be a name: most such runs are sentence-initial function words."""
    tok = group[:-1] if group.endswith(".") and not (
        group in TITLES or _abbreviated_title(group[:-1]) or group in _RUN_ABBREV
        or (len(group) == 2 and group[0].isupper()) or "." in group[:-1]) else group
    bare = _strip_possessive(tok)
    if not tok or tok in COMMON_CAPITALISED or bare in PLACES or (
            bare[-1:] == "s" and bare[:-1] in PLACES and bare not in ORG_WORDS):
        return None  # a place, weekday or nationality ("Americans") alone is no name
        # (unless someone named in full has it as surname: see _place_surnames)
    if is_contraction(tok) or (tok.endswith(_ADVERB_ENDINGS) and tok not in FIRST_NAMES):
        return None  # "I’m", "We’re", "Don’t"; "Specifically," opening a sentence
    return tok, tok.endswith(("’s", "'s"))


def is_contraction(word: str) -> bool:
    """"I'm", "we've", "they'll", "I'd", "we're", "don't": a pronoun or verb, never a name.
    ("O'Neill", "D'Angelo" have a capital after the apostrophe.)"""
    return _CONTRACTION_RE.search(word) is not None


_CONTRACTION_RE = re.compile(r"[’'](?:m|ve|ll|d|re)$|n[’']t$")
# Suffixes of sentence adverbs ("Additionally", "Specifically", "Reportedly", "Simply")
# that names do not have.
_ADVERB_ENDINGS = ("ically", "ionally", "ntally", "ually", "ially", "erally", "ilarly", "ively", "ously",
                   "fully", "edly", "ingly", "ently", "antly", "ately", "ably", "icly", "imply", "ainly")


_POSSESSIVE = ("’s", "'s")
# Letters after a name for an honour, a rank at the bar or a degree.
POST_NOMINALS = frozenset({"KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS", "JP", "OM"})
_PLURAL_POSSESSIVE = ("s’", "s'")
_POSSESSIVE_ENDINGS = _POSSESSIVE + _PLURAL_POSSESSIVE
# Organisation heads named "X of Y": "University of Michigan", "Royal College of Nursing".
OF_ORG_HEADS = {"University", "College", "Bank", "Society", "Department", "Ministry", "Institute",
                "Academy", "Association", "Federation", "Union", "Council", "Board", "Church",
                "Chamber", "Museum", "League", "Confederation", "Bureau", "School", "Commission",
                "Organization", "Organisation", "Federation", "Order", "Guild", "Corps", "Diocese", "Court",
                "Archdiocese", "Synod", "Parish", "Province", "Office"}
_DAY_AND_MONTH_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
                                 "April May June July August September October November December Jan Feb Mar Apr "
                                 "Jun Jul Aug Sept Sep Oct Nov Dec".split())
_ON_ORG_HEADS = frozenset({"Committee", "Commission", "Council", "Conference", "Panel", "Board", "Institute",
                           "Center", "Centre", "Subcommittee", "Caucus", "Forum"})
_AND_PORTFOLIO_RE = re.compile(r" and (?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})(?![\w’'])")
_OF_JOIN_RE = re.compile(r" (?P<prep>of) (?:the )?(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3})(?![\w’'])")
# "Centre for Disease Prevention and Control", "Department for Education": after "for" the
# name may join two words with "and".
FOR_ORG_HEADS = OF_ORG_HEADS | {"Centre", "Center", "Agency", "Office", "Foundation", "Fund",
                                "Coalition", "Alliance", "Committee", "Network",
                                "Trust", "Forum", "Partnership"}
_FOR_JOIN_RE = re.compile(r" (?P<prep>for|on) (?:the )?(?P<name>[A-Z][\w\-]*(?: (?:and |& )?[A-Z][\w\-]*){0,4})(?![\w’'])")


_SAINTS = {"St", "St.", "Saint"}
_POSSESSIVE_ORG_LEADS = {"People's", "People’s", "Children's", "Children’s", "Women's",
                         "Women’s", "Queen's", "Queen’s", "King's", "King’s", "Workers'"}
# "Harmon County Prosecutor's Office", "the Sheriff's Department": an office named for
# its holder.
_OFFICE_HOLDERS = frozenset({"Prosecutor", "Attorney", "Sheriff", "Coroner", "Examiner", "Marshal",
                             "Comptroller", "Controller", "Treasurer", "Clerk", "Assessor", "Auditor",
                             "Governor", "Mayor", "General", "Commissioner", "Recorder", "Defender",
                             "Solicitor", "Inspector", "Chancellor", "Speaker", "Secretary", "Fire"})
_OFFICE_NOUNS = frozenset({"Office", "Department", "Bureau", "Division", "Unit"})


def _join_of_names(text: str, runs: list[Run]) -> list[Run]:
    """Join "<org head> of (the) <Name>" into one run ("Bank of England", whose place
    name alone makes no run of its own)."""
    out: list[Run] = []
    i, n = 0, len(runs)
    while i < n:
        run = runs[i]
        i += 1
        if i < n and not run.possessive and runs[i].start == run.end + 5 and text.startswith(" and ", run.end) \
                and (text[run.start - 4:run.start] == "the " and len(run.tokens) <= 2
                     or run.tokens[0][2] == "The" and 2 <= len(run.tokens) <= 3) \
                and runs[i].tokens[-1][2] in ORG_WORDS \
                and not any(t[2] in ORG_WORDS and t[2] not in TRADE_NAME_WORDS for t in run.tokens) \
                and not any(_is_acronym(t[2]) for t in run.tokens):
            # "the Securities and Exchange Commission", "the Land and Environment Court":
            # two words joined by "and" before the organisation word.
            nxt = runs[i]
            i += 1
            out.append(Run(run.start, nxt.end, list(run.tokens) + [(run.end + 1, run.end + 4, "and")]
                           + list(nxt.tokens), nxt.possessive, run.in_quote))
            continue
        if i < n and not run.possessive and runs[i].start == run.end + 3 and text.startswith(" & ", run.end) \
                and len(run.tokens) <= 3 and len(runs[i].tokens) <= 3:
            # "Brandt & Keller", "Procter & Gamble": names joined by an ampersand are a firm.
            nxt = runs[i]
            i += 1
            out.append(Run(run.start, nxt.end, list(run.tokens) + [(run.end + 1, run.end + 2, "&")]
                           + list(nxt.tokens), nxt.possessive, run.in_quote))
            continue
        if run.possessive and i < n and runs[i].start == run.end + 1 \
                and runs[i].tokens[-1][2] in ORG_WORDS and (
                    run.tokens[0][2] in _SAINTS or run.tokens[-1][2] in _POSSESSIVE_ORG_LEADS
                    and (len(run.tokens) == 1 or run.tokens[0][2] == "The")
                    or _strip_possessive(run.tokens[-1][2]) in _OFFICE_HOLDERS and runs[i].tokens[0][2] in _OFFICE_NOUNS):
            # "St Luke's Hospital", "People's Party": the possessive is inside the name.
            nxt = runs[i]
            i += 1
            out.append(Run(run.start, nxt.end, list(run.tokens) + list(nxt.tokens),
                           nxt.possessive, run.in_quote))
            continue
        if run.possessive or run.tokens[-1][2] not in FOR_ORG_HEADS:
            out.append(run)
            continue
        m = (run.tokens[-1][2] in OF_ORG_HEADS and _OF_JOIN_RE.match(text, run.end)) \
            or _FOR_JOIN_RE.match(text, run.end)
        if m and m.group("prep") == "on" and (run.tokens[-1][2] not in _ON_ORG_HEADS
                                              or m.group("name").split()[0] in _DAY_AND_MONTH_NAMES):
            m = None  # ("Committee on Publication Ethics", "Council on Foreign Relations"; not "on Wednesday")
        if not m:
            out.append(run)
            continue
        toks = list(run.tokens)
        prep = m.group("prep")
        toks.append((run.end + 1, run.end + 1 + len(prep), prep))
        if m.start("name") - run.end > len(prep) + 2:
            toks.append((m.start("name") - 4, m.start("name") - 1, "the"))
        end = m.end()
        for t in re.finditer(r"\S+", m.group("name")):
            if prep == "on" and len(toks) > len(run.tokens) + 1 and (t.group() in TITLES or t.group() in _TITLE_MODIFIERS
                                                                     or t.group() in _TITLE_QUALIFIERS):
                # ("The Council on American-Islamic Relations National Executive Director
                # Nihad Awad": the title that follows the body's name is no part of it.)
                end = m.start("name") + t.start() - 1
                while toks and toks[-1][2] in ("National",):
                    end = toks.pop()[0] - 1
                break
            toks.append((m.start("name") + t.start(), m.start("name") + t.end(), t.group()))
        circuit = _FOR_JOIN_RE.match(text, end) if prep == "of" and run.tokens[-1][2] == "Court" else None
        if circuit is not None:
            # "Court of Appeals for the Ninth Circuit": a court's seat follows "for".
            toks.append((end + 1, end + 4, "for"))
            if circuit.start("name") - end > 5:
                toks.append((circuit.start("name") - 4, circuit.start("name") - 1, "the"))
            for t in re.finditer(r"\S+", circuit.group("name")):
                toks.append((circuit.start("name") + t.start(), circuit.start("name") + t.end(), t.group()))
            end = circuit.end()
        portfolio = _AND_PORTFOLIO_RE.match(text, end) if m.group("prep") == "of" else None
        if portfolio is not None and all(w in PORTFOLIO_WORDS or w == "Human"
                                         for w in portfolio.group("name").split()):
            # "Department of Health and Human Services", "Ministry of Economy and Finance":
            # a second portfolio joined by "and" is part of the name.
            toks.append((end + 1, end + 4, "and"))
            for t in re.finditer(r"\S+", portfolio.group("name")):
                toks.append((portfolio.start("name") + t.start(), portfolio.start("name") + t.end(), t.group()))
            end = portfolio.end()
        rest = None
        while i < n and runs[i].start < end:
            if runs[i].end > end + 1:
                # (The joined name was cut before a title: the rest of that run, "National
                # Executive Director Nihad Awad", is a run of its own.)
                tail = [t for t in runs[i].tokens if t[0] > end]
                if tail:
                    rest = Run(tail[0][0], runs[i].end, tail, runs[i].possessive, runs[i].in_quote)
            i += 1  # runs inside the joined name
        out.append(Run(run.start, end, toks, False, run.in_quote))
        if rest is not None:
            out.append(rest)
    return out


def _abbreviated_title(core: str) -> bool:
    """"Sen", "Gov", "Dr" before a period abbreviate a title; "Minister." ends a sentence
    ('..., said Ahmed Khan, the Minister.'), so its period is no part of the run."""
    return core in TITLES and len(core) <= 4


def _strip_possessive(tok: str) -> str:
    if not tok.endswith(_POSSESSIVE_ENDINGS):
        return tok
    length = _possessive_length(tok)
    return tok[:-length] if length else tok  # ("Us'" keeps its mark: too short to be a name's)


def _possessive_length(tok: str) -> int:
    """2 for "Macron's", 1 for "Sanders'" (a possessive of a name ending in s), else 0."""
    if tok.endswith(_POSSESSIVE):
        return 2
    return 1 if tok.endswith(_PLURAL_POSSESSIVE) and len(tok) > 3 else 0


def _name_of(name_tokens: list[tuple[int, int, str]]) -> str:
    """The name the tokens spell, without a possessive "'s" on its last word."""
    if len(name_tokens) == 1:  # (most names: no list to build)
        return _strip_possessive(name_tokens[0][2])
    words = [t[2] for t in name_tokens]
    words[-1] = _strip_possessive(words[-1])
    return " ".join(words)


def _is_acronym(tok: str) -> bool:
    t = tok.replace(".", "")
    return 2 <= len(t) <= 6 and t.isupper() and t.isalpha()


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2}")


def _is_nationality(tok: str) -> bool:
    return tok in PLACES and tok.endswith(("an", "ish", "ese", "ch", "i"))


@dataclass(slots=True)
class Candidate:
    run: Run
    name_tokens: list[tuple[int, int, str]]
    title: str = ""
    description: str | None = None
    appositive: str | None = None
    evidence: bool = False
    org: bool = False
    orgs_in_desc: list[str] | tuple[()] = ()  # (no list built for the many names without)


def build_registry(text: str, paragraphs, quote_spans: list[tuple[int, int]],
                   cue_subject_positions: set[int] | None = None, dateline: str | None = None) -> Registry:
    """Find the people and organisations of an article. The dateline's place ("GRANITE
    HOLLOW, Calif. -") is nobody, wherever the text names it again."""
    reg = Registry()
    place = dateline.split(",")[0].split("(")[0].strip().lower() if dateline else None
    candidates: list[Candidate] = []
    singles: list[Candidate] = []
    context_orgs: list[Candidate] = []
    surname_counts: dict[str, int] = {}
    # One scan over the whole text (runs never cross a newline), then keep body runs.
    all_runs = _join_of_names(text, scan_runs(text, 0, len(text), quote_spans))
    usable = [p for p in paragraphs if p.kind in ("body", "byline")]
    pstarts = [p.start for p in usable]
    prev_run = None
    pi, n_usable = -1, len(usable)
    para_start = para_end = -1
    for run in all_runs:
        # Runs and paragraphs are both in text order: step through the paragraphs.
        rs = run.start
        while pi + 1 < n_usable and pstarts[pi + 1] <= rs:
            pi += 1
            para_start, para_end = usable[pi].start, usable[pi].end
        if pi < 0 or rs >= para_end:
            continue
        if True:
            prev = prev_run if prev_run is not None and prev_run.start >= para_start else None
            prev_run = run
            cand = _classify(text, run, para_start, prev)
            if cand is None:
                continue
            name_tokens = cand.name_tokens
            if place is not None and " ".join(t[2] for t in name_tokens).lower() == place:
                continue
            if cand.org:
                if len(name_tokens) == 1 and not _is_acronym(_strip_possessive(name_tokens[0][2])):
                    # One word made an organisation by its context ("attacked Rubio for") or
                    # by a word that also names outlets ("Herald said" after "Mayor Don
                    # Herald"): decided once the article's full names are known.
                    context_orgs.append(cand)
                else:
                    _add_organisation(reg, cand)
                continue
            one_word = len(name_tokens) == 1
            if one_word:
                singles.append(cand)
            else:
                candidates.append(cand)
            last = _strip_possessive(name_tokens[-1][2])
            surname_counts[last] = surname_counts.get(last, 0) + one_word

    # Multi-word names first, so that surnames can be linked to them.
    for cand in candidates:
        toks = [t[2] for t in cand.name_tokens]
        last = _strip_possessive(toks[-1])
        first = toks[0]
        evidence = (cand.evidence or first in FIRST_NAMES or surname_counts.get(last, 0) > 0
                    or cue_adjacent(text, cand.name_tokens[0][0], cand.name_tokens[-1][1])
                    or AGE_AFTER_RE.match(text, cand.name_tokens[-1][1]) is not None)
        if any(t in PLACES for t in toks) and not (cand.title or cand.description or first in FIRST_NAMES):
            # ("columnist Ai Jun": a role noun before the run vouches for a name, even one
            # holding a word that is also a place or a month.)
            evidence = False
        if not evidence:
            continue
        _add_person(reg, cand)
    _place_surnames(reg, text, usable, pstarts, quote_spans)
    for cand in context_orgs:
        # The surname of someone the article names in full is that person ("Marco Rubio"
        # ... "Rubio said"), whatever a word before it suggested.
        tok = _strip_possessive(cand.name_tokens[0][2])
        if any(ent.kind == "person" and ent.name.split()[-1] == tok for ent in reg.by_token.get(tok, ())):
            singles.append(Candidate(cand.run, cand.name_tokens, evidence=True))
        else:
            _add_organisation(reg, cand)
    singles.sort(key=lambda cand: cand.run.start)
    for cand in singles:
        tok = _strip_possessive(cand.name_tokens[0][2])
        company = None if cand.title or reg.by_token.get(tok) else \
            _company_named(reg, tok, cand.name_tokens[0][0])
        if company is not None:
            # "Acme said" after "Acme Technologies": a company's short name.
            company.aliases.add(tok)
            reg.mention(cand.name_tokens[0][0], cand.name_tokens[0][0] + len(tok), company, tok,
                        cand.run.in_quote)
            continue
        if tok in PLACES or tok in COMMON_CAPITALISED or _is_acronym(tok) or \
                (tok.endswith("s") and (tok[:-1] in PLACES or tok.lower() in PLURAL_SOURCES
                                        or tok[:-1].lower() in ROLE_NOUNS)):
            continue  # "Americans", "Democrats", "Colleagues", "Officials": groups, not a person
        if (reg.by_token.get(tok) or cand.title or cand.evidence
                or cue_adjacent(text, cand.name_tokens[0][0], cand.name_tokens[-1][1])
                and not _LOCATIVE_BEFORE_RE.search(text, max(0, cand.name_tokens[0][0] - 8), cand.name_tokens[0][0])):
            # ("Residents in Portmore described ...": a place before the verb, not its subject.)
            _add_person(reg, cand)
    reg.finish()
    return reg


def _place_surnames(reg: Registry, text: str, usable, pstarts: list[int], quote_spans) -> None:
    """"Mark Cuban ... Cuban also complained", "Jeremy Paris ... Paris said": the scan drops
    a lone place or nationality word, so the surname of someone named in full that is also
    one is found here, for the few articles that have such a person."""
    surnames = {ent.name.split()[-1] for ent in reg.entities
                if ent.kind == "person" and ent.name.split()[-1] in PLACES}
    if not surnames:
        return
    # One pass for all of them (a pass per surname grew with the square of a long text).
    found = re.finditer(r"(?<![\w’'\-.])(?:" + "|".join(re.escape(t) for t in sorted(surnames, key=len, reverse=True))
                        + r")(?![\w’'\-])", text)
    for m in sorted(found, key=lambda m: (m.group(), m.start())):  # (by surname, then place)
        tok = m.group()
        s, e = m.span()
        pi = bisect_right(pstarts, s) - 1
        if pi < 0 or s >= usable[pi].end:
            continue
        before = text[max(usable[pi].start, s - 30):s]
        word = _CAPITALISED_BEFORE_RE.search(before)
        if word is not None and word.group(1) not in COMMON_CAPITALISED or _LOCATIVE_BEFORE_RE.search(before) \
                or _CAPITALISED_AFTER_RE.match(text, e):
            continue  # part of a longer name ("Mark Cuban", "Cuban Missile"), a place ("in Paris")
        if text.startswith(("'s", "’s"), e):
            continue  # ("Cuban's"): a possessor is left to the name scan
        qi = bisect_right(quote_spans, (s, len(text))) - 1
        in_quote = qi >= 0 and quote_spans[qi][0] <= s < quote_spans[qi][1]
        toks = [(s, e, tok)]
        _add_person(reg, Candidate(Run(s, e, toks, in_quote=in_quote), toks, evidence=True))


_CAPITALISED_BEFORE_RE = re.compile(r"([A-Z][\w’'\-.]*)[ \t]+$")
_CAPITALISED_AFTER_RE = re.compile(r"[ \t]+[A-Z]")


def _add_organisation(reg: Registry, cand: Candidate) -> None:
    name_tokens = cand.name_tokens
    name = _name_of(name_tokens)
    if name.lower() == "the":
        return
    ent = None
    if len(name_tokens) == 1 and name in SHORT_NAME_HEADS:
        # "the Times" after "The New York Times": the one organisation named earlier whose
        # name ends with it.
        earlier = [e for e in reg.organisations_by_last_word.get(name, ()) if e.first_pos < cand.run.start]
        if len(earlier) == 1:
            ent = earlier[0]
    if ent is None and len(name_tokens) == 1 and name.lower() not in reg.by_name:
        # "a spokeswoman for Veridian" after "Veridian Medical"; "the FDA" after "the Food
        # and Drug Administration": the short name or the initials of a body named earlier.
        ent = _company_named(reg, name, cand.run.start) or _initials_of(reg, name, cand.run.start)
    if ent is None:
        ent = reg.organisation(name, cand.run.start)
    if cand.description and cand.description not in ent.descriptions:
        ent.descriptions.append(cand.description)
    reg.mention(name_tokens[0][0], name_tokens[-1][1], ent, name, cand.run.in_quote)


_PLACE_OF_BUSINESS_WORDS = frozenset({"Casa", "Café", "Cafe", "Restaurant", "Bistro", "Brasserie", "Trattoria",
                                      "Taverna", "Osteria", "Hotel", "Hostal", "Pension"})
_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Superstorm", "Tornado"})
_INITIALS_SKIP = frozenset({"and", "of", "the", "for", "&", "on", "in"})


def _initials_of(reg: Registry, acronym: str, pos: int) -> EntityInfo | None:
    """The one organisation named earlier whose words' initials spell `acronym` ("FDA" ->
    "Food and Drug Administration"), or None."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    found = [e for e in reg.organisations_by_initials.get(acronym, ()) if e.kind == "organisation" and e.first_pos < pos]
    if len(found) == 1:
        found[0].aliases.add(acronym)
        return found[0]
    return None


_LEGAL_FORMS = (" inc.", " inc", " corp.", " corp", " ltd.", " ltd", " llc", " plc", " co.", " gmbh", " ag",
                " s.a.", " sa", " nv", " n.v.")


def _without_legal_form(key: str) -> str:
    """A lower-case organisation name without its legal form ("acme inc." -> "acme")."""
    key = key.rstrip(",")
    if not key.endswith(_LEGAL_FORMS):
        return key  # (most names: one C-level test instead of the loop)
    for form in _LEGAL_FORMS:
        if key.endswith(form):
            return key[: -len(form)].rstrip(" ,")
    return key


# The last word of a company's full name, which its first word alone may stand for.
COMPANY_SUFFIXES = {"Technologies", "Technology", "Inc", "Inc.", "Corp", "Corp.", "Corporation",
                    "Co", "Co.", "Company", "Group", "Holdings", "Industries", "Systems", "Labs",
                    "Pharmaceuticals", "Motors", "Airlines", "Airways", "Energy", "Capital",
                    "Partners", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "Networks", "Enterprises",
                    "Solutions", "Software", "Communications", "Entertainment", "Insurance",
                    "Therapeutics", "Biotech", "Robotics", "Semiconductor", "Logistics"}


def _company_named(reg: Registry, tok: str, pos: int) -> EntityInfo | None:
    """The organisation named earlier whose full name is `tok` and a company word."""
    for ent in reg.companies_by_first_word.get(tok, ()):
        if ent.kind != "organisation" or ent.first_pos >= pos:
            continue
        words = ent.name.split()
        if len(words) >= 2 and words[0] == tok and (words[-1] in COMPANY_SUFFIXES or words[-1] in TRADE_NAME_WORDS):
            return ent
    return None


_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|across|outside|inside)[ \t]+$")
# "Dewayne Smithy, 33, of Baldwin": an age right after a name is a person's.
AGE_AFTER_RE = re.compile(r", \d{1,3},")


def _add_person(reg: Registry, cand: Candidate) -> None:
    name_tokens = cand.name_tokens
    one_word = len(name_tokens) == 1
    name = _name_of(name_tokens)
    start = name_tokens[0][0]
    end = start + len(name) if one_word else \
        name_tokens[-1][1] - (2 if name_tokens[-1][2].endswith(_POSSESSIVE) else 0)
    ent = reg.find(name, start) if one_word else None
    if ent is None:
        ent = reg.person(name, start)
    desc = cand.description
    if desc:  # (add_description ignores an empty one; most names have neither)
        ent.add_description(desc)
    if cand.appositive:
        ent.add_description(cand.appositive)
    for org in cand.orgs_in_desc:
        if org not in ent.organisations:
            ent.organisations.append(org)
        reg.organisation(org, start)
    if ent.gender is None:
        ent.gender = _gender(cand)
    surface = name
    if cand.title and cand.title.split()[-1] in TITLES and one_word:
        surface = f"{cand.title.split()[-1]} {name}"
    reg.mention(start, end, ent, surface, cand.run.in_quote, desc or cand.appositive)


def _gender(cand: Candidate) -> str | None:
    first = cand.name_tokens[0][2]
    title = cand.title.split()[-1] if cand.title else ""
    if title in MALE_HONORIFICS:
        return "m"
    if title in FEMALE_HONORIFICS:
        return "f"
    # A first name before a role noun: "spokesman Hope Hicks" is a woman ("-man" titles
    # are used for women too).
    if len(cand.name_tokens) > 1:
        if first in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
            return "m"
        if first in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES:
            return "f"
    # (Built only here: most names were decided above.)
    words = set((cand.description or "").lower().split()) | set((cand.appositive or "").lower().split())
    if words & MALE_ROLE_NOUNS or title in {"Congressman", "Chairman", "King", "Prince", "Spokesman"}:
        return "m"
    if words & FEMALE_ROLE_NOUNS or title in {"Congresswoman", "Chairwoman", "Queen", "Princess", "Spokeswoman"}:
        return "f"
    return None


def _classify(text: str, run: Run, para_start: int, prev: Run | None) -> Candidate | None:
    toks = run.tokens  # (copied only if words are dropped from its front)
    # Sentence-initial function words and modifiers are no part of a name.
    determined = run.start >= 4 and text[run.start - 4:run.start].lower() == "the "
    if len(toks) == 1 and not (prev is not None and text[run.start - 5:run.start] in _PORTFOLIO_JOINS):
        # Most runs are one word, and the tests below up to the context ones depend on the
        # word alone (and on "the" before it): the word's verdict is kept across articles.
        shape = _ONE_WORD_SHAPES.get(toks[0][2], _UNJUDGED)
        if shape is _UNJUDGED:
            shape = _ONE_WORD_SHAPES[toks[0][2]] = _one_word_shape(toks[0][2])
        if shape is None:
            return None
        bare_word, is_org, is_title = shape
        if is_title and (determined or _TITLE_OF_RE.match(text, run.end)):
            return None  # "the Minister said", "Minister for Housing": see the title tests below
        if is_org:
            return Candidate(run, toks, org=True)
        return _classify_in_context(text, run, toks, [bare_word], determined, para_start)
    if any(t[2] == "&" for t in toks):
        return Candidate(run, toks, org=True)  # (a run joined at an ampersand: a firm)
    if toks[0][2] in _STORM_WORDS:
        return None  # "Hurricane Delphine", "Typhoon Hagibis": a storm, nobody
    if toks[0][2] in _PLACE_OF_BUSINESS_WORDS and len(toks) >= 2 and toks[1][2] not in FIRST_NAMES:
        return Candidate(run, toks, org=True)  # "Casa Alecrim", "Café Lumière", "Hotel Adlon"
    if toks[-1][2] in POST_NOMINALS:  # (from here on, runs of two words or more)
        toks = list(toks[:-1])  # "Anita Desai KC", "Jane Roe OBE": honours, not the name
        while len(toks) > 1 and toks[-1][2] in POST_NOMINALS:
            toks.pop()
    if _leading_non_name(toks):
        toks = list(toks)
        while toks and _leading_non_name(toks):
            if determined and _is_participle(toks[0][2]):
                break  # "the Wounded Warrior Project": after "the", part of a name
            determined = determined or toks[0][2] == "The"
            toks.pop(0)
        if not toks:
            return None
    if len(toks) > 1 and toks[0][2] in _MONTH_NAMES and _DATE_LEAD_RE.search(text, max(0, toks[0][0] - 12), toks[0][0]):
        # "In June Trump said", "a June Trump campaign event": the month dates what
        # follows; it is no first name there.
        toks = list(toks[1:])
    if len(toks) == 1:  # (words dropped from the front): no comprehension needed
        words = [toks[0][2]]
        bare = [_strip_possessive(words[0])]
        if len(bare[0]) == 1 or is_contraction(bare[0]):
            return None  # a lone letter ("a post on X", "Plan B") or "I’m" names nobody
        if bare[0] in TRADE_NAME_WORDS:
            return None  # "Water company Acme said": a trade word alone names no company
    else:
        words = [t[2] for t in toks]
        # (A call only for the few words with a possessive mark.)
        bare = [_strip_possessive(w) if w.endswith(_POSSESSIVE_ENDINGS) else w for w in words]
    # A title splits the run: "European Commission President Ursula von der Leyen".
    t_idx = -1
    if len(bare) > 1 and not TITLES.isdisjoint(bare):
        for i, w in enumerate(bare[:-1]):
            if w in TITLES or (w in TITLE_CONTINUATIONS and i > 0 and bare[i - 1] in TITLES):
                t_idx = i
    elif len(bare) >= 3 and bare[1] in FIRST_NAMES and bare[0] not in FIRST_NAMES and _role_word(bare[0]):
        # "Democrat Hillary Clinton", "Comedian Jane Roe": a role noun before a first name
        # describes the person, like a title; the name starts at the first name.
        t_idx = 0
    elif len(bare) >= 4 and _role_word(bare[-3]) and not _role_word(bare[-2]) and not any(
            w in _PLACE_OR_COMMON or w in ORG_WORDS or w in TITLES or _is_acronym(w) for w in bare[-2:]):
        # "New York City Public Advocate Trish James": a long title ending in a role noun,
        # then a first name and a surname.
        t_idx = len(bare) - 3
    if t_idx < 0 and prev is not None and prev.tokens[-1][2] in TITLES and \
            text[prev.end:run.start] in (" of ", " of the ") and bare[0] in TITLE_CONTINUATIONS:
        # "Secretary of State John Kerry": the title continues across "of".
        j = 0
        while j < len(bare) - 1 and bare[j] in TITLE_CONTINUATIONS:
            j += 1
        t_idx = j - 1
    if t_idx < 0 and prev is not None and len(bare) >= 3 and prev.tokens[-1][2] in TITLES and \
            text[prev.end:run.start] == " of " and bare[0] not in TITLE_CONTINUATIONS:
        # "Mayor of Springfield Maria Lopez", "Governor of Texas Greg Abbott": the place the
        # title is of, then the holder's name (from a first name, else the last two words).
        j = next((i for i in range(1, len(bare) - 1) if bare[i] in FIRST_NAMES), len(bare) - 2)
        if not any(w in TITLES or w in TITLE_CONTINUATIONS for w in bare[j:]):
            t_idx = j - 1
    if t_idx < 0 and prev is not None and text[run.start - 5:run.start] in _PORTFOLIO_JOINS \
            and (pm := _PORTFOLIO_RE.search(text, max(para_start, run.start - 120), run.start)):
        # "Minister for Housing and Urban Affairs Rajesh Kumar Verma": the portfolio's words,
        # then the holder's name; a run of portfolio words alone is part of the title.
        rtoks = run.tokens  # (before any common word was dropped from its front)
        j = 0
        while j < len(rtoks) and rtoks[j][2] in PORTFOLIO_WORDS and rtoks[j][2] not in FIRST_NAMES:
            j += 1
        if j == len(rtoks):
            return None
        if j > 0:
            name_toks = rtoks[j:]
            title_start = pm.start()
            while (w := BACK_WORD_RE.search(text, max(para_start, title_start - 30), title_start - 1)) \
                    and title_start - 1 > para_start and text[title_start - 1] == " " \
                    and w.group(1)[:1].isupper() and w.group(1) not in COMMON_CAPITALISED:
                title_start = w.start(1)  # "Union Minister", "Shadow Minister"
            desc = text[title_start:rtoks[j - 1][1]]
            cand = Candidate(run, name_toks, title=desc, description=desc, evidence=True)
            cand.appositive = _appositive(text, name_toks[-1][1])
            return cand
    if t_idx >= 0:
        name_toks = toks[t_idx + 1:]
        nb = bare[t_idx + 1:]
        # A first name and one more word after a title is a person's name even when that
        # word names outlets elsewhere: "Mayor Don Guardian", "Coach Tom Herald".
        first_and_surname = len(nb) == 2 and nb[0] in FIRST_NAMES and not _is_acronym(nb[1])
        if 1 <= len(nb) <= 5 and (first_and_surname or not any(w in ORG_WORDS or _is_acronym(w) for w in nb)) \
                and not all(w in PLACES or w in COMMON_CAPITALISED for w in nb):
            title_words = words[: t_idx + 1]
            if len(title_words) > 1 and title_words[-1] in _NAME_HONORIFICS and title_words[-2] in TITLES \
                    and title_words[-2] != "Crown":  # ("Crown Prince" is the title itself)
                title_words = title_words[:-1]  # "Energy Minister Prince Abdulaziz": the minister
            title_part = " ".join(title_words)
            lead = _lookback_description(text, toks[0][0], para_start, has_title=True)
            desc = ((lead + " ") if lead else "") + title_part
            if prev is not None and text[prev.end:run.start] in (" of ", " of the ") \
                    and prev.tokens[-1][2] in TITLES:
                desc = text[prev.start:toks[t_idx][1]]
            cand = Candidate(run, name_toks, title=title_part, description=desc, evidence=True)
            cand.appositive = _appositive(text, name_toks[-1][1])
            cand.orgs_in_desc = _orgs_in(words[: t_idx + 1])
            return cand
    # (Set operations rather than loops: this runs for every capitalised run.)
    if _PLACE_OR_COMMON.issuperset(bare) or (len(bare) > 1 and " ".join(bare) in PLACES):
        return None
    if 1 < len(bare) <= 3 and bare[-1] in PLACES and _PLACE_PREFIXES.issuperset(bare[:-1]):
        return None  # "New Mexico", "South Dakota", "Northern Ireland": a place
    if len(bare) > 1 and bare[-1].endswith("s") and bare[-1][:-1] in PLACES and bare[-1] not in _PARTY_PLURALS:
        return None  # "Young Latinos", "Black Americans": a group, not a name
    if 1 < len(bare) <= 4 and bare[-1] in STREET_WORDS:
        return None  # "Harrowby Road": an address
    if 1 < len(bare) <= 4 and bare[-1] in _PLACE_NAME_ENDINGS:
        return None  # "Castleton City", "Salt Lake City", "Palm Beach": a place (or its club)
    if (determined or len(bare) > 1) and bare[-1] in TITLES and all(
            w in TITLES or w in TITLE_CONTINUATIONS or w in _TITLE_QUALIFIERS for w in bare[:-1]):
        # "the Minister added", "Finance Minister": a title with no name is a description,
        # resolved like "the senator" to the person it describes, never a person itself.
        # (A lone capitalised title without "the" may be a surname: "King said".)
        return None
    if bare[-1] in TITLES and _TITLE_OF_RE.match(text, run.end):
        return None  # "(Union) Minister for Housing ...": a title, no organisation or person
    # Organisations: organisation words or acronyms.
    if not ORG_WORDS.isdisjoint(bare) or (len(bare) == 1 and _is_acronym(bare[0])
                                          and bare[0] not in NON_ORG_ACRONYMS):
        return Candidate(run, toks, org=True)
    if len(bare) == 2 and len(bare[0]) >= 3 and _is_acronym(bare[0]) and bare[0] not in NON_ORG_ACRONYMS \
            and bare[1] not in TITLES and bare[1] not in FIRST_NAMES and not _INITIALS_RE.fullmatch(bare[0]):
        # ("J.M. Berger": dotted initials of a first name, no outlet)
        return Candidate(run, toks, org=True)  # "BBC Sport", "CNN International": an outlet's arm
    return _classify_in_context(text, run, toks, bare, determined, para_start)


# ("Senate Republicans" stays a speaking group the registry knows.)
_PARTY_PLURALS = frozenset({"Republicans", "Democrats", "Conservatives", "Liberals", "Progressives"})


# Last words of place names that are nobody's surname ("Park", "Bay" and "Hill" are).
_PLACE_NAME_ENDINGS = frozenset({"City", "Town", "County", "Valley", "Island", "Beach", "Springs", "Falls",
                                 "Heights", "Harbor", "Harbour"})
# Honorifics that may follow a title before a name ("Minister Prince Abdulaziz").
_NAME_HONORIFICS = frozenset({"Prince", "Princess", "Sheikh", "Sheikha", "Sir", "Dame", "Lord", "Lady",
                              "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof."})


def _role_word(word: str) -> bool:
    """A role noun, known or by its ending: "Democrat", "Botanist", "Historian"."""
    low = word.lower()
    return low in ROLE_NOUNS or (len(low) >= 7 and low.endswith(("ist", "ian")) and low.isalpha())


_COMPOUND_TAILS = frozenset({"style", "based", "led", "backed", "like", "era", "of", "born", "owned", "linked",
                             "esque", "wing", "friendly", "bashing", "funded", "leaning", "type", "related",
                             "level", "year", "old", "run", "made", "controlled", "allied", "aligned"})
_PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


_ONE_WORD_SHAPES: dict[str, tuple[str, bool, bool] | None] = {}  # (bounded with _ONE_WORD_VERDICTS)


def _one_word_shape(word: str) -> tuple[str, bool, bool] | None:
    """What _classify's word tests say of a one-word run: None when it names nobody, else
    (the word without a possessive, whether it is an organisation's, whether it is a title).
    (A one-word run takes no title from a run before it: that needs two words.)"""
    if word in COMMON_CAPITALISED:
        return None  # a function word or modifier alone
    bare = _strip_possessive(word)
    if len(bare) == 1 or bare in TRADE_NAME_WORDS or bare in _PLACE_OR_COMMON:
        return None  # a lone letter, a trade word, a place or a common word
    if "-" in bare and (bare.rsplit("-", 1)[1].lower() in _COMPOUND_TAILS or _PARTY_STATE_RE.fullmatch(bare)):
        return None  # "Trump-style", "Obama-era", "R-NY": an adjective or a party tag, no name
    is_org = bare in ORG_WORDS or bare in OUTLET_NAMES or (_is_acronym(bare) and bare not in NON_ORG_ACRONYMS)
    return bare, is_org, bare in TITLES


def _classify_in_context(text: str, run: Run, toks: list[tuple[int, int, str]], bare: list[str],
                         determined: bool, para_start: int) -> Candidate | None:
    """_classify's tests of what surrounds a run that its words leave open."""
    # Most names follow a word that none of the three look-backs below wants: test it once.
    quiet = _plain_word_before(text, toks[0][0], para_start)
    if not quiet and _HOMETOWN_BEFORE_RE.search(text, max(para_start, toks[0][0] - 12), toks[0][0]):
        return None  # "Derek Holloway, 58, of Didsbury": a place
    if not quiet and _after_org_preposition(text, toks[0][0], para_start):
        return Candidate(run, toks, org=True)
    if not quiet and bare[0] not in FIRST_NAMES and (noun := _after_org_noun(text, toks[0][0], para_start)):
        # "power company Acme", "the note-taking app Quillnest": an organisation. A noun
        # that says what kind ("app", "studio") describes it, so "the company said" may
        # refer back to it; "company" itself is too common a word to go by.
        return Candidate(run, toks, org=True, description=None if noun in _GENERIC_ORG_NOUNS else noun)
    if len(bare) > 5:
        return None
    if determined and len(bare) > 1:
        # "the Islamic State", "The Blaze": a person's name takes no article.
        return Candidate(run, toks, org=True)
    lead = "" if quiet else _lookback_description(text, toks[0][0], para_start)
    cand = Candidate(run, toks, description=lead or None, evidence=bool(lead))
    # The character after the name tells which description tests can apply: the appositive
    # ones need a comma, the predicate one a space (saves three calls for most names).
    follower = text[toks[-1][1]:toks[-1][1] + 1]
    if follower == "," and len(bare) == 1 and (state := _STATE_AFTER_RE.match(text, toks[-1][1])) \
            and state.group(1) in PLACES:
        return None  # "a woman in Worcester, Massachusetts, told him": a town and its state
    if follower == ",":
        cand.appositive = _appositive(text, toks[-1][1]) or \
            _fronted_appositive(text, toks[0][0], toks[-1][1], para_start)
    elif follower == " ":
        cand.appositive = _predicate_description(text, toks[-1][1])
    if cand.appositive:
        # ("CBS' Face the Nation, the GOP front-runner said": after "the", one word and a
        # description are no evidence of a person's name.)
        cand.evidence = not (determined and len(bare) == 1)
        if cand.appositive.split()[0].lower() in ("the", "a", "an") and \
                cand.appositive.split()[-1].lower() in ORG_NOUNS and \
                not any(w.lower() in ROLE_NOUNS for w in cand.appositive.split()):
            return Candidate(run, toks, org=True)
    noun = None
    if follower == "," and bare[0] not in FIRST_NAMES and (
            _WHICH_CLAUSE_RE.match(text, toks[-1][1]) or (noun := _org_appositive(text, toks[-1][1]))):
        # "Globex Shipping, which runs ...", "Vaxora, the vaccine maker, said": no person.
        # (The noun describes it: "the maker said" may refer back to it.)
        return Candidate(run, toks, org=True, description=noun if noun else None)
    if not cand.appositive and follower == "," and \
            (noun := _fronted_org_noun(text, toks[0][0], toks[-1][1], para_start)):
        return Candidate(run, toks, org=True, description=noun)  # "The company, Acme Minerals, said"
    if lead:
        cand.orgs_in_desc = _orgs_in(lead.split())
    if follower == "," and not cand.evidence and (kin := _KIN_BEFORE_RE.search(text, max(para_start, toks[0][0] - 30),
                                                                               toks[0][0])):
        # "his wife, Jane, offered": a first name alone, in apposition to a relative, is
        # that person.
        cand.evidence = True
        cand.description = cand.description or kin.group(1)
    return cand


_KIN_BEFORE_RE = re.compile(r"\b((?:his|her|their|whose|my|our)[ \t]+(?:wife|husband|son|daughter|mother|father|"
                            r"brother|sister|partner|fianc[ée]e?|widow|widower|girlfriend|boyfriend|grandson|"
                            r"granddaughter|niece|nephew|cousin|stepson|stepdaughter)),[ \t]+$")


# A run after one of these may continue a portfolio title ("Minister for Housing and ..."),
# which only the full test below sees: the one-word shortcut is not taken.
_PORTFOLIO_JOINS = (" for ", " and ", " of ", "the ")
_TITLE_OF_RE = re.compile(r" (?:for|of) (?:the )?[A-Z]")
_PORTFOLIO_RE = re.compile(
    r"(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Secretary of State)"
    r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+|\s+and\s+|\s+&\s+))*$")


_MONTH_NAMES = frozenset("January February March April May June July August September October November "
                         "December".split())
_DATE_LEAD_RE = re.compile(r"(?:^|\b)(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext|"
                           r"[Ee]arly|[Ll]ate|[Mm]id|[Aa]n?|[Tt]he|[Oo]f)[ \t]+$")


def _leading_non_name(toks: list[tuple[int, int, str]]) -> bool:
    """Is the run's first word a function word or modifier ("The", "Former", "Speaking")?"""
    first = toks[0][2]
    return first in COMMON_CAPITALISED or len(toks) > 1 and (
        first.lower() in ("retired", "former", "top", "senior", "veteran", "longtime") or _is_participle(first)
        or first.endswith(_ADVERB_ENDINGS) and first not in FIRST_NAMES)  # "Certainly Jane Roe"


_PLACE_OR_COMMON = frozenset(PLACES | COMMON_CAPITALISED)
# Capitalised words that qualify a title: "the Minority Leader", "Deputy Speaker".
_TITLE_QUALIFIERS = frozenset({"Minority", "Majority", "Deputy", "Opposition", "Shadow", "Vice", "Assistant",
                              "Acting", "Interim", "Senate", "House", "Chief", "Principal", "Senior"})
_PLACE_PREFIXES = frozenset("New North South East West Northern Southern Eastern Western Upper "
                            "Lower Central Greater".split())


def _is_participle(tok: str) -> bool:
    """Sentence-initial "Following", "Speaking", "Asked": a verb form, not part of a name."""
    return len(tok) > 5 and tok[0].isupper() and tok[1:].islower() and tok.endswith(("ing", "ed")) \
        and tok not in NAME_PARTICIPLES


# -ed words that open the names of organisations and countries far more often than they
# open a sentence: "United Nations", "Associated Press", "Allied Forces".
NAME_PARTICIPLES = frozenset({"United", "Associated", "Allied", "Federated", "Consolidated", "Limited",
                              "Incorporated", "Integrated", "Advanced", "Applied", "Combined", "Concerned"})


def _orgs_in(words: list[str]) -> list[str]:
    out, cur = [], []
    for w in words + ["x"]:
        b = _strip_possessive(w)
        if b[:1].isupper() and b not in TITLES and b not in COMMON_CAPITALISED:
            cur.append(b)
            if w != b:
                out.append(" ".join(cur)) if any(x in ORG_WORDS or _is_acronym(x) for x in cur) else None
                cur = []
        else:
            while cur and cur[-1] in _TITLE_MODIFIERS:
                cur.pop()  # "WHO Regional Director": the modifier belongs to the title
            if cur and (cur[0] == "Union" or cur[0] in PLACES) and b in TITLES and len(cur) > 1 \
                    and all(x in PORTFOLIO_WORDS for x in cur[1:]):
                # "Union Agriculture Minister" (India's federal government), "Saudi Energy
                # Minister": a country and a portfolio, no body of that name.
                cur = []
            if cur and any(x in ORG_WORDS or _is_acronym(x) and x not in NON_ORG_ACRONYMS for x in cur):
                out.append(" ".join(cur))
            cur = []
    return out


_TITLE_MODIFIERS = {"Regional", "Executive", "Deputy", "Acting", "Chief", "Senior", "Vice",
                    "Assistant", "Associate", "Managing", "Interim", "Principal", "Founding",
                    "Independent",  # ("Independent MP": a member of no party, not the newspaper)
                    # "Chief Financial Officer", "Chief Operating Officer": no company "Financial".
                    "Financial", "Operating", "Technology", "Information", "Marketing", "Medical",
                    "Legal", "Commercial", "Digital", "Investment", "Compliance", "Revenue"}


def _lookback_description(text: str, pos: int, para_start: int, has_title: bool = False) -> str:
    """Role words right before a name: "French historian and political scientist"."""
    if not has_title:
        # Fast exit: the word right before the name must be a role word.
        j = pos - 1
        while j > para_start and text[j] == " ":
            j -= 1
        if j <= para_start:
            return ""
        k = max(text.rfind(" ", max(para_start, j - 40), j), max(para_start, j - 40) - 1)
        prev = text[k + 1:j + 1]
        if prev.lower() not in ROLE_NOUNS and prev not in TITLES:
            return ""
    lo = max(para_start, pos - 160)
    if has_title and text[pos - 1:pos] == " ":
        # Fast exit: after a lower-case word that is no role word or joiner ("said Sen.
        # Smith"), the walk back stops at its first word and keeps nothing.
        space = text.rfind(" ", lo, pos - 1)
        prev = text[space + 1:pos - 1]
        if space >= 0 and prev.isalpha() and prev[0].islower() and prev.lower() not in _WALKED_OVER \
                and prev not in TITLES:
            return ""
    # Descriptions are a few words: tokenise a short window first, and the whole one only
    # if the walk back reaches the short window's first two words (the first may be cut).
    short = max(lo, pos - _SHORT_LOOKBACK)
    words = _words_between(text, short, pos)
    stop, keep, has_role = _walk_back_roles(words, has_title)
    if stop <= 1 and short > lo:
        words = _words_between(text, lo, pos)
        stop, keep, has_role = _walk_back_roles(words, has_title)
    if keep < 0 or not has_role:
        return ""
    # Trim leading joiners and determiners.
    while keep < len(words) and words[keep][2].lower() in ("and", "of", "the", "a", "an", "for", "at"):
        keep += 1
    if keep >= len(words):
        return ""
    return text[words[keep][0]:words[-1][1]]


_SHORT_LOOKBACK = 50
_ROLE_WORDS = ROLE_NOUNS | ROLE_MODIFIERS
# Lower-case words that _walk_back_roles keeps or walks past when a title follows.
_WALKED_OVER = _ROLE_WORDS | {"and", "of", "retired", "former"}


def _words_between(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in PREV_WORDS_RE.finditer(text, start, end)]


def _walk_back_roles(words: list[tuple[int, int, str]], has_title: bool) -> tuple[int, int, bool]:
    """Walk back over role words from the last word: (index where the walk stopped, or -1;
    first word to keep, or -1; whether a role word was seen)."""
    i = len(words) - 1
    keep = -1
    has_role = has_title
    while i >= 0:
        s, e, w = words[i]
        lw = w.lower().rstrip(".")
        if not w[0].isalnum():
            break
        if w.endswith(".") and w not in TITLES and len(w) > 2:
            break  # the end of the previous sentence
        base = _strip_possessive(w)
        if lw in ROLE_NOUNS or w in TITLES:
            has_role = True
            keep = i
        elif lw in ("and", "of"):
            # "historian and political scientist": "and" joins two roles only.
            if i == 0 or words[i - 1][2].lower() not in _ROLE_WORDS and not words[i - 1][2][:1].isupper():
                break
            if lw == "and" and words[i - 1][2][:1].isupper() and words[i - 1][2].lower() not in ROLE_NOUNS:
                break
        elif lw in ROLE_MODIFIERS or base[:1].isupper() and base not in COMMON_CAPITALISED or \
                lw in ("retired", "former"):
            if not has_role:
                break
            keep = i
        elif w[:1].isupper() and w in COMMON_CAPITALISED and lw in ROLE_MODIFIERS:
            keep = i
        elif lw in ORG_NOUNS and has_role and keep == i + 1:
            keep = i  # "council leader", "union president": whose leader, in one word
        else:
            break
        i -= 1
    return i, keep, has_role


_ORG_PREPOSITIONS = {"at", "for", "with", "of", "from"}
_ORG_KIND_WORDS = {"analysis", "news", "research", "think", "tank", "advocacy", "polling",
                   "consulting", "law"}


# Kinds of organisation that stand in apposition right before its name ("power company
# Nordmark", "the charity Care Watch", "development agency Invest North").
_APPOSED_ORG_NOUNS = COMPANY_NOUNS | {"charity", "agency", "union", "organisation", "organization",
                                      "foundation", "broadcaster", "newspaper", "regulator",
                                      "watchdog", "startup", "nonprofit", "non-profit", "app",
                                      "platform", "distributor", "provider", "studio", "chain", "brand"}
# (Not "developer" or "publisher": "Florida developer Mel Sembler" is a person.)
_GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "business", "organisation", "organization",
                                "agency", "union", "foundation"})


# Every word that _after_org_preposition, _after_org_noun or _lookback_description (without
# a title) accepts right before a name, lower-cased.
_WORDS_LOOKED_BACK_FOR = frozenset(
    w.lower() for w in (_ORG_PREPOSITIONS | {"the"} | ORG_NOUNS | _ORG_KIND_WORDS
                        | _APPOSED_ORG_NOUNS | ROLE_NOUNS | TITLES))


# Where someone lives, in apposition after their name and age: "Jane Roe, 44, of Leeds".
_HOMETOWN_BEFORE_RE = re.compile(r", \d{1,3}, (?:of|from) $")
_STATE_AFTER_RE = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;]|$)")


def _plain_word_before(text: str, pos: int, para_start: int) -> bool:
    """Is the name at `pos` preceded, after one space, by a word none of the look-backs
    accepts (so _after_org_preposition and _after_org_noun would say False and
    _lookback_description ""), as for most names? False when unsure (other spacing, a long
    word, the paragraph start): the look-backs then run and decide."""
    if pos < 2 or text[pos - 1] != " " or text[pos - 2] == " ":
        return False
    # Within 20 characters and the paragraph, each look-back finds this same space.
    space = text.rfind(" ", max(para_start, pos - 20), pos - 1)
    if space < 0:
        return False
    word = text[space + 1:pos - 1]
    return word.lower() not in _WORDS_LOOKED_BACK_FOR and word.strip() == word


def _after_org_noun(text: str, pos: int, para_start: int) -> str | None:
    """The lower-case organisation noun right before the name ("power company Acme"), or
    None."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    space = text.rfind(" ", max(para_start, pos - 20), pos - 1)
    word = text[max(space + 1, para_start):pos - 1]
    return word if word in _APPOSED_ORG_NOUNS else None


def _after_org_preposition(text: str, pos: int, para_start: int) -> bool:
    """"director at La Vigie", "journalist for the Daily": a name after a role + preposition."""
    lo = max(para_start, pos - 60)
    # Fast exit on the word right before the name, which for most names is none of these.
    space = text.rfind(" ", lo, max(lo, pos - 1))
    last = text[max(space + 1, lo):pos].strip().lower()  # (never slice from 0: linear time)
    if last not in _ORG_PREPOSITIONS and last != "the" and last not in ORG_NOUNS \
            and last not in _ORG_KIND_WORDS:
        return False
    before = text[lo:pos].lower().split()
    if len(before) < 2:
        return False
    i = len(before) - 1
    if before[i] == "the":
        i -= 1
    # Skip organisation-kind nouns ("analysis publication").
    while i >= 0 and (before[i] in ORG_NOUNS or before[i] in _ORG_KIND_WORDS):
        i -= 1
    if i < 1:
        return False
    if before[i] not in ("at", "for", "with", "of", "from") or before[i] == "of" and i < len(before) - 1:
        return False
    role = before[i - 1].strip(",")
    if before[i] == "for" and role in _MEMBERS_FOR_SEATS:
        return False  # "the Labour MP for Leeds North": a constituency, no organisation
    return role in ROLE_NOUNS or before[i] == "at" and role.endswith("s") and role[:-1] in ROLE_NOUNS
    # ("analysts at Goldman Sachs", "economists at Jefferies")


_MEMBERS_FOR_SEATS = {"mp", "mep", "mla", "mpp", "msp", "member", "senator", "representative",
                      "congressman", "congresswoman", "councillor", "councilor", "assemblyman",
                      "assemblywoman", "candidate"}


APPOS_STOP_RE = re.compile(r"[,;:.()\"“”—\n]|\s[-–]\s")  # (a paragraph ends it too)


_FIRST_WORD_RE = re.compile(r"[\w’'\-]+")
_NOT_APPOSITIVE_STARTS = frozenset(
    "is was has had will would are were can could did does do may might must should not also "
    "too who which that and but or said says he she it they we i according as in on at after "
    "when while if because where whose with without for to by from "
    "through via during before amid despite".split())  # "X, through a spokeswoman, declined"


PREDICATE_RE = re.compile(r" (?:is|was) (?:(?:listed|described|identified|named|known|appointed|elected|employed) as )?"
                          r"(?P<d>(?:a|an|the) (?:[\w’'\-]+ ){0,4}?(?P<head>[a-z][\w\-]*))(?=[ ,.;:])")


def _predicate_description(text: str, pos: int) -> str | None:
    """"Lance Wallnau is a Christian leader from Texas": a role noun after "is a/the" right
    after the name describes the person as an appositive would ("the Christian leader")."""
    if not text.startswith((" is ", " was "), pos):
        return None
    m = PREDICATE_RE.match(text, pos)
    if not m or m.group("head") not in ROLE_NOUNS:
        return None
    return m.group("d")


_FRONT_LEADS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one",
                "another"}


_HEAD_BREAKS = {"after", "before", "with", "to", "from", "by", "on", "and", "or", "as", "when",
                "that", "than"}


def _fronted_appositive(text: str, start: int, end: int, para_start: int) -> str | None:
    """"The chief executive of Acme, Jane Doe, said", "Her deputy, John Smith, ...": a role
    phrase opening the sentence, then the name between commas, describes the name."""
    h = text.rfind(", ", max(para_start, start - 8), start)
    if h >= 0 and text[h + 2:start].strip() in HONORIFICS:
        start = h + 2  # "Brightwell's chairman, Sir Peter Lyle, said"
    if not text.startswith(",", end) or text[max(para_start, start - 2):start] != ", ":
        return None
    comma = start - 2
    lo = max(para_start, comma - 120)
    b = _sentence_start_before(text, comma, lo, para_start)
    # '"...," one mother, Rosa Diaz, told ...': the phrase may follow a quotation.
    for mark in (",” ", ",\" "):
        q = text.rfind(mark, max(b, lo), comma)
        if q >= 0:
            b = max(b, q + len(mark))
    if b == lo and lo > para_start:
        return None  # too long to be a description
    k = text.rfind(", ", b, comma)
    if k >= 0:
        b = k + 2  # "In a post on Sunday, the interior minister, Jane Doe, wrote"
    words = text[b:comma].split()
    if not 2 <= len(words) <= 16 or any(ch in text[b:comma] for ch in ",;:\"“”()"):
        return None
    # The phrase opens the clause or follows a verb or preposition ("a day after the
    # leader of the group, Bruno Lemarchal, warned"): from its determiner on.
    nxt = _FIRST_WORD_RE.match(text, end + 2)
    # (", Bruno Lemarchal, warned"; "responding to the Opposition Leader, Daniel Foyle, who")
    inner = nxt is not None and (nxt.group().lower() in CUE_FORMS or nxt.group() == "who")
    for i in range(len(words) - 1 if inner else 1):
        if len(words) - i > 10:
            continue
        if words[i].lower() not in _FRONT_LEADS and not words[i].endswith(("’s", "'s")):
            continue
        head = words[i + 1:]
        for prep in ("of", "for", "at", "in"):
            if prep in head:  # "the minister for the economy", "the head of research at X"
                head = head[:head.index(prep)]
        if head and len(head) <= 4 and head[-1].lower() in ROLE_NOUNS and not any(
                w.lower() in _FRONT_LEADS or w.lower() in _HEAD_BREAKS for w in head):
            while words[i].endswith(("’s", "'s")) and i > 0 and words[i - 1][:1].isupper() \
                    and words[i - 1] not in COMMON_CAPITALISED:
                i -= 1  # "Yiaga Africa's executive director": the possessor's whole name
            words = words[i:]
            break
    else:
        return None
    if any(w.lower() in CUE_FORMS for w in words):
        return None
    if words[0].lower() in _FRONT_LEADS and not words[1].endswith(("’s", "'s")):
        return " ".join(words[1:])  # "Her deputy" -> "deputy"; "The union's leader" stays
    return " ".join(words)


def _sentence_start_before(text: str, pos: int, lo: int, para_start: int) -> int:
    """Where the sentence holding `pos` starts, looking back no further than `lo`: after
    the last ". " or line break after `lo`, else the paragraph start."""
    stop = text.rfind(". ", lo, pos)
    return max(stop + 2 if stop >= 0 else -1, text.rfind("\n", lo, pos) + 1, para_start)


def _fronted_org_noun(text: str, start: int, end: int, para_start: int) -> str | None:
    """"The company, Acme Minerals, said": a sentence opening with a determiner and an
    organisation noun, then the name between commas. Returns the noun."""
    if not text.startswith(",", end) or text[max(para_start, start - 2):start] != ", ":
        return None
    comma = start - 2
    b = _sentence_start_before(text, comma, max(para_start, comma - 40), para_start)
    words = text[b:comma].split()
    if 2 <= len(words) <= 4 and words[0].lower() in _FRONT_LEADS \
            and words[-1].lower() in ORG_NOUNS and not any(w.lower() in ROLE_NOUNS for w in words):
        return words[-1].lower()
    return None


# ", which runs a third of the terminals, said": a relative clause closed by a comma before
# the name's verb (a sentence-final ", which may not be the best strategy." is about a
# whole clause, not the name).
_WHICH_CLAUSE_RE = re.compile(r", which [^,.;:!?\"“”\n]{3,100}, (?:[a-z]+ly )?(?:has |have |had |will |would |also |)(?:" + CUE_RE.pattern + r")")
_ORG_APPOSITIVE_RE = re.compile(r", (?:the|a|an) (?P<w>(?:[\w’'\-]+ ){0,3}?(?P<head>[a-z][\w\-]*)),")


def _org_appositive(text: str, pos: int) -> str | None:
    """", the vaccine maker," / ", a logistics firm,": an organisation noun heading a short
    appositive (with no role noun) right after the name. Returns the noun."""
    m = _ORG_APPOSITIVE_RE.match(text, pos)
    if m and m.group("head") in ORG_NOUNS and not any(w in ROLE_NOUNS for w in m.group("w").split()):
        return m.group("w")
    return None


_FROM_ORG_RE = re.compile(r"from (?:the )?(?P<org>[A-Z][\w’'&\-]*(?: (?:of |for |and )?[A-Z][\w’'&\-]*){0,5})(?=,)")


def _appositive(text: str, pos: int) -> str | None:
    """", the interim chairwoman of the DNC," right after a name."""
    if not text.startswith(", ", pos):
        return None
    if text[pos + 2:pos + 3].isdigit() and (age := AGE_AFTER_RE.match(text, pos)):
        pos = age.end() - 1  # "Ahmed Khan, 54, a taxi driver from Bradford"
        if not text.startswith(", ", pos):
            return None
    s = pos + 2
    first = _FIRST_WORD_RE.match(text, s)
    if first and first.group() == "from" and (frm := _FROM_ORG_RE.match(text, s)) \
            and frm.group("org").split()[-1] in ORG_WORDS:
        return frm.group(0)  # "Sarah Pemberton, from the Koala Conservation Society, said"
    if not first or first.group().lower() in _NOT_APPOSITIVE_STARTS:
        return None  # a verb, a clause or a preposition follows the comma, not a description
    m = APPOS_STOP_RE.search(text, s, min(len(text), s + 160))
    e = m.start() if m else min(len(text), s + 160)
    phrase = text[s:e]
    words = phrase.split()
    if not words or len(words) > 16:
        return None
    w0 = words[0].lower()
    if w0 in ("is", "was", "has", "had", "will", "would", "are", "were", "can", "could", "did",
              "does", "do", "may", "might", "must", "should", "not", "also", "too"):
        return None
    if w0 in ("who", "which", "that", "and", "but", "or", "said", "says", "he", "she", "it",
              "they", "we", "i", "according", "as", "in", "on", "at", "after", "when", "while",
              "if", "because", "where", "whose", "with", "without", "for", "to", "by", "from"):
        return None
    if w0.endswith("ing") or w0.endswith("ed") and w0 not in ROLE_MODIFIERS:
        return None
    if w0 in CUE_FORMS:
        return None  # ", told a rally outside City Hospital": the verb, not a description
    if words[0][:1].isupper() and w0 not in ("the", "a", "an", "former", "retired") and \
            not any(w.lower() in ROLE_NOUNS for w in words[:3]):
        return None
    if words[0][:1].isupper() and any(
            w.lower() in ROLE_NOUNS and nxt[:1].isupper() and nxt not in TITLES
            for w, nxt in zip(words[:3], words[1:4])):
        # "in Canberra, Foreign Minister Penny Wang said": a title and a name, the next
        # subject, not a description of the word before the comma.
        return None
    # A relative clause ends the description: ", a Democrat from Ohio who wrote the bill,".
    for i, w in enumerate(words):
        if i > 0 and w.lower() in ("who", "whom", "whose", "which", "that"):
            words = words[:i]
            break
    # Cut a trailing reporting verb ("..., director at X stated: ...").
    for i, w in enumerate(words):
        if w.lower() in CUE_FORMS and i > 0:
            words = words[:i]
            break
    if not any(_strip_possessive(w.lower().strip(",.")) in ROLE_NOUNS for w in words):
        return None
    if len(words) > 2 and words[0] in ("now", "currently"):
        words = words[1:]  # ", now a coach with the national team,"
    return " ".join(words)
