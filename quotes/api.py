"""The quote list as data: /quotes.json and /quotes.csv take the same query string as
/quotes/ (see quotes/search.py), plus the speaker suggestions behind the search box.

JSON pages with a cursor (keyset pagination) when sorted by date -- `next` is the URL of
the following page and costs the same at any depth -- and with page numbers when sorted
by relevance. CSV streams every matching quote through a server-side cursor, so memory
stays flat however many rows there are.
"""
from __future__ import annotations

import csv
import json
from datetime import date

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse


from .models import Organisation, Person, Quote
from .querysets import NEWEST, OLDEST
from .search import COUNT_CAP, QuoteSearch

DEFAULT_SIZE, MAX_SIZE = 100, 1000
CSV_CHUNK = 2000
SUGGESTIONS = 8
# Columns read for export: plain values, no model instances.
FIELDS = {
    "id": "pk",
    "text": "text",
    "kind": "kind",
    "start": "start",
    "end": "end",
    "paragraph": "paragraph",
    "speaker_person": "speaker_person__name",
    "speaker_person_slug": "speaker_person__slug",
    "speaker_organisation": "speaker_organisation__name",
    "speaker_organisation_slug": "speaker_organisation__slug",
    "speaker_mention": "speaker_mention",
    "speaker_description": "speaker_description",
    "cue": "cue",
    "venue": "venue",
    "venue_organisation": "venue_organisation__name",
    "when_text": "when_text",
    "said_on": "said_on",
    "is_verified": "is_verified",
    "article_id": "article_id",
    "article_title": "article__title",
    "article_slug": "article__slug",
    "article_url": "article__url",
    "article_published": "article__published",
    "publication": "article__publication__name",
    "publication_slug": "article__publication__slug",
    "article_date": "article_date",
}
ORDER_FIELDS = {"newest": NEWEST, "oldest": OLDEST}


class BadRequest(ValueError):
    pass


def _rows(search: QuoteSearch):
    return search.ordered().values(*FIELDS.values())


def _as_json(row: dict, request) -> dict:
    """One quote as the API gives it: nested speaker, venue, article and links."""
    speaker = None
    if row["speaker_person__slug"]:
        speaker = {
            "type": "person", "name": row["speaker_person__name"], "slug": row["speaker_person__slug"],
            "url": request.build_absolute_uri(reverse("quotes:person-detail", args=[row["speaker_person__slug"]])),
        }
    elif row["speaker_organisation__slug"]:
        speaker = {
            "type": "organisation", "name": row["speaker_organisation__name"],
            "slug": row["speaker_organisation__slug"],
            "url": request.build_absolute_uri(
                reverse("quotes:organisation-detail", args=[row["speaker_organisation__slug"]])
            ),
        }
    return {
        "id": row["pk"],
        "url": request.build_absolute_uri(reverse("quotes:quote-detail", args=[row["pk"]])),
        "text": row["text"],
        "kind": row["kind"],
        "start": row["start"],
        "end": row["end"],
        "paragraph": row["paragraph"],
        "speaker": speaker,
        "speaker_mention": row["speaker_mention"],
        "speaker_description": row["speaker_description"],
        "cue": row["cue"],
        "venue": {"text": row["venue"], "organisation": row["venue_organisation__name"]} if row["venue"] else None,
        "when_text": row["when_text"],
        "said_on": row["said_on"],
        "is_verified": row["is_verified"],
        "article": {
            "id": row["article_id"],
            "title": row["article__title"],
            "url": request.build_absolute_uri(reverse("quotes:article-detail", args=[row["article__slug"]])),
            "source_url": row["article__url"] or None,
            "published": row["article__published"],
            "publication": row["article__publication__name"],
        },
    }


def _cursor_values(raw: str, order: tuple[str, ...]) -> tuple:
    """Parse `after=YYYY-MM-DD.article_id.start.id` (the ordering's values on the last row)."""
    parts = raw.split(".")
    if len(parts) != len(order):
        raise BadRequest("after: expected DATE.ARTICLE.START.ID from a previous page's next link")
    try:
        return (date.fromisoformat(parts[0]), *(int(p) for p in parts[1:]))
    except ValueError:
        raise BadRequest("after: malformed cursor; use the next link of a previous page") from None


