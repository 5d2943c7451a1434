"""Attribution cues and speakers: who said it, found from the reporting verb's subject (or
the noun phrase after an inverted verb, "said Jane Doe"), then resolved: names to the
article's fullest name, pronouns to the most recent compatible person, descriptions ("the
president", "the newspaper") to the entity they describe."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from dataclasses import dataclass

from .entities import _PLACE_OR_COMMON, according_to_before, COMPANY_SUFFIXES, EntityInfo, Mention, Registry, is_contraction
from .text import has_sentence_break
from .lexicons import (
    COMMON_CAPITALISED, COMPANY_NOUNS, ACCORDING_RE, ADVERBS, CUE_FORMS, CUE_RE, DOCUMENT_NOUNS, FIRST_NAMES,
    DEMONYMS, FIRST_PERSON, HONORIFICS,
    OFFICE_NOUNS, ORG_NOUNS, PERSON_PRONOUNS, PLACES,
    PLURAL_PRONOUNS, PLURAL_SOURCES, ROLE_MODIFIERS, ROLE_NOUNS, TRADE_NAME_WORDS, WEEKDAYS,
)
from .lexicons import trie_regex

FRONTED_WORDS = {"speaking", "in", "on", "at", "after", "before", "during", "while", "when",
                 "as", "although", "though", "asked", "according", "following", "responding",
                 "writing", "appearing", "addressing", "meanwhile", "later", "earlier",
                 "still", "however", "yet", "since", "because", "if", "unlike", "like",
                 "despite", "instead", "last", "this", "on", "from", "with", "without",
                 "referring", "pressed", "interviewed", "separately", "now", "today",
                 "yesterday", "then", "also", "for", "under", "by", "once", "even",
                 "recently", "moreover", "indeed", "but", "and", "so", "elsewhere", "here", "there",
                 "shortly", "minutes", "hours", "days", "weeks", "months", "years", "back",
                 "of", "amid", "among", "regarding", "against", "throughout", "across",
                 "beyond", "upon", "within", "toward", "towards", "likewise", "otherwise",
                 "down", "up", "outside", "inside", "nearby", "near", "along", "around",
                 "nonetheless", "nevertheless", "furthermore", "besides", "regardless",
                 "outside", "inside", "near", "around", "behind", "beside", "alongside",
                 "along", "afterward", "afterwards"}
CONJUNCTIONS = {"but", "and", "so", "yet", "or", "then", "still", "now", "meanwhile"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "one", "another", "two",
               "three", "several", "some", "many", "other", "this", "that", "these"}
WORD_RE = re.compile(r"[\w’'\-.]+|[^\w\s]")
NEWSPAPER_WORDS = {"Times", "Post", "Journal", "Daily", "Herald", "Tribune", "Gazette",
                   "Guardian", "Telegraph", "Chronicle", "Inquirer", "Globe", "News",
                   "Examiner", "Star", "Sun", "Mail", "Mirror", "Express", "Observer",
                   "Independent", "Politico", "Breitbart"}


@dataclass(slots=True)
class Speaker:
    """A resolved speaker at one attribution."""

    name: str | None
    kind: str | None
    mention: str
    description: str | None = None
    entity: EntityInfo | None = None
    start: int = 0
    antecedent: int = -1  # for a pronoun: where the mention it was resolved to starts
    gender_known: bool = False  # ... and whether that person's gender was known before


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    form: str
    lemma: str
    according: bool = False


def find_cues(text: str, start: int, end: int, quote_spans: list[tuple[int, int]]) -> list[Cue]:
    """Reporting verbs in text[start:end] that are outside quotations."""
    cues: list[Cue] = []
    qi = 0
    for window_start, window_end in _outside_closed_quotes(text, start, end, quote_spans):
        for cue_start, cue_end, form in _cue_matches(text, window_start, window_end):
            while qi < len(quote_spans) and quote_spans[qi][1] <= cue_start:
                qi += 1
            if qi < len(quote_spans) and quote_spans[qi][0] <= cue_start < quote_spans[qi][1]:
                continue
            if _after_determiner(text, cue_start, form):
                continue
            if form[-1:] == "s" and _LIGHT_VERB_BEFORE_RE.search(text, max(0, cue_start - 10), cue_start):
                continue  # "his friends make jokes about ...": the object of a verb, a noun
            if form[:6] == "contin" and _continue_not_speech(text, cue_start, cue_end):
                continue
            if form[:5] == "agree" and _CONTINUE_TO_RE.match(text, cue_end):
                continue  # "Mr. Lynch agreed to participate": consent, not speech
            if form.endswith(" written") and _WRITTEN_OFF_RE.match(text, cue_end):
                continue  # "has written off efforts": dismissed, not written
            if " " in form and form not in CUE_FORMS:
                form = " ".join(form.split())  # "pointed\n out" -> "pointed out"
            cues.append(Cue(cue_start, cue_end, form, CUE_FORMS.get(form, form)))
    qi = 0
    for m in _according_matches(text, start, end):
        while qi < len(quote_spans) and quote_spans[qi][1] <= m.start():
            qi += 1
        if any(s <= m.start() < e for s, e in quote_spans[max(0, qi - 1):qi + 1]):
            continue
        cues.append(Cue(m.start(), m.end(), "according to", "according to", according=True))
    cues.sort(key=lambda c: c.start)
    return cues


_WRITTEN_OFF_RE = re.compile(r"[ \t]+(?:off|out)\b")
_CONTINUE_TO_RE = re.compile(r"[ \t]+to[ \t]")


def _continue_not_speech(text: str, start: int, end: int) -> bool:
    """'his administration continues to carve out': "continue to" goes on with an action,
    not with speaking; nor does 'a trend that ... will continue "for years"'."""
    return bool(_CONTINUE_TO_RE.match(text, end) or _MODAL_BEFORE_RE.search(text, max(0, start - 12), start))


_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to)[ \t]+$")


NOUN_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                    "these", "those", "every", "each", "any", "no", "another", "such"}
# Cue forms that after a determiner are nouns naming no speech: "in her state", "a read".
# (Speech nouns stay cues: "his claim that ...", "Trump's remarks as ...".)
# ("a screaming Santilli", "the shouting": manner participles as adjectives or nouns.)
NON_SPEECH_NOUN_FORMS = {"state", "states", "read", "reads", "counter", "shouting", "yelling",
                         "screaming", "whispering", "muttering", "chanting"}
_PREV_WORD_RE = re.compile(r"([\w’']+)[ \t]+$")
_STATE_VERB_RE = re.compile(r"[ \t]*(?:[:,.]|that\b|[\"“]|in[ \t]+(?:the|a|an|its|their|his|her)\b)")


_LIGHT_VERB_BEFORE_RE = re.compile(r"\b(?:make|makes|made|making|crack|cracks|cracked|cracking|tell|tells|told|"
                                   r"telling)[ \t]+$")


def _after_determiner(text: str, pos: int, form: str) -> bool:
    """Is the cue word at `pos` a noun that names no speech ("in her state", "the state
    says" is still a verb: only a determiner right before the word counts)?"""
    if form not in NON_SPEECH_NOUN_FORMS:
        return False
    if form in ("state", "states") and not _STATE_VERB_RE.match(text, pos + len(form)):
        # "home state", "11 states holding contests": as a verb, "state(s)" is followed by
        # what is stated ("that", a colon, a comma before a quotation).
        return True
    m = _PREV_WORD_RE.search(text, max(0, pos - 20), pos)
    if m is None:
        return False
    prev = m.group(1)
    return prev.lower() in NOUN_DETERMINERS or prev.endswith(("'s", "’s"))


# CUE_RE tries every position of the text (its word boundary needs a lookaround), which
# made it the costliest scan. A verb starts a word, so it follows a space (most verbs: the
# engine then jumps from space to space) or another non-word character (a class the engine
# also skips to cheaply); these two scans consume that character and capture the verb.
_CUE_FIRST_LETTER = "(?=[" + "".join(sorted({form[0] for form in CUE_FORMS})) + "])"
_CUE_AFTER_SPACE_RE = re.compile(" " + _CUE_FIRST_LETTER + "(" + trie_regex(CUE_FORMS) + r")\b")
_CUE_AFTER_OTHER_RE = re.compile(
    r"[^0-9A-Za-z_ ](?<!\w)" + _CUE_FIRST_LETTER + "(" + trie_regex(CUE_FORMS) + r")\b")


def _cue_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, form) of CUE_RE's matches in text[start:end], from the two faster scans.

    Merged, they are CUE_RE's matches unless one overlaps another (a multi-word verb such as
    "went on" holding a verb of the other scan), which CUE_RE's left-to-right scan would not
    report: then CUE_RE itself is used."""
    found = []
    scan_from = start - 1 if start > 0 else 0  # (the character before a verb is consumed)
    if start == 0 and (m := CUE_RE.match(text, 0, end)):  # a verb opening the text
        found.append((m.start(), m.end(), m.group()))
        scan_from = m.end()
    for rx in (_CUE_AFTER_SPACE_RE, _CUE_AFTER_OTHER_RE):
        found.extend((m.start(1), m.end(1), m.group(1)) for m in rx.finditer(text, scan_from, end))
    found.sort()
    if any(found[i][0] < found[i - 1][1] for i in range(1, len(found))):
        return [(m.start(), m.end(), m.group()) for m in CUE_RE.finditer(text, start, end)]
    return found


def _outside_closed_quotes(text: str, start: int, end: int, quote_spans: list[tuple[int, int]]):
    """(start, end) windows of text[start:end] between the closed quotations, which hold a
    fifth of news text and no cue: the verb scan skips them. A cue (letters and spaces)
    cannot cross a quotation mark, so the scan finds what a scan of the whole text finds
    outside them. A quotation left open runs to its paragraph's newline, which a cue can
    cross ("pointed\n out"): it is scanned, and its cues dropped, as before."""
    pos = start
    for open_at, after in quote_spans:
        if after > len(text) or text[after - 1].isspace():
            continue  # never closed
        if open_at > pos:
            yield pos, min(open_at, end)
        pos = max(pos, after)
        if pos >= end:
            return
    if pos < end:
        yield pos, end


def _according_matches(text: str, start: int, end: int):
    """ACCORDING_RE matches, found with str.find: a regex scan that starts with a word
    boundary tries every position, which cost a third of the cue scan."""
    pos = text.find("ccording", start + 1, end)
    while pos >= 0:
        m = ACCORDING_RE.match(text, pos - 1, end)
        if m:
            yield m
        pos = text.find("ccording", pos + 8, end)


def _words(text: str, start: int, end: int, limit: int = 0) -> list[tuple[int, int, str]]:
    """Word tokens of text[start:end]; with `limit`, at most that many (long regions are
    common before a verb, and only their first words are looked at)."""
    it = WORD_RE.finditer(text, start, end)
    if limit:
        it = islice(it, limit)
    return [(m.start(), m.end(), m.group()) for m in it]


_WORD_AT_RE = re.compile(r"[\w’'\-]+")


_PLACE_TAIL_RE = re.compile(r"[ \t]*((?:[A-Z][\w.]*[ \t]?){1,2}),")


_TIME_PHRASE_RE = re.compile(r"(?:[\w’'\-]+[ \t]+){0,3}(?:later|ago|earlier|before|after)[ \t]*,")
_PARTICIPLE_PHRASE_RE = re.compile(r"[A-Z][a-z]+ed[ \t]+(?:by|about|on|for|at|in|after|with|to|from|"
                                   r"during|outside|as)\b")


def _fronted_phrase(text: str, m: re.Match, end: int) -> bool:
    """A fronted phrase that no fronted word opens: "A few days later, ...", "Two weeks
    ago, ...", "Reached by phone, ...", "Asked about it, ..."."""
    # (Cheap tests first: the time phrase ends with a comma, and the participle is the
    # capitalised word `m` itself, ending in "ed".)
    word = m.group()
    return text.find(",", m.start(), end) >= 0 and _TIME_PHRASE_RE.match(text, m.start(), end) is not None \
        or word[:1].isupper() and word.endswith("ed") and _PARTICIPLE_PHRASE_RE.match(text, m.start(), end) is not None


_NEXT_CAPITAL_RE = re.compile(r"[ \t]+([A-Z][\w’'\-]*)")


def _name_like(text: str, m: re.Match, end: int) -> bool:
    """Is a capitalised '-ly'/'-ing' word a name ("Carly Fiorina", "Kelly Ayotte",
    "Manning, a spokesman,") rather than a fronted adverb or participle ("Recently,",
    "Watching Trump talk,", "Speaking Monday,")?"""
    word = m.group()
    if not word[:1].isupper():
        return False
    if word in FIRST_NAMES:
        return True
    if word.endswith("ing"):
        return text.startswith(",", m.end())  # "Manning, a spokesman," ("Watching Trump,")
    nxt = _NEXT_CAPITAL_RE.match(text, m.end(), end)
    return nxt is not None and nxt.group(1).lower() not in MONTH_AND_DAY_WORDS


MONTH_AND_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "the", "a", "an"}


_YEAR_TAIL_RE = re.compile(r"[ \t]*(?:1[89]|20)\d\d[ \t]*,")


_FRONTED_RELATIVE_RE = re.compile(r"[ \t]*(?:where|when|which)[ \t]+(?:[^,;:\"“”()]|,(?=\d)){3,120},")


