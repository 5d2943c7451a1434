"""Quote extraction: article text in, plain data out. No Django import anywhere here.

    from quotes.extraction import extract
    result = extract(text, published=date(2025, 3, 11))

The pipeline, each step computed once per article so time stays linear in its length:
layout (paragraphs, title, byline) -> quotation spans -> sentences (never split inside a
quotation) -> reporting-verb cues -> people and organisations -> direct and mixed quotes with
their speakers -> indirect speech -> entities.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date

from . import when_where
from .entities import Registry, build_registry
from .lexicons import (
    ACCORDING_RE, COGNITION, COMMON_CAPITALISED, DEMONYMS, DOCUMENT_NOUNS, HONORIFICS, MEDIA_WORDS, OBJECT_SPEECH,
    PLURAL_SOURCES, ROLE_NOUNS, TITLES,
)
from .model import Entity, Extraction, Quote
from .quotes import (
    Span, add_single_quotes, ends_like_speech, is_title_like, pair_marks, pair_single_marks,
)
from .reported import PASSIVE_BEFORE_RE, CLAUSE_TAIL_RE, content_after, is_indirect_cue, is_participle_cue
from .speakers import _PORTFOLIO_LEAD_RE
from .speakers import (
    DESCRIPTION_WHO_RE, apposed_name, chain_pronouns, INVERTING, possessed_noun_at,
    PERSON_PRONOUNS, Cue, Speaker, _from_mention, _ok_lead, adjacent_subject, clause_subject,
    find_cues,
    resolve_nominal, resolve_pronoun, role_holder, skip_fronted, subject_after, subject_before,
)
from .text import Layout, has_sentence_break, layout, split_sentences
from .descriptions import tidy_description
from .unnamed import is_unnamed_source

__all__ = ["Entity", "Extraction", "Quote", "extract"]

MIN_QUOTE_WORDS = 3  # shorter quoted phrases are scare quotes unless a cue attributes them


@dataclass(slots=True)
class Attribution:
    speaker: Speaker | None
    cue: Cue | None
    sentence: tuple[int, int]
    venue: str | None = None
    when: str | None = None


class _Article:
    """Indexes over one article, shared by the extraction steps."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout: Layout = layout(text)
        self.body = [p for p in self.layout.paragraphs if p.kind == "body"]
        self.spans: list[Span] = []
        prev_unclosed: Span | None = None
        digraphs = "''" in text or "``" in text
        paired = [pair_marks(text, p.start, p.end, p.index, digraphs) for p in self.body]
        if not digraphs:  # ('' marks are a typewriter's double marks: ' is then no quote)
            add_single_quotes(text, self.body, paired)
        for p, spans in zip(self.body, paired):
            if spans and prev_unclosed is not None and spans[0].open - p.start <= 1:
                spans[0].continued = True
            prev_unclosed = spans[-1] if spans and not spans[-1].closed else None
            self.spans.extend(spans)
        self.masks = [(s.open, s.after) for s in self.spans]
        starts: list[int] = []
        ends: list[int] = []
        mi = 0
        for p in self.body:
            while mi < len(self.masks) and self.masks[mi][1] <= p.start:
                mi += 1
            mj = mi
            while mj < len(self.masks) and self.masks[mj][0] < p.end:
                mj += 1
            split_sentences(text, p.start, p.end, self.masks[mi:mj], starts, ends)
        self.layout.sentence_starts = starts
        self.layout.sentence_ends = ends
        self.cues: list[Cue] = []
        body_starts = self.body_starts = [p.start for p in self.body]
        for c in find_cues(text, 0, len(text), self.masks):
            bi = bisect_right(body_starts, c.start) - 1
            if bi >= 0 and c.start < self.body[bi].end:
                self.cues.append(c)
        self.cue_starts = [c.start for c in self.cues]
        self.registry: Registry = build_registry(text, self.layout.paragraphs, self.masks,
                                                 dateline=self.layout.dateline)
        self.registry.text = text
        # (A bound method of the layout: a lambda over `self` made every article a
        # reference cycle, left for the garbage collector to find.)
        self.registry.sentence_start = self.layout.sentence_start
        self.para_of = {p.index: p for p in self.layout.paragraphs}
        self.unvoiced: dict[int, Attribution] = {}  # span index -> cue with no speaker
        self.body_pos = {p.index: i for i, p in enumerate(self.body)}

    def cues_between(self, start: int, end: int) -> list[Cue]:
        i = bisect_left(self.cue_starts, start)
        j = bisect_left(self.cue_starts, end)
        return self.cues[i:j]

    def spans_between(self, start: int, end: int) -> list[Span]:
        i = bisect_left(self.masks, (start, -1))
        out = []
        while i < len(self.spans) and self.spans[i].open < end:
            out.append(self.spans[i])
            i += 1
        return out


def extract(text: str, *, published: date | None = None) -> Extraction:
    """Extract quotes, speakers, people and organisations from article text."""
    result = Extraction(published=published)
    if not text or not text.strip():
        return result
    original = text
    if "\u00a0" in text:
        # A no-break space is a space to every rule here; one character for another keeps
        # every offset (and each quote's text is sliced from the original again below).
        text = text.replace("\u00a0", " ")
    art = _Article(text)
    if published is None and art.layout.published is not None:
        # A date line under the headline: what relative dates ("on Wednesday") count from.
        published = result.published = art.layout.published
    result.title = art.layout.title
    result.author = art.layout.author
    result.publication = art.layout.publication

    quotes: list[Quote] = []
    said_by: dict[int, Speaker] = {}  # id(quote) -> its speaker, for the pronoun pass
    used_cues: set[int] = set()
    after_quote_cues: set[int] = set()
    venues: list[str] = []
    attributed: dict[int, Attribution] = {}  # span index -> attribution
    para_last: dict[int, Attribution] = {}  # paragraph index -> last attribution in it

    # Pass 1: quotes with their own cue.
    for i, span in enumerate(art.spans):
        attr = _attribute(art, span, i) or _clause_subject(art, span, i)
        if attr is not None:
            if attr.cue is not None and attr.cue.form == "saying" and attr.speaker is not None:
                _quoted_as(art, attr)
            attributed[i] = attr
            # A cue after its quotation ('"...," Sanders said private contractors cost
            # more') may still govern a reported clause; one before it may not.
            if attr.cue is not None:
                if attr.cue.start < span.open:
                    used_cues.add(attr.cue.start)
                else:
                    after_quote_cues.add(attr.cue.start)
    # Pass 2: carry speakers to cue-less quotes, in text order.
    for i, span in enumerate(art.spans):
        attr = attributed.get(i)
        if attr is None:
            attr = _carry(art, span, i, attributed, para_last) or art.unvoiced.get(i)
            if attr is not None:
                attributed[i] = attr
        if attr is not None:
            para_last[span.paragraph] = attr
        quote = _make_quote(art, span, i, attr, published)
        if quote is not None:
            quotes.append(quote)
            if attr is not None and attr.speaker is not None:
                said_by[id(quote)] = attr.speaker
            if quote.venue:
                venues.append(quote.venue)

    _labelled_turns(art, quotes)

    # Indirect speech.
    for quote, sp in _indirect(art, used_cues, after_quote_cues, published):
        quotes.append(quote)
        said_by[id(quote)] = sp
    quotes.extend(_headline_speech(art))
    quotes.extend(_headline_quotations(art, quotes))
    quotes.extend(_transcript_turns(art, published))
    quotes.extend(_interview_answers(art))
    quotes = chain_pronouns(quotes, said_by, lambda pos: _para_index(art, pos), reg=art.registry)
    quotes = [_mark_unnamed(q) for q in quotes]
    _drop_bare_titles(art, quotes)
    _epithets_to_protagonist(art, quotes)
    _definite_to_introduced(quotes)
    quotes = [_tidy_speaker_description(q) for q in quotes]
    quotes.sort(key=lambda q: q.start)
    if original is not text:
        for q in quotes:
            q.text = original[q.start:q.end]
    result.quotes = quotes
    _entities(art, result, venues)
    return result


def _sentence(art: _Article, pos: int) -> tuple[int, int]:
    s, e = art.layout.sentence_at(pos)
    if e <= pos:
        p = _para_of_pos(art, pos)
        return (p.start, p.end) if p else (pos, pos)
    return s, e


def _para_of_pos(art: _Article, pos: int):
    i = bisect_right(art.body_starts, pos + 2) - 1
    if i >= 0 and pos < art.body[i].end:
        return art.body[i]
    return None


