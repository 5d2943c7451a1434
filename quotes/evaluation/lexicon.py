"""Word lists and normalisation the scorer uses: speech verbs, honorifics, pronouns.

These belong to the *evaluation* (what counts as an indirect quote in the gold, how names
are compared) and deliberately do not share code with the extractor's own lexicons, so
tuning the extractor cannot silently move the goalposts.
"""
from __future__ import annotations

import re
import unicodedata

# Base forms of verbs (and a few nouns/prepositions used as cues) that introduce speech.
SPEECH_VERBS = frozenset(
    """
    say tell state add claim argue announce explain insist warn note write report acknowledge
    deny suggest ask answer reply respond remark comment declare assert maintain contend
    predict promise pledge vow admit concede confirm allege complain describe recall reveal
    disclose testify tweet post blog email emphasise emphasize stress urge caution observe
    point mention indicate propose recommend estimate agree disagree concur dispute counter
    retort quip joke boast brag lament acknowledge affirm reiterate repeat continue conclude
    speculate wonder question criticise criticize praise accuse charge blame attack slam
    demand call announce release publish quote cite tout defend protest object plead reason
    shout yell scream cry exclaim whisper mutter murmur chant sing read recount relate
    inform notify advise brief assure reassure remind threaten vow swear insist
    according
    """.split()
)

# Irregular forms that the regular-inflection rules below cannot produce.
IRREGULAR = {
    "said": "say", "says": "say",
    "told": "tell",
    "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak",
    "thought": "think",
    "swore": "swear", "sworn": "swear",
    "read": "read",
    "sang": "sing", "sung": "sing",
    "cried": "cry", "cries": "cry",
    "according": "according",
}

HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative
    congressman congresswoman gov governor pres president vice vp gen general col colonel
    lt capt captain sgt adm admiral rev reverend fr father st hon judge justice chief
    secretary minister mayor ambassador sheriff commissioner chairman chairwoman chair
    speaker leader candidate nominee former
    """.split()
)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})

PRONOUNS = frozenset(
    """
    i me my we us our you your he him his she her hers they them their it its
    who whom which that this these those one someone somebody
    """.split()
)

# Capitalised words that do not make a mention a proper name ("The senator", "His aides").
NON_NAME_CAPITALS = PRONOUNS | frozenset(
    """
    the a an and or of in on at for to from by with but as some many most several
    both all each every other another no according after before when while if
    none nobody anyone anybody everyone everybody nothing something everything
    """.split()
)

_PARENTHETICAL = re.compile(r"\([^()]*\)")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase and strip accents: "Ségolène" -> "segolene"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    """Folded word tokens without punctuation; a possessive 's is dropped ("Trump's" -> "trump")."""
    result = []
    for token in _TOKEN.findall(fold(text)):
        token = token.replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        result.append(token.replace("'", ""))
    return [t for t in result if t]


def name_key(name: str | None) -> str | None:
    """The token a speaker name is judged by: its last word, minus honorifics and suffixes.

    "Sen. Ted Cruz" -> "cruz"; "Martin Luther King Jr." -> "king"; "Mike Pence (R-IN)" ->
    "pence"; "the senator" -> None.
    """
    if not name:
        return None
    name = _PARENTHETICAL.sub(" ", name)
    skip = HONORIFICS | NAME_SUFFIXES | NON_NAME_CAPITALS
    words = [t for t in tokens(name) if t not in skip]
    return words[-1] if words else None


def lemma(word: str) -> str:
    """A rough verb lemma for a folded word: said -> say, tells -> tell, noted -> note."""
    word = fold(word)
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in SPEECH_VERBS:
        return word
    candidates = []
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("ed"):
        candidates += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])  # admitted -> admit
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            candidates.append(word[:-4])  # admitting -> admit
    for candidate in candidates:
        if candidate in SPEECH_VERBS:
            return candidate
    return word


def is_speech_cue(cue_text: str) -> bool:
    """Whether any word of a cue ("has said", "told reporters", "according to") is a speech verb."""
    return any(lemma(token) in SPEECH_VERBS for token in tokens(cue_text))


def is_proper_mention(text: str) -> bool:
    """A mention that names someone: has a capitalised word that is not a pronoun, article or title.

    "Hillary Clinton", "The New York Post", "Mr. Trump" -> True; "he", "the senator",
    "The President", "a source" -> False.
    """
    for word in _TOKEN.findall(text):
        if word[0].isupper() and fold(word) not in NON_NAME_CAPITALS and fold(word) not in HONORIFICS:
            return True
    return False