def skip_fronted(text: str, start: int, end: int) -> int:
    """Skip fronted adverbials ("Speaking on TV on Feb 12, ") before a clause's subject."""
    pos = start
    for _ in range(3):
        while pos < end and text[pos] in " \t\"“”—–-,":
            pos += 1
        m = _WORD_AT_RE.match(text, pos, end)  # (no slicing: regions can be long)
        if not m:
            break
        w = m.group().lower()
        if w in CONJUNCTIONS and not text.startswith(",", m.end()):
            pos = m.end()
            continue
        if w in ("even", "only") and _FOCUSED_SUBJECT_RE.match(text, m.end(), end):
            pos = m.end()  # "..., even a top GOP strategist said": "even" stresses the subject
            continue
        if w in FRONTED_WORDS or (w.endswith("ing") or w.endswith("ly") and len(w) > 4) \
                and not _name_like(text, m, end) or _fronted_phrase(text, m, end):
            comma = text.find(",", pos, end)
            if comma < 0:
                break
            head = text[pos:comma].split()
            if len(head) == 3 and head[1].lower() in ("a", "an", "the") and head[2].islower() \
                    and (head[2].endswith(("ing", "ed", "al", "ive", "ful")) or "-" in head[2]):
                # "In a wide-ranging, in-prison interview with X, Lazar said": the comma
                # parts two adjectives; the fronted phrase goes on to the next one.
                second = text.find(",", comma + 1, end)
                if second > 0:
                    comma = second
            pos = comma + 1
            # "In Ames, Iowa, Clinton said": the state after the town is still fronted.
            place = _PLACE_TAIL_RE.match(text, pos, end)
            if place is not None and all(t in PLACES or t.endswith(".") for t in place.group(1).split()):
                pos = place.end()
            # "On July 6, 2015, Sanders said": so is the year after the day.
            year = _YEAR_TAIL_RE.match(text, pos, end)
            if year is not None:
                pos = year.end()
            # "After the Venice premiere, where the film received an ovation, the star said":
            # a relative clause on the fronted phrase is fronted too.
            rel = _FRONTED_RELATIVE_RE.match(text, pos, end)
            if rel is not None:
                pos = rel.end()
            continue
        break
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


# After "even"/"only": a determiner or a name opens the subject ("even a top strategist",
# "even Obama"); "Even so," and "Even before the vote," are fronted phrases.
_FOCUSED_SUBJECT_RE = re.compile(r"[ \t]+(?:(?:a|an|the|some|many|his|her|their)[ \t]|(?!(?:So|Before|After|If|Though|As|When|With|In|Then)\b)[A-Z])")


_OPENER_ANY_RE = re.compile(r"\b(?:what|which|whom|while|whereas|and|but|after|before|when|because|"
                            r"since|although|though|until|once|as|if|unless)\b|;")
_CLAUSE_OPENER_RE = re.compile(r"(?:\b(?:what|which|whom|while|whereas|after|before|when|because|since|"
                               r"although|though|until|once|as|if|unless)|,[ \t]+(?:and|but)|;)[ \t]+"
                               r"(?:[A-Z][a-z]{0,4}\.[ \t]+|[A-Z][\w.&\-]*['’]s[ \t]+)?$")  # ("after CNBC's Becky Quick said")
_AS_CLAUSE_RE = re.compile(r"\s*[Aa]s\s+(?=[A-Z])")


_TIME_BEFORE_VERB_RE = re.compile(
    r"[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|last[ \t]+(?:week|month|year|night))(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"[ \t]*$")


def _appositive_head(text: str, start: int, sp: Speaker, reg: Registry) -> int:
    """Where the subject phrase of `sp` starts: at the name before a description in
    apposition ("while Mike Huckabee, the former governor, proposed"), else at `sp`."""
    if sp.entity is None or not text[max(start, sp.start - 2):sp.start] == ", ":
        return sp.start
    for m in reversed(reg.mentions_between(max(start, sp.start - 80), sp.start)):
        if m.entity is sp.entity and m.end == sp.start - 2:
            return m.start
    return sp.start


# "the Opposition Leader, Daniel Foyle, who said": the relative pronoun right before the
# verb, after its antecedent's comma (which a name may go without: "this tweet from Rikkie
# Wells who tweeted").
_WHO_BEFORE_VERB_RE = re.compile(r",?[ \t]+who(?:[ \t]+(?:also|had|has|have|later|then|once|earlier|previously))?[ \t]+$")


def _antecedent_of_who(text: str, start: int, cue_start: int, reg: Registry) -> Speaker | None:
    """The person a ", who" right before the verb refers to: named just before its comma."""
    who = _WHO_BEFORE_VERB_RE.search(text, max(start, cue_start - 30), cue_start)
    if who is None:
        return None
    for m in reversed(reg.mentions_between(start, who.start())):
        if m.in_quote or m.entity.kind != "person":
            return None
        if text[m.end:who.start()].strip(" \t’'s"):
            break  # (something else stands between the name and its comma)
        return _from_mention(m, reg)
    comma = text.startswith(",", who.start())
    role = _ROLE_BEFORE_WHO_RE.search(text, max(start, who.start() - 60), who.start()) if comma else None
    if role is not None and _bare(role.group("head")) in ROLE_NOUNS:
        # "a lecture from the Mexican president, who said": the president, as described
        # (or the person the description names).
        np = role.group("np")
        return resolve_nominal(np, role.start("np"), reg) or Speaker(
            name=np, kind="person", mention=np, description=np, start=role.start("np"))
    named = _NAME_BEFORE_RE.search(text, max(start, who.start() - 60), who.start())
    if named is None or not _PLACE_OR_COMMON.isdisjoint(named.group().split()):
        return None
    ent = reg.person(named.group(), named.start())  # an unknown name: "the leader, Tomas Reyk, who"
    return Speaker(name=ent.name, kind="person", mention=named.group(), entity=ent, start=named.start())


_GROUP_WHO_RE = re.compile(r"(?<![\w’'])((?:[a-z][\w\-]*[ \t]+){0,3}[a-z][\w\-]*)[ \t]+who"
                           r"(?:[ \t]+(?:also|had|has|have|later|then|once|earlier|previously))?[ \t]+$")
_NOT_IN_GROUP = {"by", "of", "for", "to", "from", "with", "and", "or", "but", "than", "as", "at", "in",
                 "on", "among", "including", "like", "walkout", "many", "those", "only", "just"}


# Quantifiers standing for part of a group: no group's name ("some who"), but a subject
# of their own ("Some said").
_QUANTIFIERS = {"some", "many", "few", "most", "all", "several", "others", "those", "both"}


def _group_before_who(text: str, start: int, cue_start: int) -> Speaker | None:
    """'a walkout by opposition lawmakers who described the process as ...': a plural
    group right before a restrictive "who" is the verb's subject, as written."""
    m = _GROUP_WHO_RE.search(text, max(start, cue_start - 60), cue_start)
    if m is None:
        return None
    words = m.group(1).split()
    while words and (words[0] in _NOT_IN_GROUP or words[0].endswith("ing")):
        words.pop(0)  # ("echoing security experts who say", "only some who")
    if any(w in _NOT_IN_GROUP for w in words):
        words = words[max(i for i, w in enumerate(words) if w in _NOT_IN_GROUP) + 1:]
    if not words or words[-1] in _QUANTIFIERS or not (
            words[-1] in PLURAL_SOURCES or words[-1].endswith("s") and words[-1][:-1] in ROLE_NOUNS):
        return None
    np = " ".join(words)
    return Speaker(name=np, kind=None, mention=np, description=np, start=cue_start - len(m.group()) + m.group().find(np))


_ROLE_BEFORE_WHO_RE = re.compile(r"(?<![\w’'])(?P<np>(?:the|The)(?:[ \t]+[\w\-]+){0,3}?[ \t]+(?P<head>[a-z][a-z\-]+))$")
_NAME_BEFORE_RE = re.compile(r"(?<=[ \t])[A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){1,2}$")


_DOCUMENT_FROM_RE = re.compile(r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:[ \t]+[\w.\-]+){0,3}?[ \t]+"
                               r"(?:letter|statement|memo|memorandum|report|email|e-mail|note|release|filing|"
                               r"complaint|lawsuit|study)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?")
def role_holder(text: str, start: int, end: int, reg: Registry) -> tuple[Speaker, int] | None:
    """"Dravonia’s ambassador to the United Nations, Katarzyna Oblenska, ...": a role whose
    phrase runs on past a name of its own ("United Nations") to the holder's name, in
    apposition. The holder, and where the name ends."""
    role_pp = _ROLE_PP_BEFORE_NAME_RE.match(text, start, end)
    if role_pp is None or _bare(role_pp.group("role")) not in ROLE_NOUNS:
        return None
    named = next(iter(reg.mentions_between(role_pp.end(), end)), None)
    if named is None or named.start != role_pp.end():
        # A name the registry did not know: "a lawyer at the firm, Bettina Vogl, advised".
        unknown = _APPOSED_UNKNOWN_NAME_RE.match(text, role_pp.end(), end)
        if unknown is None or not _PLACE_OR_COMMON.isdisjoint(unknown.group(1).split()):
            return None
        ent = reg.person(unknown.group(1), role_pp.end())
        return Speaker(name=ent.name, kind="person", mention=unknown.group(1), entity=ent, start=role_pp.end(),
                       description=text[start:role_pp.end()].strip(" \t,")), unknown.end(1)
    if named.entity.kind != "person" or named.in_quote or not text.startswith(",", named.end):
        return None
    sp = _from_mention(named, reg)
    sp.description = sp.description or text[start:role_pp.end()].strip(" \t,")
    return sp, named.end


_RELATIVE_CLAUSE_BEFORE_RE = re.compile(r"(?:^|[^\d]),[ \t]+(?:[a-z]+[ \t]+){0,2}(?:who|which|that|whose)[ \t]+"
                                        r"(?:[^,;:\"“”()]|,(?=\d))*$")
_CLAUSE_FINAL_DESCRIPTION_RE = re.compile(r",[ \t]+(?P<np>(?:the|a|an|one|another)(?:[ \t]+[a-z][a-z\-]*){1,3})[ \t]+"
                                          r"(?:[a-z]+ly[ \t]+)?$")
_VERB_AFTER_APPOSITION_RE = re.compile(r",[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|s)\b")
_APPOSED_UNKNOWN_NAME_RE = re.compile(r"([A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){1,2}),")


# "an intelligence source, who was not authorized to speak, told", "The 52-year-old, who
# arrived in June from ..., added": a description, then a relative clause, then the verb.
DESCRIPTION_WHO_RE = re.compile(
    r"[ \t,]*(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:[ \t]+(?:[a-z][a-z\-]*|\d{1,3}-year-old)){1,4}),[ \t]+"
    r"(?:who|whose)\b[^\"“”;]{3,200}?,[ \t]*$")
_ROLE_PP_BEFORE_NAME_RE = re.compile(
    r"[ \t]*(?:[A-Z][\w\-]*(?:’s|'s)[ \t]+|[Tt]he[ \t]+|[Aa]n?[ \t]+)(?:[\w\-]+[ \t]+){0,3}?(?P<role>[a-z][a-z\-]+)"
    r"[ \t]+(?:to|at|of|for|in|with|from)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[\w’'&.\-]+[ \t]+){0,4}?[\w’'&.\-]+,[ \t]+")
_STATE_MEDIA_RE = re.compile(
    r"[ \t]*(?P<np>(?:[A-Z][\w\-]+[ \t]+){1,2}(?:state|state-run|state-controlled|official|government)[ \t]+"
    r"(?:media|television|TV|radio|news[ \t]+agency|broadcaster|newspapers?|press))[ \t]+(?:has[ \t]+|have[ \t]+|also[ \t]+)?$")
_DOCUMENT_APPOSED_RE = re.compile(
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)(?:[ \t]+[\w.\-]+){0,3}?[ \t]+(?P<head>[a-z\-]+)),"
    r"[ \t]+(?:which|that|sent|signed|written|released|issued|posted|dated|obtained|published|forwarded|"
    r"addressed|seen|shared|circulated|filed|first|also)\b[^;:\"“”]*,[ \t]*$")
# "One pastor supporting Mr. Cruz, ", "A longtime friend of the family, ": an indefinite
# description up to its comma, a name after it ...
_DESCRIPTION_THEN_NAME_RE = re.compile(r"(?:One|A|An|Another)[ \t]+[a-z][^,;:\"“”]{2,60}?,[ \t]+")
# ... and after the name only its place or body, or nothing, before the verb.
_APPOSED_TAIL_RE = re.compile(r"(?:[ \t]+(?:of|from)[ \t]+[^,;:\"“”]{2,60})?,?[ \t]*")
_PREPOSITION_WHICH_RE = re.compile(r"\b(?:during|in|at|on|after|from|through|with)[ \t]+(?:which|whom)[ \t]+")


