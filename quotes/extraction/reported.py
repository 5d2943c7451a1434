"""Indirect (reported) speech: "X said that ...", "..., X said.", "according to X, ...".

Only finite reporting verbs count, with a subject right before them (or inverted right
after): participles such as "suggesting that" describe, they do not attribute. The content
is the clause the verb governs, up to the end of the sentence, without "that" and the final
period; content that holds a quotation is a mixed quote, handled in quotes.
"""
from __future__ import annotations

import re

from .lexicons import COGNITION, INDIRECT_STRONG, NOT_INDIRECT
from .speakers import Cue

TELL_OBJECT_RE = re.compile(
    r"\s+(?:(?:him|her|them|us|me|reporters|journalists|supporters|lawmakers|voters|analysts|"
    r"investors|shareholders|employees|workers|staff|students|colleagues|delegates|members|"
    r"residents|parents|fans|listeners|viewers|readers|MPs|councillors|jurors|jurists|"
    r"magistrates|officials|negotiators|ministers|legislators|parliament|police|"
    # "told local radio", "told state television", "told foreign journalists".
    r"(?:local|national|state|regional|public|foreign|international)\s+(?:radio|television|TV|"
    r"media|press|reporters|journalists|newspapers|broadcasters)|"
    # "told state broadcaster RTV Talvenia", "told the news agency Interfax"
    r"(?:the\s+)?(?:(?:state|public|national|private|local)\s+)?(?:broadcaster|network|channel|news\s+agency|"
    r"newspaper|daily|tabloid)\s+[A-Z][\w’'\-.]*(?:\s+[A-Z0-9][\w’'\-.]*){0,3}|"
    r"the\s+[\w\-]+(?:\s+(?!(?:he|she|they|it|we|his|her|their|its|the|a|an|that|of|in)\b)[\w\-]+)?|"
    r"an?\s+[\w\-]+(?:\s+(?!(?:he|she|they|it|we|his|her|their|its|the|a|an|that)\b)[\w\-]+)?|[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}))"
    r"(?:\s+(?:of|in)\s+[A-Z][\w’'\-.]*)?"  # "told The Star-Ledger of Newark"
    # "the Guardian newspaper", "ITV television station", "USA TODAY's weekly video series"
    r"(?:(?:\s+(?:television|TV|radio|news|video|weekly|daily|online|cable|public|state|"
    r"local|newsmaker|talk|morning|evening))*\s+(?:newspaper|paper|magazine|website|station|"
    r"channel|network|program|programme|show|podcast|tabloid|broadcaster|agency|series|daily|"
    r"weekly|radio|television)\b)?")
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
TIME_RE = re.compile(
    r"\s*(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|week|month|year|night)(?:\s+(?:morning|afternoon|evening|night))?\b"
    # A date: "said on 4 March (2025)", "on March 4, 2025", "on 4/3/2025".
    rf"|\s*,?\s*on\s+(?:\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:,\s+\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})(?![\w/])")
PP_RE = re.compile(
    r"\s*,?\s+(?:in|on|at|during|to|through|via|over|after|before|last|this|earlier|on\s+\w+)\s+"
    r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w’'\-]+\s+){0,3}?"
    r"(?:statement|interview|speech|conference|briefing(?:\s+(?:note|paper))?|release|letter|post|tweet|email|"
    r"video|op-ed|call|appearance|hearing|rally|event|debate|Twitter|Facebook|Instagram|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|afternoon|evening|CNN|Fox|MSNBC|NBC|CBS|ABC|NPR|TV|radio|show|program|"
    r"address|remarks|comments|memo|report|book|column|article|blog|podcast|meeting|filing|"
    r"submission|announcement|presentation|notice|note|newsletter|translator|interpreter)\b")
FINITE_RE = re.compile(
    # (The noun phrase may be a list: "said donations of blankets, water and pet food had".)
    r"\s+[a-z][\w’'\-]*(?:\s+[\w’'\-]+){0,5}?(?:(?:,\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?){1,4},?"
    r"\s+(?:and|or)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})?\s+(?:would|will|is|are|was|were|has|have|had|can|"
    r"could|should|must|may|might|did|does|do|won’t|won't|isn’t|isn't|wasn’t|wasn't)\b")
CLAUSE_START_RE = re.compile(
    r"\s*(?:that\s+)?(?P<c>(?:he|she|they|it|we|I|you|there|this|these|those|his|her|their|its|"
    r"the|a|an|no|some|many|most|all|any|each|every|both|none|if|whether|[A-Z][\w’'\-]*|\d[\d,.]*"
    # A number, also approximated: "said 80,000 homes", "said about 300 people".
    r"|(?:about|around|nearly|almost|roughly|approximately|more\s+than|fewer\s+than|"
    r"less\s+than|at\s+least|up\s+to|over|only|just)\s+\d[\d,.]*)\b)")