def _attribute(art: _Article, span: Span, index: int) -> Attribution | None:
    """Find the cue and speaker of a quotation in its own sentence."""
    text, reg = art.text, art.registry
    sent = _sentence(art, span.open)
    s_start, s_end = sent
    # The clause before the quote starts after any earlier quote in the same sentence.
    clause_start = s_start
    if index > 0 and art.spans[index - 1].close >= s_start and art.spans[index - 1].paragraph == span.paragraph:
        clause_start = max(clause_start, art.spans[index - 1].after)
    clause_end = s_end
    if index + 1 < len(art.spans) and art.spans[index + 1].open < s_end:
        clause_end = art.spans[index + 1].open
        nxt = art.spans[index + 1]
        if nxt.words <= 3 and nxt.closed and not art.cues_between(span.after, nxt.open) \
                and text[span.after:nxt.open].rstrip().endswith((",", " and", " a", " the")):
            # '"...," Texas delegate Bill Eastland, wearing "Ted Cruz" campaign pins, said':
            # a short quotation inside the attribution does not end its clause.
            clause_end = art.spans[index + 2].open if index + 2 < len(art.spans) \
                and art.spans[index + 2].open < s_end else s_end
    after_start = min(span.after, s_end)

    # 0. 'under what Mr. Hedge called "the old model," the club charged ...': a naming
    # verb right before the quotation, in a clause opened by what/which/that, has the
    # quotation as its object; its subject speaks, whatever verb follows.
    relative = _relative_naming_subject(art, clause_start, span.open)
    said_after = [c for c in art.cues_between(after_start, clause_end)[:1]
                  if c.lemma in ("say", "add", "write", "tell")
                  and len(text[after_start:c.start].split(None, 4)) <= 4]
    if relative is not None and not said_after:
        # ('It is what critics called "a disaster," said Lund': Lund says all of it.)
        return _finish(art, relative, span)

    # 1. Cue right after the quote: '..." said X' / '..." X said'.
    after_cues = art.cues_between(after_start, clause_end)
    if after_cues:
        c = after_cues[0]
        gap = text[after_start:c.start]
        said = [b for b in art.cues_between(clause_start, span.open) if b.lemma in ("say", "tell", "add", "write")]
        named = subject_before(text, clause_start, said[-1].start, reg) if c.according and said else None
        if named is not None and named.entity is not None and named.kind == "person":
            # 'Ding said China would "consider participating" ..., according to Xinhua': a
            # named subject of the verb before the quotation speaks; "according to" names
            # the outlet that relays it.
            return _finish(art, Attribution(named, said[-1], sent), span)
        if _NEW_CLAUSE_RE.match(gap) and art.cues_between(clause_start, span.open):
            # 'Cruz accuses Obama of "leading from behind" and Trump says ...': the verb
            # after "and" has its own subject and clause; this quote's cue comes before it.
            pass
        elif _SPEECH_NOUN_RELATIVE_RE.match(gap) and art.cues_between(clause_start, span.open):
            # 'accused Quintero-Hale of being "soft on crime," a charge she rejected': the
            # verb after the quotation tells what became of the words, not who said them.
            pass
        elif _OWN_COMPLEMENT_RE.match(text, c.end, clause_end) and any(
                not b.according and text.startswith(" that ", b.end) or _THAT_AFTER_RE.match(text, b.end, span.open)
                for b in art.cues_between(clause_start, span.open)):
            # 'even as Trump claimed that "...," one of the prosecutors said the cases
            # differ', 'After Scalia said that ... "less advanced schools," Trump said: "..."':
            # the verb after the quotation has its own complement; the quotation is in
            # the that-clause of the verb before it.
            pass
        elif len(gap.split()) <= 10 and not has_sentence_break(gap) and ";" not in gap:
            sp = None
            if c.according:
                sp = subject_after(text, c.end, clause_end, reg)
            elif c.form.endswith("ing") and not c.form[:1].isupper() \
                    and not gap.strip(" \t,") and span.open > clause_start \
                    and ("," in gap or text[span.start:span.end].rstrip().endswith(",")):
                # 'X defended "New York values," saying the city ...': the participle's
                # subject is the main clause's, before the quotation.
                sp = _main_clause_subject(art, clause_start, span.open)
            elif not gap.strip(" ,—–-\t'’"):  # (a stray mark: "''...'old-school,'''")
                sp = _subject_around_participle(art, clause_start, span.open) \
                    or subject_after(text, c.end, clause_end, reg)
            elif c.form.endswith("ing") and not c.form[:1].isupper() and gap.rstrip(" \t").endswith(",") \
                    and span.open > clause_start and span.words >= MIN_QUOTE_WORDS:
                # '... saying that Trump had "professed his love" during the launch, calling
                # it ...': a participle is never inverted; its subject is the clause's.
                sp = _main_clause_subject(art, clause_start, span.open) or \
                    subject_after(text, c.end, clause_end, reg) or subject_before(text, after_start, c.start, reg)
            elif gap.rstrip(" \t").endswith(",") and gap.strip()[:1].islower() \
                    and gap.split()[0] not in PERSON_PRONOUNS and c.lemma != "tell":
                # '"..." for Clinton, said Kunin.': the verb is inverted after a comma.
                sp = subject_after(text, c.end, clause_end, reg) or \
                    subject_before(text, after_start, c.start, reg)
            else:
                sp = subject_before(text, after_start, c.start, reg)
            if sp is not None:
                sp = _relayed_by(art, c, after_cues, clause_end) or sp
                return _finish(art, Attribution(sp, c, sent), span)
        elif len(gap.split()) <= 30 and not has_sentence_break(gap) and ";" not in gap:
            # '..." Fred Kagan, director of ... at the ... Institute, said': a long appositive.
            sp = adjacent_subject(text, after_start, c.start, reg)
            if sp is not None and not text[after_start:sp.start].strip(" ,"):
                return _finish(art, Attribution(sp, c, sent), span)
            sp = _name_with_appositive(art, after_start, c.start)
            if sp is not None:
                return _finish(art, Attribution(sp, c, sent), span)
            rel = DESCRIPTION_WHO_RE.match(gap)
            if rel is not None:
                # '"...," an intelligence source, who was not authorized to speak, told
                # the paper': a description with a relative clause between it and the verb.
                sp = subject_before(text, after_start, after_start + rel.end("np"), reg)
                if sp is not None:
                    return _finish(art, Attribution(sp, c, sent), span)
            if gap.rstrip().endswith(",") and c.lemma != "tell":
                # '"...," since so many cases were close, said Lee Epstein, who teaches ...'
                sp = subject_after(text, c.end, clause_end, reg)
                if sp is not None and sp.name:
                    return _finish(art, Attribution(sp, c, sent), span)
    # A closing credit: '"We are delighted ..." — Jane Doe, Mayor of X' (press releases).
    line_end = text.find("\n", span.after)
    credit = DASH_CREDIT_RE.match(text, span.after, len(text) if line_end < 0 else line_end)
    if credit is None and line_end >= 0:
        credit = _credit_below(art, span, line_end)
    if credit and not art.cues_between(clause_start, span.open):
        sp = _dash_credit(art, credit)
        if sp is not None:
            return _finish(art, Attribution(sp, None, sent), span)
    # A speaker label: 'Clinton: "Our goal is ..."', 'WALLACE: "Senator, ..."'.
    # (Both patterns end with a colon: most clauses have none, and the search would try
    # every position of the clause.)
    label = text.find(":", clause_start, span.open) >= 0 and (
        SPEAKER_LABEL_RE.fullmatch(text, clause_start, span.open)
        or LABEL_AFTER_DASH_RE.search(text, clause_start, span.open))
    if label and label.group().lstrip().startswith("from") and len(text[clause_start:label.start()].split()) > 3 \
            and text[max(clause_start, label.start() - 6):label.start()].split()[-1:] not in (["More"], ["more"], ["-More"]):
        label = None  # ("where he suggested Curiel was from Mexico: '...'": a clause, no "More from X:")
    if label:
        sp = _label_speaker(art, label.group("name"), label.start("name"))
        if sp is not None:
            return _finish(art, Attribution(sp, None, sent), span)
    # 2. Cue before the quote: 'X said: "...' / 'X pointed out that "...'.
    before_cues = art.cues_between(clause_start, span.open)
    for k in range(len(before_cues) - 1, -1, -1):
        c = before_cues[k]
        if c.end > span.open:
            continue
        if c.lemma in COGNITION and any(b.lemma not in COGNITION for b in before_cues[:k]):
            continue  # "He says if people think ... '...'": the speech verb attributes it
        if k > 0 and text.endswith(("’s ", "'s "), max(0, c.start - 3), c.start) and possessed_noun_at(text, c.start) \
                and not text.startswith(" that ", c.end):
            # "saying Trump’s comments '...'", "called Clinton's remarks a 'new low'": after a
            # possessive, a noun, not the verb (its words would follow "that"); the verb
            # before it speaks.
            continue
        if k > 0 and c.lemma in NAMING_VERBS and WHAT_NAMED_RE.search(text, clause_start, span.open) \
                and WHAT_NAMED_RE.search(text, clause_start, span.open).start("cue") == c.start \
                and is_indirect_cue(before_cues[k - 1]) \
                and text[:before_cues[k - 1].start].split()[-1:] not in _DETERMINER_WORDS:
            # 'said the state would not give in to what he called "blackmail"': the naming
            # verb is inside the reported clause; the verb that reports it attributes.
            continue
        gap = text[c.end:span.open]
        if len(gap.split(None, 25)) > 25:  # (no need to split a long gap whole)
            break
        colon_clause = _colon_clause_subject(art, c, span)
        if c.lemma in _AGENT_SPEAKS and (by := _PASSIVE_AGENT_RE.match(text, c.end)) \
                and _PASSIVE_AUX_BEFORE_RE.search(text, max(0, c.start - 12), c.start) \
                and (agent := subject_after(text, by.end(), span.open, reg)) is not None:
            sp = agent  # 'Sanders was asked by host Bill Maher, "..."': the asker speaks
        elif colon_clause is not None:
            sp = colon_clause
        elif c.according:
            sp = subject_after(text, c.end, span.open, reg)
        elif (inner := _parenthetical_subject(art, c, clause_start, span.open)) is not None:
            sp = inner
        else:
            if c.form.endswith("ing") and (text[max(0, c.start - 2):c.start] == ", "
                                           or text[max(0, c.start - 5):c.start] == " and "
                                           or text[max(0, c.start - 3):c.start] in _COMMA_QUOTE_SPACE):
                # "The Florida senator sought to calm his supporters, saying ...": the
                # participle's subject is the main clause's, not the object before it;
                # "..., Spicer said, adding, ...": the subject of the verb just before.
                prior = [b for b in before_cues[:k] if not b.according
                         and not text[b.end:c.start - 2].strip(" ,")]
                sp = None
                if prior:
                    sp = adjacent_subject(text, clause_start, prior[-1].start, reg)
                if sp is None and clause_start > s_start:
                    sp = _earlier_verb_subject(art, s_start, c)
                sp = sp or _with_participle_subject(art, s_start, c.start) \
                    or _main_clause_subject(art, clause_start, c.start)
                if sp is None and clause_start > s_start:
                    # 'X said he was "outraged" by it, arguing that "...": an earlier
                    # quotation cut the clause; the sentence's subject speaks.
                    sp = _main_clause_subject(art, s_start, c.start)
            else:
                sp = (_document_before_participle(art, c, clause_start)
                      or _statement_issuer(art, clause_start, c.start)) if c.form.endswith("ing") else None
                sp = sp or subject_before(text, clause_start, c.start, reg)
                if sp is None and c.form == "saying":
                    sp = _quoted_speaker(art, c)  # "An early tweet quoted the president as saying"
                if sp is None and clause_start > s_start and not text[clause_start:c.start].strip(" ,\t") \
                        and c.lemma in INVERTING and not c.form.endswith("ing") \
                        and not text.startswith(" that ", c.end):
                    # '"...," said Jane Doe, a spokeswoman, "and ..."': the verb between two
                    # quotations is inverted; its subject follows it.
                    sp = subject_after(text, c.end, span.open, reg)
                if sp is None and clause_start > s_start:
                    # 'Hemsley, the co-author of "Going Viral," about ..., said': an
                    # earlier quotation inside the subject phrase cut the clause short.
                    sp = subject_before(text, s_start, c.start, reg)
            if sp is None and (c.lemma == "tell" or c.form.endswith("ing")):
                # After "told" or ", telling" comes the listener, never the speaker. The
                # speaker may still be carried from a neighbouring quote; failing that,
                # the quote stands with its speaker unknown.
                art.unvoiced[index] = Attribution(None, c, sent)
                break
            if sp is None and text.startswith(" that ", c.end):
                # 'It stated that Trump is so rattled by "...": what follows "that" is the
                # reported clause, whose subject is no speaker.
                art.unvoiced[index] = Attribution(None, c, sent)
                break
            if sp is None and c.lemma in INVERTING:
                # (After "thanked", "called", "criticized" comes the object, not an
                # inverted subject.)
                sp = subject_after(text, c.end, span.open, reg)
        if sp is not None and not c.according and k > 0 and before_cues[0].according \
                and before_cues[0].start - s_start <= 2:
            # 'According to GMA News, Salceda said the "ugliness ..."': a fronted source
            # relays the words of the clause that follows it.
            sp = _fronted_relay(art, before_cues[0], c.start) or sp
        if sp is not None:
            return _finish(art, Attribution(sp, c, sent), span)
        break
    # 3. A cue later in the sentence, after other material.
    for c in after_cues[1:3]:
        gap = text[after_start:c.start]
        if len(gap.split()) > 15:
            break
        sp = subject_before(text, after_start, c.start, reg)
        if sp is not None:
            return _finish(art, Attribution(sp, c, sent), span)
    return None


def _subject_around_participle(art: _Article, clause_start: int, open_: int) -> Speaker | None:
    """'Mr. Manafort, citing "the unique magic of Trump," said the candidate ...': the
    quotation sits in a participle phrase between the subject and its verb; the subject
    before the participle's comma speaks, not the clause after the verb."""
    text = art.text
    cues = art.cues_between(clause_start, open_)
    if len(cues) != 1:
        return None
    c = cues[0]
    if not c.form.endswith("ing") or c.form[:1].isupper() or text[c.end:open_].strip(" \t") \
            or text[c.start - 2:c.start] != ", ":
        return None
    head = text[clause_start:c.start - 2]
    if not head.strip() or "," in head or len(head.split()) > 6:
        return None
    sp = _main_clause_subject(art, clause_start, c.start - 2)
    return sp if sp is not None and sp.name else None


NAMING_LEMMAS = {"call", "dub", "label", "brand", "term"}
_RELATIVE_OPENER_RE = re.compile(r"\b(?:what|which|that)[ \t]+(?=\S)")


def _relative_naming_subject(art: _Article, clause_start: int, open_: int) -> Attribution | None:
    """'what X called "...", 'which X has dubbed "...": the naming verb just before the
    quotation, whose subject follows a relative what/which/that, attributes it."""
    text = art.text
    cues = art.cues_between(clause_start, open_)
    if not cues:
        return None
    c = cues[-1]
    if c.lemma not in NAMING_LEMMAS or c.form.endswith("ing") or text[c.end:open_].strip(" \t,"):
        return None
    lo = max(clause_start, c.start - 80)
    opener = None
    for m in _RELATIVE_OPENER_RE.finditer(text, lo, c.start):
        opener = m
    if opener is None:
        zero = _ZERO_RELATIVE_RE.search(text, lo, c.start)
        if zero is None:
            return None
        # "in a move campaigners called '...'": a noun phrase, then the naming verb's plural
        # subject with no relative pronoun between them.
        subj = zero.group("subj")
        sp = Speaker(name=subj, kind="person", mention=subj, description=subj, start=zero.start("subj"))
        return Attribution(sp, c, _sentence(art, open_))
    between = text[opener.end():c.start]
    if not between.strip() or len(between.split()) > 8 or "," in between:
        return None
    sp = subject_before(text, opener.end(), c.start, art.registry)
    if sp is None or sp.name is None:
        return None
    return Attribution(sp, c, _sentence(art, open_))


_ZERO_RELATIVE_RE = re.compile(r"\b(?:a|an|the|this|that)[ \t]+[a-z][a-z\-]*[ \t]+"
                               r"(?P<subj>(?:some[ \t]+|many[ \t]+|most[ \t]+)?[a-z][a-z\-]*[^s\W]s)[ \t]+$")


def _fronted_relay(art: _Article, a: Cue, cue_start: int) -> Speaker | None:
    """The source of a sentence-initial 'According to X,' (up to its comma), unless it is
    the speaker's own ('According to his office')."""
    text = art.text
    comma = text.find(",", a.end, cue_start)
    if comma < 0 or text[a.end:a.end + 8].split()[:1] in (["his"], ["her"], ["their"], ["its"]):
        return None
    sp = subject_after(text, a.end, comma, art.registry)
    if sp is None:
        name = text[a.end:comma].strip()
        if not name or len(name.split()) > 10:
            return None
        sp = Speaker(name=name, kind=None, mention=name, start=a.end)
    return sp