def subject_before(text: str, start: int, cue_start: int, reg: Registry) -> Speaker | None:
    """The subject of a reporting verb: the first noun phrase of the clause before it."""
    if "who " in text[cue_start - 20:cue_start] and (
            sp := _antecedent_of_who(text, start, cue_start, reg) or _group_before_who(text, start, cue_start)):
        return sp
    # (Each regex below scans its whole window for a start: str.find first tests
    # for a word it needs, which most windows lack.)
    lo = max(start, cue_start - 60)
    rel = _PREPOSITION_WHICH_RE.search(text, lo, cue_start) if text.find("wh", lo, cue_start) >= 0 else None
    if rel is not None and "," not in text[rel.end():cue_start]:
        # "an appearance during which callers asked": the callers ask. ("Roe, an adviser
        # with whom the mayor corresponded, said": the clause closed; Roe speaks.)
        start = rel.end()
    lo = max(start, cue_start - 40)
    t = _TIME_BEFORE_VERB_RE.search(text, lo, cue_start) if text.find("day", lo, cue_start) >= 0 \
        or text.find("last", lo, cue_start) >= 0 else None  # (weekdays, "yesterday", "last week")
    if t is not None and t.start() > start and text[start:t.start()].strip():
        # "The minister on Tuesday said": the date between subject and verb is no part of
        # the subject.
        cue_start = t.start()
    if cue_start - start > 12 and _OPENER_ANY_RE.search(text, max(start, cue_start - 80), cue_start):
        adj = adjacent_subject(text, start, cue_start, reg)
        at = _appositive_head(text, start, adj, reg) if adj is not None else -1
        if adj is not None and at > start and adj.name and adj.mention not in PERSON_PRONOUNS \
                and _CLAUSE_OPENER_RE.search(
                text, max(start, at - 20), at):
            # "..., which Mr. Trump called", "under what Mr. Hedge called", "Rubio suggested
            # ..., while Cruz said": the verb's own clause opens right before its subject.
            return adj
    s = skip_fronted(text, start, cue_start)
    if s >= cue_start:
        s = start
    elif _AS_CLAUSE_RE.match(text, start, cue_start) and text[start:cue_start].rstrip(" \t\"”’'").endswith(","):
        # "As Akhil Amar, a professor of law, put it, ...": the verb is inside the fronted
        # "as" clause, whose subject follows "As".
        s = _AS_CLAUSE_RE.match(text, start, cue_start).end()
    elif _AS_CLAUSE_RE.match(text, s, cue_start) and text[s:s + 2] == "as":
        # "However, as Archbishop Aris Shirvan told the AP, ...": the same after a fronted
        # adverb.
        s = _AS_CLAUSE_RE.match(text, s, cue_start).end()
    region_words = _words(text, s, cue_start, limit=41)
    if not region_words or len(region_words) > 40:
        if len(region_words) > 40:
            # Too long for one subject; use the last clause before the verb.
            cut = max(text.rfind(",", s, cue_start - 2), text.rfind(";", s, cue_start - 2))
            if cut < 0:
                return None
            return subject_before(text, cut + 1, cue_start, reg)
        return None
    doc = _DOCUMENT_FROM_RE.match(text, s, cue_start)
    if doc is not None:
        author = reg.next_mention(doc.end(), cue_start)
        if author is not None and author.start == doc.end() and not author.in_quote:
            # "A Feb. 1 letter from the American Legion obtained by The Associated Press
            # warns": the document's author speaks, not the outlet that obtained it.
            return _from_mention(author, reg)
    tail = _CLAUSE_FINAL_DESCRIPTION_RE.search(text, max(s, cue_start - 60), cue_start)
    if tail is not None and len(text[s:tail.start()].split()) >= 4 \
            and (sp := resolve_nominal(tail.group("np"), tail.start("np"), reg)) is not None:
        # "But Trump has one thing in common with Chinese people, the columnist suggested":
        # the description after the clause's last comma is the verb's subject.
        return sp
    held = role_holder(text, s, cue_start, reg)
    if held is not None and (not text[held[1]:cue_start].strip(" \t,")
                             or _VERB_AFTER_APPOSITION_RE.match(text, held[1], cue_start)):
        return held[0]  # (the name, then the verb: "..., Bettina Vogl, advised that ...")
    state_media = _STATE_MEDIA_RE.match(text, s, cue_start)
    if state_media is not None:
        # "Chinese state media reported": the country's official outlets, unnamed (not a
        # person or body called "Chinese").
        np = state_media.group("np")
        return Speaker(name=np, kind="unnamed", mention=np, description=np, start=state_media.start("np"))
    apposed = _DOCUMENT_APPOSED_RE.match(text, s, cue_start)
    if apposed is not None and _bare(apposed.group("head")) in DOCUMENT_NOUNS:
        # "The message, sent to Cheryl Mills and forwarded to Clinton, called it": the
        # document speaks, not a name inside the phrase set off after it.
        return resolve_nominal(apposed.group("np"), s, reg)
    described = DESCRIPTION_WHO_RE.match(text, s, cue_start)
    if described is not None:
        # "The 52-year-old, who arrived in June from ..., added": the description before
        # its relative clause is the subject.
        np = described.group("np")
        return resolve_nominal(np, s, reg) or Speaker(name=np, kind="person", mention=np, description=np, start=s)
    lead = _DESCRIPTION_THEN_NAME_RE.match(text, s, cue_start)
    if lead is not None:
        named = next((m for m in reg.mentions_between(lead.end(), cue_start)), None)
        if named is not None and named.start == lead.end() and named.entity.kind == "person" \
                and not named.in_quote and _APPOSED_TAIL_RE.fullmatch(text, named.end, cue_start):
            # "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church,
            # said": the name in apposition to the description is the subject.
            sp = _from_mention(named, reg)
            if sp.description is None:
                sp.description = text[s:lead.end()].rstrip(" ,")
            return sp
    if len(region_words) <= 3 and region_words[0][2] in PERSON_PRONOUNS:
        # "he said", "she also said": the common case, resolved without further search.
        return resolve_pronoun(region_words[0][2], region_words[0][0], reg)
    # A name mention inside the subject region (outside quotes).
    org_fallback = possessor = None
    for m in reg.mentions_between(s, cue_start):
        if m.in_quote:
            continue
        # Only when the mention starts the subject (allowing a description before it).
        if not _ok_lead(text[s:m.start]):
            if possessor is not None and m.entity.kind == "person" \
                    and _POSSESSED_THEN_NAME_RE.fullmatch(text, possessor.end, m.start):
                return _owned_by(_from_mention(m, reg), text, possessor, m)  # "Holloway's barrister, Anita Desai"
            if possessor is not None:
                return _from_mention(possessor, reg)  # "Trump's remarks about Khan drew ..."
            break
        if m.entity.kind == "person" and _title_only(m.surface) and any(
                later.entity.kind == "person" and not later.in_quote and not _title_only(later.surface)
                for later in reg.mentions_between(m.start + len(m.surface), cue_start)):
            # "Sirius XM Vice President for news Dave Gorab called": a title alone is no
            # name when a person's name follows it before the verb.
            continue
        if m.entity.kind == "person" and (later := _named_after_role(text, m, s, cue_start, reg)):
            # "Gowdy spokesman Jamal Ware said": a name used attributively before a role
            # noun owns the role; the role's holder, named next, speaks.
            return _owned_by(_from_mention(later, reg), text, m, later)
        if m.entity.kind == "person" and _possessor(text, m.end) and any(
                later.entity.kind == "person" and not later.in_quote
                for later in reg.mentions_between(m.end + 1, cue_start)):
            # "Obama's campaign manager, Jim Messina, said": the possessor's man speaks.
            possessor = possessor or m
            continue
        if m.entity.kind == "person":
            sp = _from_mention(m, reg)
            return _owned_by(sp, text, possessor, m) if possessor is not None else sp
        if _modifies_a_role(text, s, m):
            continue  # "A senior EU diplomat, speaking ..., said": the diplomat, unnamed
        org_fallback = org_fallback or m
    adjacent = adjacent_subject(text, s, cue_start, reg)
    if org_fallback is not None and not (adjacent is not None and adjacent.kind == "person"):
        # "Tuesday at Baldwin Wallace University ..., Gov. John Kasich (R-OH), said": a
        # person right before the verb beats an organisation in a fronted phrase.
        return _from_mention(org_fallback, reg)
    if adjacent is not None:
        return adjacent
    inner = _PARTICIPLE_PHRASE_IN_SUBJECT_RE.search(text, s, cue_start)
    tail = text[inner.end():cue_start].split() if inner is not None else []
    if inner is not None and inner.start() > s and 1 <= len(tail) <= 5 \
            and all(w[:1].isupper() for w in tail) and "," not in text[s:cue_start] \
            and len(text[s:inner.start()].split()) <= 5:
        # "Another intelligence source speaking to Fox News said": the subject ends
        # before its participle phrase.
        sp = subject_before(text, s, inner.start(), reg)
        if sp is not None:
            return sp
    w0 = region_words[0][2]
    if w0 in PERSON_PRONOUNS or w0.lower() in PERSON_PRONOUNS:
        return resolve_pronoun(w0, region_words[0][0], reg)
    if w0 in PLURAL_PRONOUNS:
        return resolve_plural(w0, region_words[0][0], reg)
    if w0 in FIRST_PERSON:
        return Speaker(name=None, kind="person", mention=w0, start=region_words[0][0])
    if len(region_words) == 1 and w0.lower() in _QUANTIFIERS:
        # "Some said ...", "many said Monday that ...": an unnamed part of a group.
        return Speaker(name=w0, kind="unnamed", mention=w0, description=w0, start=region_words[0][0])
    if w0.lower() == "it":
        # "It said it had suspended 125,000 accounts": a speaking "it" is an organisation
        # named just before; anything else ("it said a lot") is left unattributed.
        if len(region_words) <= 3:
            return resolve_organisation(w0, region_words[0][0], reg)
        return None
    np_end = _np_end(text, region_words, cue_start)
    np = text[region_words[0][0]:np_end].strip(" ,")
    sp = resolve_nominal(np, region_words[0][0], reg)
    if sp is None and np_end < cue_start and len(region_words) <= 10 and text[np_end] == ",":
        # "the bespectacled, 71-year-old diplomat said": the comma was inside the phrase.
        whole = text[region_words[0][0]:cue_start].strip(" ,")
        sp = resolve_nominal(whole, region_words[0][0], reg)
    if sp is None and 1 <= len(np.split()) <= 4 and all(w[:1].isupper() for w in np.split()) \
            and np.split()[0] not in COMMON_CAPITALISED and not is_contraction(np.split()[0]) \
            and not (len(np.split()) == 1 and _PREPOSITION_AFTER_RE.match(text, region_words[0][0] + len(np))):
        # A country or city as the subject speaks for its government ("Ukraine proposed").
        # ("Research by economists suggests": a common noun opening the sentence, no name.)
        np_words = np.split()
        kind = "organisation" if " ".join(np_words) in PLACES or all(w in PLACES for w in np_words) else "person"
        if np_words[-1].endswith("s") and np_words[-1][:-1] in PLACES:
            kind = "unnamed"  # "Young Latinos", "Many Americans": a group, not a person
        sp = Speaker(name=np, kind=kind, mention=np, start=region_words[0][0])
    if sp is None and w0[:1].isupper() and w0.isalpha() and _plural_noun(w0.lower()) and (
            len(region_words) == 1 or 3 <= len(region_words) <= 6
            and region_words[1][2] in _GROUP_QUALIFIERS):
        # "Farmers across the region say ...": a capitalised plural noun opening the
        # sentence, with a place or group phrase qualifying it, is a group speaking.
        np = text[region_words[0][0]:cue_start].strip()
        if not any(ch in np for ch in ",;:\"“”()’'") and not any(
                w[2][:1].isupper() or w[2].lower() in _NOT_IN_GROUP_PHRASE for w in region_words[1:]):
            sp = Speaker(name=np, kind="person", mention=np, start=region_words[0][0])
    if sp is None and w0.lower() in _DESCRIPTION_LEADS and 2 <= len(region_words) <= 6 and all(
            _bare(w[2]).isalpha() and (w[2].islower() or _after_preposition(region_words, k)) or "-" in w[2]
            for k, w in enumerate(region_words[1:], 1)) \
            and not text[region_words[-1][1]:cue_start].strip():
        # '"...," the billionaire business mogul told People', '"...," one user wrote', '"...,"
        # a voice-over in the ad states': a description right before the verb is its
        # subject, as written.
        np = text[region_words[0][0]:region_words[-1][1]]
        head = _bare(region_words[-1][2])
        if head not in NOT_PLURAL_NOUNS and head not in _NOT_IN_GROUP_PHRASE and head not in _NO_HEAD_WORDS \
                and not (head.endswith("ed") and len(head) > 4) and (
                w0.lower() == "the" or _indefinite_speaker(region_words, head)):
            sp = Speaker(name=np, kind="person" if head in ROLE_NOUNS or head in OFFICE_NOUNS
                         else None, mention=np, description=np, start=region_words[0][0])
    if sp is None and text.endswith(" to ", max(0, cue_start - 4), cue_start):
        sp = _infinitive_subject(text, s, cue_start, reg)
    return sp


_PREPOSITION_AFTER_RE = re.compile(r"[ \t]+(?:by|from|of|in|on|for|at|with|about)[ \t]")
_DESCRIPTION_LEADS = {"the", "a", "an", "one", "another"}
# Words no description ends with ("The crowd answered with a chant", "The two groups traded
# chants": the cue word was a noun, and no subject ends there).
_NO_HEAD_WORDS = {"a", "an", "the", "with", "of", "to", "for", "in", "on", "at", "by", "from", "and", "or",
                  "his", "her", "their", "its", "our", "my", "your"}
_SPEAKING_THINGS = {"user", "voice", "voice-over", "commenter", "poster", "writer", "reader",
                    "viewer", "listener", "onlooker", "bystander", "passerby", "heckler"}


def _after_preposition(region_words, k: int) -> bool:
    """Is word k inside a prepositional phrase of the description ("a narrator in the
    Clinton ad": a name may qualify what the phrase is in)?"""
    return any(w[2] in ("in", "of", "for", "at", "from", "on", "with") for w in region_words[1:k])


