"""Small factories for tests: plain functions with sensible defaults."""
from __future__ import annotations

import itertools

from quotes.models import Article, Organisation, Person, Quote, Role
from quotes.services import content_hash

_counter = itertools.count(1)

BODY = (
    "Minister Jane Doe spoke on Radio Nord on Monday.\n"
    '"We will build the bridge," said Jane Doe.\n'
    "Doe added that costs would fall.\n"
)


def organisation(name: str = "Radio Nord", **fields) -> Organisation:
    return Organisation.objects.create(name=name, **fields)


def person(name: str = "Jane Doe", **fields) -> Person:
    return Person.objects.create(name=name, **fields)


def article(body: str = BODY, *, title: str | None = None, **fields) -> Article:
    n = next(_counter)
    return Article.objects.create(
        title=title or f"Bridge plans {n}", body=body, content_hash=content_hash(body + str(n)), **fields
    )


def quote(article: Article, text: str, *, speaker=None, kind: str = "direct", **fields) -> Quote:
    start = article.body.find(text)
    assert start >= 0, f"{text!r} is not in the article body"
    if isinstance(speaker, Organisation):
        fields["speaker_organisation"] = speaker
    elif speaker is not None:
        fields["speaker_person"] = speaker
    return Quote.objects.create(article=article, text=text, start=start, end=start + len(text), kind=kind, **fields)


def role(person: Person, article: Article, description: str, organisation: Organisation | None = None) -> Role:
    return Role.objects.create(person=person, article=article, description=description, organisation=organisation)
