"""Where and when something was said: venues ("speaking on France 5", "told the gathering")
and date phrases ("on Feb 11", "on Tuesday", "recently"), resolved against the article's
publication date when it is known."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicons import EVENT_NOUNS, FIRST_NAMES, MEDIA_WORDS, MONTHS, WEEKDAYS

_MONTH_ALT = ("January|February|March|April|May|June|July|August|September|October|November|"
              "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_DAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Only the phrase itself is returned, so no optional "on/last/since ..." before it; the
# lookahead on its first characters lets the engine skip ahead (half the time).
WHEN_RE = re.compile(
    rf"(?=[A-Z0-9rytel])\b(?P<phrase>(?:(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
    rf"|\d{{1,2}}\s+(?:{_MONTH_ALT})\.?(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})(?![\d/])"
    rf"|(?:{_DAY_ALT})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|recently|yesterday|today|tonight|earlier\s+this\s+(?:week|month|year)"
    rf"|last\s+(?:week|month|year|night)|this\s+week)\b"
)
_RELATIVE = {"last week", "last month", "last year", "last night", "this week",
             "earlier this week", "earlier this month", "earlier this year"}

# "speaking on France 5", "told CNN", "in an interview with Fox News", "on Public Senat TV",
# "wrote on Twitter", "said in a statement", "told the gathering".
_NAME = r"[A-Z][\w’'&.\-]*(?:\s+(?:[A-Z0-9][\w’'&.\-]*|of|de|du|la|the))*"
# Each pattern opens with a lookahead on its first letters: the engine then skips
# positions quickly (a leading \b alone is tried everywhere).
# "on Monday", "on March 3": a date after "on", no outlet or platform.
_NOT_DATE = rf"(?!(?:{_DAY_ALT}|{_MONTH_ALT})\b)"
VENUE_RES = [
    re.compile(rf"(?=[saitwrp])\b(?:speaking|appearing|interviewed|said|told|says|spoke|remarked|stated|wrote|writing|posted|posting|tweeted|talking|told\s+\w+)\s+(?:on|to)\s+(?:(?:the\s+)?(?:[A-Z][\w’']*(?:’s|'s)\s+))?(?:(?:television|TV|radio|news|cable)\s+(?:channel|station|network|show|program|programme)\s+|(?:the\s+)?)(?P<v>{_NAME})"),
    re.compile(rf"(?=[iIdD])\b(?:[Ii]n|[Dd]uring)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}?(?:interview\s+(?:with|on)|(?:post|message|video|thread)\s+on)\s+(?:the\s+)?{_NOT_DATE}(?P<v>{_NAME})"),
    # (A literal "on" first, then a lookbehind for the word boundary, lets the engine
    # jump from "on" to "on": three times faster than a lookahead.)
    re.compile(rf"on(?<!\won)\s+(?:(?:the\s+)?(?:[A-Z][\w’']*(?:’s|'s)\s+))?(?P<v>(?:[A-Z][\w’'\-]*\s+){{0,3}}(?:TV|Television|Radio|Twitter|Facebook|Instagram|X|YouTube|Channel\s+\d+|\d+))\b"),
    # (A legislature needs no article: "told parliament", "addressed Congress". A named
    # committee or court is told too: "told the Senate Armed Services Committee".)
    re.compile(r"(?=[ta])\b(?:told|addressing|addressed)\s+(?P<v>(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")|[Pp]arliament|Congress|Senate|(?:the\s+)?(?:House\s+of\s+)?(?:Commons|Lords)|the\s+(?:Bundestag|Knesset|Duma|Dáil)|the\s+(?:[A-Z][\w\-]*\s+){1,4}(?:Committee|Subcommittee|Commission|Council|Board|Panel|Tribunal|Inquiry|Assembly))\b"),
    re.compile(rf"(?=[idaIDA])\b(?:[Ii]n|[Dd]uring|at|At)\s+(?P<v>(?:a|an|the|his|her|their|its)\s+(?:[\w.\-]+\s+){{0,2}}?(?:statement|interview(?!\s+(?:with|on)\s+(?:the\s+)?{_NOT_DATE}[A-Z])|speech|press conference|news conference|briefing(?:\s+(?:note|paper))?|rally|hearing|debate|op-ed|letter|post|tweet|town hall|radio address|address|podcast|memo|email|video|testimony|press release|news release|note(?:\s+to\s+(?:clients|investors|customers|staff|employees|members|shareholders))?|report|column|filing|essay|newsletter|blog post|submission|notice|advisory|bulletin)(?!\s+on\s+{_NOT_DATE}[A-Z]))\b"),
]
# "told Fox News", "telling The Wall Street Journal", "told CNN": a listener that is a medium
# (a name with a media word, a newspaper word, or an acronym), not a person.
_MEDIA_NAME_WORDS = ("|".join(sorted(MEDIA_WORDS, key=len, reverse=True)) +
                     "|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Press|Magazine|"
                     "Gazette|Globe|Reuters|Bloomberg|Politico|Axios|Daily|Broadcasting|Media")
VENUE_RES.append(re.compile(
    rf"(?=[t])\b(?:told|telling|tells)\s+(?P<v>(?:the\s+)?(?:[A-Z][\w’'&.\-]*\s+){{0,3}}"
    rf"(?:{_MEDIA_NAME_WORDS})\b(?:\s+[A-Z][\w’'&.\-]*){{0,2}}|[A-Z]{{2,6}}(?:\s+(?:radio|television|TV))?\b)"))
# "told local radio", "told state television": an unnamed broadcaster or the press.
VENUE_RES.append(re.compile(
    r"(?=[t])\b(?:told|telling|tells)\s+(?P<v>(?:local|national|state|regional|public|foreign|"
    r"international)\s+(?:radio|television|TV|media|press|newspapers|broadcasters))\b"))
# "Speaking at an industry conference in Berlin, she said ...": an event the speaker
# addressed, with the place it was held.
_EVENTS = "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
VENUE_RES.append(re.compile(
    rf"(?=[satSAT])\b(?:[Ss]peaking|[Aa]ppearing|[Aa]ddressing|[Tt]alking|[Tt]estifying)(?:\s+(?:at|before|to|during))?\s+"
    rf"(?P<v>(?:a|an|the|his|her|their|its)\s+(?:[\w\-’']+\s+){{0,3}}?(?:{_EVENTS})\b"
    rf"(?:\s+(?:in|of)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?)"))
# "told the BBC's Today programme", "on Radio 4's Today programme", "told the club's
# website": a programme, show or site of a named outlet (or of a described one), whole.
_PROGRAMME_WORDS = ("programme|program|show|podcast|website|site|newspaper|magazine|blog|"
                    "channel|phone-in|documentary|newsletter")
VENUE_RES.append(re.compile(
    rf"(?=[tsowiaSA])\b(?:(?:[Ss]peaking|[Aa]ppearing|said|says|spoke|talking)\s+)?"
    rf"(?:told|telling|tells|on|to|in|wrote\s+(?:on|in|for)|writing\s+(?:on|in|for))\s+"
    rf"(?P<v>(?:the\s+|a\s+)?(?:[A-Z][\w’'&.\-]*\s+){{0,3}}[\w\-]+(?:’s|'s)\s+"
    rf"(?:[A-Z0-9][\w’'&.\-]*\s+){{0,3}}(?:[^\W\d_A-Z][\w’']*\s+){{0,2}}(?:{_PROGRAMME_WORDS}))\b"))
# "wrote in the journal", "said on an earnings call", "told analysts on a conference call".
VENUE_RES.append(re.compile(
    r"(?=[oidOID])\b(?:[Oo]n|[Dd]uring|[Ii]n)\s+(?P<v>(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:call(?:\s+with\s+(?:analysts|investors|reporters|journalists))?|webinar|livestream|"
    r"journal(?:\s+[A-Z][\w’'&\-]*){0,4}|newsletter|blog post))\b"))
# "told The Independent", "told The Age": a newspaper named "The" and one word.
VENUE_RES.append(re.compile(
    r"(?=[t])\b(?:told|telling|tells)\s+(?P<v>The\s+(?:Independent|Observer|Mirror|Sun|Express|Star|"
    r"Mail|Standard|Age|Australian|Hindu|Nation|Times|Telegraph|Guardian|Economist|Atlantic|"
    r"Spectator|Scotsman|Herald|Tribune|Globe|Chronicle|Inquirer|Courier|Examiner|Sentinel|"
    r"Conversation|Intercept|Hill|Wire|Print|Citizen|Irish\s+Times|Straits\s+Times)(?:\s+[A-Z][\w’'&.\-]*){0,2})\b"))
# "Writing in The Telegraph, ...", "wrote for Politico": the publication written in.
VENUE_RES.append(re.compile(
    rf"(?=[Ww])\b[Ww]r(?:iting|ote|ites)\s+(?:in|for)\s+(?:the\s+)?(?P<v>The\s+{_NAME}|"
    rf"(?:[A-Z][\w’'&.\-]*\s+){{0,3}}(?:{_MEDIA_NAME_WORDS}|Review|Magazine)\b|[A-Z]{{2,6}}\b)(?![’']s)"))
# 'said on NBC's "Meet the Press."', 'told "Fox and Friends,"': a programme named in
# quotation marks, every word capitalised (a title, not words said to someone).
_TITLE_WORDS = (r"[A-Z][\w’'!:&\-]*(?:[ \t]+(?:(?:of|the|and|a|an|in|on|for|to|with|at|or|by)[ \t]+)*"
                r"[A-Z0-9][\w’'!:&\-]*){0,7}")
VENUE_RES.append(re.compile(
    rf"(?=[otwOTW])\b(?:[Oo]n|told|[Ww]ith)\s+(?P<v>(?:[A-Z][\w.&]*(?:’s|'s|’|')\s+)?(?:“|\"|''){_TITLE_WORDS})"
    r"[,.]?(?:”|\"|'')"))
# "told Variety in an interview", "told Rolling Stone in an interview published Sunday": a
# listener interviewing the speaker is an outlet, whatever its name.
_INTERVIEWER_RE = re.compile(
    r"(?=[t])\b(?:told|telling|tells)\s+(?P<v>(?:[A-Z][\w’'&.\-]*\s+){0,2}[A-Z][\w’'&.\-]*)\s+in\s+an?\s+"
    r"(?:[\w\-]+\s+){0,2}?interview\b")
VENUE_RES.append(_INTERVIEWER_RE)
# "told state broadcaster RTV Talvenia", "told public broadcaster NHK": the broadcaster named.
VENUE_RES.append(re.compile(
    r"(?=[t])\b(?:told|telling|tells)\s+(?:(?:the\s+)?(?:state|public|national|private|local)\s+)?"
    r"(?:broadcaster|network|channel|news\s+agency|newspaper|daily|tabloid|radio|television)\s+"
    r"(?P<v>[A-Z][\w’'&.\-]*(?:\s+[A-Z0-9][\w’'&.\-]*){0,3})"))
# "told RTÉ's Morning Ireland", "told the BBC's Newsnight": a broadcaster's programme named
# without the word "programme".
_PROGRAMME_OF_RE = re.compile(
    rf"(?=[t])\b(?:told|telling|tells)\s+(?P<v>(?:the\s+)?(?:[A-ZÀ-Þ]{{2,6}}|(?:[A-Z][\w&.\-]*\s+){{0,2}}"
    rf"(?:{_MEDIA_NAME_WORDS}))(?:’s|'s)\s+(?P<p>[A-Z][\w’'\-]*)(?:\s+[A-Z][\w’'\-]*){{0,2}})")
VENUE_RES.append(_PROGRAMME_OF_RE)
assert len(VENUE_RES) == 16  # (the prefilters in find_venue follow this order)
DAY_MONTH_RE = re.compile(rf"(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?")
MONTH_DAY_RE = re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})\.?(?:\s+(?P<y>\d{{4}}))?")
_WEEKDAY_RE = re.compile(rf"(?P<w>{_DAY_ALT})")
NUMERIC_DATE_RE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
_STOP_NAME_WORDS = {"on", "in", "at", "to", "the", "of", "de", "du", "la"}


# "told analysts on a call in August", "In August, she said": a month alone dates the
# words only right by a reporting verb (elsewhere it dates other events: "won the primary
# in February").
_MONTHS_FULL = ("January|February|March|April|May|June|July|August|September|October|November|"
                "December")
MONTH_WHEN_RE = re.compile(
    rf"\b(?:said|says|told|tells|wrote|writes|announced|added|stated|warned|declared|argued|"
    rf"noted|tweeted|posted|testified|explained|claimed|insisted|pointed out|predicted|"
    rf"acknowledged|admitted|promised|vowed)\b(?:,?\s+(?!(?:would|will|to|that|was|were|had|has|"
    rf"is|are|be|could|can|should|might|must)\b)[\w’'\-]+){{0,6}}?,?\s+in (?P<m>{_MONTHS_FULL})(?![\w’']|\s+\d)"
    rf"|^\s*In (?P<m2>{_MONTHS_FULL}),", re.MULTILINE)


_DIGIT_RE = re.compile(r"\d")
_MONTH_NAMES = tuple(_MONTHS_FULL.split("|"))


def find_when(text: str, start: int, end: int) -> str | None:
    """The first date phrase in text[start:end], as written ("Feb 12", "Tuesday")."""
    r = text[start:end]
    # Every WHEN_RE phrase holds a digit, "day" (weekdays, today, yesterday) or one of
    # these words: tested with `in` first, the costlier pattern runs on a third of regions.
    m = WHEN_RE.search(text, start, end) if (
        "day" in r or "recently" in r or "tonight" in r or "earlier" in r or "last" in r or "this" in r
        or _DIGIT_RE.search(r) is not None) else None
    if not m:
        # (MONTH_WHEN_RE needs a month's name: tested with `in` first, the costly pattern
        # runs on one region in 13 of those it ran on before.)
        if ("in " in r or "In " in r) and any(month in r for month in _MONTH_NAMES):
            m = MONTH_WHEN_RE.search(text, start, end)
            if m:
                return m.group("m") or m.group("m2")
        return None
    return re.sub(r"\s+", " ", m.group("phrase"))


def venue_outlet(venue: str) -> str:
    """The outlet of a programme or site venue ("France 5" of "France 5's C à vous
    programme", "the BBC" of "the BBC's Today programme"); other venues as they are."""
    for mark in ("’s ", "'s "):
        if mark in venue:
            return venue.split(mark, 1)[0]
    return venue


def find_venue(text: str, start: int, end: int) -> str | None:
    """The venue or medium named in text[start:end], or None."""
    # Words one of which a pattern needs, tested on the region with `in` (a fast C search)
    # before the slower pattern. Each test may let through more than its pattern takes,
    # never less. (As regex alternations, these tests cost as much as the patterns
    # themselves.)
    r = text[start:end]
    tell = "told" in r or "tell" in r
    wanted = (
        "on" in r or "to" in r,  # ("said on", "spoke to": half the regions have neither)
        "interview" in r or "post on" in r or "message on" in r or "video on" in r or "thread on" in r,
        "on" in r,
        tell or "address" in r,
        "in" in r or "In" in r or "at" in r or "At" in r,  # ("during" holds "in")
        tell,
        tell,
        "peaking" in r or "ppearing" in r or "ddressing" in r or "alking" in r or "estifying" in r,
        "’s" in r or "'s" in r,
        "call" in r or "journal" in r or "webinar" in r or "livestream" in r or "newsletter" in r
        or "blog post" in r,
        tell and "The" in r,
        "rit" in r or "rote" in r,
        '"' in r or "“" in r or "''" in r,
        tell and "interview" in r,
        tell,
        tell and ("’s" in r or "'s" in r),
    )
    best = None
    for rx, needed in zip(VENUE_RES, wanted):
        if not needed:
            continue
        m = rx.search(text, start, end)
        if m is not None and rx is _INTERVIEWER_RE and m.group("v").split()[0] in FIRST_NAMES:
            continue  # ("told Jane Smith in an interview": a person, no outlet)
        if m is not None and rx is _PROGRAMME_OF_RE and m.group("p") in FIRST_NAMES:
            continue  # ("told ABC's George Stephanopoulos": a journalist; "told ABC" is found)
        if m and (best is None or m.start() < best[0]
                  or m.start() == best[0] and len(m.group("v")) > len(best[1])):
            v = _trim_venue(m.group("v"))
            if v:
                best = (m.start(), v)
    return best[1] if best else None


_JOURNALIST_TITLES = {"Senior", "Chief", "Correspondent", "Anchor", "Host", "Editor", "Reporter",
                      "Columnist"}


def _trim_venue(v: str) -> str | None:
    if "“" in v or '"' in v or "''" in v:
        v = v.replace("“", "").replace('"', "").replace("''", "")  # a programme's marks
    words = v.split()
    if words:  # (the sentence's full stop: "told parliament on Wednesday.")
        words[-1] = words[-1].rstrip(".,;:")
    # A date is no part of a venue: "France 5 on Feb 11".
    while words and (words[-1].lower() in _STOP_NAME_WORDS or words[-1].rstrip(".").lower() in MONTHS
                     or words[-1].lower() in WEEKDAYS):
        words.pop()
    out = []
    for k, w in enumerate(words):
        if w.rstrip(".").lower() in MONTHS or w.lower() in WEEKDAYS:
            if k == 1 and words[0].lower() in ("a", "an", "the", "his", "her", "their", "its") and len(words) > 2:
                # "in a March 3 email", "in a Tuesday statement": the date dates the
                # medium; the medium is the venue, date and all.
                out = words
            break
        if out and w in _JOURNALIST_TITLES:
            break  # "NBC News Senior Investigative Correspondent Jane Doe": the outlet
        if w.endswith(("’", "'")) and len(w) > 2 and w[-2] == "s" and w[:1].isupper():
            out.append(w[:-1])  # "Fox News’ Sean Hannity": the outlet
            break
        out.append(w)
    if out and out[-1].endswith(("’s", "'s")) and len(out[-1]) > 3:
        out[-1] = out[-1][:-2]  # "on CNN’s “State of the Union”": the outlet
    while out and out[-1].lower() in _STOP_NAME_WORDS:
        out.pop()
    v = " ".join(out).rstrip(".,;:")
    if v.isdigit():  # "on 3 March": the day of a date, no channel
        return None
    return v or None


def resolve(phrase: str | None, published: date | None) -> date | None:
    """Turn a date phrase into a date on or before `published` ("Feb 12" -> 2025-02-12)."""
    if not phrase or published is None:
        return None
    low = phrase.lower()
    if low in ("today", "tonight"):
        return published
    if low == "yesterday":
        return published - timedelta(days=1)
    m = DAY_MONTH_RE.fullmatch(phrase) or MONTH_DAY_RE.fullmatch(phrase)
    if m:
        month = MONTHS[m.group("m").lower().rstrip(".")]
        day = int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else published.year
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if not m.group("y") and d > published:
            try:
                d = date(year - 1, month, day)
            except ValueError:
                return None
        return d
    m = NUMERIC_DATE_RE.fullmatch(phrase)
    if m:
        return _numeric_date(m, published)
    m = _WEEKDAY_RE.match(phrase)
    if m:
        target = WEEKDAYS[m.group("w").lower()]
        delta = (published.weekday() - target) % 7
        return published - timedelta(days=delta)
    return None


def _numeric_date(m: re.Match, published: date) -> date | None:
    """"4/3/2025": day first in most of the world, month first in the US. The reading that
    exists and falls nearest before publication wins."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 2000
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(y, month, day))
        except ValueError:
            pass
    past = [d for d in readings if d <= published]
    if past:
        return max(past)
    return min(readings) if readings else None


def event_antecedent(venue: str | None) -> bool:
    """Is the venue an anaphoric event ("the gathering") whose date may be given earlier?"""
    if not venue:
        return False
    words = venue.lower().split()
    return words[0] == "the" and words[-1] in EVENT_NOUNS


EVENT_RE = re.compile(r"\b(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")