def _indefinite_speaker(region_words, head: str) -> bool:
    """'one user wrote', 'a voice-over in the ad states', 'A footnote in the report makes ...':
    an indefinite phrase speaks only when its head is a person, a group or a text."""
    if any("-" in w[2] and w[2] not in _SPEAKING_THINGS or w[2] in _NOT_IN_GROUP_PHRASE
           for w in region_words[1:]):
        return False
    return head in ROLE_NOUNS or head in PLURAL_SOURCES or head in DOCUMENT_NOUNS \
        or head in _SPEAKING_THINGS
_INFINITIVE_TAIL_RE = re.compile(r"(?:[ \t]+[a-z]+){1,4}[ \t]+to[ \t]+$")


def _infinitive_subject(text: str, start: int, cue_start: int, reg: Registry) -> Speaker | None:
    """"... so subdued that Mr. Trump was prompted to say": the subject of the verb that
    governs the infinitive, a person named (or a pronoun) right before it."""
    for m in reversed(reg.mentions_between(start, cue_start)):
        if m.in_quote or m.entity.kind != "person":
            return None
        tail = _INFINITIVE_TAIL_RE.match(text, m.end, cue_start)
        if tail is not None and tail.end() == cue_start:
            return _from_mention(m, reg)
        return None
    np = _GOES_ON_TO_RE.search(text, max(start, cue_start - 80), cue_start)
    if np is not None:
        # "The email goes on to say:": a document (or a described person) goes on to say it.
        return resolve_nominal(np.group("np"), np.start("np"), reg)
    return None


_GOES_ON_TO_RE = re.compile(r"(?<![\w’'])(?P<np>(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
                            r"(?:[ \t]+[a-z][\w\-]*){1,3})[ \t]+(?:goes|went|go|continues|continued)[ \t]+on[ \t]+to[ \t]+$")


_GROUP_QUALIFIERS = {"in", "across", "from", "around", "near", "outside", "inside", "throughout"}
_NOT_IN_GROUP_PHRASE = {"was", "were", "is", "are", "be", "been", "to", "must", "also", "more",
                        "likely", "not", "would", "will", "can", "could", "should", "has", "have",
                        "had", "do", "does", "did", "soon", "that", "who", "which", "like"}


GROUP_STARTS = {"both", "other", "some", "many", "most", "several", "all", "few", "the",
                "these", "those", "two", "three", "four", "its", "his", "her", "their"}


def clause_subject(text: str, start: int, end: int, reg: Registry) -> Speaker | None:
    """The subject at the start of a clause: a pronoun, a name (after any description),
    or a plural group ("Other Republicans", "Some candidates", "Both parents")."""
    pos = skip_fronted(text, start, end)
    words = _words(text, pos, min(end, pos + 120))
    if not words:
        return None
    w0 = words[0][2]
    if w0 in PERSON_PRONOUNS:
        return resolve_pronoun(w0, words[0][0], reg)
    if w0 in PLURAL_PRONOUNS:
        return resolve_plural(w0, words[0][0], reg)
    mentions = reg.mentions_between(pos, end)
    for i, m in enumerate(mentions):
        if m.in_quote or not _ok_lead(text[pos:m.start]):
            break
        if i + 1 < len(mentions) and mentions[i + 1].entity.kind == "person" \
                and _POSSESSED_THEN_NAME_RE.fullmatch(text, m.end, mentions[i + 1].start):
            # "Trump’s state director, Mike Rubino, reached out ...": the possessor's
            # director, named in apposition, is the subject.
            return _owned_by(_from_mention(mentions[i + 1], reg), text, m, mentions[i + 1])
        return _from_mention(m, reg)
    if w0.lower() in GROUP_STARTS and len(words) > 1:
        for i in range(1, min(4, len(words))):
            w = words[i][2]
            if not w[:1].isalpha():
                break
            low = w.lower()
            if low in PLURAL_SOURCES or low in ROLE_NOUNS or (low.endswith("s") and len(low) > 3
                                                             and (i + 1 >= len(words) or words[i + 1][2][:1].islower())):
                np = text[words[0][0]:words[i][1]]
                return Speaker(name=np, kind="person", mention=np, start=words[0][0])
    name = _unknown_name_subject(words)
    if name is not None:
        ent = reg.find(name, words[0][0])
        if ent is not None:
            return Speaker(name=ent.name, kind=ent.kind, mention=name, entity=ent,
                           start=words[0][0])
        return Speaker(name=name, kind="person", mention=name, start=words[0][0])
    # "Passenger groups criticized the plan, saying ...": a short plural noun phrase and
    # a past-tense verb open the clause.
    for k in range(1, min(4, len(words))):
        w = words[k][2]
        if not w[:1].isalpha():
            break
        if w.islower() and w.endswith("ed") and len(w) > 4 and _plural_noun(words[k - 1][2]):
            return subject_before(text, pos, words[k][0], reg)
    return None


def _unknown_name_subject(words) -> str | None:
    """A name the registry did not know opening a clause, followed by a past-tense verb:
    "Sanders compared himself to ..., saying ...". One to three capitalised words, none a
    common capitalised word, the first no plural noun ("Officials", "Democrats")."""
    k = 0
    while k < min(3, len(words)) and words[k][2][:1].isupper() and words[k][2].isalpha():
        k += 1
    if k == 0 or k >= len(words):
        return None
    verb = words[k][2]
    if not (verb.islower() and verb.endswith("ed") and len(verb) > 4):
        return None
    names = [w[2] for w in words[:k]]
    first = names[0].lower()
    if any(w in COMMON_CAPITALISED for w in names) or k == 1 and (
            first in PLURAL_SOURCES or first.endswith("s") and first[:-1] in ROLE_NOUNS
            or first.endswith(("ists", "ians", "cans", "rats")) and len(first) > 6
            and first[:-1].lower() not in FIRST_NAMES):
        return None
    return " ".join(names)


# Words that may stand before a name in its subject phrase (built once: the union of
# these sets per call was most of _ok_lead's time).
_LEAD_WORDS = ROLE_NOUNS | ROLE_MODIFIERS | DETERMINERS | {"and", "of", "for", "at", "’s", "'s"}


def _title_only(surface: str) -> bool:
    """"Vice President", "Deputy Director": role words and their modifiers only."""
    words = surface.lower().split()
    return bool(words) and all(w in ROLE_NOUNS or w in ROLE_MODIFIERS for w in words)


_PORTFOLIO_LEAD_RE = re.compile(
    r"\s*(?:[A-Z][\w’'\-.]*\s+)*(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|"
    r"Spokeswoman)\s+(?:of\s+State\s+)?for\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:(?:and|&)\s+)?)+")


_AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent")
_NOT_AGENT_NOUNS = {"later", "never", "however", "whether", "rather", "other", "either", "neither",
                    "after", "ever", "under", "over", "further", "together", "per", "for", "or",
                    "recent", "current", "frequent", "different", "urgent", "brilliant", "ant"}


def _agent_noun_lead(lead: str, m: Mention) -> bool:
    """'said florist Pat Quinn', 'said cafe owner Mina Cho': one to three lower-case words
    ending in an agent noun before a person's full name describe that person."""
    words = lead.split()
    return 1 <= len(words) <= 3 and lead.endswith(" ") and " " in m.surface \
        and m.entity.kind == "person" and all(w.isalpha() and w.islower() for w in words) \
        and words[-1].endswith(_AGENT_SUFFIXES) and words[-1] not in _NOT_AGENT_NOUNS \
        and not any(w in _NOT_AGENT_NOUNS or w in _LEAD_STOP_WORDS for w in words)


_LEAD_STOP_WORDS = {"that", "if", "when", "while", "because", "to", "and", "but", "the", "a", "an",
                    "he", "she", "they", "it", "we", "i", "you", "of", "in", "on", "at", "by", "with"}


_ROLE_THEN_COMMA_RE = re.compile(r"[ \t]*(?:[Tt]he|[Aa]n?)[ \t]+(?:(?!(?:by|of|for|from|with|to|in|at|on)[ \t])[\w\-]+[ \t]+){0,3}?"
                                 r"(?P<role>[a-z][a-z\-]+),[ \t]+(?:[A-Z][a-z]{1,4}\.[ \t]+)?")


def _ok_lead(lead: str) -> bool:
    """Text before a name that still belongs to the subject noun phrase."""
    if not lead.strip():
        return True
    words = lead.lower().replace(",", " ").split()
    if len(words) > 14:
        return False
    if " for " in lead and _PORTFOLIO_LEAD_RE.fullmatch(lead):
        return True  # "said Minister for Housing and Urban Affairs Rajesh Verma"
    role = _ROLE_THEN_COMMA_RE.fullmatch(lead)
    if role is not None and _bare(role.group("role")) in ROLE_NOUNS:
        return True  # "The ranking member, Sen. Gerald Voss of Wyoming, ...": the name in apposition
    allowed = _LEAD_WORDS
    if words and len(words) <= 5 and _bare(words[-1]) in ROLE_NOUNS and all(
            w.isalpha() or "-" in w or w.endswith(("’s", "'s")) and w[:-2].isalpha() or w[:1].isdigit()
            for w in words):
        # "election lawyer Joe Birkenstock", "longtime GOP strategist Rick Wilson", "The
        # water agency's director, Karin Lund,", "9/11 widow Terry Strada": a description
        # ending in a role noun, whatever its modifiers.
        return True
    for w in words:
        base = w[:-2] if w.endswith(("’s", "'s")) else w
        if base in allowed or w in allowed:
            continue
        if w[:1].isdigit() and w.endswith("-old"):
            continue  # "76-year-old Morton Blackwell"
        if w in PLURAL_SOURCES:
            continue
        if w.capitalize() in HONORIFICS and _capitalised_in(lead, w):
            continue  # "said Dr Jane Doe": an honorific without its period
        # A capitalised word (part of a name or title) is fine; any other word is not,
        # and the rest of the lead must still be checked. A capitalised function word
        # ("As Mitchell tried ...", "When Smith ...") opens a clause, not a name.
        if not _capitalised_in(lead, w) or w.capitalize() in COMMON_CAPITALISED:
            return False
    return True


AUXILIARIES = {"has", "had", "have", "also", "will", "would", "did", "does", "is", "was",
               "later", "then", "again", "once", "previously", "recently", "earlier",
               "repeatedly", "often", "always", "further", "still", "even", "already",
               "just", "never", "first", "had", "should", "could", "may", "might", "can",
               "only", "must"}  # ("could only quip")


def _word_before(text: str, lo: int, pos: int) -> tuple[int, int, str] | None:
    """The word ending text[lo:pos] before any trailing spaces or tabs, as (start, end of
    the blanks, word), or None. What re.search(r"([\\w’'\\-]+)[ \\t]*$") finds in text[lo:pos]
    ("$" also matches before a final newline), without its backtracking from every position
    of the window, which made it the slowest regex call per use."""
    end = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos
    word_end = end
    while word_end > lo and text[word_end - 1] in " \t":
        word_end -= 1
    word_start = _word_start(text, lo, word_end)
    if word_start == word_end:
        return None
    return word_start, end, text[word_start:word_end]


_PARTICIPLE_OPEN_RE = re.compile(r"(?:asked|pressed|questioned|interviewed|speaking|writing|"
                                 r"appearing|responding|reacting|referring)\b")


_PARTICIPLE_PHRASE_IN_SUBJECT_RE = re.compile(r"[ \t]+(?!according\b)[a-z]{3,}ing[ \t]+(?:to|with|from)[ \t]")
_PARTICIPLE_OBJECT_RE = re.compile(r"\b(?!according\b)[a-z]{3,}ing[ \t]+(?:to|with|from)[ \t]+(?:the[ \t]+)?$")


def adjacent_subject(text: str, start: int, cue_start: int, reg: Registry) -> Speaker | None:
    """The name or pronoun right before a reporting verb: "..., Earnest responded",
    "Linick wrote", "Smith, 30, of Raleigh, said", "Harry Reid (D-Nev.) said".

    Only auxiliaries and adverbs ("has also", "later", "bluntly") may stand between the
    subject and the verb; an appositive between commas or a parenthesis may follow the name.
    """
    pos = cue_start
    for _ in range(4):
        back = _word_before(text, max(start, pos - 40), pos)
        if back is None:
            break
        w = back[2]
        if w in AUXILIARIES or (w.endswith("ly") and w.islower() and len(w) > 4):
            pos = back[0]
            continue
        break
    while pos > start and text[pos - 1] in " \t":
        pos -= 1
    if pos > start + 1 and text[pos - 1] == "," and text[pos - 2] == ")":
        pos -= 1  # "Gov. John Kasich (R-OH), said"
    if pos > start and text[pos - 1] == ")":
        op = text.rfind("(", max(start, pos - 40), pos)
        if op < 0:
            return None
        pos = op
        while pos > start and text[pos - 1] in " \t":
            pos -= 1
    back = _word_before(text, max(start, pos - 30), pos)
    if back is not None and back[1] == pos and back[2] in PERSON_PRONOUNS:
        return resolve_pronoun(back[2], back[0], reg)
    nominal = _nominal_before(text, start, pos, reg)
    if nominal is not None:
        return nominal
    # The earliest mention whose gap to the verb is empty or one appositive: in
    # "Kagan, director of ... at the American Enterprise Institute, said" the organisation
    # is inside the appositive, and Kagan is the subject.
    window = [m for m in reg.mentions_between(max(start, pos - 260), pos)
              if not m.in_quote and m.end <= pos]
    for i, mention in enumerate(window):
        gap = text[mention.end:pos]
        lo = max(start, mention.start - 30)
        if text.find("ing", lo, mention.start) >= 0 and _PARTICIPLE_OBJECT_RE.search(text, lo, mention.start):
            # "Another intelligence source speaking to Fox News said": the object of a
            # participle inside the subject phrase is no subject.
            continue
        if not gap.strip():
            return _from_mention(mention, reg)
        inner = gap[1:-1].strip()
        if not (gap.startswith(",") and gap.endswith(",") and ";" not in gap
                and len(gap.split()) <= 25
                and (not CUE_RE.search(gap) or _PARTICIPLE_OPEN_RE.match(inner))
                and not has_sentence_break(gap)):
            continue
        if any(m.entity.kind == "person" and m.entity is not mention.entity for m in window[i + 1:]) \
                and inner:
            # Another person inside the gap: it is no appositive of this mention, unless the
            # gap is a participle phrase ("Mr. Brand, asked about Mr. Varno, had said").
            if not (mention.entity.kind == "person" and (_role_phrase(inner.split(",")[0])
                                                         or _PARTICIPLE_OPEN_RE.match(inner))
                    and inner[:1].islower()):
                continue
        first = inner.split()[0].lower() if inner else ""
        if not inner or first in APPOSITIVE_STARTS or first[:1].isdigit() \
                or inner[:1].islower() or mention.entity.kind == "person" and _role_phrase(inner):
            return _from_mention(mention, reg)
    return None


