"""Quote search as the list page, the JSON API and the CSV export share it.

One `QuoteSearch` reads the query string -- every filter, the sort and the page live in
the URL, so any result is a bookmark -- and gives back the filtered queryset, a capped
count, facet counts on the filtered set, the active filters as removable chips, and
highlighted quote text.

    ?q=lecornu            speaker: name, alias or described role (typos ok on PostgreSQL)
    ?text=defence budget  the quote's words (websearch syntax on PostgreSQL)
    ?speaker=<slug> &organisation=<slug> &publication=<slug> &article=<slug>
    ?kind=direct|mixed|indirect &verified=yes|no
    ?said_from=YYYY-MM-DD &said_to=... &published_from=... &published_to=...
    ?sort=relevance|newest|oldest &page=N

Bad values never raise: an unknown kind or a malformed date is ignored and reported in
`errors`, so a hand-edited URL still shows a page.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import itemgetter

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import F, Value
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Article, Organisation, Person, Quote
from .names import strip_accents
from .querysets import NEWEST, OLDEST, SEARCH_CONFIG, parse_terms

# Count exactly up to here; beyond, say "More than 5,000". Reading the capped matches is
# the main cost of a broad search (10,001 of them: 16-45 ms at 1.36M quotes), and up to
# here relevance ranks every match.
COUNT_CAP = 5_000
# What the count's read returns for each match: enough for facets, ranking samples and the
# date order of a narrow search (see QuoteSearch._counted_keys).
KEY_COLUMNS = ("pk", "speaker_person_id", "speaker_organisation_id", "article_id", "kind", "article_date", "start")
SAMPLE_COLUMNS = 5  # the first five are all the facets and the ranking sample need
FACET_SAMPLE = 3_000  # facets count at most this many matching quotes
RANK_SAMPLE = 1_000  # relevance over more than COUNT_CAP matches ranks this many of them
FACET_SIZE = 10
SORTS = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}
OBJECT_FILTERS = {
    # parameter -> (model, label)
    "speaker": (Person, "Speaker"),
    "organisation": (Organisation, "Organisation"),
    "publication": (Organisation, "Publication"),
    "article": (Article, "Article"),
}
DATE_FILTERS = {
    "said_from": "Said from",
    "said_to": "Said until",
    "published_from": "Published from",
    "published_to": "Published until",
}
VERIFIED = {"yes": "Verified only", "no": "Not verified"}
# Sentinels for PostgreSQL's ts_headline: private-use characters that article text does
# not contain (a quote that does is shown unhighlighted), swapped for <mark> after escaping.
MARK_START, MARK_STOP = "\ue000", "\ue001"
MAX_QUERY_CHARS = 200


@dataclass
class Chip:
    label: str
    query: QueryDict  # the current query string without this filter


@dataclass
class FacetItem:
    label: str
    count: int
    query: QueryDict  # the current query string with this value toggled
    selected: bool = False


@dataclass
class Facet:
    name: str
    title: str
    items: list[FacetItem] = field(default_factory=list)


def capped_count(queryset) -> int:
    """COUNT(*) that stops reading at COUNT_CAP + 1 rows."""
    return queryset.order_by().values("pk")[: COUNT_CAP + 1].count()


class CappedPaginator(Paginator):
    """A paginator whose count stops at COUNT_CAP: pages past it are not offered."""

    def __init__(self, *args, known_count: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.known_count = known_count

    @cached_property
    def count(self) -> int:
        return self.known_count if self.known_count is not None else capped_count(self.object_list)

    @cached_property
    def num_pages(self) -> int:
        return max(1, min(super().num_pages, COUNT_CAP // self.per_page))


class RankedIds(Sequence):
    """A relevance-ordered result as a sequence a paginator can slice: a slice runs the
    ranking query for ids alone, then loads those few quotes with what a card shows.
    Ranking with the speaker and article joins made PostgreSQL join every ranked match
    (a hash of the whole people table) before sorting, to keep 20."""

    def __init__(self, ids, count: int):
        self.ids = ids  # an ordered values_list("pk", flat=True) queryset
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = list(self.ids[index])
        rows = Quote.objects.with_related().in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


@dataclass
class _Named:
    name: str
    slug: str


def _names(*, people: list[int], organisations: list[int]) -> tuple[dict, dict]:
    """{pk: name and slug} of these people and organisations, in one query (a UNION)."""
    if not people and not organisations:
        return {}, {}
    rows = (
        Person.objects.filter(pk__in=people).order_by().annotate(table=Value("p"))
        .values_list("table", "pk", "name", "slug")
        .union(
            Organisation.objects.filter(pk__in=organisations).order_by().annotate(table=Value("o"))
            .values_list("table", "pk", "name", "slug"),
            all=True,
        )
    )
    named: dict[str, dict] = {"p": {}, "o": {}}
    for table, pk, name, slug in rows:
        named[table][pk] = _Named(name, slug)
    return named["p"], named["o"]


def _top_values(column) -> list[tuple]:
    """The FACET_SIZE commonest values of a column, with their counts; None is no value."""
    counts = Counter(column)
    counts.pop(None, None)
    return counts.most_common(FACET_SIZE)


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


class QuoteSearch:
    def __init__(self, params: QueryDict, *, known: dict | None = None):
        """`known` maps a filter parameter to the object it names, when the caller has it
        already (a person page searching its own quotes), saving the lookup by slug."""
        self.params = params
        self.errors: list[str] = []
        self.query = params.get("q", "").strip()[:MAX_QUERY_CHARS]
        self.text = params.get("text", "").strip()[:MAX_QUERY_CHARS]
        self.kind = params.get("kind", "")
        if self.kind and self.kind not in Quote.Kind.values:
            self.errors.append(f"Unknown kind {self.kind!r} ignored.")
            self.kind = ""
        self.verified = params.get("verified", "")
        if self.verified not in VERIFIED:
            self.verified = ""
        self.dates: dict[str, date] = {}
        for param, label in DATE_FILTERS.items():
            raw = params.get(param, "").strip()
            if not raw:
                continue
            try:
                value = _date(raw)
            except ValueError:
                value = None
            if value is None:
                self.errors.append(f"{label}: {raw!r} is not a date (YYYY-MM-DD); ignored.")
            else:
                self.dates[param] = value
        sort = params.get("sort", "")
        default = "relevance" if (self.query or self.text) else "newest"
        self.sort = sort if sort in SORTS else default
        if self.sort == "relevance" and not (self.query or self.text):
            self.sort = "newest"
        self.objects: dict[str, object | None] = {}
        known = known or {}
        for param, (model, _label) in OBJECT_FILTERS.items():
            slug = params.get(param, "").strip()
            if param in known:
                self.objects[param] = known[param]
            elif slug:
                self.objects[param] = model.objects.filter(slug=slug[:255]).first()

    @property
    def is_filtered(self) -> bool:
        return bool(self.query or self.text or self.kind or self.verified or self.dates or self.objects)

    @cached_property
    def uses_postgres(self) -> bool:
        return Quote.objects.none().db_is_postgres()

    def queryset(self):
        """The matching quotes, unordered, with `text_rank`/`speaker_rank` when searched.
        Built once: a speaker search looks its candidates up when it is built."""
        return self._queryset

    @cached_property
    def _queryset(self):
        if any(obj is None for obj in self.objects.values()):
            return Quote.objects.none()  # a filter names something that does not exist
        quotes = Quote.objects.all()
        if speaker := self.objects.get("speaker"):
            quotes = quotes.by_person(speaker)
        if organisation := self.objects.get("organisation"):
            quotes = quotes.by_organisation(organisation)
        if publication := self.objects.get("publication"):
            quotes = quotes.in_publication(publication)
        if article := self.objects.get("article"):
            quotes = quotes.in_article(article)
        if self.kind:
            quotes = quotes.of_kind(self.kind)
        if self.verified:
            quotes = quotes.verified(self.verified == "yes")
        quotes = quotes.said_between(self.dates.get("said_from"), self.dates.get("said_to"))
        quotes = quotes.published_between(self.dates.get("published_from"), self.dates.get("published_to"))
        if self.query:
            quotes = quotes.speaker_matches(self.query)
        if self.text:
            quotes = quotes.text_search(self.text)
        return quotes

    @cached_property
    def _counted_keys(self) -> tuple[int, list[tuple]]:
        """How many quotes match (up to COUNT_CAP + 1), and key columns of the matches
        (each row ends with the count).

        One query: the database counts the capped matches with a window over them. The
        count, the facet sample and the rank sample each re-read the same rows in a query
        of their own before (at 1.36M quotes, ~50 + ~20 + ~5 ms for a broad search). A
        date sort gets every capped match with all KEY_COLUMNS, so a search short of the
        cap pages through its known ids (see `page_source`); a relevance sort gets the
        first five columns of the first FACET_SAMPLE matches."""
        from django.db import connections

        # A filtered date sort may page through every match by its keys, and a relevance
        # sort ranks them in Python by the ranks computed here (no second pass over the
        # matches); the unfiltered listing needs only the samples, and fewer rows and
        # columns to convert in Python (~20 ms at 4,000 rows).
        every_match = self.sort == "relevance" or (self.is_filtered and self.sort in ("newest", "oldest"))
        columns = KEY_COLUMNS + self._rank_names if every_match else KEY_COLUMNS[:SAMPLE_COLUMNS]
        matches = self.queryset().order_by().values_list(*columns)[: COUNT_CAP + 1]
        try:
            sql, params = matches.query.sql_with_params()
        except EmptyResultSet:  # a condition no row can meet (an unknown filter object)
            return 0, []
        limit = "" if every_match else f" LIMIT {max(FACET_SAMPLE, RANK_SAMPLE)}"
        with connections[matches.db].cursor() as cursor:
            cursor.execute(f"SELECT m.*, COUNT(*) OVER () FROM ({sql}) m{limit}", params)
            rows = cursor.fetchall()
        return (rows[0][-1] if rows else 0), rows  # each row ends with the count

    @property
    def _keys(self) -> list[tuple]:
        """KEY_COLUMNS + (count,) rows of the matches, up to COUNT_CAP + 1 of them."""
        return self._counted_keys[1]

    @cached_property
    def count(self) -> int:
        """How many quotes match, up to COUNT_CAP + 1."""
        return self._counted_keys[0]

    @property
    def count_is_capped(self) -> bool:
        return self.count > COUNT_CAP

    @property
    def count_cap(self) -> int:
        return COUNT_CAP

    @property
    def ranks_a_sample(self) -> bool:
        """Relevance over a very broad match is ranked among RANK_SAMPLE of the matches."""
        return self.sort == "relevance" and self.count > COUNT_CAP

    def ordered(self):
        """The matching quotes in the requested order, with what a card shows."""
        return self._ordered().with_related()

    @cached_property
    def _rank_names(self) -> tuple[str, ...]:
        """The rank annotations of a search ("text_rank", "speaker_rank"), best first."""
        annotations = self.queryset().query.annotations
        return tuple(name for name in ("text_rank", "speaker_rank") if name in annotations)

    @property
    def _every_match_is_known(self) -> bool:
        """The count's read returned every matching quote's id (a narrow search)."""
        return (self.is_filtered and self.sort in ("newest", "oldest") and not self.count_is_capped
                and self.count <= len(self._keys))

    def _ordered(self):
        quotes = self.queryset()
        ranks = {name: quotes.query.annotations[name] for name in ("text_rank", "speaker_rank")
                 if name in quotes.query.annotations}
        if self.ranks_a_sample:
            # Ranking means reading every match (80,000 for a common word at 1M quotes);
            # rank a bounded sample instead, and say so on the page. The sample's ids come
            # from the count's read, so the ranking query touches only them.
            quotes = Quote.objects.filter(pk__any_of=[key[0] for key in self._keys[:RANK_SAMPLE]]).annotate(**ranks)
        if self.sort == "oldest":
            return quotes.order_by(*OLDEST)
        if self.sort == "newest":
            return quotes.order_by(*NEWEST)
        # (An empty result set from an unknown filter object carries no rank annotations.)
        return quotes.order_by(*[F(name).desc() for name in ranks], *NEWEST)

    def page_source(self):
        """What the list page paginates: `ordered()`, except that a relevance sort ranks
        ids alone and then loads just the page's rows (see RankedIds), and that a search
        whose matches are all known sorts them by date here.

        PostgreSQL, misjudging how many rows a rare name, word or outlet matches, may walk
        the whole date index looking for them: 190 ms for a rare surname sorted newest, 76
        ms for one outlet's 3,409 quotes, at 1.6M quotes. Sorting the known keys in Python
        takes about a millisecond. (Ranking by relevance stays in the database, which reads
        the matches faster through their own index than by id.)"""
        if self.sort == "relevance":
            return RankedIds(self.ranked_ids(), self.count)
        if self._every_match_is_known:
            return RankedIds(self._known_ids_by_date(), self.count)
        return self.ordered()

    def ranked_ids(self) -> list[int]:
        """The matching ids best first, from the ranks the count's read computed: every
        match up to the cap, or the first RANK_SAMPLE beyond it (see `ranks_a_sample`).
        Ties go newest first, as in `ordered()`."""
        keys = self._keys[:RANK_SAMPLE] if self.ranks_a_sample else self._keys
        pk, article, article_date, start = (KEY_COLUMNS.index(c) for c in ("pk", "article_id", "article_date", "start"))
        ranks = [len(KEY_COLUMNS) + i for i in range(len(self._rank_names))]
        # Ranks, date and article descending, then reading order: two stable sorts on
        # itemgetter keys (a lambda building each key took ~5 ms for 4,000 matches).
        keys = sorted(keys, key=itemgetter(start, pk))
        keys.sort(key=itemgetter(*ranks, article_date, article), reverse=True)
        return [key[pk] for key in keys]

    def _known_ids_by_date(self) -> list[int]:
        """The matching ids in NEWEST or OLDEST order, from the keys the count read."""
        pk, article, article_date, start = (KEY_COLUMNS.index(c) for c in ("pk", "article_id", "article_date", "start"))
        if self.sort == "oldest":
            keys = sorted(self._keys, key=itemgetter(article_date, article, start, pk))
        else:  # newest: date and article descending, then reading order (two stable sorts)
            keys = sorted(self._keys, key=itemgetter(start, pk))
            keys.sort(key=itemgetter(article_date, article), reverse=True)
        return [key[pk] for key in keys]

    def paginator(self, per_page: int) -> CappedPaginator:
        return CappedPaginator(self.page_source(), per_page, known_count=self.count)

    # -- facets -----------------------------------------------------------------------

    def facets(self) -> list[Facet]:
        """Top speakers, organisations, publications, kinds and years among the matching
        quotes (at most FACET_SAMPLE of them).

        The count's read gives the sample's keys, one query by primary key their articles'
        publication and year, Python counts them, and two small queries name the winners.
        (Five GROUP BY queries over the same sample took ~5x longer.)
        """
        sample = self._keys[:FACET_SAMPLE]
        articles = {
            pk: (publication, year)
            for pk, publication, year in Article.objects.filter(pk__any_of={key[3] for key in sample})
            .order_by()
            .values_list("pk", "publication_id", ExtractYear("published"))
        }
        # Column by column, so Counter counts in C (a Python loop over 3,000 rows x 5 was
        # the largest Python cost of a broad search page).
        _pks, people_ids, organisation_ids, article_ids, kinds, *_rest = list(zip(*sample)) or [()] * 8
        of_article = [articles.get(article, (None, None)) for article in article_ids]
        columns = (people_ids, organisation_ids, [p for p, _ in of_article], kinds, [y for _, y in of_article])
        speakers, organisations, publications, kinds, years = (_top_values(column) for column in columns)
        people, orgs = _names(
            people=[k for k, _ in speakers], organisations=[k for k, _ in organisations + publications]
        )
        facets = [
            Facet("speaker", "Speakers", [
                self._facet_item("speaker", people[k].slug, people[k].name, n) for k, n in speakers if k in people
            ]),
            Facet("organisation", "Organisations", [
                self._facet_item("organisation", orgs[k].slug, orgs[k].name, n) for k, n in organisations if k in orgs
            ]),
            Facet("publication", "Publications", [
                self._facet_item("publication", orgs[k].slug, orgs[k].name, n) for k, n in publications if k in orgs
            ]),
            Facet("kind", "Kinds", [self._facet_item("kind", k, Quote.Kind(k).label, n) for k, n in kinds]),
            Facet("year", "Years published", [
                self._facet_item("year", str(k), str(k), n) for k, n in sorted(years, key=lambda kv: -kv[0])
            ]),
        ]
        return [facet for facet in facets if facet.items]

    def _facet_item(self, name: str, key: str, label: str, count: int) -> FacetItem:
        query = self._without("page")
        if name == "year":
            start, end = f"{key}-01-01", f"{key}-12-31"
            selected = query.get("published_from") == start and query.get("published_to") == end
            for param, value in (("published_from", start), ("published_to", end)):
                query.pop(param, None)
                if not selected:
                    query[param] = value
        else:
            selected = query.get(name) == key
            query.pop(name, None)
            if not selected:
                query[name] = key
        return FacetItem(label=label, count=count, query=query, selected=selected)

    # -- chips --------------------------------------------------------------------------

    def chips(self) -> list[Chip]:
        chips = []
        if self.query:
            chips.append(Chip(f"Speaker matches “{self.query}”", self._without("q", "page")))
        if self.text:
            chips.append(Chip(f"Words: {self.text}", self._without("text", "page")))
        for param, obj in self.objects.items():
            label = OBJECT_FILTERS[param][1]
            chips.append(Chip(f"{label}: {obj if obj is not None else 'not found'}", self._without(param, "page")))
        if self.kind:
            chips.append(Chip(f"Kind: {Quote.Kind(self.kind).label}", self._without("kind", "page")))
        if self.verified:
            chips.append(Chip(VERIFIED[self.verified], self._without("verified", "page")))
        for param, value in self.dates.items():
            chips.append(Chip(f"{DATE_FILTERS[param]} {value.isoformat()}", self._without(param, "page")))
        return chips

    def _without(self, *params: str) -> QueryDict:
        query = self.params.copy()
        for param in params:
            query.pop(param, None)
        return query

    # -- highlighting ------------------------------------------------------------------------

    def highlight(self, quotes) -> None:
        highlight_quotes(quotes, self.text)


def highlight_quotes(quotes, text: str) -> None:
    """Set `highlighted` (safe HTML with <mark>) on each quote of a page when `text` was
    searched: one query on PostgreSQL (ts_headline), none on SQLite."""
    if not text:
        return
    quotes = list(quotes)
    if not quotes:
        return
    if Quote.objects.none().db_is_postgres():
        from django.contrib.postgres.search import SearchHeadline, SearchQuery

        search = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
        headlines = dict(
            Quote.objects.filter(pk__in=[q.pk for q in quotes])
            .annotate(
                headline=SearchHeadline(
                    "text", search, config=SEARCH_CONFIG, start_sel=MARK_START, stop_sel=MARK_STOP,
                    highlight_all=True,
                )
            )
            .values_list("pk", "headline")
        )
        for quote in quotes:
            quote.highlighted = sentinels_to_marks(quote.text, headlines.get(quote.pk))
    else:
        terms = parse_terms(text).include
        for quote in quotes:
            quote.highlighted = mark_terms(quote.text, terms)


def sentinels_to_marks(original: str, headline: str | None) -> SafeString:
    """Escape a ts_headline result and only then turn its sentinels into <mark> tags."""
    if not headline or MARK_START in original or MARK_STOP in original:
        return escape(original)
    html = escape(headline).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return mark_safe(html)


def mark_terms(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every occurrence of `terms` in <mark>, case and accents ignored
    (as the SQLite word search matches: "defense" marks "défense")."""
    terms = [t for t in (_fold(t)[0] for t in terms) if t]
    if not terms:
        return escape(text)
    folded, offsets = _fold(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    pieces, position = [], 0
    for match in pattern.finditer(folded):
        start, end = offsets[match.start()], offsets[match.end() - 1] + 1
        if start < position:
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` with case and accents folded character by character, and for each folded
    character the index of the original one it came from."""
    folded, offsets = [], []
    for index, char in enumerate(text):
        for piece in strip_accents(char).casefold():
            folded.append(piece)
            offsets.append(index)
    return "".join(folded), offsets
