"""Plain data returned by the extractor. No Django here: the web app stores these.

The classes are not frozen: a frozen dataclass sets each field through
`object.__setattr__`, and with the `dataclasses.replace` copies the pipeline made, that
cost 2.5% of extraction time. The pipeline fills and mends its own fresh objects in
place; callers treat what `extract` returns as read-only data."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Literal

QuoteKind = Literal["direct", "mixed", "indirect"]
EntityKind = Literal["person", "organisation"]
# "unnamed": a source the article describes but does not name ("officials", "the source").
SpeakerKind = Literal["person", "organisation", "unnamed"]


@dataclass(slots=True)
class Entity:
    """A person or organisation the article mentions.

    `name` is the fullest form the article gives ("Emmanuel Macron"); `aliases` are the
    other surface forms that refer to it in this article ("Macron", "Mr. Macron").
    `descriptions` are the roles or descriptions as written ("France's President").
    `organisations` names organisations a person's description ties them to
    ("director ... at La Vigie" -> "La Vigie").
    """

    name: str
    kind: EntityKind
    descriptions: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


@dataclass(slots=True)
class Quote:
    """One attribution: who said what, where and when.

    `start`/`end` are offsets into the text given to `extract`, so
    `text[start:end] == quote.text`. Direct quotes exclude the quotation marks.
    `when` is the phrase as written ("Feb 12", "recently"); `said_on` is the date it
    resolves to when the article's publication date is known, else None.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_type: SpeakerKind | None = None
    speaker_mention: str | None = None
    speaker_description: str | None = None
    cue: str | None = None
    venue: str | None = None
    when: str | None = None
    said_on: date | None = None
    paragraph: int = 0


@dataclass(slots=True)
class Extraction:
    """Everything the extractor found in one article."""

    title: str | None = None
    publication: str | None = None
    author: str | None = None
    published: date | None = None
    quotes: list[Quote] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready form (dates as ISO strings, tuples as lists)."""

        def plain(value):
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value

        return plain(asdict(self))