NP_STARTS = {"a", "an", "the", "some", "many", "most", "several", "other", "two", "three",
             "one", "another", "his", "her", "their", "its", "both", "few", "all"}


# After "the senator's", a participle reads as "has" ("the senator's said"); anything else
# is a noun the senator owns.
_HAS_PARTICIPLE_RE = re.compile(r"(?:[a-z]+ed|said|told|written|spoken)\b")


def possessed_noun_at(text: str, pos: int) -> bool:
    """After a possessive ("the senator's"), is the cue word at `pos` a noun the possessor
    owns ("the senator's praise") rather than a participle of "has" ("the senator's said")?"""
    return not _HAS_PARTICIPLE_RE.match(text, pos)


def _nominal_before(text: str, start: int, pos: int, reg: Registry) -> Speaker | None:
    """A description ending right before the verb: "... and a former defense official said",
    "government officials said", "security specialists say"."""
    last = _last_word(text, max(start, pos - 90), pos)
    if not last or _bare(last) not in ROLE_NOUNS and _bare(last) not in PLURAL_SOURCES \
            and not _plural_noun(last):
        return None  # (the test below, made before splitting 90 characters into words)
    if last.endswith(_POSSESSIVE_MARKS) and possessed_noun_at(text, pos):
        return None  # "to earn the Russian president's praise": a possessor; the cue is a noun
    found = list(_BACK_WORDS_RE.finditer(text, max(start, pos - 90), pos))
    words = [m.group() for m in found]
    if not words:
        return None
    head = _bare(words[-1])
    if head not in ROLE_NOUNS and head not in PLURAL_SOURCES and not _plural_noun(words[-1]):
        return None
    i = len(words) - 1
    second = -1  # where the second of two joined groups starts
    while i > 0 and len(words) - i < 6:
        w = words[i - 1].lower()
        if w in NP_STARTS:
            i -= 1
            break
        if w == "and" and i >= 2 and _speaking_group(words[i - 2]) and _speaking_group(words[-1]) \
                and text[found[i - 2].end():found[i].start()] == " and ":
            second = i
            i -= 1  # "port officials and traders said": two groups speak together
            continue
        if w in ("which", "who") and len(words) - i >= 2 \
                and text[max(0, found[i - 1].start() - 2):found[i - 1].start()] == ", ":
            return None  # "Acme, which makes batteries, said": the plural is an object
        if not (w.isalpha() or "-" in w) or w in ("and", "or", "but", "said", "says", "that"):
            break
        if w.endswith("ed") and len(w) > 4 and words[i - 1].islower() and i >= 2 \
                and words[i - 2].lower() not in NP_STARTS and not words[i - 2].endswith("ly"):
            if second >= 0:
                i = second  # (the joined group is an object: the second group alone, as before)
                break
            return None  # "The senator emailed supporters saying": an object, not a subject
        i -= 1
    while i < len(words) - 1 and words[i].lower() in _CLAUSE_OPENERS:
        i += 1  # "Though media reports and party sources described ..."
    if words[i].lower() not in NP_STARTS and head not in PLURAL_SOURCES and not _plural_noun(words[-1]):
        return None
    if i > 0 and words[i - 1].lower() in ("to", "of", "for", "with", "at", "by", "from", "about",
                                          "on", "in", "close", "familiar"):
        return None  # the object of a preposition ("close to the vice president")
    if words[i] in ("without", "with", "from", "for", "by", "about", "among", "despite", "unlike"):
        return None  # '"cannot walk down the street" without reporters asking': the same
    if i > 0 and words[i - 1].islower() and (words[i - 1].endswith("ed") and len(words[i - 1]) > 3
                                             or words[i - 1] in ("out", "up")):
        if second < 0:
            return None  # the object of a verb ("sent out a text message to supporters saying")
        i = second
    at = found[i].start()
    np = text[at:found[-1].end()]
    if any(ch in np for ch in ".;:\"“”()"):
        return None
    if _RELATIVE_CLAUSE_BEFORE_RE.search(text, max(start, at - 80), at):
        # "Ashcroft-Bell, who has more than 400,000 followers, wrote": the noun ends a
        # relative clause set off by commas; the verb's subject came before it.
        return None
    sp = resolve_nominal(np, at, reg)
    if sp is None and _plural_noun(words[-1]):
        sp = Speaker(name=np, kind="person", mention=np, start=at)
    return sp


_CLAUSE_OPENERS = {"though", "although", "while", "as", "because", "when", "if", "but", "and",
                   "since", "whereas", "yet", "so"}


def _speaking_group(word: str) -> bool:
    """"officials", "traders", "analysts": a plural of a role, or a word for sources."""
    return word.islower() and (word in PLURAL_SOURCES or word.endswith("s") and word[:-1] in ROLE_NOUNS)