def quote_list_json(request):
    """A page of quotes as JSON, with `next` (null on the last page)."""
    search = QuoteSearch(request.GET)
    try:
        size = int(request.GET.get("size", DEFAULT_SIZE))
    except ValueError:
        size = DEFAULT_SIZE
    size = max(1, min(size, MAX_SIZE))
    rows = _rows(search)
    params = request.GET.copy()
    try:
        if search.sort in ORDER_FIELDS:
            order = ORDER_FIELDS[search.sort]
            if request.GET.get("after"):
                rows = rows.after(_cursor_values(request.GET["after"], order), order)
            page = list(rows[: size + 1])
            has_next = len(page) > size
            page = page[:size]
            if has_next:
                last = page[-1]
                params["after"] = f"{last['article_date'].isoformat()}.{last['article_id']}.{last['start']}.{last['pk']}"
        else:
            try:
                number = max(1, int(request.GET.get("page", 1)))
            except ValueError:
                raise BadRequest("page: expected a whole number") from None
            offset = (number - 1) * size
            # Relevance: the search's own ranking of the matches' ids (see
            # QuoteSearch.ranked_ids), then this page's rows by id, in that order.
            ids = search.ranked_ids()[offset : offset + size + 1] if offset < COUNT_CAP else []
            by_pk = {row["pk"]: row for row in Quote.objects.filter(pk__any_of=ids).values(*FIELDS.values())}
            page = [by_pk[pk] for pk in ids if pk in by_pk]
            has_next = len(page) > size and offset + size < COUNT_CAP
            page = page[:size]
            params["page"] = str(number + 1)
    except BadRequest as error:
        return JsonResponse({"error": str(error)}, status=400)
    params.pop("format", None)
    next_url = request.build_absolute_uri(f"{request.path}?{params.urlencode()}") if has_next else None

    def stream():
        yield '{"filters": ' + json.dumps({"errors": search.errors, "sort": search.sort}) + ', "quotes": ['
        for i, row in enumerate(page):
            yield ("," if i else "") + json.dumps(_as_json(row, request), cls=DjangoJSONEncoder)
        yield '], "next": ' + json.dumps(next_url) + "}"

    return StreamingHttpResponse(stream(), content_type="application/json")


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def quote_list_csv(request):
    """Every matching quote as CSV, streamed in chunks from a server-side cursor."""
    search = QuoteSearch(request.GET)
    if search.ranks_a_sample:
        search.sort = "newest"  # a broad search's ranking covers a sample; the export is everything
    writer = csv.writer(_Echo())
    rows = _rows(search)

    def stream():
        yield writer.writerow(list(FIELDS))
        for row in rows.iterator(chunk_size=CSV_CHUNK):
            yield writer.writerow([_csv_value(row[name]) for name in FIELDS.values()])

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="quotes.csv"'
    return response


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # no formula injection when the file is opened in a spreadsheet
    return value


def speaker_suggest(request):
    """Names matching what has been typed so far, for the speaker search box."""
    query = request.GET.get("q", "").strip()[:100]
    results = []
    if len(query) >= 2:
        people = Person.objects.search(query).order_by("-score", "name")[:SUGGESTIONS]
        organisations = Organisation.objects.search(query).order_by("-score", "name")[: SUGGESTIONS // 2]
        for kind, found in (("person", people), ("organisation", organisations)):
            for entity in found.only("name", "slug", "description"):
                results.append(
                    {
                        "kind": kind, "name": entity.name, "slug": entity.slug,
                        "description": entity.description, "url": entity.get_absolute_url(),
                        "score": round(float(entity.score), 3),
                    }
                )
        results.sort(key=lambda r: -r["score"])
    response = JsonResponse({"query": query, "results": results[:SUGGESTIONS]})
    response["Cache-Control"] = "max-age=60"
    return response