_NEW_CLAUSE_RE = re.compile(r"[ \t,]*(?:(?:for[ \t]+(?:instance|example)|meanwhile|in[ \t]+turn|in[ \t]+contrast|however)[ \t]*,[ \t]*)?(?:and|but|while|whereas|until|after|before|when|because|since|although|though|unless)[ \t]+(?!said|says|added|told)\S")


def _relayed_by(art: _Article, c: Cue, after_cues: list[Cue], clause_end: int) -> Speaker | None:
    """'"...," Smith said, according to CNN': words that reach the writer through another
    source are attributed to that source (the report, transcript or outlet), which comes
    last in the attributing clause. The speaker's own office ('according to his office')
    is no other source."""
    if c.according:
        return None
    text = art.text
    for a in after_cues[1:]:
        if not a.according and a.lemma != "report":
            continue
        between = text[c.end:a.start]
        if any(ch in between for ch in "\"“”‘;") or has_sentence_break(between) \
                or len(between.split()) > 12:
            return None
        if a.lemma == "report":
            # ', reports USA Today.' / ', the Times reported.'
            comma = between.rfind(",")
            if comma < 0:
                return None
            if not between[comma + 1:].strip():
                sp = subject_after(text, a.end, clause_end, art.registry)
            else:
                sp = subject_before(text, c.end + comma + 1, a.start, art.registry)
            return sp if sp is not None and sp.kind == "organisation" else None
        if not between.rstrip(" \t").endswith(","):
            return None
        if text[a.end:a.end + 8].split()[:1] in (["his"], ["her"], ["their"], ["its"]):
            return None  # 'according to his office': the speaker's own office relays them
        sp = subject_after(text, a.end, clause_end, art.registry)
        if sp is None:
            stop = clause_end
            for ch in ",.;":
                k = text.find(ch, a.end, stop)
                if k > 0:
                    stop = k
            name = text[a.end:stop].strip(" \t.;:")
            if not name or len(name.split()) > 8:
                return None
            sp = Speaker(name=name, kind=None, mention=name, start=a.end)
        return sp
    return None


_RELAY_TAIL_RE = re.compile(r"[ \t]*,[ \t]*(?=[Aa]ccording[ \t]+to\b)")


def _relayed_after(art: _Article, b: int, e: int) -> Speaker | None:
    """'Three in four say they would buy American, according to the survey': reported
    speech that reaches the writer through a survey, report or outlet named right after it,
    at the end of the sentence, is that source's."""
    text = art.text
    m = _RELAY_TAIL_RE.match(text, b, e)
    if m is None:
        return None
    acc = ACCORDING_RE.match(text, m.end(), e)
    if acc is None or text[acc.end():acc.end() + 8].split()[:1] in (["his"], ["her"], ["their"], ["its"]):
        return None
    stop = e
    for ch in ",;":
        k = text.find(ch, acc.end(), stop)
        if k > 0:
            stop = k
    if text[stop:e].strip(" .\n\t\"”'"):
        return None  # the source must end the sentence
    sp = subject_after(text, acc.end(), stop, art.registry)
    if sp is None:
        name = text[acc.end():stop].strip(" \t.;:")
        if not name or len(name.split()) > 10:
            return None
        sp = Speaker(name=name, kind=None, mention=name, start=acc.end())
    return sp


_APPOSITIVE_CLOSE_RE = re.compile(r",[ \t]+(?:(?:also|later|then|again|has|had|\w+ly)[ \t]+){0,2}$")


_SHORT_QUOTED_RE = re.compile(r"[\"“‘][^\"“”‘’\n]{1,30}[\"”’]")


def _name_with_appositive(art: _Article, start: int, cue_start: int) -> Speaker | None:
    """'"...," Jane Doe, the former governor and a candidate, told CNN': a person named
    right after the quotation, then an appositive closed by a comma before the verb. (The
    appositive may itself end in a description, which is not the speaker.)"""
    text = art.text
    m = art.registry.next_mention(start, min(cue_start, start + 60))
    if m is None or m.in_quote or m.entity.kind != "person":
        return None
    lead = text[start:m.start].strip(" ,—–-\t")
    if lead and not (len(lead.split()) <= 4 and _ok_lead(lead) and (
            lead[:1].islower() or _bare_word(lead.split()[-1]) in ROLE_NOUNS)):
        return None  # ('"...," the economist Jared Brenner, a former adviser, wrote': a role;
        # '"...," Texas delegate Bill Eastland, wearing ..., said')
    # (A short quoted name inside the appositive is no quotation: 'wearing "Ted Cruz" pins'.)
    gap = _SHORT_QUOTED_RE.sub("x", text[m.end:cue_start])
    if not gap.startswith(",") or not _APPOSITIVE_CLOSE_RE.search(gap) or ";" in gap \
            or has_sentence_break(gap) or any(ch in gap for ch in "\"“”‘"):
        return None
    return _from_mention(m, art.registry)


def _colon_clause_subject(art: _Article, c: Cue, span: Span) -> Speaker | None:
    """'When Trump suggested that ..., Rubio fired back forcefully: "..."': a quote after a
    colon belongs to the subject of the clause the colon ends, even with no reporting verb,
    when that clause comes after the cue's own."""
    text = art.text
    pre = text[c.end:span.open].rstrip(" \t\"“‘'`")
    if not pre.endswith(":"):
        return None
    comma = text.rfind(", ", c.end, span.open)
    if comma < 0:
        return None
    sp = clause_subject(text, comma + 2, span.open, art.registry)
    if sp is None or sp.kind != "person" or sp.name is None:
        return None
    return sp


_WITH_BEFORE_RE = re.compile(r"\bwith[ \t]+$")
# ("with Trump reportedly yelling"; "with Johnson during the hearing" has no participle)
_ING_AFTER_RE = re.compile(r"(?:[ \t]+[a-z]+ly)?[ \t]+(?!(?:during|including|regarding|concerning|following|"
                           r"according|pending|excluding)\b)[a-z]+ing\b")


_DOCUMENT_BEFORE_RE = re.compile(r"(?:(?P<owner>[A-Z][\w.’'&\-]*(?:[ \t]+[A-Z][\w.’'&\-]*){0,3})['’]s|[Tt]he[ \t]+"
                                 r"(?P<noun_owner>[a-z]+)['’]s)[ \t]+(?P<doc>[a-z\-]+)[ \t]+$")


def _document_before_participle(art: _Article, c: Cue, start: int) -> Speaker | None:
    """'the newspaper's editorial telling him to leave his "playground ..."': a participle
    right after someone's document (no comma: a reduced relative) has the document as its
    subject, so its owner speaks. ('X issued a statement saying': X already is the subject.)"""
    m = _DOCUMENT_BEFORE_RE.search(art.text, max(start, c.start - 80), c.start)
    if m is None or m.group("doc") not in DOCUMENT_NOUNS:
        return None
    if m.group("owner"):
        owner = art.registry.find(m.group("owner"), m.start("owner"))
        if owner is not None:
            return Speaker(name=owner.name, kind=owner.kind, mention=m.group("owner"), entity=owner,
                           start=m.start("owner"))
        return None
    return resolve_nominal("the " + m.group("noun_owner"), m.start(), art.registry)


_ISSUED_STATEMENT_RE = re.compile(
    r"[ \t]*(?P<subj>(?:[Tt]he[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,4}|[Tt]he[ \t]+[a-z]+)[ \t]+"
    r"(?:also[ \t]+)?(?:released|issued|put[ \t]+out|sent|posted|published)[ \t]+(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){0,2}?"
    r"(?:statement|letter|message|release|email|memo|video)(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]+)?[ \t]+$")


def _statement_issuer(art: _Article, start: int, end: int) -> Speaker | None:
    """'The town released a statement Wednesday saying ...', 'Ferguson issued a statement
    saying ...': whoever issued the statement speaks, even a name the registry does not
    know (a town, a body); such a name is taken for an organisation."""
    m = _ISSUED_STATEMENT_RE.match(art.text, start, end)
    if m is None:
        return None
    subj = m.group("subj")
    ent = art.registry.find(subj, m.start("subj"))
    if ent is not None:
        return Speaker(name=ent.name, kind=ent.kind, mention=subj, entity=ent, start=m.start("subj"))
    if subj.split()[0] in COMMON_CAPITALISED and subj.split()[0] not in ("The", "the"):
        return None  # ("Yesterday released ...": no name)
    return resolve_nominal(subj, m.start("subj"), art.registry) or Speaker(
        name=subj, kind="organisation", mention=subj, start=m.start("subj"))


def _with_participle_subject(art: _Article, start: int, end: int) -> Speaker | None:
    """'Republicans chimed in, with Donald Trump tweeting that ... and asking, "..."':
    the person after "with" is the subject of the participles that follow."""
    text = art.text
    found = None
    for m in art.registry.mentions_between(start, end):
        if m.in_quote or m.entity.kind != "person":
            continue
        if _WITH_BEFORE_RE.search(text, max(start, m.start - 6), m.start) \
                and _ING_AFTER_RE.match(text, m.end, end):
            found = m
    return _from_mention(found, art.registry) if found is not None else None


_AUXILIARY_WORDS = {"has", "had", "have", "was", "is", "were", "are", "will", "would"}


_COMMA_QUOTE_SPACE = (',” ', ',\" ')  # 'on "Morning Joe," adding': the comma inside the marks


def _earlier_verb_subject(art: _Article, s_start: int, c: Cue) -> Speaker | None:
    """'"...," Graham said on MSNBC's "Morning Joe," adding, "..."': a participle after an
    earlier quotation of the sentence goes on with the subject of the verb before it."""
    text, reg = art.text, art.registry
    prior = [b for b in art.cues_between(s_start, c.start)
             if not b.according and b.lemma not in COGNITION and b.start < c.start]
    if not prior:
        return None
    b = prior[-1]
    if len(text[b.end:c.start].split()) > 12 or ";" in text[b.end:c.start]:
        return None
    sp = adjacent_subject(text, s_start, b.start, reg)
    if sp is None and b.lemma in ("say", "add", "write") \
            and text[s_start:b.start].rstrip().endswith(('”', '"', "''")):
        sp = subject_after(text, b.end, c.start, reg)  # '"...," said Graham on MSNBC, adding'
    return sp if sp is not None and sp.name else None


def _main_clause_subject(art: _Article, start: int, end: int) -> Speaker | None:
    """The subject that opens a clause: a pronoun, a name or group (`clause_subject`), or
    a description ending in a role noun ("The retired neurosurgeon", "The president")."""
    text = art.text
    pos = skip_fronted(text, start, end)
    if (held := role_holder(text, pos, end, art.registry)) is not None:
        return held[0]  # "Dravonia’s ambassador to the UN, Katarzyna Oblenska, rejected ..., saying"
    words = text[pos:min(end, pos + 100)].split()[:7]
    if words and words[0].lower() in ("the", "a", "an", "his", "her", "their", "its"):
        for i, w in enumerate(words[1:5], 1):
            if w.lower().strip(",") in ROLE_NOUNS:
                if not w.endswith(",") and i + 2 < len(words) and words[i + 1] == "of" \
                        and words[i + 2].rstrip(",").isalpha() \
                        and words[i + 2].lower() not in ("the", "a", "an", "his", "her"):
                    i += 2  # "The former secretary of state"
                np = " ".join(words[:i + 1]).rstrip(",")
                comma = pos + len(np)
                if w.endswith(",") and text[pos:comma] == np and \
                        (named := apposed_name(text, comma, end, art.registry, np)):
                    return named  # "The Premier, Louise Carmody, has ruled out ..., telling"
                return resolve_nominal(np, pos, art.registry)
            if not w.isalpha() and "-" not in w and "’" not in w and "'" not in w:
                break
    sp = clause_subject(text, start, end, art.registry)
    if sp is None and words and words[0] in ("The", "the"):
        # "The retired neurosurgeon addressed his concerns ..., remarking ...": a short
        # lower-case description before a past-tense verb, as written.
        for i, w in enumerate(words[1:4], 1):
            if not (w.isalpha() and w.islower() or "-" in w) or w in _AUXILIARY_WORDS:
                break  # ("The retired neurosurgeon has provided ...": "has" is no noun)
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _AUXILIARY_WORDS and i + 2 < len(words):
                nxt = words[i + 2]
            if i >= 2 and nxt.islower() and nxt.endswith("ed") and len(nxt) > 4:
                np = " ".join(words[:i + 1])
                sp = Speaker(name=np, kind="person" if _bare_word(w) in ROLE_NOUNS else None,
                             mention=np, description=np, start=pos)
                break
    if sp is None and words and (words[0].lower() in INDEFINITE_OPENERS or words[0][:1].isdigit()
                                 or words[0].lower() in _APPROXIMATELY and len(words) > 1
                                 and words[1][:1].isdigit()):
        # "One operative inside Trump Tower tried to ..., saying", "Hundreds of pro-Sanders
        # demonstrators marched ..., chanting": an indefinite subject, as written up to its
        # verb.
        for i, w in enumerate(words[1:7], 1):
            low = _bare_word(w)
            if w.islower() and (low.endswith("ed") and len(low) > 4 or low in _FINITE_WORDS):
                first = 2 if words[1] == "of" else 1  # "Hundreds of ... demonstrators"
                k = next((j for j in range(first, i) if _bare_word(words[j]) in _NP_PREPOSITIONS), i)
                head = _bare_word(words[k - 1])
                if k >= 2 and (head in ROLE_NOUNS or head in PLURAL_SOURCES
                               or head.endswith("s") and len(head) > 4):
                    np = " ".join(words[:i]).rstrip(",")
                    sp = Speaker(name=np, kind="person", mention=np, description=np, start=pos)
                break
            if w.endswith(",") or not (w.isalpha() or "-" in w or w.replace(",", "").isdigit()):
                break
    return sp