def _plural_noun(word: str) -> bool:
    """A lower-case plural noun ("specialists", "traders", "economists") as the subject of
    "say": a group speaking."""
    return (word.islower() and len(word) > 4 and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous", "ess")) and word not in NOT_PLURAL_NOUNS)


NOT_PLURAL_NOUNS = {"always", "perhaps", "sometimes", "afterwards", "towards", "news", "was",
                    "has", "does", "goes", "series", "politics", "economics", "yes", "less",
                    "unless", "thus", "this", "its", "hers", "ours", "yours", "theirs",
                    "nevertheless", "nonetheless", "besides", "whereas", "across", "plus"}
_BACK_WORDS_RE = re.compile(r"[\w’'\-]+")


def _last_word(text: str, lo: int, pos: int) -> str:
    """The last _BACK_WORDS_RE match in text[lo:pos] ("" if none), found scanning back."""
    end = pos
    while end > lo and not (text[end - 1].isalnum() or text[end - 1] in "_’'-"):
        end -= 1
    return text[_word_start(text, lo, end):end]


def _word_start(text: str, lo: int, end: int) -> int:
    """Where the run of word characters (the regex's \\w, ’, ', -) ending at `end` starts,
    no further back than `lo`."""
    # Most words are letters after a space: the piece after the last space is tested whole,
    # and the walk back character by character is left for the others.
    space = text.rfind(" ", lo, end)
    begin = space + 1 if space >= 0 else lo
    if text[begin:end].isalnum():
        return begin
    while end > lo and (text[end - 1].isalnum() or text[end - 1] in "_’'-"):
        end -= 1  # (str.isalnum or "_" is exactly the regex's \w)
    return end
APPOSITIVE_STARTS = {"the", "a", "an", "who", "whose", "his", "her", "its", "their", "one",
                     "now", "then", "himself", "herself", "also", "another", "former"}


def _role_phrase(phrase: str) -> bool:
    return any(w.lower().strip(",.") in ROLE_NOUNS for w in phrase.split()[:6])


def _capitalised_in(lead: str, w: str) -> bool:
    for tok in lead.replace(",", " ").split():
        if tok.lower() == w:
            return tok[:1].isupper()
    return False


IRREGULAR_PAST = {"sent", "gave", "made", "took", "put", "began", "brought", "held", "led",
                  "left", "ran", "got", "paid", "set", "spent", "sought", "won", "lost", "met",
                  "kept", "felt", "saw", "went", "came", "became", "chose", "drew", "struck"}


def _np_end(text: str, words, cue_start: int) -> int:
    """End of the subject noun phrase: before an appositive comma, an adverb or a verb."""
    for k, (s, e, w) in enumerate(words):
        if k >= 2 and w in ("who", "whom", "whose") and words[k - 1][2] != "of":
            return s  # "a White House official who spoke anonymously ... said": the official
        if w == "," or (w.lower() in ADVERBS or w.lower() in CUE_FORMS) and s > words[0][0] \
                and not (w in NON_SPEECH_NOUN_FORMS and words[k - 1][2].lower() in ("of", "the")):
            return s  # "The former candidate continued, saying": the verb ends the phrase
        if k >= 2 and w.islower() and (w.endswith("ed") and len(w) > 4 or w in IRREGULAR_PAST) \
                and w.isalpha():
            prev = words[k - 1][2]
            if prev.isalpha() and prev.lower() not in DETERMINERS and not prev.endswith("ly") \
                    and prev.lower() not in ("and", "or", "of", "in", "to", "for", "with", "by"):
                # "Black Lives Matter issued a statement saying", "The Vermont senator
                # emailed supporters saying": a past-tense verb after the head noun.
                return s
    return cue_start


_POSSESSIVE_GAP_RE = re.compile(r"(?:['’]s|['’])?[ \t]+")  # (an organisation's mention keeps its "'s")
_POSSESSIVE_MARKS = ("'s", "’s", "s'", "s’")


def _owned_after_possessor(text: str, possessor: Mention, end: int, reg: Registry) -> Speaker | None:
    """After "Clinton's introducer, ": the person named in apposition (after any role
    words, "actress Jamie Lee Curtis"), described by the possessor's role."""
    named = reg.next_mention(possessor.end + 1, min(end, possessor.end + 4))
    if named is not None and named.entity.kind == "person" and not named.in_quote \
            and _POSSESSIVE_GAP_RE.fullmatch(text, possessor.end, named.start):
        return _owned_by(_from_mention(named, reg), text, possessor, named)  # "said Gallup's Frank Newport"
    comma = text.find(", ", possessor.end, min(end, possessor.end + 60))
    if comma < 0 or not _POSSESSED_THEN_NAME_RE.fullmatch(text, possessor.end, comma + 2):
        return None
    named = reg.next_mention(comma + 2, min(end, comma + 40))
    if named is None or named.in_quote or named.entity.kind != "person" \
            or not _ok_lead(text[comma + 2:named.start]):
        return apposed_name(text, comma, end, reg, text[possessor.start:comma])  # an unknown name
    return _owned_by(_from_mention(named, reg), text, possessor, named)


# An inverted pronoun ends its clause: 'said he.', 'added she, "..."'.
_PRONOUN_ENDS_RE = re.compile(r"[ \t]*(?:[.,;:!?)”\"’'—–-]|$)")


def subject_after(text: str, pos: int, end: int, reg: Registry) -> Speaker | None:
    """The noun phrase right after an inverted cue ("said Jane Doe", "said the president")."""
    while pos < end and text[pos].isspace():
        pos += 1
    if text.startswith(("even ", "only "), pos):
        pos += 5  # "according to even his own supporters"
    # (A title chain may run long: "said former Pennsylvania Gov. and Democratic National
    # Committee Chairman Ed Rendell".)
    m = reg.next_mention(pos, min(end, pos + 100))
    words = _words(text, pos, min(end, pos + 200))
    if not words:
        return None
    if m is not None and not m.in_quote and (_possessor(text, m.end) or text.endswith(_POSSESSIVE_MARKS, m.start, m.end)) and (
            owned := _owned_after_possessor(text, m, end, reg)) is not None:
        return owned  # "exhorted Clinton's introducer, actress Jamie Lee Curtis"
    if m is not None and not m.in_quote and m.entity.kind == "organisation" and _ok_lead(text[pos:m.start]) \
            and (later := _named_after_role(text, m, pos, end, reg)) is not None:
        # "said UCM spokesperson Lerato Khumalo-Pillay": the body's spokesperson, named.
        return _owned_by(_from_mention(later, reg), text, m, later)
    if m is not None and not m.in_quote and (
            _ok_lead(text[pos:m.start]) or _agent_noun_lead(text[pos:m.start], m)):
        sp = _from_mention(m, reg)
        if sp.description is None and _agent_noun_lead(text[pos:m.start], m):
            sp.description = text[pos:m.start].strip()  # "florist"
        lead = text[pos:m.start].rstrip()
        if lead.endswith(",") and lead.count(",") == 1 and lead.split()[0].lower() in DETERMINERS \
                and _bare(lead.split()[-1]) in ROLE_NOUNS and sp.kind == "person":
            # "added the spokesperson, Jane Doe": the role before the name describes her.
            sp.description = lead[:-1]
        return sp
    w0 = words[0][2]
    if w0 in PERSON_PRONOUNS or w0.lower() in ("he", "she"):
        if not _PRONOUN_ENDS_RE.match(text, words[0][1]):
            return None  # 'and said she "steered a middle ground"': the reported clause's subject
        return resolve_pronoun(w0, pos, reg)
    if _bare(w0) in WEEKDAYS:
        return None  # "tweeted Sunday", "said Monday", "said Thursday's speeches": when, not who
    if w0[:1].isupper() and (w0 not in COMMON_CAPITALISED or _first_name_then_name(words)):
        # An unknown name right after the verb ("said Baron", "said Will Doyle").
        name_words = []
        for k, (s_, e_, w) in enumerate(words):
            if w[:1].isupper() and (w not in COMMON_CAPITALISED or k == 0 and name_words == []
                                    and _first_name_then_name(words)) \
                    or w in ("de", "von", "van", "der"):
                name_words.append(w)
            else:
                break
        if name_words:
            if len(name_words[-1]) > 3 and name_words[-1].endswith("."):
                name_words[-1] = name_words[-1][:-1]  # ('said May.': the sentence's full stop)
            name = " ".join(name_words)
            ent = reg.find(name, pos)
            if ent is not None and ent.kind == "person" and len(ent.name.split()) == 1 \
                    and len(name_words) == 2 and name_words[-1] == ent.name:
                # "said Will Doyle" names the "Doyle" the scan found (it dropped "Will" as a
                # common word): the person gets the full name.
                ent = reg.person(name, pos)
            if ent is not None:
                return Speaker(name=ent.name, kind=ent.kind, mention=name, entity=ent, start=pos,
                               description=ent.descriptions[0] if ent.descriptions else None)
            return Speaker(name=name, kind="person", mention=name, start=pos)
    if w0.lower() in ("they",):
        return resolve_plural(w0, pos, reg)
    if w0.lower() in DETERMINERS or w0.lower() in PLURAL_SOURCES:
        np_end = pos
        for k, (s, e, w) in enumerate(words):
            if w in ",.;:!?()—" or w.lower() in ("in", "on", "at", "during", "after", "when", "who", "that", "to"):
                break
            if k >= 2 and w in _REPORT_PARTICIPLES:
                break  # "according to a study published on Wednesday": the study
            np_end = e
        np = text[pos:np_end].rstrip(".,;:")
        pp = _ROLE_PP_RE.match(text, pos + len(np), end) if np else None
        if pp is not None and _bare(np.split()[-1]) in ROLE_NOUNS and \
                (sp := apposed_name(text, pp.end(), end, reg, np)):
            # "wrote the American ambassador at the time, John E. Herbst."
            return sp
        if np and _bare(np.split()[-1]) in ROLE_NOUNS and \
                (sp := apposed_name(text, pos + len(np), end, reg, np.rsplit(" by ", 1)[-1])):
            # "said the spokeswoman, Pia Lund.": an unknown name in apposition to the role.
            # ("according to a statement by his spokesman, X": X is "his spokesman")
            return sp
        if np and (known := _KNOWN_AS_RE.fullmatch(np)):
            # "said the base chief known as Bob": the name the article gives the role.
            ent = reg.find(known.group("name"), pos + known.start("name"))
            if ent is None or ent.kind != "person":
                ent = reg.person(known.group("name"), pos + known.start("name"))
            return Speaker(name=ent.name, kind="person", mention=known.group("name"),
                           description=known.group("role"), entity=ent, start=pos + known.start("name"))
        if np:
            sp = resolve_nominal(np, pos, reg)
            if sp is None and w0.lower() in ("the", "a", "an", "one", "another") \
                    and 2 <= len(np.split()) <= 5:
                # Right after the verb, "said the designer" names the speaker whatever
                # the noun.
                sp = Speaker(name=np, kind="person", mention=np, description=np, start=pos)
            return sp
    return None


_ROLE_PP_RE = re.compile(r"[ \t]+(?:at|in|to)(?:[ \t]+[\w’'\-]+){1,3}(?=,)")
_KNOWN_AS_RE = re.compile(r"(?P<role>(?:[Tt]he|[Aa]n?)(?:[ \t]+[a-z][\w\-]*){1,4})[ \t]+(?:known|identified|referred[ \t]+to)"
                          r"(?:[ \t]+only)?[ \t]+as[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})")
# Participles that follow a document and say how it came out, no part of its name.
_REPORT_PARTICIPLES = frozenset({"published", "released", "issued", "obtained", "signed", "posted",
                                 "seen", "reviewed", "sent", "filed", "written", "circulated", "leaked"})
# ", Pia Lund.", ", Dr Miriam Haddad of the Arava Institute": a name after a role's comma.
_APPOSED_NAME_RE = re.compile(r",[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?"
                              r"(?P<name>[A-Z][a-z’'\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z’'\-]+){1,2})[ \t]*"
                              r"(?=[.,;]|$|(?:of|from|at)[ \t])")


def apposed_name(text: str, comma: int, end: int, reg: Registry, description: str) -> Speaker | None:
    """The person named in apposition after the comma at `comma`, described by the role
    before it ("the spokeswoman, Pia Lund"), or None."""
    named = _APPOSED_NAME_RE.match(text, comma, end)
    if named is None or any(w in COMMON_CAPITALISED for w in named.group("name").split()):
        return None
    name = named.group("name")
    ent = reg.find(name, named.start("name"))
    if ent is None or ent.kind != "person":
        ent = reg.person(name, named.start("name"))
    return Speaker(name=ent.name, kind="person", mention=name, description=description,
                   entity=ent, start=named.start("name"))


def _first_name_then_name(words) -> bool:
    """"Will Doyle", "Rich Lowry": a first name that is also a common capitalised word,
    followed by a capitalised surname."""
    return len(words) > 1 and words[0][2] in FIRST_NAMES and words[1][2][:1].isupper() \
        and words[1][2] not in COMMON_CAPITALISED


def _from_mention(m: Mention, reg: Registry) -> Speaker:
    ent = m.entity
    desc = m.description or (ent.descriptions[0] if ent.descriptions else None)
    return Speaker(name=ent.name, kind=ent.kind, mention=m.surface, description=desc, entity=ent,
                   start=m.start)


def resolve_pronoun(word: str, pos: int, reg: Registry) -> Speaker:
    gender = PERSON_PRONOUNS.get(word) or PERSON_PRONOUNS.get(word.capitalize())
    ok = lambda mm: mm.entity.kind == "person" and (mm.entity.gender is None or mm.entity.gender == gender)
    m = reg.recent(pos, ok, limit=12)
    subj = lambda mm: _cached_strict_subject(reg, mm)  # noqa: E731
    if m is not None and reg.text is not None and not subj(m):
        # Prefer the most recent person in subject position (or a speaker) nearby.
        alt = reg.recent(pos, lambda mm: ok(mm) and subj(mm), limit=12)
        if alt is not None and pos - alt.start < 1500 and not (
                m.entity.gender == gender and alt.entity.gender is None
                and "\n" in reg.text[alt.end:m.start] and "\n" not in reg.text[m.end:pos]):
            # (A subject of an earlier paragraph whose gender is unknown does not beat a
            # person known to fit in the pronoun's own paragraph: "Sen. Sherrod Brown ...
            # \n remarks Clinton made ... she offered".)
            m = alt
    if m is None:
        m = reg.recent(pos, ok)
    if m is None:
        return Speaker(name=None, kind="person", mention=word, start=pos)
    ent = m.entity
    known = ent.gender is not None
    if ent.gender is None:
        ent.gender = gender
    desc = ent.descriptions[0] if ent.descriptions else None
    return Speaker(name=ent.name, kind="person", mention=word, description=desc, entity=ent,
                   start=pos, antecedent=m.start, gender_known=known)


_LEAD_OK = {"and", "but", "so", "then", "also", "the", "a", "an", "former", "now", "even"}


# After a possessor, what it possesses and then a comma before the name in apposition:
# "’s longtime barrister, " in "Holloway’s longtime barrister, Anita Desai, said".
# ("Trump’s Virginia state director, ": a capitalised modifier may qualify the role.)
_POSSESSED_THEN_NAME_RE = re.compile(r"(?:['’]s|['’]) (?:[A-Za-z][\w\-]*\s){0,4}[a-z][\w\-]*, ")


# "Gowdy spokesman ", "Obama campaign manager ": modifiers, then the role noun.
_ATTRIBUTIVE_ROLE_RE = re.compile(r" ((?:[a-z][a-z\-]* ){0,2})([a-z][a-z\-]*) ")


def _named_after_role(text: str, m: Mention, start: int, cue_start: int, reg: Registry) -> Mention | None:
    """The person named right after `m` and a role noun it qualifies, or None."""
    role = _ATTRIBUTIVE_ROLE_RE.match(text, m.end, cue_start)
    if role is None or role.group(2) not in ROLE_NOUNS or not all(
            w in ROLE_MODIFIERS or w in ROLE_NOUNS for w in role.group(1).split()):
        return None
    later = next(iter(reg.mentions_between(role.end(), cue_start)), None)
    if later is None or later.start != role.end() or later.in_quote or later.entity.kind != "person":
        return None
    return later


_DETERMINED_BEFORE_RE = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)"
                                   r"(?:[ \t]+[a-z][\w\-]*){0,2}[ \t]+$")
_WORDS_AFTER_RE = re.compile(r"[ \t]+((?:[a-z][\w\-]*[ \t]+){0,2}?)([a-z][\w\-]*)\b")


def _modifies_a_role(text: str, start: int, m: Mention) -> bool:
    """Is the organisation named inside a description of an unnamed person: after a
    determiner and before a role noun ("a senior EU diplomat", "two White House aides")?"""
    after = _WORDS_AFTER_RE.match(text, m.end)
    return after is not None and after.group(2) in ROLE_NOUNS \
        and _DETERMINED_BEFORE_RE.search(text, max(start, m.start - 40), m.start) is not None


def _owned_by(sp: Speaker, text: str, possessor: Mention, m: Mention) -> Speaker:
    """The speaker in apposition after a possessor, described by it when nothing else
    describes them: "Clinton's campaign chairman" for John Podesta."""
    lead = text[possessor.start:m.start].rstrip(" ,")
    if sp.description is None and lead.count(",") == 0 and len(lead) <= 80:
        sp.description = lead
    return sp


def _possessor(text: str, end: int) -> bool:
    """Does the name ending at `end` own what follows ("Trump's lawyer", "Sanders’ aide")?
    ("Christie's been making the case": a contraction of "has", no possessive.)"""
    if text.startswith(("'s", "’s"), end):
        return not _CONTRACTED_VERB_AFTER_RE.match(text, end + 2)
    return text[end - 1:end] == "s" and text.startswith(("’ ", "' "), end)


_CONTRACTED_VERB_AFTER_RE = re.compile(r"[ \t]+(?:been|got|gotten|going|not|never|already|always|still|just)\b")


def strict_subject(reg: Registry, m: Mention) -> bool:
    """Is the mention a clause subject: the subject of a reporting verb (`speaks_at`) or
    the name that opens its sentence after any fronted phrase and description ("Speaking
    to CBS Monday, Rubio refrained ...", "Former CEO Carly Fiorina named ...")? Objects
    ("said Obama has", "declared Cruz to be") and possessors ("Trump's lawyer") are not."""
    text = reg.text
    if speaks_at(text, m.start, m.end):
        return True
    if _possessor(text, m.end) or reg.sentence_start is None:
        return False
    if _CLAUSE_JOIN_BEFORE_RE.search(text, max(0, m.start - 40), m.start) and _VERB_AFTER_RE.match(text, m.end):
        return True  # "The moderators were ready to move on, but Christie wasn't having it."
    opens = reg.sentence_start(m.start)
    if _PRESENTING_RE.match(text, opens, m.start):
        return True  # "Among the marchers was Rhiannon Castellucci, ...": brought on stage
    s = skip_fronted(text, opens, m.start)
    lead = text[s:m.start]
    if any(ch in lead for ch in "\"“”()"):
        return False
    words = lead.replace(",", " ").split()
    return len(words) <= 6 and all(
        w[:1].isupper() or _bare(w) in ROLE_NOUNS or _bare(w) in ROLE_MODIFIERS
        or w.lower() in _LEAD_OK or w.lower().endswith(("’s", "'s"))
        or w.endswith("-old") and w[:1].isdigit()  # "62-year-old Brenda Johnson"
        or k == len(words) - 1 and w.isalpha() and w.endswith(("er", "or", "ist")) and len(w) > 4  # "shrimper Dale Arceneaux"
        for k, w in enumerate(words))


# A sentence that presents a person after its verb: "Among the marchers was ...", "Also at
# the hearing were ...", "Joining him on stage was ...".
_PRESENTING_RE = re.compile(r"[ \t]*(?:Among|Also|Joining|Leading|Standing|Sitting|Present|Next|Behind)\b"
                            r"[^.;:\"“”\n]{0,60}?[ \t](?:was|were|is|are)[ \t]+$")
