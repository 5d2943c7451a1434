"""Site-wide aggregates that read every quote (the most-quoted ranking, the totals).

At a million quotes each takes 100+ ms, too slow to run per request, so they are cached
(Django's cache; per process with the default local-memory backend) for STATS_TTL
seconds: a new quote shows in them within that time. Everything else on the site reads
live data.
"""
from __future__ import annotations

from django.core.cache import cache
from django.db.models import Count

from .models import Article, Organisation, Person, Quote

STATS_TTL = 300
_PREFIX = "quotes:stats:v1:"


def _counts_by(queryset, field: str) -> dict[int, int]:
    """{id: rows} for the rows of `queryset` grouped by the foreign key `field` (not null)."""
    grouped = queryset.filter(**{f"{field}__isnull": False}).order_by().values(field).annotate(n=Count("pk"))
    return dict(grouped.values_list(field, "n"))


def people_ranking() -> list[tuple[int, int]]:
    """(person id, quote count) for everyone quoted, most quoted first."""

    def compute():
        counts = _counts_by(Quote.objects.all(), "speaker_person")
        return sorted(counts.items(), key=lambda row: (-row[1], row[0]))

    return cache.get_or_set(_PREFIX + "people-ranking", compute, STATS_TTL)


def totals() -> dict[str, int]:
    def compute():
        return {
            "quotes": Quote.objects.count(),
            "people": Person.objects.count(),
            "organisations": Organisation.objects.count(),
            "articles": Article.objects.count(),
        }

    return cache.get_or_set(_PREFIX + "totals", compute, STATS_TTL)


def with_counts(people_and_counts: list[tuple[int, int]]) -> list[Person]:
    """The Person rows for (id, count) pairs, in that order, with `quote_count` set."""
    found = Person.objects.in_bulk([pk for pk, _ in people_and_counts])
    result = []
    for pk, count in people_and_counts:
        if pk in found:
            found[pk].quote_count = count
            result.append(found[pk])
    return result


def organisations_ranking() -> list[tuple[int, int, int]]:
    """(organisation id, own quotes, articles published) for every organisation with
    either, most quoted first, then most published."""

    def compute():
        quotes = _counts_by(Quote.objects.all(), "speaker_organisation")
        articles = _counts_by(Article.objects.all(), "publication")
        rows = [(pk, quotes.get(pk, 0), articles.get(pk, 0)) for pk in quotes.keys() | articles.keys()]
        return sorted(rows, key=lambda row: (-row[1], -row[2], row[0]))

    return cache.get_or_set(_PREFIX + "organisations-ranking", compute, STATS_TTL)


def organisations_with_counts(rows: list[tuple[int, int, int]]) -> list[Organisation]:
    """The Organisation rows for ranking rows, in order, with `quote_count`/`article_count`."""
    found = Organisation.objects.in_bulk([pk for pk, _, _ in rows])
    result = []
    for pk, quote_count, article_count in rows:
        if pk in found:
            found[pk].quote_count, found[pk].article_count = quote_count, article_count
            result.append(found[pk])
    return result