_NP_PREPOSITIONS = {"inside", "at", "of", "from", "in", "with", "for", "close", "familiar", "on"}
_APPROXIMATELY = {"about", "nearly", "almost", "roughly", "some", "more", "over"}
INDEFINITE_OPENERS = {"one", "a", "an", "another", "hundreds", "dozens", "thousands", "several"}
_FINITE_WORDS = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "also", "then"}


def _bare_word(w: str) -> str:
    return w.lower().strip(",.;:")


def _parenthetical_subject(art: _Article, c: Cue, start: int, end: int) -> Speaker | None:
    """'Vice President Joe Biden, Rubio said, had been ...' / 'The paradox of Nancy, says
    Carl Anthony, historian ..., is that ...': the speaker is between the commas around the
    verb, not the sentence's first name."""
    text = art.text
    comma = text.rfind(",", start, c.start)
    if comma < 0:
        return None
    lead = text[start:comma].split()
    if len(lead) < 2 and not (len(lead) == 1 and lead[0][:1].isupper() and lead[0].isalpha()
                              and lead[0] not in COMMON_CAPITALISED
                              and (text.startswith(",", c.end) or _LOWER_QUOTE_AFTER_RE.match(text, c.end))):
        # (One capitalised word is enough when the verb is closed by a comma too:
        # "Trump, Sexton said, has created ...", or when the quotation after the verb goes
        # on with that word's predicate: 'Cruz, Blackwell wrote "has consistently ...').
        return None
    between = text[comma + 1:c.start]
    if not between.strip():
        if c.lemma == "tell" or c.form.endswith("ing"):
            return None  # ", telling supporters in Columbus, ...": a participle, not inverted
        # Inverted: ", says Carl Anthony, historian at the library, is that ..."
        after = text.find(",", c.end, end)
        if after < 0 or len(text[c.end:after].split()) > 6:
            return None
        return subject_after(text, c.end, after, art.registry)
    if len(between.split()) > 6 or not text.startswith(",", c.end) and not \
            _PARENTHETICAL_AFTER_RE.match(text, c.end, end) and not _LOWER_QUOTE_AFTER_RE.match(text, c.end):
        return None
    return subject_before(text, comma + 1, c.start, art.registry)


_PARENTHETICAL_AFTER_RE = re.compile(r"(?:\s+\w+){0,3}?\s*,")
# After a verb: a colon or a clause of its own ("said the two cases were ...", "said that").
_OWN_COMPLEMENT_RE = re.compile(r"[ \t]*:|[ \t]+(?:that|the|he|she|they|it|there|his|her|their)[ \t]+\w+[ \t]+\w+")
_THAT_AFTER_RE = re.compile(r"(?:[ \t]+[\w’'\-]+){1,4}?[ \t]+that[ \t]")  # "claimed on Tuesday that"
_LOWER_QUOTE_AFTER_RE = re.compile(r"[ \t]*[\"“][a-z]")


def _clause_subject(art: _Article, span: Span, index: int) -> Attribution | None:
    """A quotation inside a clause with no reporting verb ('Trump called the plan "an
    absolute disgrace"', 'Obama described the attack as "a sobering reminder"'): the words
    are the clause subject's, so the subject is the speaker."""
    text = art.text
    # A short noun phrase in quotes ('form a "coalition of the willing"') is a scare quote
    # more often than words someone said.
    if span.words < MIN_QUOTE_WORDS or (span.words < 6 and not ends_like_speech(text, span)):
        return None
    s, e = _sentence(art, span.open)
    if index > 0 and art.spans[index - 1].after > s and art.spans[index - 1].paragraph == span.paragraph:
        return None  # an earlier quote in the sentence: leave it to the carrying pass
    start = skip_fronted(text, s, span.open)
    if len(text[start:span.open].split(None, 1)) < 2:
        return None
    first = text[start:start + 4].split()[0] if text[start:start + 4].split() else ""
    if first in PERSON_PRONOUNS:
        sp = resolve_pronoun(first, start, art.registry)
        return _finish(art, Attribution(sp, None, (s, e)), span)
    for m in art.registry.mentions_between(start, span.open):
        if m.in_quote or not _ok_lead(text[start:m.start]):
            break
        return _finish(art, Attribution(_from_mention(m, art.registry), None, (s, e)), span)
    return None


APPOSITIVE_LEADS = {"his", "her", "their", "its", "the", "a", "an", "one", "another"}
# A dash and a name closing the line after a quotation: '"..." — Jane Doe, chief executive'.
# Any dash will do: em, en, the horizontal bar (U+2015), or one or two hyphens; and
# web text often spaces with no-break spaces.
DASH_CREDIT_RE = re.compile(
    r"[ \t\u00a0]*(?:[—–―]|--?)[ \t\u00a0]*(?P<name>[A-Z][\w.’'\-]*(?:[ \t\u00a0]+[A-Z][\w.’'\-]*){0,3})"
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?P<desc>[^\n\"“”]{1,150}?))?[ \t\u00a0.]*$")
SPEAKER_LABEL_RE = re.compile(
    r"\s*(?P<name>(?:[A-Z][\w.’'\-]*[ \t]+){0,5}[A-Z][\w’'\-]*)[ \t]*:[ \t]*")


# "... are problematic - Pew Research: \"...\"", "More from Blumenthal and Cohen: \"...\"": a
# name and a colon after a dash or "from" label the quotation that follows.
LABEL_AFTER_DASH_RE = re.compile(
    r"(?:[ \t][-—–][ \t]*|\bfrom[ \t]+)(?P<name>[A-Z][\w.’'\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.’'\-]*){0,3})"
    r"[ \t]*:[ \t]*$")


def _credit_below(art: _Article, span: Span, line_end: int) -> re.Match | None:
    """'"..."' alone in its paragraph, then '- Bernie Sanders.' alone in the next one (fact
    checks, quote round-ups): a line that opens with a dash and a name credits the quotation."""
    text = art.text
    p = art.para_of[span.paragraph]
    if span.open - p.start > 1 or text[span.after:line_end].strip(" \t\u00a0.,"):
        return None
    nxt = line_end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text) or text[nxt] not in "-—–―":
        return None
    end = text.find("\n", nxt)
    return DASH_CREDIT_RE.match(text, nxt, len(text) if end < 0 else end)


def _dash_credit(art: _Article, credit: re.Match) -> Speaker | None:
    """The person a closing dash credit names: '"..." ― Jane Doe, mayor'. A lone word must be
    someone the article already named ('"..." — Doe')."""
    name = " ".join(credit.group("name").split()).rstrip(".")
    ent = art.registry.find(name.split()[-1], credit.start("name"))
    desc = credit.group("desc")
    if ent is not None and ent.kind == "person":
        return Speaker(name=ent.name, kind=ent.kind, mention=name, description=desc,
                       entity=ent, start=credit.start("name"))
    if len(name.split()) < 2 or name.split()[0] in COMMON_CAPITALISED:
        return None
    return Speaker(name=name, kind="person", mention=name, description=desc,
                   start=credit.start("name"))


# A transcript turn inside a quotation: '"PENCE: Well, look, ...'.
_TURN_LABEL_RE = re.compile(r"(?P<name>[A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){0,2}):[ \t]+")


def _labelled_turns(art: _Article, quotes: list[Quote]) -> None:
    """'Partial transcript as follows: \n "WALLACE: Let's start ... \n "PENCE: Well, look,
    ...': each quoted paragraph that opens with an upper-case label is that speaker's turn,
    its text after the label; an unlabelled paragraph right after continues the turn."""
    turn = None  # (speaker, the speaker the quotes of the block were given, paragraph)
    for q in quotes:
        m = _TURN_LABEL_RE.match(q.text) if q.kind == "direct" else None
        sp = _label_speaker(art, m.group("name"), q.start) if m is not None and len(m.group("name")) > 2 else None
        if m is not None and sp is None:
            turn = None  # ('"VIDEO: ...': a label, but nobody's)
        elif sp is not None:
            turn = (sp, q.speaker, q.paragraph)
            q.start += m.end()
            q.text = q.text[m.end():]
            q.speaker, q.speaker_type, q.speaker_mention = sp.name, sp.kind or "person", sp.mention
            q.speaker_description = sp.description
        elif turn is not None and q.kind == "direct" and q.paragraph == turn[2] + 1 and q.speaker == turn[1]:
            sp = turn[0]
            q.speaker, q.speaker_type, q.speaker_mention = sp.name, sp.kind or "person", sp.mention
            q.speaker_description = sp.description
            turn = (sp, turn[1], q.paragraph)
        else:
            turn = None


def _label_speaker(art: _Article, label: str, pos: int) -> Speaker | None:
    """The person a transcript label names: the registry's fullest name for its last word
    ("WALLACE" -> "Chris Wallace"), else the label as written."""
    words = label.split()
    if words[0] in COMMON_CAPITALISED or words[0].capitalize() in COMMON_CAPITALISED:
        return None  # "Still:", "But then:" are no labels
    last = words[-1].capitalize() if words[-1].isupper() and len(words[-1]) > 2 else words[-1]
    ent = art.registry.find(last, pos)
    if (ent is None or ent.kind != "person") and words[-1].isupper():
        # ("PENCE" read as an acronym: the person of that surname, if the story names one.)
        ent = next((e for e in art.registry.by_token.get(last, []) if e.kind == "person"), ent)
        if ent is not None and ent.kind != "person" and ent.name.upper() == label.upper():
            ent = None  # (the label itself, taken for an acronym: a person as written)
    if ent is not None:
        return Speaker(name=ent.name, kind=ent.kind, mention=label, entity=ent, start=pos)
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
    return Speaker(name=name, kind="person", mention=label, start=pos)


def _finish(art: _Article, attr: Attribution, span: Span | None,
            content: tuple[int, int] | None = None) -> Attribution:
    """Venue and date from the attributing sentence, outside the quotation or the reported
    content: "said he will bring the bill to a vote on Saturday" was not said on Saturday."""
    text = art.text
    s, e = attr.sentence
    regions = [(s, e)]
    if span is not None:
        regions = [(s, span.open), (span.after, e)]
    elif content is not None:
        regions = [(s, content[0]), (content[1], e)]
    for a, b in regions:
        if b <= a:
            continue
        attr.venue = attr.venue or when_where.find_venue(text, a, b)
        attr.when = attr.when or when_where.find_when(text, a, b)
    if attr.venue and not attr.when and when_where.event_antecedent(attr.venue):
        attr.when = _event_date(art, s)
    return attr


# "the statement quoted him as saying", "CNN quoted a witness as saying".
QUOTED_AS_RE = re.compile(r"\bquot(?:ed|es|ing)[ \t]+(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|"
                          r"Col|Sgt|[A-Z])\.|[^,;:.!?\n\"“”]){2,60}?)[ \t]+as[ \t]+$")


_SPEECH_NOUN_RELATIVE_RE = re.compile(r"[ \t]*,?[ \t]*(?:a|an|the)[ \t]+(?:charge|claim|accusation|allegation|label|"
                                      r"description|characterization|characterisation|assertion|suggestion|"
                                      r"remark|comment|insult|criticism)[ \t]+(?:that[ \t]+|which[ \t]+)?"
                                      r"(?:[\w’'\-.]+[ \t]+){1,4}$")