_QUOTE_MARK_RE = re.compile("[\"“”]")
_CLAUSE_JOIN_BEFORE_RE = re.compile(r"(?:,[ \t]+(?:but|while|though|yet)|;)[ \t]+(?:[A-Z][\w.’'\-]*[ \t]+){0,3}$")
# (or an appositive: ", but Representative Brooks, who has welcomed ..., doesn't mince words")
_VERB_AFTER_RE = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:was|is|were|had|has|did|does|would|will|could)(?:n['’]t)?|[a-z]+ed)\b"
                            r"|,[ \t]+(?:who|a|an|the)[ \t]")


def _cached_strict_subject(reg: Registry, m: Mention) -> bool:
    """strict_subject, computed once per mention (it depends on the text alone)."""
    hit = reg.strict_subject_cache.get(m.start)
    if hit is None:
        hit = reg.strict_subject_cache[m.start] = strict_subject(reg, m)
    return hit


def resolve_plural(word: str, pos: int, reg: Registry) -> Speaker:
    """"they": an organisation named shortly before, else unresolved."""
    m = reg.recent(pos, lambda mm: True, limit=3)
    if m is not None and m.entity.kind == "organisation" and pos - m.start < 600 and reg.is_subject(m):
        # (Not an organisation in a phrase: "a study they wrote with X and Y from M.I.T.,
        # they estimated": they are the authors.)
        ent = m.entity
        return Speaker(name=ent.name, kind="organisation", mention=word, entity=ent, start=pos)
    return Speaker(name=None, kind=None, mention=word, start=pos)


def resolve_organisation(word: str, pos: int, reg: Registry) -> Speaker | None:
    """"it": the most recent organisation among the last few names, if it is close and
    was a clause subject."""
    m = reg.recent(pos, lambda mm: mm.entity.kind == "organisation", limit=4)
    if m is None or pos - m.start > 800 or not reg.is_subject(m):
        # (An organisation in object position, "the ad references FBI criticism. It ...",
        # is seldom what "it" is: the ad is.)
        return _recent_document(word, pos, reg)
    ent = m.entity
    return Speaker(name=ent.name, kind="organisation", mention=word, entity=ent, start=pos)


_DOCUMENT_NP_RE = re.compile(r"\b(?P<verb>(?:sent|sending|released|releasing|issued|issuing|wrote|writing|posted|posting|published|signed|put[ \t]+out|putting[ \t]+out)[ \t]+)?"
                             r"(?P<np>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w\-]*['’]s)[ \t]+(?:[\w\-]+[ \t]+){0,2}?"
                             r"(?P<head>" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r"))\b")


def _opens_clause(text: str, sentence_start: int, pos: int) -> bool:
    """Does `pos` open its sentence, or follow only a short fronted phrase ("As for Mr.
    Kim, the staff letter noted")?"""
    return pos == sentence_start or _SHORT_FRONTED_RE.fullmatch(text, sentence_start, pos) is not None


_SHORT_FRONTED_RE = re.compile(r"[^;:\"“”\n,]{1,60},[ \t]+")


def _recent_document(word: str, pos: int, reg: Registry) -> Speaker | None:
    """"it reads", "it said": a document named in the last few sentences ("The email,
    released by ..., was sent at 7:19 p.m." ... "'...,' it reads"). Who sent it speaks, if
    the text says ("A coalition of 40 groups sent a letter ... '...,' it read")."""
    text = reg.text
    lo = max(0, pos - 600)
    last = None
    for m in _DOCUMENT_NP_RE.finditer(text, lo, pos):
        # (Only a document that was sent, or is the subject opening its sentence: "to flip
        # it to her column" names none.)
        if m.group("head") in DOCUMENT_NOUNS and (m.group("verb") or reg.sentence_start is not None
                                                 and _opens_clause(text, reg.sentence_start(m.start()), m.start())):
            last = m
    if last is None or any(ch in text[last.end():pos] for ch in "“\"") and \
            text.count("\n", last.end(), pos) > 2:
        return None
    if last.group("verb") and reg.sentence_start is not None:
        sender = subject_before(text, reg.sentence_start(last.start()), last.start(), reg)
        if sender is not None and sender.name:
            return sender
    np = last.group("np")
    return Speaker(name=np, kind="organisation", mention=word, description=None, start=pos)


def resolve_nominal(np: str, pos: int, reg: Registry) -> Speaker | None:
    """"the president", "the newspaper", "a spokesman for the campaign", "officials"."""
    words = np.split()
    if not words or len(words) > 12:
        return None
    if QUANTITY_RE.match(np) or words[0].lower() == "those":
        # "26% say", "About 9 percent said", "Two in three said", "a third said".
        return Speaker(name=np, kind="person", mention=np, start=pos)
    # The head noun: the last word before "of/for/at/with/from".
    head_words = []
    for w in words:
        if w.lower() in ("of", "for", "at", "with", "from", "in", "who", "which", "that", "to",
                         "close", "familiar"):
            break
        head_words.append(w)
    if not head_words:
        return None
    if any(_bare(w) in PLURAL_SOURCES for w in head_words[:4]):
        # "people close to the vice president", "Some delegates at the convention".
        return Speaker(name=np, kind="person", mention=np, start=pos)
    head = _bare(head_words[-1])
    first = head_words[0].lower()
    if first in ("the", "a", "an") and len(head_words) == len(words) and len(words) >= 3 \
            and words[1][:1].islower() and words[-1][:1].isupper():
        # "the charity Dementia Research Trust", "the union Unite", "the singer Adele": a
        # common noun in apposition to the name that follows it; the name speaks.
        k = next(i for i, w in enumerate(words) if w[:1].isupper())
        if all(w[:1].isupper() or w in ("of", "for", "and", "de", "des", "du") for w in words[k:]) \
                and all(w[:1].islower() for w in words[1:k]) and k <= 3:
            name = " ".join(words[k:])
            ent = reg.find(name, pos)
            noun = " ".join(words[1:k]).lower()
            if ent is not None:
                return Speaker(name=ent.name, kind=ent.kind, mention=np, entity=ent, start=pos,
                               description=" ".join(words[:k]))
            if _bare(words[k - 1]) in ORG_NOUNS or noun in ORG_NOUNS or noun in _APPOSITIVE_ORG_NOUNS:
                return Speaker(name=name, kind="organisation", mention=np, start=pos)
    documents = _DOCUMENTS_OBTAINED_RE.match(np)
    if documents is not None and (documents.group(1)[:-1] in DOCUMENT_NOUNS or documents.group(1) == "records"):
        # "according to emails reviewed by The Ledger": the documents, as written.
        return Speaker(name=np, kind="organisation", mention=np, start=pos)
    if (head.endswith("s") and (head[:-1] in DOCUMENT_NOUNS or head == "records") or head in _DATA_NOUNS) \
            and len(words) <= 4 \
            and len(head_words) == len(words) and all(w[:1].islower() for w in words) \
            and not words[0].endswith("ing"):  # ("carrying signs")
        # "court records show", "according to regulatory filings": documents, as written.
        return Speaker(name=np, kind="organisation", mention=np, start=pos)
    if head in DOCUMENT_NOUNS and first in DETERMINERS:
        # "the statement said", "the letter says": the document speaks, as written.
        return Speaker(name=np, kind="organisation", mention=np, start=pos)
    if first == "the" and len(words) == 2 and words[1].strip(",.") in DEMONYMS:
        # "the Portuguese told reporters": a person described by nationality, unnamed here.
        return Speaker(name=np, kind="person", mention=np, description=np, start=pos)
    if first == "the" and 2 <= len(head_words) <= 5 and len(words) == len(head_words) and all(
            w[:1].isupper() and _bare(w) not in ROLE_NOUNS for w in head_words[1:]):
        # "the AP reported", "the Congressional Budget Office said": a capitalised name
        # after "the" is an organisation (a person's name takes no article).
        name = " ".join(head_words[1:])
        ent = reg.by_name.get(name.lower())
        if ent is not None:
            return Speaker(name=ent.name, kind=ent.kind, mention=np, entity=ent, start=pos)
        return Speaker(name=name, kind="organisation", mention=np, start=pos)
    if first not in DETERMINERS and head not in PLURAL_SOURCES and not head_words[0][:1].isupper():
        return None
    if head in ROLE_NOUNS:
        if first == "the" and len(head_words) <= 4:
            # "the former president": a person described with every word of the phrase
            # beats one described with the head noun alone ("Vice President Joe Biden").
            modifiers = [_bare(w) for w in head_words[1:-1]]
            m = None
            if modifiers:
                m = reg.recent(pos, lambda mm: mm.entity.kind == "person" and all(
                    _described_as(mm.entity, w) for w in modifiers + [head]), limit=60)
            if m is None:
                m = reg.recent(pos, lambda mm: mm.entity.kind == "person" and _described_as(mm.entity, head)
                               and not _other_party(mm.entity, modifiers)
                               and not _lesser_office(mm.entity, head, modifiers))
            if m is not None:
                ent = m.entity
                return Speaker(name=ent.name, kind="person", mention=np, entity=ent,
                               description=ent.descriptions[0] if ent.descriptions else None,
                               start=pos)
        return Speaker(name=np, kind="person", mention=np, description=np, start=pos)
    if head in _GROUP_OF_PEOPLE and len(words) > len(head_words) + 1 and words[len(head_words)] == "of" \
            and _plural_noun(words[len(head_words) + 1]) and words[len(head_words) + 1].islower():
        # "a group of teenagers near the back", "a handful of protesters": people, unnamed.
        return Speaker(name=np, kind="person", mention=np, description=np, start=pos)
    if head in ORG_NOUNS or np.lower() in ORG_NOUNS:
        if first in ("the", "its", "their"):
            # Only a recent organisation named by the noun ("the committee" -> "House
            # Oversight Committee", "the newspaper" -> "The Washington Post"): guessing the
            # latest organisation of any kind was wrong more often than right, and "the
            # company" as written is an honest answer.
            if head in ("newspaper", "paper", "publication", "outlet", "magazine", "website", "site"):
                names = NEWSPAPER_WORDS
            else:
                names = {head.capitalize()}
            m = reg.recent(pos, lambda mm: mm.entity.kind == "organisation"
                           and (any(w in names for w in mm.entity.name.split())
                                or any(d.split()[-1] == head for d in mm.entity.descriptions)),
                           limit=60)
            if m is None and head in COMPANY_NOUNS:
                # "Brightlake Energy said ... the company said": the latest organisation,
                # if its name ends in a company or trade word.
                m = reg.recent(pos, lambda mm: mm.entity.kind == "organisation", limit=60)
                if m is not None and (pos - m.start > 1200 or (
                        len(m.entity.name.split()) < 2
                        or m.entity.name.split()[-1] not in _COMPANY_ENDINGS)
                        and not any(d.split()[-1] in _COMPANY_DESCRIPTIONS
                                    for d in m.entity.descriptions)):
                    m = None
            if m is not None:
                ent = m.entity
                return Speaker(name=ent.name, kind="organisation", mention=np, entity=ent,
                               start=pos)
        return Speaker(name=np, kind="organisation", mention=np, start=pos)
    if head in PLURAL_SOURCES:
        return Speaker(name=np, kind="person", mention=np, start=pos)
    if head_words[0][:1].isupper() and len(head_words) <= 4:
        # A name the registry did not know: take it as written.
        ent = reg.find(" ".join(head_words), pos)
        if ent is not None:
            return Speaker(name=ent.name, kind=ent.kind, mention=np, entity=ent, start=pos,
                           description=ent.descriptions[0] if ent.descriptions else None)
        return None
    return None


_DATA_NOUNS = {"data", "figures", "statistics", "numbers", "estimates"}  # ("according to city data")
_GROUP_OF_PEOPLE = {"group", "crowd", "handful", "band", "gang", "bunch", "couple", "pair", "dozen", "number"}
_DOCUMENTS_OBTAINED_RE = re.compile(r"(?:[a-z\-]+ ){0,2}([a-z\-]+s) (?:reviewed|obtained|seen|filed|released|"
                                    r"published|cited|provided|made public|shared)\b")
_COMPANY_ENDINGS = COMPANY_SUFFIXES | TRADE_NAME_WORDS
# Nouns that, in apposition to an organisation ("Vaxora, the vaccine maker,"), make it a
# business that "the company" may refer back to.
_COMPANY_DESCRIPTIONS = COMPANY_NOUNS | {"maker", "chain", "provider", "developer", "startup",
                                         "publisher", "brewer", "exchange", "supermarket", "app",
                                         "platform", "distributor", "studio", "brand"}
_APPOSITIVE_ORG_NOUNS = COMPANY_NOUNS | {"charity", "think tank", "campaign group", "pressure group",
                                         "lobby group", "industry group", "trade body", "pollster",
                                         "watchdog", "regulator", "trade association"}

QUANTITY_RE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|some|only|just|over|under|more than|less than|fewer than)\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent\b)?|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:[- ]in[- ]\w+|-thirds|-quarters|-fifths)\b|a (?:third|quarter|fifth|majority)\b|half\b|"
    r"majorities\b)", re.IGNORECASE)


def _bare(word: str) -> str:
    """Lower-case word without punctuation or a possessive ending ("Senator’s," -> "senator").
    (str.strip("'s") would also eat a leading "s": "spokesman" -> "pokesman".)"""
    word = word.lower().strip(",.;:")
    return word[:-2] if word.endswith(("’s", "'s")) else word


# Abbreviated titles in descriptions ("Sen. Jane Doe") and the nouns that refer back to
# them ("the senator").
TITLE_NOUNS = {"sen.": ("senator", "lawmaker"), "sens.": ("senator",), "gov.": ("governor",),
               "rep.": ("congressman", "congresswoman", "representative", "lawmaker"),
               "lt.": ("lieutenant",), "gen.": ("general",), "col.": ("colonel",),
               "adm.": ("admiral",), "sgt.": ("sergeant",), "capt.": ("captain",),
               "dr.": ("doctor",), "prof.": ("professor",), "rev.": ("reverend", "pastor"),
               "cllr": ("councillor", "councilor"), "cllr.": ("councillor", "councilor"),
               "supt.": ("superintendent",), "insp.": ("inspector",), "det.": ("detective",)}


_PARTIES = (frozenset({"republican", "gop", "conservative"}), frozenset({"democratic", "democrat", "liberal"}))


_LESSER = ("vice", "deputy", "lieutenant", "assistant", "associate", "under")


