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
from django.db.models import Q
from django.db.models.constants import OnConflict
from django.utils import timezone
from django.utils.text import slugify

from . import metadata as article_metadata
from .extraction import Extraction, extract
from .extraction.document import Document
from .extraction.unnamed import is_description
from .extraction.when_where import venue_outlet
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
    # A new article has no quotes or roles yet: nothing to read back.
    existing = {(q.start, q.end, q.kind): q for q in article.quotes.all()} if article is not None else {}
    found_quotes = _quotes_to_store(extraction, existing)

    # Every person and organisation this article needs, read or created a few queries per
    # table rather than a get_or_create each.
    people = _ensure_named(Person, _people_named(extraction, found_quotes), counts, "people")
    organisations = _ensure_named(
        Organisation, _organisations_named(extraction, found_quotes, meta), counts, "organisations"
    )
    publication = organisations[normalize_name(meta.publication)] if meta.publication else None

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

    aliases, roles = {}, {}
    for entity in extraction.people:
        person = people[normalize_name(entity.name)]
        for alias in entity.aliases:
            key = normalize_name(alias)
            if key != person.normalized_name:
                aliases.setdefault((person.pk, key), Alias(person=person, normalized_name=key, name=alias))
        for description in entity.descriptions:
            named = _role_organisation(entity, description)
            roles.setdefault(
                (person.pk, description[:500]),
                Role(
                    person=person, article=article, description=description[:500],
                    organisation=organisations[normalize_name(named)] if named is not None else None,
                ),
            )
    _add_missing_aliases(aliases)
    _add_missing_roles(article, roles, new=status == "new")
    # Venues link only to organisations the extractor found in the text.
    venues = {k: organisations[k] for k in (normalize_name(o.name) for o in extraction.organisations)}
    _sync_quotes(article, existing, found_quotes, people, organisations, venues, counts)
    counts[f"articles_{status}"] += 1
    return IngestResult(article=article, status=status, counts=counts)


def _quotes_to_store(extraction: Extraction, existing: dict) -> dict:
    """The extracted quotes to store, by span: all but those overlapping a human-touched quote
    (a machine quote there would duplicate or contradict it)."""
    protected = [q for q in existing.values() if q.is_human_touched]
    return {
        (found.start, found.end, found.kind): found
        for found in extraction.quotes
        if not any(q.start < found.end and found.start < q.end for q in protected)
    }


def _role_organisation(entity, description: str) -> str | None:
    """The first of the person's organisations the description names, if any."""
    return next((o for o in entity.organisations if o.lower() in description.lower()), None)


def _people_named(extraction: Extraction, found_quotes: dict) -> dict[str, tuple[str, str]]:
    """normalized name -> (name to store, description) for the article's people and person
    speakers. The first spelling wins; the description is the first one the article gives."""
    wanted: dict[str, tuple[str, str]] = {}
    for entity in extraction.people:
        key = normalize_name(entity.name)
        name, description = wanted.get(key, (entity.name, ""))
        wanted[key] = (name, description or (entity.descriptions[0] if entity.descriptions else ""))
    for found in found_quotes.values():
        if found.speaker and found.speaker_type == "person":
            wanted.setdefault(normalize_name(found.speaker), (found.speaker, ""))
    return wanted


def _organisations_named(extraction: Extraction, found_quotes: dict, meta: ArticleMetadata) -> dict[str, tuple[str, str]]:
    """normalized name -> (name, "") for the organisations the article stores or links to:
    its publication, the organisations found, those a role names, organisation speakers."""
    names = [meta.publication] if meta.publication else []
    names += [o.name for o in extraction.organisations]
    for entity in extraction.people:
        names += [o for o in map(lambda d: _role_organisation(entity, d), entity.descriptions) if o is not None]
    names += [f.speaker for f in found_quotes.values() if _names_organisation(f)]
    wanted: dict[str, tuple[str, str]] = {}
    for name in names:
        wanted.setdefault(normalize_name(name), (name, ""))
    return wanted


def _ensure_named(model, wanted: dict[str, tuple[str, str]], counts: "Tally", kind: str) -> dict:
    """Find or create a Person/Organisation for each normalized name, in at most four queries:
    read the stored ones, check the new names' slugs, insert the new rows (ON CONFLICT DO
    NOTHING, so a concurrent ingest that inserted the same name first is no error), read
    them back. Rows go in sorted by name, so two ingests lock names in the same order and
    cannot deadlock. A stored row without a description takes the one given here."""
    if not wanted:
        return {}
    rows = {row.normalized_name: row for row in model.objects.filter(normalized_name__in=wanted.keys())}
    missing = sorted(wanted.keys() - rows.keys())
    if missing:
        new = [
            model(
                normalized_name=key, name=wanted[key][0].strip()[:255], description=wanted[key][1][:500],
                slug=slugify(wanted[key][0].strip()[:255])[:255].strip("-"),
            )
            for key in missing
        ]
        # A slug already taken (or shared within this batch, or empty) goes the slow way below,
        # where AutoSlugField finds a free one ("name-2") as it does for save().
        taken = set(model.objects.filter(slug__in={row.slug for row in new if row.slug}).values_list("slug", flat=True))
        fresh = []
        for row in new:
            if row.slug and row.slug not in taken:
                fresh.append(row)
                taken.add(row.slug)
        _insert_ignoring_conflicts(model, fresh)
        rows.update((row.normalized_name, row) for row in model.objects.filter(normalized_name__in=missing))
        for key in missing:
            if key not in rows:  # lost a slug race to a different name: one at a time, as before
                rows[key], _ = model.objects.get_or_create(
                    normalized_name=key, defaults={"name": wanted[key][0].strip()[:255], "description": wanted[key][1][:500]}
                )
    created = set(missing)
    for key in sorted(wanted):
        row, description = rows[key], wanted[key][1]
        if key not in created and not row.description and description:
            row.description = description[:500]
            row.save(update_fields=["description", "modified"])
        counts.entity(kind, row, key in created)
    return rows


