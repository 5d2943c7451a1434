"""Writes: storing an extraction. Each article is one transaction, and re-ingesting is safe.

Re-ingest rules:
- the same body (by SHA-256) or the same URL finds the existing article;
- the same text again changes nothing;
- a quote a human verified or edited is never touched, and no machine quote is
  added over its span.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, transaction

from . import metadata as article_metadata
from .extraction import Extraction, extract
from .extraction.document import Document
from .metadata import ArticleMetadata
from .models import Alias, Article, Organisation, Person, Quote, Role
from .names import normalize_name

UNIQUE_RETRIES = 3


@dataclass(slots=True)
class IngestResult:
    article: Article
    status: str  # "new" | "updated" | "unchanged"
    counts: Counter = field(default_factory=Counter)


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def extract_document(*, document: Document, flags: ArticleMetadata) -> tuple[Extraction, ArticleMetadata, bool]:
    """Run the extractor with the best-known publication date, then settle metadata."""
    front_matter = ArticleMetadata.from_strings(document.metadata)
    known = flags.overlay(front_matter)
    extraction = extract(document.body, published=known.published)
    final, title_derived = article_metadata.resolve(flags, front_matter, extraction, document.body)
    return extraction, final, title_derived


def ingest_document(*, document: Document, flags: ArticleMetadata | None = None, source_path: str | Path = "") -> IngestResult:
    """Extract and store one article atomically. Retries once more on a unique-key race
    with a concurrent ingest (the other process's row is then found and reused)."""
    flags = flags or ArticleMetadata()
    extraction, meta, title_derived = extract_document(document=document, flags=flags)
    for attempt in range(UNIQUE_RETRIES):
        try:
            with transaction.atomic():
                return _store(
                    body=document.body, extraction=extraction, meta=meta,
                    title_derived=title_derived, source_path=str(source_path),
                )
        except IntegrityError:
            if attempt == UNIQUE_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _store(*, body: str, extraction: Extraction, meta: ArticleMetadata, title_derived: bool, source_path: str) -> IngestResult:
    counts = Tally()
    digest = content_hash(body)
    article = _find_article(digest=digest, url=meta.url)
    publication = _organisation(meta.publication, counts) if meta.publication else None

    if article is not None and article.content_hash == digest:
        status = "unchanged"
    else:
        status = "new" if article is None else "updated"
        article = article or Article()
        article.title = meta.title[:500]
        article.title_is_derived = title_derived
        article.body = body
        article.content_hash = digest
        article.url = meta.url
        article.author = meta.author[:255]
        article.published = meta.published
        article.publication = publication
        article.source_path = source_path[:1000]
        article.save()

    # Look up every person and organisation the article names in two queries up front;
    # _person/_organisation then hit the database only for names not stored yet.
    counts.preload(
        people=[e.name for e in extraction.people]
        + [q.speaker for q in extraction.quotes if q.speaker and q.speaker_type != "organisation"],
        organisations=[o.name for o in extraction.organisations]
        + [o for e in extraction.people for o in e.organisations]
        + [q.speaker for q in extraction.quotes if q.speaker and q.speaker_type == "organisation"],
    )
    people = {}
    aliases, roles = {}, {}
    for entity in extraction.people:
        person = _person(entity.name, counts, description=entity.descriptions[0] if entity.descriptions else "")
        people[normalize_name(entity.name)] = person
        for alias in entity.aliases:
            key = normalize_name(alias)
            if key != person.normalized_name:
                aliases.setdefault((person.pk, key), Alias(person=person, normalized_name=key, name=alias))
        for description in entity.descriptions:
            organisation = next(
                (_organisation(o, counts) for o in entity.organisations if o.lower() in description.lower()),
                None,
            )
            roles.setdefault(
                (person.pk, description[:500]),
                Role(person=person, article=article, description=description[:500], organisation=organisation),
            )
    _add_missing_aliases(aliases)
    _add_missing_roles(article, roles)
    organisations = {normalize_name(o.name): _organisation(o.name, counts) for o in extraction.organisations}
    _sync_quotes(article, extraction, people, organisations, counts)
    counts[f"articles_{status}"] += 1
    return IngestResult(article=article, status=status, counts=counts)


def _add_missing_aliases(wanted: dict) -> None:
    """Store the aliases not stored yet: one read, one write (same result as get_or_create each)."""
    if not wanted:
        return
    # By person only: a name condition can lead PostgreSQL to the (slow for this) trigram index.
    existing = set(
        Alias.objects.filter(person__in={pk for pk, _ in wanted}).values_list("person_id", "normalized_name")
    )
    missing = [alias for key, alias in wanted.items() if key not in existing]
    Alias.objects.bulk_create(missing, ignore_conflicts=True)


def _add_missing_roles(article, wanted: dict) -> None:
    """Store this article's roles not stored yet; an existing role keeps its organisation."""
    if not wanted:
        return
    existing = set(Role.objects.filter(article=article).values_list("person_id", "description"))
    Role.objects.bulk_create([role for key, role in wanted.items() if key not in existing], ignore_conflicts=True)


def _find_article(*, digest: str, url: str) -> Article | None:
    if url:
        found = Article.objects.filter(url=url).first()
        if found:
            return found
    return Article.objects.filter(content_hash=digest).first()


class Tally(Counter):
    """Counts for the ingest summary; each person or organisation counts once per article."""

    def __init__(self):
        super().__init__()
        self.seen: set[tuple[str, int]] = set()
        # normalized name -> stored row, filled by preload() and by lookups/creations.
        self.people: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}

    def preload(self, *, people, organisations) -> None:
        """Fetch the stored people and organisations among these names, one query each."""
        keys = {normalize_name(n) for n in people if n} - self.people.keys()
        if keys:
            self.people.update((p.normalized_name, p) for p in Person.objects.filter(normalized_name__in=keys))
        keys = {normalize_name(n) for n in organisations if n} - self.organisations.keys()
        if keys:
            self.organisations.update(
                (o.normalized_name, o) for o in Organisation.objects.filter(normalized_name__in=keys)
            )

    def entity(self, kind: str, entity, created: bool) -> None:
        if (kind, entity.pk) not in self.seen:
            self.seen.add((kind, entity.pk))
            self[f"{kind}_new" if created else f"{kind}_existing"] += 1