def _lesser_office(ent: EntityInfo, head: str, modifiers: list[str]) -> bool:
    """'the former president' is not the one the article calls 'Vice President' (nor
    'the governor' the 'Lieutenant Governor') unless the phrase says so."""
    if any(m in _LESSER for m in modifiers):
        return False
    for d in ent.descriptions:
        words = d.lower().replace("-", " ").split()
        if head in words:
            k = words.index(head)
            return k > 0 and words[k - 1] in _LESSER
    return False


def _other_party(ent: EntityInfo, modifiers: list[str]) -> bool:
    """'the GOP front-runner' is not the one the article calls 'Democratic front-runner'."""
    for ours, theirs in (_PARTIES, _PARTIES[::-1]):
        if ours.intersection(modifiers) and any(theirs.intersection(d.lower().split()) for d in ent.descriptions):
            return True
    return False


def _described_as(ent: EntityInfo, noun: str) -> bool:
    for d in ent.descriptions:
        low = d.lower()
        if noun in low:
            return True
        if any(noun in TITLE_NOUNS.get(w, ()) for w in low.split()):
            return True
    return False


# Verbs that put their subject after them ("said Smith", "added Jones, a spokesman").
INVERTING = {"say", "add", "write", "explain", "note", "recall", "argue", "continue", "observe",
             "remark", "reply", "respond", "counter", "insist", "warn", "predict", "quip",
             "joke", "concede", "acknowledge", "conclude", "declare", "announce", "state",
             "complain", "answer", "retort", "tweet", "post", "report"}
_SPEAKS_AFTER_RE = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?,?[ \t]+(?:(?:also|later|then|again|once|"
                              r"previously|recently|has|had|have|would|will|\w+ly)[ \t]+){0,2}")
_APPOSITIVE_END_RE = re.compile(r",[ \t]+(?:(?:also|later|then|again|once|has|had|\w+ly)[ \t]+){0,2}$")
_WORD_BEFORE_CUE_RE = re.compile(r"([\w’'\-]+)[ \t]+$")


def _subject_right_before(text: str, cue_start: int) -> bool:
    """Is the word before the verb its subject ("he said Ryan", "Vance said Ryan")?"""
    m = _WORD_BEFORE_CUE_RE.search(text, max(0, cue_start - 20), cue_start)
    if m is None:
        return False
    w = m.group(1)
    return w.lower() in ("he", "she", "they", "i", "we") or (
        w[:1].isupper() and w not in COMMON_CAPITALISED and not w.endswith(("’s", "'s")))
_INVERTED_END_RE = re.compile(r"[ \t]*(?:[,.;:!?\n(]|$|(?:of|who|in|at|on)\b)")


def speaks_at(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] the subject of a reporting verb: "Smith said",
    "Smith, 30, of Raleigh, told", "Smith (R-Tex.) also said", "said Smith." / "said Smith,
    a spokesman"? Stricter than `entities.cue_adjacent`: an object ("Ryan said Obama has",
    "went after Bush, calling him") is no speaker."""
    m = _SPEAKS_AFTER_RE.match(text, end)
    if m is not None:
        c = CUE_RE.match(text, m.end())
        if c is not None and not c.group().endswith("ing") and not (
                CUE_FORMS.get(c.group()) in ("continue", "agree") and text.startswith(" to ", c.end())) and (
                "," not in text[end:m.end()] or text[end:m.end()].lstrip().startswith("(")):
            return True
    if text.startswith(", ", end):
        # An appositive, then the verb: "Trent Lott, who was majority leader, told".
        c = CUE_RE.search(text, end + 2, end + 160)
        if c is not None and not c.group().endswith("ing"):
            gap = text[end:c.start()]
            if gap.strip(" ,") and _APPOSITIVE_END_RE.search(gap) and "\n" not in gap \
                    and not has_sentence_break(gap) and not any(ch in gap for ch in "\"“”;:"):
                return True
    if according_to_before(text, start):
        return True  # "according to a post from Arianna Huffington"
    lo = max(0, start - 16)
    before = text[lo:start]
    if before.endswith(" ") and not before.endswith(", "):
        found = None
        for c in CUE_RE.finditer(before):
            found = c
        if found is not None and not before[found.end():].strip() \
                and CUE_FORMS.get(found.group(), "") in INVERTING \
                and _INVERTED_END_RE.match(text, end) \
                and not _subject_right_before(text, lo + found.start()):
            # ("he said Ryan.": the name after the verb is its object, not an inverted subject)
            return True
    return False


def chain_pronouns(quotes: list, said_by: dict[int, Speaker], paragraph_of,
                   window: int = 3000, reg: Registry | None = None) -> list:
    """"he said" / "she said" refer to the most recent *named speaker* of the right gender:
    in news, a pronoun attribution continues the last person given the floor far more often
    than it picks up someone merely mentioned in between. A speaker named in the same
    paragraph or the two before always wins; an older one only when it is more recent than
    the pronoun's own antecedent mention (a newer subject then wins).
    `paragraph_of(pos)` is the paragraph number at a position.

    With `reg`, a person named as the subject of a reporting verb whose words were not
    extracted ("Smith recalled ...", "said Smith, who ...") is a named speaker too."""
    order = sorted((sp.start, 1, i) for i, q in enumerate(quotes) if (sp := said_by.get(id(q))) is not None)
    # Cue subjects matter only before the last he/she attribution.
    last = max((sp.start for sp in said_by.values() if sp.mention in PERSON_PRONOUNS), default=-1)
    if reg is not None and last >= 0:
        taken = {sp.start for sp in said_by.values()}
        for m in reg.mentions:
            if m.start >= last:
                break
            if m.in_quote or m.entity.kind != "person" or m.start in taken:
                continue
            if speaks_at(reg.text, m.start, m.end):
                order.append((m.start, 0, m))
        order.sort(key=lambda t: (t[0], t[1]))
    named: list[Speaker] = []
    groups: list[Speaker] = []
    out = list(quotes)
    for _, tag, i in order:
        if tag == 0:
            named.append(_from_mention(i, reg))
            continue
        q = out[i]
        sp = said_by[id(q)]
        gender = PERSON_PRONOUNS.get(sp.mention)
        if gender is not None:
            for prev in reversed(named):
                if sp.start - prev.start > window:
                    break
                ent = prev.entity
                if ent is None or ent.kind != "person":
                    continue
                if ent.gender not in (None, gender):
                    continue
                if prev.start < sp.antecedent and (
                        paragraph_of(sp.start) - paragraph_of(prev.start) > 2
                        or sp.gender_known and ent.gender is None and prev.entity is not sp.entity
                        and paragraph_of(sp.start) == paragraph_of(sp.antecedent)):
                    # (A newer antecedent in the same paragraph whose gender is known to
                    # fit beats an older speaker whose gender is unknown.)
                    break
                if prev.start < sp.antecedent and reg is not None \
                        and _introduced_subject(reg, sp, paragraph_of, continuing=q.cue in _CONTINUING_CUES):
                    # "Castleford manager Neil Bramley was furious ... \n '...,' he said":
                    # a person newly brought in as the subject of the paragraph before
                    # takes the floor from the previous speaker.
                    break
                if prev.name != q.speaker:
                    q.speaker, q.speaker_type, q.speaker_description = prev.name, "person", prev.description
                break
        elif sp.entity is None and _person_description(sp.mention):
            # "the justice said", "the candidate boasted": a definite description no
            # entity was found for refers back to the last person given the floor, or
            # to a person brought in since as the subject opening a paragraph ("Donald
            # Trump ... listed an NBC show. \n '...,' the billionaire business mogul told").
            last = next((prev for prev in reversed(named)
                         if prev.entity is not None and prev.entity.kind == "person"), None)
            if last is not None and sp.start - last.start > DESCRIPTION_WINDOW:
                last = None
            opener = _paragraph_opener(reg, sp.start, paragraph_of) if reg is not None else None
            if opener is not None and (last is None or opener.start > last.start):
                q.speaker, q.speaker_type, q.speaker_description = opener.entity.name, "person", sp.mention
            elif last is not None:
                q.speaker, q.speaker_type, q.speaker_description = last.name, "person", sp.mention
        elif sp.mention in PLURAL_PRONOUNS:
            # "the groups say. They argue ...": "they" continues the last group or
            # organisation that spoke nearby.
            for prev in reversed(groups):
                if paragraph_of(sp.start) - paragraph_of(prev.start) > 2:
                    break
                if prev.name != q.speaker:
                    q.speaker, q.speaker_type, q.speaker_description = prev.name, prev.kind, prev.description
                break
        elif sp.name and sp.entity is not None and sp.mention[:1].isupper() \
                and sp.mention not in FIRST_PERSON:
            named.append(sp)
        if sp.name and sp.mention not in PLURAL_PRONOUNS and _is_group(sp):
            groups.append(sp)
    return out


DESCRIPTION_WINDOW = 3000


# "he added", "he continued": the previous speaker goes on.
_CONTINUING_CUES = frozenset({"added", "adds", "adding", "continued", "continues", "went on", "goes on"})


def _introduced_subject(reg: Registry, sp: Speaker, paragraph_of, continuing: bool = False) -> bool:
    """Is the pronoun's antecedent the first, full-name mention of its person, opening a
    sentence as its subject, in the pronoun's paragraph or the one before?"""
    ent = sp.entity
    if ent is None or paragraph_of(sp.start) - paragraph_of(sp.antecedent) > 1:
        return False
    if ent.first_pos != sp.antecedent or len(ent.name.split()) < 2:
        # Or the subject of the sentence just before the pronoun's, in its paragraph:
        # "Reinholt has just spoken to reporters. He said ...". Or the subject opening the
        # paragraph just before: "Trump has blasted the system. \n '...,' he said".
        if reg.sentence_start is None:
            return False
        if paragraph_of(sp.start) != paragraph_of(sp.antecedent):
            if continuing:
                return False
            opens = reg.sentence_start(sp.antecedent)
            para_opens = reg.text.rfind("\n", 0, sp.antecedent) + 1
            if opens > 0 and not reg.text[max(0, opens - 4):opens].rstrip(" \t").endswith("\n") and (
                    _QUOTE_MARK_RE.search(reg.text, para_opens, opens)
                    or len(reg.text[para_opens:opens].split()) > 12):
                # (Not the paragraph's first sentence, nor after one short sentence with no
                # quotation: "Not everyone planned to go. In Cocodrie, shrimper Dale
                # Arceneaux, 58, was tying down ... \n '...,' he said".)
                return False
            if any(m.entity.kind == "person" and not m.in_quote for m in reg.mentions_between(para_opens, sp.antecedent)):
                return False  # (not the first person the paragraph names)
            i = bisect_left(reg._starts, sp.antecedent)
            here = paragraph_of(sp.start)
            if any(m.entity.kind == "person" and not m.in_quote and m.entity is not ent
                   and m.entity.gender in (None, ent.gender) and paragraph_of(m.start) == here
                   for m in reg.mentions_between(sp.antecedent + 1, sp.start)):
                return False  # someone else who fits is named in the pronoun's own paragraph
            return i < len(reg.mentions) and reg.mentions[i].start == sp.antecedent \
                and strict_subject(reg, reg.mentions[i])
        own = reg.sentence_start(sp.start)
        if not (sp.antecedent < own and reg.sentence_start(sp.antecedent) == reg.sentence_start(own - 1)):
            return False
    i = bisect_left(reg._starts, sp.antecedent)
    if i >= len(reg.mentions) or reg.mentions[i].start != sp.antecedent:
        return False
    return strict_subject(reg, reg.mentions[i])


def _paragraph_opener(reg: Registry, pos: int, paragraph_of) -> Mention | None:
    """The person named as the subject of the first sentence of the paragraph at `pos` or
    the one before (the later of the two), if the sentence names no other person first."""
    here = paragraph_of(pos)
    best = None
    for m in reg.mentions_between(max(0, pos - DESCRIPTION_WINDOW), pos):
        if m.in_quote or m.entity.kind != "person" or here - paragraph_of(m.start) > 1:
            continue
        opens = reg.sentence_start(m.start)
        if opens > 0 and not reg.text[max(0, opens - 4):opens].rstrip(" \t").endswith("\n"):
            continue  # (not a paragraph's first sentence)
        if any(o.entity.kind == "person" and not o.in_quote for o in reg.mentions_between(opens, m.start)):
            continue  # (not the first person the sentence names)
        if _cached_strict_subject(reg, m):
            best = m
    return best


def _person_description(mention: str) -> bool:
    """A definite description of an office holder: "the justice", "The former
    candidate", "the billionaire business mogul" (not an anonymous source: "the official")."""
    words = mention.split()
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "The"):
        return False
    if len(words) >= 4 and words[-2] == "of" and words[-1].isalpha():
        words = words[:-2]  # "the former secretary of state"
    if any(w.lower() in ("of", "for", "at", "from", "and", "who", "which") for w in words):
        return False
    return _bare(words[-1]) in OFFICE_NOUNS


def _is_group(sp: Speaker) -> bool:
    """A speaker "they" can continue: an organisation, or a plural description or list of
    names ("the groups", "Companies", "Democrats", "Foner and Alba")."""
    if sp.kind == "organisation":
        return True
    words = sp.mention.split()
    if not words:
        return False
    head = _bare(words[-1])
    return " and " in sp.mention or head in PLURAL_SOURCES or (
        head.endswith("s") and not head.endswith("ss") and len(head) > 3
        and (sp.entity is None and (words[-1].islower() or len(words) == 1)))