BARE_NOUN_RE = re.compile(r"\s+([a-z][a-z’'\-]+)\s+([a-z][a-z’'\-]*)\b")
NOT_CLAUSE_STARTS = frozenset(
    "in on at of about for with from to by into during after before over under through since "
    "until so yes no nothing something anything little much more less again too also even "
    "just only not never already still yet instead here there then now later earlier once "
    "as like than what how why when where who which whose while although though because "
    "repeatedly recently publicly privately afterward afterwards tonight today yesterday "
    "goodbye hello thanks sorry okay ok the a an his her their its my our your and or but "
    "with without against among between via per".split())


SHORT_PP_RE = re.compile(r"\s*(?:after|before|during|at|in|on)\s+(?:[\w’'\-]+\s+){1,3}?"
                         r"(?=(?:he|she|they|we|I|it)\s+(?:would|will|had|has|was|were|is|are|"
                         r"could|should|did|does|do|might|may|must|can)\b)")
# A reported clause never opens with a preposition ("said on a call with analysts that").
_PREPOSITIONS = frozenset("in on at of about for with from by into during after before over "
                          "under through since until via per against among between without".split())


CLAUSE_TAIL_RE = re.compile(
    r",\s+(?:even as|even though|while|whereas|although|though|with|as|a|an|which|who|"
    r"according to|citing|saying|adding|noting|calling|despite|including|compared (?:with|to)|"
    r"and (?:he|she|they|it|the|his|her|their|that|this|then)|but)\s|\s[—–]\s|\s--?\s")


AND_CUE_RE = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?(?:said|says|added|adds|told|tells|"
    r"noted|notes|argued|argues|insisted|insists|warned|warns|stressed|claimed|claims|wrote|"
    r"predicted|acknowledged|asked|explained|suggested|announced|vowed|promised|urged|urges|"
    r"called|calls|pledged|pledges|cautioned|cautions|admitted|conceded|denied|denies)\b")


# "argues at The Federalist that ...", "claimed in an interview with Breitbart News that":
# a phrase naming an outlet or person before "that".
NAMED_PP_RE = re.compile(r"\s+(?:at|in|on|to|with|for)\s+(?:the\s+)?(?:[A-Z][\w’'.&\-]*\s+){1,4}(?=that\b)")
# "told reporters outside the courthouse that ...", "said after the vote that ...": a
# short phrase of place or time between the verb (or its listener) and "that".
PLACE_PP_RE = re.compile(
    r"\s+(?:outside|inside|near|at|in|on|after|before|during|from|aboard|backstage|with|to|for)\s+"
    r"(?:[\w’'.&/\-]+\s+){1,5}?(?=that\s+(?:he|she|they|it|we|I|you|there|his|her|their|its|"
    r"the|a|an|no|some|several|many|most|all|both|few|more|two|three|four|five|\d[\d,.]*|[A-Z][\w’'\-]*"
    # A bare plural subject and its verb: "on a call with analysts that margins would".
    r"|[a-z]+s\s+(?:would|will|could|were|are|had|have|might|may)\b)\b)")
# "said in a statement posted on its website that ...": a participle modifying the
# medium, up to "that".
MEDIUM_PARTICIPLE_RE = re.compile(
    r"\s+(?:posted|released|issued|published|sent|shared|delivered|circulated|distributed|signed|read)\s+"
    r"(?:[\w’'.\-]+,?\s+){0,8}?(?=that\s)")
_MODAL_BEFORE = [[w] for w in ("would", "will", "could", "can", "may", "might", "should", "to")]
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+$")
THAT_RE = re.compile(r"\s*,?\s*that\b\s*")
ASIDE_RE = re.compile(r",[ \t]*(?:however|though|also|meanwhile|moreover|nonetheless|nevertheless|"
                      r"in fact|again|instead|for example|for instance|therefore|too|later|earlier),(?=[ \t])")