def _organisation(name: str, counts: "Tally") -> Organisation:
    key = normalize_name(name)
    organisation, created = counts.organisations.get(key), False
    if organisation is None:
        organisation, created = Organisation.objects.get_or_create(
            normalized_name=key, defaults={"name": name.strip()[:255]}
        )
        counts.organisations[key] = organisation
    counts.entity("organisations", organisation, created)
    return organisation


def _person(name: str, counts: "Tally", *, description: str = "") -> Person:
    key = normalize_name(name)
    person, created = counts.people.get(key), False
    if person is None:
        person, created = Person.objects.get_or_create(
            normalized_name=key, defaults={"name": name.strip()[:255], "description": description[:500]}
        )
        counts.people[key] = person
    if not created and not person.description and description:
        person.description = description[:500]
        person.save(update_fields=["description", "modified"])
    counts.entity("people", person, created)
    return person


def _sync_quotes(article, extraction, people, organisations, counts) -> None:
    existing = {(q.start, q.end, q.kind): q for q in article.quotes.all()}
    protected = [q for q in existing.values() if q.is_human_touched]
    counts["quotes_kept_human"] += len(protected)
    # A machine quote overlapping a human-touched one would duplicate or contradict it.
    wanted = {
        (found.start, found.end, found.kind): found
        for found in extraction.quotes
        if not any(q.start < found.end and found.start < q.end for q in protected)
    }

    stale = [q.pk for key, q in existing.items() if key not in wanted and not q.is_human_touched]
    if stale:
        Quote.objects.filter(pk__in=stale).delete()
        counts["quotes_removed"] += len(stale)

    new_quotes = []
    for key, found in wanted.items():
        values = _quote_values(found, people, organisations, counts)
        current = existing.get(key)
        if current is None:
            # bulk_create skips Quote.save(), so the sort-date copy is set here.
            new_quotes.append(Quote(article=article, article_date=article.sort_date, **values))
            continue
        changed = [name for name, value in values.items() if getattr(current, name) != value]
        if changed:
            for name in changed:
                setattr(current, name, values[name])
            current.save(update_fields=[*changed, "modified"])
            counts["quotes_updated"] += 1
        else:
            counts["quotes_unchanged"] += 1
    Quote.objects.bulk_create(new_quotes)
    counts["quotes_new"] += len(new_quotes)


def _quote_values(found, people, organisations, counts) -> dict:
    speaker_person = speaker_organisation = None
    if found.speaker and found.speaker_type == "organisation":
        speaker_organisation = organisations.get(normalize_name(found.speaker)) or _organisation(found.speaker, counts)
    elif found.speaker:
        speaker_person = people.get(normalize_name(found.speaker)) or _person(found.speaker, counts)
    venue_organisation = organisations.get(normalize_name(found.venue)) if found.venue else None
    return {
        "text": found.text,
        "paragraph": found.paragraph,
        "speaker_person": speaker_person,
        "speaker_organisation": speaker_organisation,
        "speaker_mention": (found.speaker_mention or "")[:255],
        "speaker_description": (found.speaker_description or "")[:500],
        "cue": (found.cue or "")[:100],
        "venue": (found.venue or "")[:255],
        "venue_organisation": venue_organisation,
        "when_text": (found.when or "")[:100],
        "said_on": found.said_on,
        "start": found.start,
        "end": found.end,
        "kind": found.kind,
    }


@transaction.atomic
def merge_people(*, keep: Person, duplicates) -> int:
    """Move every quote, role and alias of `duplicates` onto `keep`, then delete them.
    Returns the number of quotes moved."""
    duplicates = [p for p in duplicates if p.pk != keep.pk]
    moved = Quote.objects.filter(speaker_person__in=duplicates).update(speaker_person=keep)
    for duplicate in duplicates:
        for role in duplicate.roles.all():
            if not Role.objects.filter(person=keep, article=role.article_id, description=role.description).exists():
                role.person = keep
                role.save(update_fields=["person"])
        Alias.objects.get_or_create(
            person=keep, normalized_name=duplicate.normalized_name, defaults={"name": duplicate.name}
        )
        for alias in duplicate.aliases.all():
            Alias.objects.get_or_create(
                person=keep, normalized_name=alias.normalized_name, defaults={"name": alias.name}
            )
        duplicate.delete()
    return moved