_NAME_BEFORE_QUOTED_RE = re.compile(r"([A-Z][\w&.’'\-]*(?:[ \t]+[A-Z][\w&.’'\-]*){0,3})[ \t]+$")


def _quoted_speaker(art: _Article, c: Cue) -> Speaker | None:
    """Y of 'X quoted Y as saying', or None."""
    text = art.text
    m = QUOTED_AS_RE.search(text, max(0, c.start - 80), c.start)
    if m is None:
        return None
    np, at = m.group("np"), m.start("np")
    if np.lower() in ("him", "her"):
        sp = resolve_pronoun("he" if np.lower() == "him" else "she", at, art.registry)
        return replace(sp, mention=np) if sp.name else None
    return subject_after(text, at, m.end("np"), art.registry) or resolve_nominal(np, at, art.registry)


def _quoted_as(art: _Article, attr: Attribution) -> None:
    """'X quoted Y as saying': Y spoke; X (a medium or document) is where it was reported."""
    sp = _quoted_speaker(art, attr.cue)
    if sp is None:
        return
    if attr.venue is None and attr.speaker.mention and attr.speaker.name != sp.name:
        attr.venue = attr.speaker.mention
    elif attr.venue is None:
        # ("Xinhua quoted Vice Governor Luo Qiang as saying": the medium is the name
        # before "quoted", when the subject search found the quoted man himself.)
        m = QUOTED_AS_RE.search(art.text, max(0, attr.cue.start - 80), attr.cue.start)
        medium = _NAME_BEFORE_QUOTED_RE.search(art.text, max(0, m.start() - 60), m.start())
        attr.venue = medium.group(1) if medium is not None else None
    attr.speaker = sp


def _event_date(art: _Article, pos: int) -> str | None:
    """The date of the most recent event mentioned earlier ("a meeting ... on Tuesday")."""
    idx = art.layout.sentence_index(pos) - 1
    stop = max(-1, idx - 40)
    text = art.text
    while idx > stop:
        s, e = art.layout.sentence_starts[idx], art.layout.sentence_ends[idx]
        if when_where.EVENT_RE.search(text, s, e):
            w = when_where.find_when(text, s, e)
            if w:
                return w
        idx -= 1
    return None


def _carry(art: _Article, span: Span, index: int, attributed: dict[int, Attribution],
           para_last: dict[int, Attribution]) -> Attribution | None:
    """A quote without its own cue: continued, interrupted, or standing after its speaker."""
    text = art.text
    if span.continued and index > 0 and (index - 1) in attributed:
        return attributed[index - 1]
    # Another quote of the same paragraph with a speaker ('"A," he said. "B."').
    for j in (index - 1, index + 1, index - 2):
        if 0 <= j < len(art.spans) and art.spans[j].paragraph == span.paragraph and j in attributed:
            return attributed[j]
    # A quotation running on over several paragraphs, its speaker named only in a later
    # one ('"First part.\n\n"Second part," Jane Doe said.'): the speaker of the whole.
    j = index
    while not art.spans[j].closed and j + 1 < len(art.spans) and art.spans[j + 1].continued \
            and j + 1 - index <= 8 and text[art.spans[j + 1].open] == text[span.open]:
        # (The same opening mark all along: a '"' block quoting a '“' quotation is no chain.)
        j += 1
        if j in attributed and attributed[j].cue is not None:
            return attributed[j]
    p = art.para_of[span.paragraph]
    starts_paragraph = span.open - p.start <= 1
    if not starts_paragraph:
        return _previous_sentence_speaker(art, span)
    bi = art.body_pos.get(span.paragraph)
    if not bi:
        return None
    prev = art.body[bi - 1]
    if prev.index != span.paragraph - 1 and art.para_of[span.paragraph - 1].kind == "heading":
        return None
    if prev.index in para_last:
        return para_last[prev.index]
    # The previous paragraph introduces the speaker without a quote: its subject.
    si = art.layout.sentence_index(prev.end - 1)
    if si < 0:
        return None
    s, e = art.layout.sentence_starts[si], art.layout.sentence_ends[si]
    if art.spans_between(s, e):
        return None
    if text[e - 1] == ":":
        intro = _introducing_clause(art, s, e)
        if intro is not None:
            return _finish(art, intro, None)
        follows = _AS_FOLLOWS_RE.fullmatch(text, s, e)
        if follows is not None:
            # "Transcript as follows:", "The statement reads as follows:".
            np = follows.group("np")
            return _finish(art, Attribution(Speaker(name=np, kind=None, mention=np, start=s),
                                            None, (s, e)), None)
        # "... Cruz called them on it:" — the subject of the last clause.
        cut = max(text.rfind(",", s, e), text.rfind("—", s, e), text.rfind(" – ", s, e))
        if cut > s:
            s = cut + 1
    sub = skip_fronted(text, s, e)
    for m in art.registry.mentions_between(sub, e):
        if m.in_quote or not _ok_lead(text[sub:m.start]):
            break
        if m.entity.kind != "person":
            continue
        attr = Attribution(_from_mention(m, art.registry), None, (s, e))
        return _finish(art, attr, None)
    if text[e - 1] == ":":
        # "He then listed the qualities he looks for:": a paragraph ending with a colon,
        # its subject a personal pronoun, introduces that person's quotation below.
        first = _PRONOUN_SUBJECT_RE.match(text, sub, e)
        if first is not None:
            sp = resolve_pronoun(first.group(1), first.start(1), art.registry)
            if sp is not None and sp.name:
                return _finish(art, Attribution(sp, None, (s, e)), None)
    # "The South Carolina Republican admitted that ..., he argued ...": a paragraph
    # reporting a person's words, then their quotation alone in the next paragraph.
    intro = _introducing_clause(art, s, e)
    if intro is not None and (intro.speaker.kind == "person"
                              or intro.speaker.mention in PERSON_PRONOUNS):
        return _finish(art, intro, None)
    return None


_PRONOUN_SUBJECT_RE = re.compile(r"[ \t]*(He|She|he|she)[ \t]+(?:then[ \t]+|also[ \t]+|later[ \t]+)?[a-z]+ed\b")
_AS_FOLLOWS_RE = re.compile(r"[ \t]*(?P<np>[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,4}?)"
                            r"(?:[ \t]+(?:is|was|reads|read|goes|went))?[ \t]+as[ \t]+follows[ \t]*:")


def _introducing_clause(art: _Article, s: int, e: int) -> Attribution | None:
    """'In a 1963 speech, he declared:' / 'The New York Times confirmed it, reporting:' /
    'As Joel Pollak observed, ...:': a paragraph that ends with a colon after a reporting
    verb introduces the quotation below it; the verb's subject speaks."""
    text, reg = art.text, art.registry
    cues = [c for c in art.cues_between(s, e) if c.lemma not in COGNITION]
    if not cues:
        return None
    c = cues[-1]
    if c.according:
        sp = subject_after(text, c.end, e, reg)
    elif c.form.endswith("ing") and text[max(s, c.start - 2):c.start] == ", ":
        sp = _main_clause_subject(art, s, c.start)
    else:
        sp = subject_before(text, s, c.start, reg)
        if sp is None and not text[c.end:e - 1].strip():
            sp = subject_after(text, c.end, e, reg)
    if sp is None or not (sp.name or sp.mention in PERSON_PRONOUNS):
        return None
    return Attribution(sp, c, (s, e))


def _previous_sentence_speaker(art: _Article, span: Span) -> Attribution | None:
    """'..., said Valdez Anderson, who works in Sacramento, on a media call. "A gradual
    increase would help."': a quotation opening a sentence continues the person who spoke
    in the sentence before it, in the same paragraph, when that sentence has no quotation."""
    text = art.text
    si = art.layout.sentence_index(span.open)
    if si <= 0 or art.layout.sentence_starts[si] != span.open and \
            text[art.layout.sentence_starts[si]:span.open].strip(" \t\"“‘'`"):
        return None
    s, e = art.layout.sentence_starts[si - 1], art.layout.sentence_ends[si - 1]
    if _para_index(art, s) != span.paragraph or art.spans_between(s, e):
        return None
    for c in reversed(art.cues_between(s, e)):
        if c.according or c.lemma in COGNITION:
            continue
        if text[max(s, c.start - 2):c.start] == ", " and c.lemma != "tell":
            sp = subject_after(text, c.end, e, art.registry)
        else:
            # "Also, Trump isn't a conservative, he said.": the subject right before the verb.
            sp = adjacent_subject(text, s, c.start, art.registry)
            comma = text.rfind(",", s, c.start)
            if sp is None and comma > s and len(text[comma + 1:c.start].split()) <= 6:
                # "..., the editorial board writes.": the subject after the last comma.
                sp = subject_before(text, comma + 1, c.start, art.registry)
            sp = sp or subject_before(text, s, c.start, art.registry)
        if sp is not None and sp.name and (sp.kind == "person" and sp.entity is not None
                                           or sp.kind == "organisation"):
            return _finish(art, Attribution(sp, c, (s, e)), None)
        return None
    # No reporting verb: 'Clinton touted her credentials as a co-sponsor. "We need ..."': the
    # person the sentence before is about, named as its subject, goes on speaking.
    sub = skip_fronted(text, s, e)
    for m in art.registry.mentions_between(sub, e):
        if m.in_quote or not _ok_lead(text[sub:m.start]) or m.entity.kind != "person":
            return None
        return _finish(art, Attribution(_from_mention(m, art.registry), None, (s, e)), None)
    return None


def _kind(art: _Article, span: Span, attr: Attribution | None) -> str:
    text = art.text
    s, e = _sentence(art, span.open)
    pre = text[s:span.open].rstrip()
    if span.paragraph != art.para_of[span.paragraph].index:
        return "direct"
    if not pre or pre.endswith((":", ",", "—", "–", "-", "(")):
        return "direct"
    if attr is not None and "what" in pre and WHAT_NAMED_RE.search(pre + " "):  # (`in` first: a rare word)
        return "mixed"  # 'rejected what he called "blackmail"': a phrase within the clause
    if attr is not None and attr.cue is not None and attr.cue.end >= len(pre) + s - 1 and attr.cue.start < span.open:
        return "direct"
    last = pre.split()[-1].lower() if pre.split() else ""
    from .lexicons import CUE_FORMS
    if last in CUE_FORMS:
        return "direct"
    return "mixed"


_MODAL_WORDS = [[w] for w in ("would", "will", "could", "should", "might", "may", "must", "can",
                               "to")]
NAMING_VERBS = {"call", "describe", "label", "dub", "brand"}
_DETERMINER_WORDS = [[w] for w in ("the", "a", "an", "his", "her", "their", "its", "our", "my")]
# "what he called", "what the minister described as": the name someone gave to a thing,
# quoted right after.
WHAT_NAMED_RE = re.compile(
    r"\bwhat\s+(?:[\w’'\-.]+\s+){1,4}?(?P<cue>called|calls|described\s+as|describes\s+as|"
    r"termed|terms|dubbed|labelled|labeled|branded)\s*$")
_REPORTED_THAT_RE = re.compile(r"\bthat\s")


def _in_reported_clause(art: _Article, span: Span, attr: Attribution, kind: str) -> bool:
    """'X said in a statement that it was "deeply troubled" by ...': a short quoted phrase
    inside a clause that a speech verb reports with "that" is the speaker's own words (a
    mixed quote), not a scare quote."""
    c = attr.cue
    if kind != "mixed" or c is None or attr.speaker is None or c.end > span.open:
        return False
    gap = art.text[c.end:span.open]
    if c.lemma in NAMING_VERBS and (m := WHAT_NAMED_RE.search(art.text, max(0, c.start - 40), span.open)) \
            and m.start("cue") == c.start \
            and (art.text[span.after:span.after + 1] in ".,;:!?)—–\n"
                 or art.text[span.end - 1:span.end] in ".,!?"):
        return True  # 'what he called "blackmail"', 'what she described as "chaos"'
    if c.lemma in NAMING_VERBS and not c.form.endswith("ing") and 1 <= len(gap.split()) <= 5 \
            and not any(ch in gap for ch in ",;:\"“”‘") and art.text[c.start - 1:c.start] == " ":
        # 'X called the strike "irresponsible"', 'described the plan as "reckless"': the
        # name given to the object is the speaker's word.
        return True
    if not is_indirect_cue(c) or c.according:
        return False
    if len(gap.split()) > 20 or any(ch in gap for ch in ";:\"“”‘"):
        return False
    return _REPORTED_THAT_RE.search(gap) is not None or (
        c.lemma in ("say", "tell", "add", "write") and _BARE_CLAUSE_RE.match(gap) is not None)