def content_after(text: str, cue: Cue, sent_end: int) -> tuple[int, int] | None:
    """The reported clause after a verb: "said (that) ..." to the end of the sentence."""
    pos = cue.end
    if cue.lemma == "tell":
        m = TELL_OBJECT_RE.match(text, pos, sent_end)
        if not m:
            return None
        pos = m.end()
    elif cue.lemma == "inform":
        # "informed reporters that", "informed that" (Indian English); never the
        # passive "was informed that", whose subject is the listener.
        if PASSIVE_BEFORE_RE.search(text, max(0, cue.start - 12), cue.start):
            return None
        m = TELL_OBJECT_RE.match(text, pos, sent_end)
        if m and text.startswith(" that", m.end()):
            pos = m.end()
    if text.startswith(",", pos) and (aside := ASIDE_RE.match(text, pos, sent_end)):
        pos = aside.end()  # "cautioned, however, that ...": an aside between verb and clause
    # The last three phrase patterns end before "that": without one, skip them (4 calls in 5).
    that_follows = text.find("that", pos, sent_end) >= 0
    for _ in range(2):
        m = PP_RE.match(text, pos, sent_end) or TIME_RE.match(text, pos, sent_end) or \
            that_follows and (
                NAMED_PP_RE.match(text, pos, sent_end) or PLACE_PP_RE.match(text, pos, sent_end)
                or MEDIUM_PARTICIPLE_RE.match(text, pos, sent_end))
        if not m:
            break  # (a second try at the same position would fail the same way)
        pos = m.end()
    m = THAT_RE.match(text, pos, sent_end)
    had_that = bool(m)
    if m:
        pos = m.end()
    elif cue.lemma == "add" and text[max(0, cue.start - 7):cue.start].split()[-1:] in _MODAL_BEFORE:
        return None  # "the line would add 62 km": to add something, not to say it
    else:
        m = CLAUSE_START_RE.match(text, pos, sent_end)
        if m and not text[pos:m.start("c")].strip():
            pos = m.start("c")
        elif cue.lemma in ("say", "tell", "add", "write", "argue", "claim", "insist", "warn", "note") \
                and FINITE_RE.match(text, pos, min(sent_end, pos + 90)) \
                and text[pos:pos + 12].split()[:1] != [] \
                and (text[pos:pos + 12].split()[0] not in _PREPOSITIONS
                     or SHORT_PP_RE.match(text, pos, sent_end)):
            # "said company leaders had paid attention": a noun phrase, then a finite verb;
            # "said after the convention he would ...": a short phrase, then the clause.
            pp = SHORT_PP_RE.match(text, pos, sent_end)
            if pp:
                pos = pp.end()
            while pos < sent_end and text[pos].isspace():
                pos += 1
        elif cue.lemma in ("say", "tell", "write", "argue", "insist", "warn") \
                and (w := BARE_NOUN_RE.match(text, pos, sent_end)) \
                and w.group(1) not in NOT_CLAUSE_STARTS and w.group(2) not in NOT_CLAUSE_STARTS \
                and not w.group(1).endswith(("ly", "ed", "ing")):
            # "said people misunderstand Trump", "says voters want change": a bare noun and
            # its verb start the clause ("said in", "told reporters with", "obtained by"
            # and adverbs do not).
            pos = w.start(1)
        else:
            return None
        if text.startswith(("if", "whether"), pos) and cue.lemma not in ("ask",):
            return None
    while pos < sent_end and text[pos].isspace():
        pos += 1
    end = sent_end
    # The reported clause ends where the writer's own comment on it starts: ", even as ...",
    # ", a mass layoff rivaling ...", " — a controversial proposal ...".
    tail = CLAUSE_TAIL_RE.search(text, pos + 12, end)
    if tail:
        end = tail.start()
    # "said X and added that Y": the second verb reports a clause of its own.
    # (It needs an "and" or a "but": two str.find calls rule out half the sentences.)
    coordinated = (text.find("and", pos + 12, end) >= 0 or text.find("but", pos + 12, end) >= 0) \
        and AND_CUE_RE.search(text, pos + 12, end)
    if coordinated:
        end = coordinated.start()
    while end > pos and text[end - 1] in " .!?;:,\"”’)":
        end -= 1
    if end - pos < 12 or len(text[pos:end].split(None, 2)) < 3:  # (3 pieces will do)
        return None
    # A clause that is really a quotation is handled as a mixed quote.
    if "“" in text[pos:end] or '"' in text[pos:end]:
        return None
    if not had_that and cue.lemma not in ("say", "tell", "add", "write", "claim", "argue",
                                          "insist", "warn", "note", "predict", "report",
                                          "state", "suggest", "acknowledge", "announce",
                                          "explain", "admit", "concede", "reiterate", "tweet"):
        return None
    return pos, end


def is_indirect_cue(cue: Cue) -> bool:
    if cue.according:
        return True
    if cue.lemma in NOT_INDIRECT or cue.lemma in COGNITION:
        return False
    if cue.form.endswith("ing"):
        return False
    return cue.lemma in INDIRECT_STRONG


# Participles that report speech after a comma: "..., saying the plan failed". Not
# "suggesting", which more often describes than reports ("skeptical, suggesting that ...").
PARTICIPLE_CUES = {"saying", "adding", "arguing", "noting", "warning", "claiming", "insisting",
                   "explaining", "stating", "declaring", "telling", "writing",
                   "acknowledging", "asserting", "charging", "contending", "predicting",
                   "promising", "stressing", "pointing out", "recalling", "conceding",
                   "admitting", "announcing", "complaining", "maintaining"}


def is_participle_cue(cue: Cue) -> bool:
    return cue.form in PARTICIPLE_CUES