def _insert_ignoring_conflicts(model, rows: list) -> None:
    """INSERT ... ON CONFLICT DO NOTHING, keeping the slugs given. A raw insert, because
    AutoSlugField would otherwise run a query per row (on add it always re-derives the slug
    and checks it is free), which is what this avoids."""
    if not rows:
        return
    now = timezone.now()
    for row in rows:
        row.created = row.modified = now
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    model.objects._insert(rows, fields=fields, on_conflict=OnConflict.IGNORE, raw=True)


def _add_missing_aliases(wanted: dict) -> None:
    """Store the aliases not stored yet in one write: the unique (person, name) key skips
    the stored ones, keeping their spelling (the same result as get_or_create each).
    Sorted, so concurrent ingests take the keys in the same order."""
    if wanted:
        Alias.objects.bulk_create([wanted[key] for key in sorted(wanted)], ignore_conflicts=True)


def _add_missing_roles(article, wanted: dict, *, new: bool) -> None:
    """Store this article's roles not stored yet; an existing role keeps its organisation."""
    if not wanted:
        return
    existing = set() if new else set(Role.objects.filter(article=article).values_list("person_id", "description"))
    Role.objects.bulk_create([role for key, role in wanted.items() if key not in existing], ignore_conflicts=True)


def _find_article(*, digest: str, url: str) -> Article | None:
    """The article at this URL, else the one with this body: one query."""
    if not url:
        return Article.objects.filter(content_hash=digest).first()
    found = list(Article.objects.filter(Q(url=url) | Q(content_hash=digest)))
    return next((a for a in found if a.url == url), found[0] if found else None)


class Tally(Counter):
    """Counts for the ingest summary; each person or organisation counts once per article."""

    def __init__(self):
        super().__init__()
        self.seen: set[tuple[str, int]] = set()

    def entity(self, kind: str, entity, created: bool) -> None:
        if (kind, entity.pk) not in self.seen:
            self.seen.add((kind, entity.pk))
            self[f"{kind}_new" if created else f"{kind}_existing"] += 1


def _sync_quotes(article, existing, wanted, people, organisations, venues, counts) -> None:
    counts["quotes_kept_human"] += sum(q.is_human_touched for q in existing.values())
    stale = [q.pk for key, q in existing.items() if key not in wanted and not q.is_human_touched]
    if stale:
        Quote.objects.filter(pk__in=stale).delete()
        counts["quotes_removed"] += len(stale)

    new_quotes = []
    for key, found in wanted.items():
        values = _quote_values(found, people, organisations, venues)
        current = existing.get(key)
        if current is None:
            # bulk_create skips Quote.save(), so the sort-date copy is set here.
            new_quotes.append(Quote(article=article, article_date=article.sort_date, **values))
            continue
        changed = [name for name, value in values.items() if _stored_value(current, name) != _key(value)]
        if changed:
            for name in changed:
                setattr(current, name, values[name])
            current.save(update_fields=[*changed, "modified"])
            counts["quotes_updated"] += 1
        else:
            counts["quotes_unchanged"] += 1
    Quote.objects.bulk_create(new_quotes)
    counts["quotes_new"] += len(new_quotes)


def _stored_value(quote: Quote, name: str):
    """A field's stored value; for a foreign key its id, so comparing loads no related row."""
    return getattr(quote, Quote._meta.get_field(name).attname)


def _key(value):
    return value.pk if isinstance(value, (Person, Organisation)) else value


def _names_organisation(found) -> bool:
    """An organisation speaker given by name. One the article only describes ("the
    company said", "the statement said", "his campaign said"), which the extractor could
    not tie to a name, is stored as an unnamed source: as an Organisation row it would
    gather every article's "the company" into one."""
    return bool(found.speaker) and found.speaker_type == "organisation" and not is_description(found.speaker)


def _quote_values(found, people, organisations, venues) -> dict:
    speaker_person = speaker_organisation = None
    description = found.speaker_description
    if _names_organisation(found):
        speaker_organisation = organisations[normalize_name(found.speaker)]
    elif found.speaker and found.speaker_type == "person":
        speaker_person = people[normalize_name(found.speaker)]
    elif found.speaker:
        # An unnamed source ("officials", "the company"): no row; the description says who.
        description = description or found.speaker
    venue_organisation = None
    if found.venue:  # the venue itself ("France 5") or the outlet of a programme on it
        venue_organisation = venues.get(normalize_name(found.venue)) or venues.get(
            normalize_name(venue_outlet(found.venue)))
    return {
        "text": found.text,
        "paragraph": found.paragraph,
        "speaker_person": speaker_person,
        "speaker_organisation": speaker_organisation,
        "speaker_mention": (found.speaker_mention or "")[:255],
        "speaker_description": (description or "")[:500],
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