# "said her client was "deeply ashamed"": a reported clause without "that", opened by a
# pronoun or determiner and holding a finite verb before the quotation.
_BARE_CLAUSE_RE = re.compile(
    r"\s*(?:he|she|they|it|we|I|his|her|their|its|the|this|these|[A-Z][\w’'\-]*)\s+(?:[\w’'\-]+\s+){0,8}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|should|felt|feels|remained|remains|"
    r"seemed|seems|looked|looks|became)\s")


# The first past-tense verb of a clause, after at least two words of subject.
_MAIN_VERB_RE = re.compile(r"\S+(?:\s+\S+){1,7}?\s+([a-z]{3,}ed|sent|gave|made|took|put|began|"
                           r"brought|held|led|set|sought|won|struck|unveiled|laid out)\b")


# Words that introduce the title of a work: the quotation marks after them enclose a name.
_WORK_BEFORE_RE = re.compile(r"(?:(?:author|co-author|writer|director|producer|creator|host|star) of(?: the)?"
                             r"|book|novel|memoir|film|movie|documentary|show|series|song|album|play"
                             r"|podcast|program|programme|segment|episode|titled|entitled"
                             r"|\b(?:on|told|with)|[A-Z][\w.]*(?:’s|'s|’|'))[ \t,]*$")


def _make_quote(art: _Article, span: Span, index: int, attr: Attribution | None,
                published: date | None) -> Quote | None:
    text = art.text
    kind = _kind(art, span, attr)
    words = span.words
    if attr is None:
        # Unattributed: keep only standalone speech-like quotations.
        if kind != "direct" or words < 6 or not ends_like_speech(text, span):
            return None
        sp = None
    else:
        sp = attr.speaker
        if words < MIN_QUOTE_WORDS and not _in_reported_clause(art, span, attr, kind):
            if kind != "direct" or attr.cue is None or not ends_like_speech(text, span):
                return None
        if is_title_like(text, span) and attr.cue is None:
            return None
        if is_title_like(text, span, final_stop=True) and _WORK_BEFORE_RE.search(text, max(0, span.open - 30), span.open):
            # 'author of "America's Unwritten Constitution," put it', 'said on NBC's "Meet
            # the Press."': the name of a work or programme, not words anyone said.
            return None
    return Quote(
        text=text[span.start:span.end], start=span.start, end=span.end, kind=kind,
        speaker=sp.name if sp else None,
        speaker_type=(sp.kind if sp and sp.kind else None),
        speaker_mention=sp.mention if sp else None,
        speaker_description=sp.description if sp else None,
        cue=attr.cue.form if attr and attr.cue else None,
        venue=attr.venue if attr else None,
        when=attr.when if attr else None,
        said_on=when_where.resolve(attr.when, published) if attr else None,
        paragraph=span.paragraph,
    )


def _indirect(art: _Article, used_cues: set[int], after_quote_cues: set[int],
              published: date | None) -> list[tuple[Quote, Speaker]]:
    """Reported speech in sentences, from cues not already used by a quotation."""
    text, reg = art.text, art.registry
    out: list[Quote] = []
    taken: list[tuple[int, int]] = []  # contents found so far
    taken_starts: set[int] = set()
    starts, ends = art.layout.sentence_starts, art.layout.sentence_ends
    for c in art.cues:
        if c.start in used_cues:
            continue
        with_np = None
        participle = is_participle_cue(c) and text[max(0, c.start - 2):c.start] in (", ", "— ", "- ")
        if not participle and is_participle_cue(c):
            # "with 47 percent of Cuban Americans saying they will support her": the phrase
            # between "with" and the participle is its subject.
            with_np = WITH_SUBJECT_RE.search(text, max(0, c.start - 70), c.start)
        asking = c.lemma == "ask" and not c.form.endswith("ing") \
            and not PASSIVE_BEFORE_RE.search(text, max(0, c.start - 12), c.start)  # ("would be asked to")
        objective = c.lemma in OBJECT_SPEECH and not c.form.endswith("ing")
        citing = c.form == "citing" and text[max(0, c.start - 2):c.start] == ", "
        if not (is_indirect_cue(c) or participle or asking or objective or with_np or citing):
            continue
        si = bisect_right(starts, c.start) - 1
        if si < 0 or ends[si] <= c.start:
            continue
        s, e = starts[si], ends[si]
        # A semicolon joins two sentences: "Six in 10 said ...; 46 percent said ...".
        semi = text.rfind(";", s, c.start)
        if semi > 0:
            s = semi + 1
            while s < c.start and text[s].isspace():
                s += 1
        semi = text.find(";", c.end, e)
        if semi > 0:
            e = semi
        content = None
        sp = None
        if c.according:
            content, sp = _according(art, c, s, e)
        elif asking:
            content, sp = _asked(art, c, s, e)
        elif objective and not is_indirect_cue(c):
            content, sp = _object_content(art, c, s, e)
        elif citing:
            # "..., she canceled the rally, citing the attack": the cited object is what
            # the main clause's subject gave as a reason.
            m = OBJECT_STOP_RE.search(text, c.end + 1, e)
            stop = m.start() if m else e
            sp = clause_subject(text, s, c.start - 2, reg)
            if sp is not None and stop > c.end + 1:
                content = (c.end + 1, stop)
        elif with_np is not None:
            fwd = content_after(text, c, e)
            if fwd is not None:
                sp = resolve_nominal(with_np.group("np"), with_np.start("np"), reg)
                if sp is not None:
                    content = fwd
        elif participle:
            # "Other Republicans echoed those comments, saying Obama's strategy is
            # inadequate": the main clause's subject says it. After a quotation and its
            # attribution ('"...," Clark said, noting he would ...'), the clause starts there.
            fwd = content_after(text, c, e)
            if fwd is not None:
                start = s
                for a, b in art.masks[bisect_left(art.masks, (s, -1)):]:
                    if a >= c.start:
                        break
                    start = b
                sp = clause_subject(text, start, c.start - 2, reg)
                if sp is None and (verb := _MAIN_VERB_RE.match(text, start, c.start - 2)):
                    # "France's housing minister on Tuesday announced plans ..., saying
                    # ...": the subject of the main clause's verb.
                    sp = subject_before(text, start, verb.start(1), reg)
                if sp is not None:
                    content = fwd
        else:
            fwd = content_after(text, c, e)
            if fwd is not None and c.start in after_quote_cues and not (
                    text[fwd[0]].islower() and text[c.start - 2] not in ",”\"'"):
                # The verb also attributes the quotation before it: only a plain
                # lower-case clause after 'X said' is reported speech as well.
                fwd = None
            if fwd is not None:
                rel = RELATIVE_WHO_RE.search(text, max(s, c.start - 40), c.start)
                if rel is not None:
                    # "Labor Secretary Thomas Perez, who said he expects ...": the relative
                    # pronoun's antecedent speaks, and the clause ends with the relative.
                    sp = adjacent_subject(text, s, rel.start(), reg)
                    if sp is not None and sp.kind == "organisation":
                        # "Howard Rubel, a senior analyst at Jefferies, who notes ...": the
                        # relative clause follows the appositive; its head is the person.
                        sp = _head_of_appositive(art, s, rel.start()) or sp
                    stop = RELATIVE_END_RE.search(text, fwd[0], fwd[1])
                    fwd = (fwd[0], stop.start() if stop else fwd[1])
                elif (which := RELATIVE_WHICH_RE.search(text, max(s, c.start - 60), c.start)):
                    # "a bill ..., which critics said was discriminatory": the words between
                    # the relative pronoun and the verb are its subject.
                    sp = subject_before(text, which.start("subj"), c.start, reg)
                    stop = RELATIVE_END_RE.search(text, fwd[0], fwd[1])
                    fwd = (fwd[0], stop.start() if stop else fwd[1])
                else:
                    # "Four in 10 said ..., while nine in 10 said ...": the subject is in
                    # the verb's own clause.
                    clause = s
                    for b in CLAUSE_BREAK_RE.finditer(text, s, c.start):
                        clause = b.end()
                    sp = subject_before(text, clause, c.start, reg)
                if sp is not None:
                    content = fwd
            if content is None:
                # "..., X said." / "..., said X." at the end of the sentence.
                tail = text[c.end:e]
                comma = text.rfind(",", s, c.start)
                while comma > s and text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
                    comma = text.rfind(",", s, comma)  # (not the comma inside "20,000")
                # '..., said Steve Grubbs, an Iowa operative working for ...': after a comma,
                # an inverted verb's subject may carry a long description.
                short_tail = len(tail.split()) <= 6 and not any(ch in tail for ch in ",;:") \
                    or tail.strip(" .") == ""
                inverted = comma > s and c.lemma in INVERTING and not text[comma + 1:c.start].strip() \
                    and not text.startswith(",", c.end)  # (", say, the Democrats": for example)
                if short_tail or inverted:
                    if comma > s and (len(text[comma:c.start].split()) <= 8 or " for " in text[comma:c.start]
                                      and _PORTFOLIO_LEAD_RE.match(text, comma + 1, c.start)):
                        if text[comma + 1:c.start].strip():
                            sp = subject_before(text, comma + 1, c.start, reg)
                        elif c.lemma != "tell":
                            sp = subject_after(text, c.end, e, reg)
                            if sp is not None and not short_tail and not _ENDS_SUBJECT_RE.match(
                                    text, sp.start + len(sp.mention or ""), e):
                                # ("Jane Roe, a donor, said Thursday's speeches ...": the
                                # verb's object follows it, not its subject.)
                                sp = None
                        else:
                            # "..., his top aide, Tad Devine, told The Huffington Post.": what
                            # follows "told" is the listener; the speaker is the appositive
                            # name before it, and the content ends before its description.
                            sp = adjacent_subject(text, s, c.start, reg)
                            if sp is not None:
                                comma = text.rfind(",", s, sp.start)
                                before = text.rfind(",", s, comma) if comma > s else -1
                                desc = text[before + 1:comma].split() if before > s else []
                                if 0 < len(desc) <= 5 and desc[0].lower() in APPOSITIVE_LEADS:
                                    comma = before  # ", his top aide, Tad Devine, told"
                                if comma <= s:
                                    sp = None
                        if sp is not None:
                            content = (s, comma)
            if content is None:
                content, sp = _parenthetical(art, c, s, e)
            if content is None and c.lemma in OBJECT_SPEECH:
                content, sp = _object_content(art, c, s, e)
        if content is None or sp is None:
            continue
        # The cheap modal test goes first so the scan of `taken` stays rare (linear time).
        if text[max(0, c.start - 7):c.start].split()[-1:] in _MODAL_WORDS and \
                any(a0 < c.start < b0 and sp.start < a0 for a0, b0 in taken):
            # "said the state would ask for federal help": a verb after a modal inside a
            # reported clause has that clause's subject, not the reporter.
            continue
        if c.start in taken_starts:
            # "The insurer said claims from the floods would ...": the first word of a
            # reported clause is its subject ("claims"), not a verb.
            continue
        a, b = content
        while a < b and text[a] in " \t,":
            a += 1
        while b > a and text[b - 1] in " \t.,;:!?":
            b -= 1
        if len(text[a:b].split(None, 2)) < (2 if c.lemma in OBJECT_SPEECH else 3):  # (3 pieces will do)
            continue
        if (a, b) in taken:
            continue  # "said in its weekly report that ...": one clause, reported once
        if art.spans_between(a, b) or any(m[0] < b and m[1] > a for m in art.masks[:0]):
            continue
        if _overlaps_quote(art, a, b):
            continue
        if not c.according and c.start < a:
            sp = _relayed_after(art, b, e) or sp
        attr = _finish(art, Attribution(sp, c, (s, e)), None, content=(a, b))
        out.append((Quote(
            text=text[a:b], start=a, end=b, kind="indirect", speaker=sp.name,
            speaker_type=sp.kind, speaker_mention=sp.mention,
            speaker_description=sp.description, cue=c.form, venue=attr.venue,
            when=attr.when, said_on=when_where.resolve(attr.when, published),
            paragraph=_para_index(art, a),
        ), sp))
        used_cues.add(c.start)
        taken.append((a, b))
        taken_starts.add(a)
    return out


# What may follow an inverted verb's subject at the end of its sentence: nothing, its
# description after a comma, a parenthesis, "of <place>" or a relative clause.
_ENDS_SUBJECT_RE = re.compile(r"[ \t]*(?:$|[.,;(]|of[ \t]|who[ \t])")


def _head_of_appositive(art: _Article, start: int, end: int) -> Speaker | None:
    """The person named before the comma that opens the appositive ending at `end`
    ("Howard Rubel, a senior analyst at Jefferies"), or None."""
    text = art.text
    comma = text.rfind(",", start, end)
    if comma < 0 or not _APPOSITIVE_START_RE.match(text, comma + 1, end):
        return None
    for m in reversed(art.registry.mentions_between(start, comma)):
        if m.in_quote or m.entity.kind != "person" or text[m.end:comma].strip():
            return None
        return _from_mention(m, art.registry)
    return None


_APPOSITIVE_START_RE = re.compile(r"[ \t]+(?:a|an|the|his|her|its|their)[ \t]")


WITH_SUBJECT_RE = re.compile(
    r"\bwith\s+(?P<np>(?:about\s+|nearly\s+|almost\s+|only\s+|just\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent)|(?:a|one)\s+(?:third|quarter|half|majority)|most|many|some)"
    r"(?:\s+of)?(?:\s+[\w’'\-]+){0,4}?)\s+$")
RELATIVE_WHO_RE = re.compile(r",\s+who(?:\s+(?:has|had|have|also|later|then|previously|"
                             r"recently|once|earlier|repeatedly|\w+ly))*\s+$")
RELATIVE_WHICH_RE = re.compile(r",\s+(?:which|that)\s+(?P<subj>[\w’'\-]+(?:\s+[\w’'\-]+){0,4})\s+$")
CLAUSE_BREAK_RE = re.compile(r",\s+(?:while|whereas|but|although|though)\s+|;\s+")
RELATIVE_END_RE = re.compile(r",|\s(?:but|and (?:then|later|also|has|had|is|was))\s")


# "pledged to ban", "vowed to soldier on": the infinitive is the content.
COMMITMENT_VERBS = {"promise", "pledge", "vow", "propose", "demand", "threaten", "call"}
NOUN_MARKERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "many",
                "these", "those", "such", "new", "more", "personal", "several", "some", "no",
                "any", "recent", "repeated", "harsh", "his", "of", "whose"}
OBJECT_PREPOSITIONS = {"with", "from", "about", "as", "in", "at", "by", "into", "than", "out",
                       "off", "up", "of", "on", "for", "to", "over", "against", "during"}
# Verbs that answer someone else's words, and nouns naming such words.
RESPONSE_VERBS = {"dismiss", "reject", "deny", "defend", "question", "acknowledge", "confirm"}
SPEECH_NOUNS = {"criticism", "criticisms", "critique", "critiques", "allegation", "allegations",
                "accusation", "accusations", "charge", "charges", "claim", "claims", "remark",
                "remarks", "comment", "comments", "report", "reports", "rumor", "rumors",
                "rumour", "rumours", "complaint", "complaints", "attacks", "suggestion",
                "suggestions", "speculation", "concerns", "criticism.", "characterization"}
_NEXT_WORD_RE = re.compile(r"\s+([\w’'\-]+)")
# Speech acts whose passive agent speaks the quotation ("was asked by", "was told by").
_AGENT_SPEAKS = frozenset({"ask", "tell", "warn", "urge", "press", "question", "challenge"})
_PASSIVE_AGENT_RE = re.compile(r"[ \t]+by[ \t]+")
_PASSIVE_AUX_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being)[ \t]+$")
PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "so",
               "widely", "often", "also", "not", "never", "publicly", "sharply", "harshly"}
OBJECT_STOP_RE = re.compile(r",(?!\d{3}\b)|;|:|\s[—–-]\s|\s(?:and|but|while|because|as|after|before|when|who|which|saying|calling)\s"
                            r"|\s(?:at|in|on|during|via)\s(?=(?:a|an|the|his|her|their|its)\s|[A-Z])")


def _object_content(art: _Article, c: Cue, s: int, e: int):
    """"Alastair Osman called him a kind, loving man": for a speech act whose content is
    its object, the object up to the first comma or clause break; the subject must be a
    person, group or organisation, and the verb active ("was criticized" is not)."""
    text = art.text
    prev = text[max(s, c.start - 30):c.start].split()
    if prev and (prev[-1].lower() in NOUN_MARKERS or prev[-1].endswith(("’s", "'s"))):
        return None, None  # "Trump's attacks on Curiel", "the reports": a noun, not a verb
    if any(w.lower() in ("who", "which", "that") for w in prev[-3:]):
        return None, None  # a relative clause: its subject is not the clause before it
    nxt = _NEXT_WORD_RE.match(text, c.end)
    if nxt and nxt.group(1) in OBJECT_PREPOSITIONS and not (
            c.lemma == "call" and nxt.group(1) in ("for", "on")) and not (
            nxt.group(1) == "to" and c.lemma in COMMITMENT_VERBS):
        return None, None  # "calls with counterparts", "reported from Washington"
    if prev and prev[-1].lower() in PASSIVE_AUX and not (
            prev[-1].lower() in ("has", "have", "had") and not text.startswith("been", c.end + 1)):
        if prev[-1].lower() not in ("has", "have", "had", "also", "publicly", "sharply",
                                    "harshly", "often", "never"):
            return None, None
    if text.startswith(("off", "up", "out", "in ", "it "), c.end + 1) or text[c.end:c.end + 1] not in (" ",):
        return None, None
    start = c.end + 1
    m = OBJECT_STOP_RE.search(text, start, e)
    while m is not None and m.group().strip() in ("and", "or") and len(text[start:m.start()].split()) <= 2:
        # "proposed an aerial and naval ceasefire": an "and" this early joins words inside
        # the object; the object goes on.
        m = OBJECT_STOP_RE.search(text, m.end(), e)
    stop = m.start() if m else e
    while stop > start and text[stop - 1] in " .!?":
        stop -= 1
    words = text[start:stop].split()
    if len(words) < 2:
        return None, None
    if c.lemma in RESPONSE_VERBS and len(words) <= 3 and words[0].lower() in NOUN_MARKERS \
            and words[-1].lower() in SPEECH_NOUNS:
        # "X dismissed the criticism", "denied the allegations": the object is someone
        # else's words that the subject answers, not what the subject says.
        return None, None
    if c.lemma == "call" and not _names_something(words):
        return None, None  # "called Jane Doe at home": a phone call, not a speech act
    sp = subject_before(text, s, c.start, art.registry)
    if sp is None or sp.name is None:
        return None, None
    return (start, stop), sp


def _names_something(words: list[str]) -> bool:
    """After "called": "for"/"on" ..., or an object followed by what it is called
    ("him a kind man", "Trump a liar", "the plan a disaster")."""
    if words[0] in ("for", "on"):
        return True
    i = 0
    if words[0].lower() in ("him", "her", "them", "it", "us", "me", "himself", "herself"):
        i = 1
    elif words[0][:1].isupper():
        while i < len(words) and words[i][:1].isupper():
            i += 1
    else:
        return any(w in ("a", "an") for w in words[1:])
    return i < len(words) and words[i].lower() not in OBJECT_PREPOSITIONS \
        and words[i].lower() not in _CALL_ADVERBIALS and not words[i].endswith("ly")


# "calls her every week", "called him back", "called them twice": a phone call.
_CALL_ADVERBIALS = {"every", "each", "last", "this", "next", "once", "twice", "again", "back",
                    "daily", "weekly", "yesterday", "today", "tonight", "later", "soon", "home",
                    "often", "whenever", "when", "after", "before", "several", "many", "most"}


def _according(art: _Article, c: Cue, s: int, e: int):
    """"..., according to X." (content before) or "According to X, ..." (content after)."""
    text = art.text
    src = c.end
    doc = _DOC_SOURCE_RE.match(text, c.end, e)
    if doc:
        # "according to a statement from the sheriff's office": the document's author.
        src = doc.end()
    sp = subject_after(text, src, e, art.registry)
    end_of_source = text.find(",", c.end, e)
    if sp is None:
        # The words after "according to" name the source, whatever they are.
        name = text[src:end_of_source if end_of_source > 0 else e].strip(" .;:")
        if not name or len(name.split()) > 20:
            return None, None
        sp = resolve_nominal(name, c.end, art.registry) or Speaker(name=name, kind=None, mention=name, start=c.end)
    comma = text.rfind(",", s, c.start)
    if comma > s and not text[comma:c.start].strip(" ,") and len(text[s:comma].split()) >= 4:
        return (s, comma), sp
    lead = text[s:c.start].rstrip()
    if end_of_source > 0 and len(text[end_of_source:e].split()) >= 3 and (
            len(lead.split()) <= 2 or lead.endswith((",", ":", ";", "—", "–"))):
        # ("Veridian, which had 31% of sales last year according to filings, declined to
        # comment": inside a clause, "according to" sources that clause, not what follows.)
        return (end_of_source + 1, e), sp
    return None, None


_DOC_SOURCE_RE = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|report|release|letter|filing|memo|"
    r"email|transcript|post|tweet|video|notice|complaint|document|documents|indictment)\s+"
    r"(?:from|by|issued\s+by|released\s+by|sent\s+by|posted\s+by|of)\s+")
QUESTION_RE = re.compile(r"\s+(?:(?:during|at|in|on|by|at)\s+(?:[\w’'.\-]+\s+){1,5}?)?"
                         r"(?:(?:him|her|them|us|me|(?:the|his|her|their|its|our)\s+\w+|"
                         r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s+)?"
                         r"(?=(?:whether|if|what|which|who|why|how|when|where|about|to|for)\b)")


def _asked(art: _Article, c: Cue, s: int, e: int):
    """"X asked (Y) whether/what/about ...": the question is the content; "Asked which
    county was his favorite, he demurred" has no speaker of its own."""
    text = art.text
    m = QUESTION_RE.match(text, c.end, e)
    if not m:
        return None, None
    start = m.end()
    stop = e
    if text[s:c.start].strip().lower() in ("asked", "when", "when he was", "when she was", ""):
        comma = text.find(",", start, e)
        if comma < 0:
            return None, None
        stop = comma
        sp = Speaker(name=None, kind=None, mention="", start=c.start)
    else:
        sp = subject_before(text, s, c.start, art.registry)
        if sp is None:
            return None, None
    return (start, stop), sp


PARENTHETICAL_TAIL_RE = re.compile(
    r"(?:\s+(?:on|in|at|last|this|during|after)\b[^,;:]{0,40})?\s*,\s+(?=\S)")


def _parenthetical(art: _Article, c: Cue, s: int, e: int):
    """'The plan, an inside source said, is to ...': the cue and its subject between commas
    inside the reported sentence, which is the content, read as one span."""
    text = art.text
    comma = text.rfind(",", s, c.start)
    if comma <= s or len(text[s:comma].split()) < 2 or len(text[comma:c.start].split()) > 7 \
            or text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
        return None, None  # (a comma inside a number, "20,000", sets nothing off)
    m = PARENTHETICAL_TAIL_RE.match(text, c.end, e)
    if not m or len(text[m.end():e].split()) < 3:
        return None, None
    sp = subject_before(art.text, comma + 1, c.start, art.registry)
    if sp is None:
        return None, None
    if _WRITERS_PP_RE.match(text, m.end()):
        # "He found no taker, he said, on condition of anonymity": the phrase after the
        # cue is the writer's, the content ends before the cue.
        return (s, comma), sp
    tail = CLAUSE_TAIL_RE.search(text, m.end(), e)
    return (s, tail.start() if tail else e), sp


_WRITERS_PP_RE = re.compile(r"(?:on|in|at|during|after|before|because|as|when|while|speaking|"
                            r"adding|citing|according|asking|requesting|declining|who)\b")


HEADLINE_SPEECH_RE = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*)[ \t]+"
    r"(?P<verb>Says|Tells|Warns|Urges|Claims|Vows|Insists|Argues|Admits|Denies|Predicts|Pledges)"
    r"[ \t]+(?P<what>[^\n]+)")


# "Cllr Moorcroft: We did listen. ...": a transcript turn, a name and a colon opening a
# paragraph with no quotation marks.
TURN_LABEL_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*)[ \t]*:[ \t]+(?=[A-Z\"“‘'])")


def _transcript_turns(art: _Article, published: date | None) -> list[Quote]:
    """Turns of a printed exchange labelled with a person the article names elsewhere.
    (Bare "Q:"/"A:" and unnamed labels such as "Presenter:" are left alone: who asks and
    who answers is not said.)"""
    text = art.text
    out = []
    labels = [text[p.start:p.start + 1].isupper() and TURN_LABEL_RE.match(text, p.start, p.end)
              for p in art.body]
    for k, p in enumerate(art.body):
        m = labels[k]
        # One labelled paragraph is a heading ("Jeb Bush: Student loans"); an exchange has
        # a labelled turn next to it.
        if m and (k > 0 and labels[k - 1] or k + 1 < len(labels) and labels[k + 1]):
            a, b = m.end(), p.end
            while b > a and text[b - 1].isspace():
                b -= 1
            if len(text[a:b].split()) < 4 or any(ch in text[a:b] for ch in '"“”') \
                    or art.spans_between(a, b):
                continue
            label = m.group("name")
            sp = _label_speaker(art, label, p.start)
            if sp is None or sp.entity is None or sp.entity.kind != "person" \
                    or sp.entity.first_pos >= p.start:
                continue
            ent = sp.entity
            out.append(Quote(text=text[a:b], start=a, end=b, kind="direct", speaker=ent.name,
                             speaker_type="person", speaker_mention=label,
                             speaker_description=ent.descriptions[0] if ent.descriptions else None,
                             cue=":", paragraph=p.index))
    return out


def _interview_answers(art: _Article) -> list[Quote]:
    """The answers of a Q:/A: interview, from the one person named before its first
    question ("Mayor Tomas Berglund has led the town ... We spoke to him ...")."""
    answers = [p for p in art.body if p.turn == "A"]
    first_question = next((p.start for p in art.body if p.turn == "Q"), None)
    if len(answers) < 2 or first_question is None:
        return []
    named = {m.entity.name: m.entity for m in art.registry.mentions_between(0, first_question)
             if m.entity.kind == "person" and not m.in_quote}
    if len(named) != 1:
        return []  # (nobody, or several people: who answers is not said)
    [ent] = named.values()
    text = art.text
    out = []
    for p in answers:
        a, b = p.start, p.end
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(text[a:b].split()) < 3 or art.spans_between(a, b):
            continue  # (an answer holding a quotation keeps its own attributions)
        out.append(Quote(text=text[a:b], start=a, end=b, kind="direct", speaker=ent.name,
                         speaker_type="person", speaker_mention=ent.name,
                         speaker_description=ent.descriptions[0] if ent.descriptions else None,
                         cue="A:", paragraph=p.index))
    return out


def _headline_speech(art: _Article) -> list[Quote]:
    """"Bernie Sanders Says He's Already Started Writing His Inaugural Address.": a
    title-cased line whose subject says something is reported speech."""
    text = art.text
    out = []
    for p in art.layout.paragraphs:
        if p.kind not in ("title", "heading"):
            continue
        m = HEADLINE_SPEECH_RE.search(text, p.start, p.end)
        if not m:
            continue
        who = m.group("who").split()
        while who and who[0] in COMMON_CAPITALISED:
            who.pop(0)
        a, b = m.start("what"), m.end("what")
        while b > a and text[b - 1] in " .!?:;,’'\"”":
            b -= 1
        if not who or len(text[a:b].split()) < 2 or '"' in text[a:b] or "“" in text[a:b] \
                or pair_single_marks(text, a, b, p.index, True, run_on=False):
            continue
        name = " ".join(who)
        ent = art.registry.find(name, a)
        out.append(Quote(text=text[a:b], start=a, end=b, kind="indirect",
                         speaker=ent.name if ent else name,
                         speaker_type=ent.kind if ent else None, speaker_mention=name,
                         cue=m.group("verb"), paragraph=p.index))
    return out


# "‘I had to learn to be still’: Noor Castellane on ...", "Trump: ‘I will win’": a headline
# that gives a quotation and its speaker either side of a colon.
_OPEN_MARKS, _CLOSE_MARKS = "‘'“\"", "’'”\""
_HEADLINE_NAME = r"(?P<who>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})"
HEADLINE_QUOTE_FIRST_RE = re.compile(
    rf"[ \t]*[{_OPEN_MARKS}](?P<q>[^{_CLOSE_MARKS}\n]{{6,200}}?)[{_CLOSE_MARKS}][ \t]*[:—–][ \t]*{_HEADLINE_NAME}"
    r"(?=[ \t]+(?:on|says|said|tells|told|about|in|at)\b|[ \t]*[,.]?[ \t]*$)")
HEADLINE_NAME_FIRST_RE = re.compile(
    rf"[ \t]*{_HEADLINE_NAME}[ \t]*:[ \t]*[{_OPEN_MARKS}](?P<q>[^{_CLOSE_MARKS}\n]{{6,200}}?)[{_CLOSE_MARKS}][ \t]*[.!?]?[ \t]*$")


def _headline_quotations(art: _Article, found: list[Quote]) -> list[Quote]:
    """The quotation of a headline that names its speaker beside a colon, when no quote
    already holds it."""
    text = art.text
    out = []
    for p in art.layout.paragraphs:
        if p.kind != "title":
            continue
        m = HEADLINE_QUOTE_FIRST_RE.match(text, p.start, p.end) or HEADLINE_NAME_FIRST_RE.match(text, p.start, p.end)
        if m is None:
            continue
        a, b = m.span("q")
        if any(q.start < b and a < q.end for q in found):
            continue
        name = m.group("who").rstrip(".,")
        ent = art.registry.find(name, a)
        if ent is None or ent.kind != "person" or len(name.split()) > 3 or not (
                name == ent.name or name in ent.aliases or name == ent.name.split()[-1]):
            continue  # (a name the story gives a person: "CNN President On Trump" is none)
        out.append(Quote(text=text[a:b], start=a, end=b, kind="direct",
                         speaker=ent.name, speaker_type="person", speaker_mention=name, cue=":",
                         paragraph=p.index))
    return out


def _overlaps_quote(art: _Article, a: int, b: int) -> bool:
    i = bisect_left(art.masks, (a, -1))
    for j in (i - 1, i):
        if 0 <= j < len(art.masks):
            s, e = art.masks[j]
            if s < b and e > a:
                return True
    return False


def _para_index(art: _Article, pos: int) -> int:
    i = bisect_right(art.body_starts, pos) - 1
    return art.body[i].index if i >= 0 else 0


def bare_title(desc: str | None) -> bool:
    """An honorific or abbreviated title alone ("Mr", "Ms.", "Sen."), which says nothing of
    who the person is: no description."""
    if not desc:
        return False
    d = desc.strip()
    return d in HONORIFICS or d in TITLES and (d.endswith(".") or d in _TITLE_ABBREVIATIONS)


_TITLE_ABBREVIATIONS = {"Sen", "Sens", "Rep", "Reps", "Gov"}  # written without their period


# Descriptions that carry no office, only an age or a nationality: "the 22-year-old", "The
# 52-year-old", "the Portuguese". A sports or profile story uses them for the person it is
# about.
_EPITHET_RE = re.compile(r"(?:[Tt]he)[ \t]+(?:\d{1,3}-year-old|(?P<demonym>[A-Z][a-z]+))$")


def _epithets_to_protagonist(art: _Article, quotes: list[Quote]) -> None:
    """Give a quotation attributed to a bare epithet ("the 22-year-old said") to the
    article's protagonist: the person named in its headline who is named most often."""
    epithets = [q for q in quotes if q.speaker is not None and q.speaker == q.speaker_mention
                and (m := _EPITHET_RE.fullmatch(q.speaker)) is not None
                and (m.group("demonym") is None or m.group("demonym") in DEMONYMS)]
    if not epithets:
        return
    counts: dict[int, int] = {}
    for m in art.registry.mentions:
        if m.entity.kind == "person" and not m.in_quote:
            counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
    title = next((p for p in art.layout.paragraphs if p.kind == "title"), None)
    if title is None or not counts:
        return
    headline = set(re.findall(r"[\w’'\-]+", art.text[title.start:title.end]))  # (the scan skips headlines)
    in_title = [e for e in art.registry.entities if e.kind == "person" and e.name.split()[-1] in headline]
    if not in_title:
        return
    lead = max(in_title, key=lambda e: counts.get(id(e), 0))
    ranked = sorted(counts.values(), reverse=True)
    if counts.get(id(lead), 0) < 3 or counts[id(lead)] != ranked[0]:
        return  # (the headline's person must also be the one the story names most)
    for q in epithets:
        q.speaker, q.speaker_type, q.speaker_description = lead.name, "person", q.speaker_mention


_HEAD_STOPS = frozenset({"in", "of", "for", "at", "close", "familiar", "who", "with", "from", "speaking", "on", "to"})


def _indefinite_head(phrase: str) -> str | None:
    """The head noun of an indefinite description ("A senior defense official, speaking
    ..." -> "official", "a source close to him" -> "source"), or None."""
    words = phrase.replace(",", " ").split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return None
    head = None
    for w in words[1:]:
        if w.lower() in _HEAD_STOPS:
            break
        head = w.lower()
    return head if head and head.isalpha() else None
_DEFINITE_RE = re.compile(r"[Tt]he[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?P<head>[a-z][a-z\-]+)$")


def _definite_to_introduced(quotes: list[Quote]) -> None:
    """'A senior defense official, speaking on condition of anonymity, said ...' then
    '"...," the official said': the definite description is the unnamed source just
    introduced with the same noun, within a few paragraphs."""
    introduced: dict[str, Quote] = {}
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker_type != "unnamed" or not q.speaker:
            continue
        if (d := _DEFINITE_RE.fullmatch(q.speaker)) is not None and q.speaker == q.speaker_mention:
            first = introduced.get(d.group("head"))
            if first is not None and q.start - first.start < 2500:
                q.speaker, q.speaker_description = first.speaker, q.speaker_mention
            continue
        if (head := _indefinite_head(q.speaker)) is not None:
            introduced[head] = q


def _drop_bare_titles(art: _Article, quotes: list[Quote]) -> None:
    """Replace an honorific-only speaker description by the person's next real description
    (or none), in place; the same in the registry, which lists the people."""
    better: dict[str, str | None] = {}
    for ent in art.registry.entities:
        if ent.kind == "person" and any(_title_tail(d) for d in ent.descriptions):
            descs = [_without_title_tail(d) for d in ent.descriptions]
            ent.descriptions = [d for d in descs if d]
            better[ent.name] = ent.descriptions[0] if ent.descriptions else None
    for k, q in enumerate(quotes):
        d = q.speaker_description
        if _title_tail(d):
            q.speaker_description = better.get(q.speaker) if bare_title(d) else _without_title_tail(d)


def _title_tail(desc: str | None) -> bool:
    """Does the description end in an honorific ("Council leader Cllr")?"""
    return bool(desc) and bare_title(desc.split()[-1])


def _without_title_tail(desc: str) -> str | None:
    words = desc.split()
    while words and bare_title(words[-1]):
        words.pop()
    return " ".join(words) or None


def _tidy_speaker_description(quote: Quote) -> Quote:
    """A named speaker's description mended or dropped (see descriptions.py); an unnamed
    source's description is who spoke, and stays as written."""
    if not quote.speaker_description or quote.speaker_type == "unnamed":
        return quote
    quote.speaker_description = tidy_description(quote.speaker_description)
    return quote


def _mark_unnamed(quote: Quote) -> Quote:
    """A person speaker, or one of no known kind, that is a description ("officials",
    "opposition lawmakers") becomes an unnamed source; a quote with no speaker has no
    speaker type either (an unresolved "she" left "person")."""
    if quote.speaker is None:
        quote.speaker_type = None
    elif quote.speaker_type in ("person", None) and is_unnamed_source(quote.speaker):
        quote.speaker_type = "unnamed"
    return quote


def _entities(art: _Article, result: Extraction, venues: list[str]) -> None:
    reg = art.registry
    people, orgs = [], []
    seen_orgs = set()
    # Entities with a mention in the story's paragraphs (looked up once per entity, not per
    # mention), and entities with any mention at all.
    in_story, mentioned = set(), set()
    for m in reg.mentions:
        key = id(m.entity)
        mentioned.add(key)
        if key not in in_story and _para_of_pos(art, m.start) is not None:
            in_story.add(key)
    for ent in reg.entities:
        if id(ent) not in in_story and id(ent) in mentioned:
            continue  # writers and their outlet, named only in the byline, are not in the story
        if ent.kind == "person":
            if is_unnamed_source(ent.name):
                continue  # "Critics" opening a sentence is no one's name
            descriptions = (tidy_description(d) for d in ent.descriptions)
            people.append(Entity(name=ent.name, kind="person",
                                 descriptions=tuple(dict.fromkeys(d for d in descriptions if d)),
                                 aliases=tuple(sorted(ent.aliases)),
                                 organisations=tuple(ent.organisations)))
        else:
            seen_orgs.add(ent.name.lower())
            orgs.append(Entity(name=ent.name, kind="organisation",
                               descriptions=tuple(ent.descriptions)))
    extra = []
    for v in map(when_where.venue_outlet, venues):
        if v[:1].isupper() and (any(w in MEDIA_WORDS for w in v.split()) or any(ch.isdigit() for ch in v)):
            extra.append(v)
    if result.publication:
        extra.append(result.publication)
    for name in extra:
        if name.lower() not in seen_orgs:
            seen_orgs.add(name.lower())
            orgs.append(Entity(name=name, kind="organisation"))
    result.people = people
    result.organisations = orgs
