"""Reads: chainable QuerySet methods used by views, admin and exports.

    Quote.objects.with_related().by_speaker(person).of_kind("direct")
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Case, F, Func, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce, Upper

from .names import normalize_name, normalize_text

# SQLite: a function registered on every connection (quotes/apps.py) that folds case and
# accents like `normalize_text`, so "defense" finds "défense" as on PostgreSQL.
FOLD_FUNCTION = "newsroom_fold"
SEARCH_CONFIG = "newsroom"  # created in migration 0002: English stemming, accents ignored
SPEAKER_CANDIDATES = 200  # matched speakers whose quotes a speaker search returns
RANKED_SPEAKERS = 20  # of those, how many get a rank of their own
ALIAS_OR_ROLE_SCORE = 0.9  # rank of a person found by alias or role: below exact and close names
NEWEST = ("-article_date", "-article_id", "start", "id")
OLDEST = ("article_date", "article_id", "start", "id")


class AnyOf(models.lookups.In):
    """`field__any_of=ids`: `field = ANY(%s)` with the ids as one array parameter on
    PostgreSQL, IN elsewhere. psycopg and the planner take a list of thousands of ids as
    one array far faster than as that many placeholders (3,000 article ids: 11 ms -> 4 ms)."""

    lookup_name = "any_of"

    def get_prep_lookup(self):
        if isinstance(self.rhs, (list, set, tuple)) and all(type(value) is int for value in self.rhs):
            return list(self.rhs)  # ids: nothing to prepare one by one
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*lhs_params, [value for value in self.rhs if value is not None])


models.Field.register_lookup(AnyOf)
models.ForeignObject.register_lookup(AnyOf)  # ids only: quote__speaker_person__any_of=[1, 2]


@dataclass
class Terms:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


def parse_terms(query: str) -> Terms:
    """Websearch-style terms for the SQLite fallback: words, "quoted phrases", -excluded."""
    import re

    terms = Terms()
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        term = phrase or word
        negative = not phrase and term.startswith("-") and len(term) > 1
        term = term.lstrip("-") if negative else term
        term = term.strip('"')
        if not term or (not phrase and term.lower() == "or"):
            continue
        (terms.exclude if negative else terms.include).append(term)
    return terms


class QuoteQuerySet(models.QuerySet):
    def with_related(self, *, article_body: bool = False):
        """Everything a quote card shows, in one query. Not the search vector, which no
        page shows, and the article's body (the longest column by far) only when asked
        for: a card never shows it."""
        quotes = self.select_related(
            "speaker_person", "speaker_organisation", "article", "article__publication"
        ).defer("search_vector")
        return quotes if article_body else quotes.defer("article__body")

    def by_person(self, person):
        return self.filter(speaker_person=person)

    def by_organisation(self, organisation):
        """Quotes the organisation said itself, and quotes of people described as its members."""
        from .models import Role

        # The members are read first (one query) so the condition is two index lookups
        # PostgreSQL can OR together; a subquery or EXISTS made it scan every quote.
        members = set(Role.objects.filter(organisation=organisation).values_list("person_id", flat=True))
        return self.filter(Q(speaker_organisation=organisation) | Q(speaker_person__in=members))

    def in_article(self, article):
        return self.filter(article=article)

    def of_kind(self, kind: str):
        return self.filter(kind=kind)

    def verified(self, value: bool = True):
        return self.filter(is_verified=value)

    def speaker_matches(self, query: str):
        """Quotes by the people and organisations that best match `query` (name, alias or
        described role; case, accents and, on PostgreSQL, small typos ignored), annotated
        with `speaker_rank` (higher is better)."""
        if not normalize_name(query):
            return self
        condition, ranks = self._speaker_condition(query)
        quotes = self.filter(condition)
        if not ranks:
            return quotes  # nobody matched: no rows, nothing to rank
        return quotes.annotate(speaker_rank=Case(*ranks, default=Value(0), output_field=models.IntegerField()))

    def _speaker_condition(self, query: str) -> tuple[Q, list[When]]:
        """The condition "said by a speaker matching `query`", and the rank of each of the
        best speakers. The candidates are read first (two small indexed queries on people
        and organisations), so the quotes are then found through the speaker indexes."""
        from .models import Organisation, Person

        people = Person.objects.ranked_ids(query, SPEAKER_CANDIDATES)
        organisations = list(
            Organisation.objects.search(query).order_by("-score", "name").values_list("pk", flat=True)[:SPEAKER_CANDIDATES]
        )
        # Best speakers first; beyond the top few the rank only says "matched".
        ranks = [When(speaker_person=pk, then=Value(len(people) - i)) for i, pk in enumerate(people[:RANKED_SPEAKERS])]
        ranks += [
            When(speaker_organisation=pk, then=Value(len(organisations) - i))
            for i, pk in enumerate(organisations[:RANKED_SPEAKERS])
        ]
        condition = Q(speaker_person__any_of=people) | Q(speaker_organisation__any_of=organisations)
        # Unnamed sources ("officials") have no speaker row: match their description
        # (through a partial trigram index on PostgreSQL, migration 0005). Looked up first
        # (under a millisecond) and added only when some match: the extra branch cost a
        # name search ~10 ms at 1.6M quotes even when it matched nothing.
        unnamed = Q(speaker_person__isnull=True, speaker_organisation__isnull=True) & _all_words(
            "speaker_description", normalize_name(query).split(), "icontains"
        )
        if self.model.objects.filter(unnamed).exists():
            condition |= unnamed
        return condition, ranks

    def text_search(self, query: str):
        """Quotes whose words match `query`, annotated with `text_rank`.

        PostgreSQL: websearch syntax ("exact phrase", or, -not) over the trigger-maintained
        search_vector, English stemming, accents ignored. SQLite: every word (or "phrase")
        as a substring, case and accents ignored, words after a minus excluded.
        """
        query = query.strip()
        if not query:
            return self
        condition = self._text_condition(query)
        if condition is None:
            return self
        quotes = self.alias(folded_text=Func(F("text"), function=FOLD_FUNCTION)) if not self.db_is_postgres() else self
        quotes = quotes.filter(condition)
        if self.db_is_postgres():
            from django.contrib.postgres.search import SearchQuery, SearchRank

            search = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
            return quotes.annotate(text_rank=SearchRank(F("search_vector"), search))
        # A crude relevance: the whole query as written ranks above scattered words.
        whole = normalize_text(" ".join(parse_terms(query).include))
        return quotes.annotate(text_rank=Case(When(folded_text__contains=whole, then=Value(2.0)), default=Value(1.0)))

    def _text_condition(self, query: str) -> Q | None:
        """The condition "the words match `query`" (None: nothing to search for). On SQLite
        it needs the `folded_text` alias that text_search and matching add."""
        if self.db_is_postgres():
            from django.contrib.postgres.search import SearchQuery

            return Q(search_vector=SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG))
        terms = parse_terms(query)
        if not terms.include and not terms.exclude:
            return None
        condition = Q()
        for term in terms.include:
            condition &= Q(folded_text__contains=normalize_text(term))
        for term in terms.exclude:
            condition &= ~Q(folded_text__contains=normalize_text(term))
        return condition

    def matching(self, query: str):
        """Quotes whose words or whose speaker match `query`: the public search's two
        conditions ORed, for a single search box (the admin's)."""
        query = query.strip()
        text = self._text_condition(query) if query else None
        speaker = self._speaker_condition(query)[0] if normalize_name(query) else None
        conditions = [c for c in (text, speaker) if c is not None]
        if not conditions:
            return self if not query else self.none()
        quotes = self.alias(folded_text=Func(F("text"), function=FOLD_FUNCTION)) if not self.db_is_postgres() else self
        combined = conditions[0]
        for condition in conditions[1:]:
            combined |= condition
        return quotes.filter(combined)

    def said_between(self, start=None, end=None):
        """Quotes said on a known date within [start, end]; either end may be open."""
        quotes = self.filter(said_on__gte=start) if start else self
        return quotes.filter(said_on__lte=end) if end else quotes

    def published_between(self, start=None, end=None):
        """Quotes from articles published within [start, end]; either end may be open.

        The same bounds on `article_date` (equal to the publication date whenever there is
        one) let PostgreSQL read just that stretch of the date index."""
        quotes = self.filter(article__published__gte=start, article_date__gte=start) if start else self
        return quotes.filter(article__published__lte=end, article_date__lte=end) if end else quotes

    def in_publication(self, organisation):
        """Quotes from articles the organisation published. Its articles are read first
        (one query through the publication index), so the quotes are found through the
        article index: joined, PostgreSQL chose a parallel scan of every article (36 ms at
        100k articles, and the bigger the archive the slower)."""
        from .models import Article

        articles = list(Article.objects.filter(publication=organisation).values_list("pk", flat=True))
        return self.filter(article__any_of=articles)

    def mentioning(self, person):
        """Quotes whose words mention `person` (by last name), other than their own."""
        last_name = person.name.split()[-1] if person.name.split() else ""
        if len(last_name) < 2:
            return self.none()
        quotes = self.exclude(speaker_person=person)
        if self.db_is_postgres():
            from django.contrib.postgres.search import SearchQuery

            return quotes.filter(search_vector=SearchQuery(last_name, search_type="phrase", config=SEARCH_CONFIG))
        return quotes.filter(text__icontains=last_name)

    def newest_first(self):
        return self.order_by(*NEWEST)

    def newest_first_sparse(self, known_up_to: int = 5_000):
        """newest_first() for a condition that may match very few quotes (a rare word).

        Reads the matching ids first (through the condition's own index) and, when there
        are at most `known_up_to`, orders just those. PostgreSQL, left to plan "newest
        first, LIMIT 20" itself, may misjudge a rare word as common and walk the whole
        date index looking for it (1.5 s for a name no quote mentions, at 1.6M quotes).
        A condition matching more than that is dense enough for the date index walk."""
        if self.db_is_postgres() and self._estimated_rows() > 4 * known_up_to:
            # A common word (its statistics say so): reading its ids would cost more than
            # the date-index walk, which finds the newest few soon.
            return self.newest_first()
        ids = list(self.order_by().values_list("pk", flat=True)[: known_up_to + 1])
        if len(ids) > known_up_to:
            return self.newest_first()
        return self.model.objects.filter(pk__any_of=ids).newest_first()

    def _estimated_rows(self) -> float:
        """PostgreSQL's own estimate of how many rows match (planning only, no reading)."""
        import json

        plan = json.loads(self.order_by().values("pk").explain(format="json"))
        return plan[0]["Plan"]["Plan Rows"]

    def oldest_first(self):
        return self.order_by(*OLDEST)

    def after(self, cursor: tuple, order: tuple[str, ...]):
        """Keyset pagination: the rows after `cursor` (the values of `order` on the last row
        seen). Reads the ordering index from where the previous page stopped, so page 1,000
        costs what page 1 does."""
        # The leading bound alone is what lets PostgreSQL start the index scan at the
        # cursor; the OR chain below then settles ties.
        first = order[0]
        condition = Q(**{f"{first.lstrip('-')}__{'lte' if first.startswith('-') else 'gte'}": cursor[0]})
        chain = Q()
        for i, field in enumerate(order):
            name = field.lstrip("-")
            step = Q(**{f"{name}__{'lt' if field.startswith('-') else 'gt'}": cursor[i]})
            for prev_field, value in zip(order[:i], cursor[:i]):
                step &= Q(**{prev_field.lstrip("-"): value})
            chain |= step
        return self.filter(condition & chain)

    def db_is_postgres(self) -> bool:
        from django.db import connections

        return connections[self.db].vendor == "postgresql"


def _all_words(field: str, words: list[str], lookup: str = "contains") -> Q:
    condition = Q()
    for word in words:
        condition &= Q(**{f"{field}__{lookup}": word})
    return condition


def _holds_words(normalized_name: str, words: list[str]) -> bool:
    """Is each of `words` a whole word of the name ("lecornu" of "sebastien lecornu-dupont")?"""
    name_words = set(re.split(r"[\s\-]+", normalized_name))
    return all(word in name_words for word in words)


def _name_search(queryset, query: str, *, description: bool = False):
    """Rows whose normalised name (or, with `description`, description) holds every word
    of `query`, or on PostgreSQL whose name resembles it (pg_trgm word similarity),
    annotated with `score`. Each branch can use a trigram index, so PostgreSQL answers
    with a BitmapOr instead of scanning every row."""
    from django.db import connections

    text = normalize_name(query)
    words = text.split()
    if not words:
        return queryset.none()
    # icontains/UPPER match the UPPER(normalized_name) trigram indexes (migration 0003).
    condition = _all_words("normalized_name", words, "icontains")
    if description:
        condition |= _all_words("description", words, "icontains")
    exact = When(normalized_name=text, then=Value(3.0))
    if connections[queryset.db].vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        queryset = queryset.alias(upper_name=Upper("normalized_name"))
        condition |= Q(upper_name__trigram_word_similar=text.upper())
        score = Case(exact, default=TrigramWordSimilarity(Value(text.upper()), "upper_name"))
    else:
        score = Case(
            exact,
            When(normalized_name__startswith=text, then=Value(2.0)),
            When(normalized_name__contains=text, then=Value(1.5)),
            default=Value(1.0),
        )
    return queryset.filter(condition).annotate(score=score)


def _count_of(model_name: str, field: str):
    """A correlated COUNT(*) subquery: PostgreSQL runs it only for the rows it returns
    (through the foreign key's index), where a JOIN + GROUP BY aggregates every quote."""
    from django.apps import apps
    from django.db.models import Func, IntegerField, Subquery

    model = apps.get_model("quotes", model_name)
    counted = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .annotate(n=Func(Value(1), function="COUNT"))
        .values("n")
    )
    # The annotation above groups by every column; COUNT over the filtered rows needs none.
    counted.query.group_by = None
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class PersonQuerySet(models.QuerySet):
    def with_quote_counts(self):
        return self.annotate(quote_count=_count_of("Quote", "speaker_person"))

    def search(self, query: str):
        """People whose name or description matches `query` (or, on PostgreSQL, whose name
        resembles it), annotated with `score`. See `ranked_ids` for aliases and roles too."""
        return _name_search(self, query, description=True)

    def ranked_ids(self, query: str, limit: int) -> list[int]:
        """Ids of the people best matching `query` by name, description, alias or any
        description an article gave them, best first. Two queries: names, then aliases and
        descriptions."""
        from .models import Alias, PersonDescription

        words = normalize_name(query).split()
        if not words:
            return []
        rows = self.search(query).order_by("-score", "name").values_list("pk", "score", "normalized_name")[:limit]
        scores = {pk: score for pk, score, _name in rows}
        named = {pk for pk, _score, name in rows if _holds_words(name, words)}
        by_alias = Alias.objects.filter(_all_words("normalized_name", words, "icontains")).values_list("person_id")
        if named:
            # The query is someone's name ("Lecornu"): their quotes and those of people
            # known by it, not the look-alike names a typo search also finds, nor everyone
            # an article described with the name ("Lecornu's chief of staff"), who made up
            # most of a surname's matches and of the search's cost on the bench corpus.
            for (pk,) in by_alias.order_by()[:limit]:
                scores[pk] = max(scores.get(pk, 0.0), ALIAS_OR_ROLE_SCORE)
                named.add(pk)
            scores = {pk: score for pk, score in scores.items() if pk in named}
        else:
            # (The distinct descriptions, not the roles: a few per person, not thousands.)
            by_role = PersonDescription.objects.filter(_all_words("description", words, "icontains")).values_list(
                "person_id")
            for (pk,) in by_alias.order_by().union(by_role.order_by())[:limit]:
                scores[pk] = max(scores.get(pk, 0.0), ALIAS_OR_ROLE_SCORE)
        return sorted(scores, key=lambda pk: -scores[pk])[:limit]

    def name_matches(self, query: str):
        """People whose name or an alias holds every word of `query` (through the trigram
        indexes: icontains is UPPER(...) LIKE)."""
        from .models import Alias

        words = normalize_name(query).split()
        if not words:
            return self
        by_alias = Alias.objects.filter(_all_words("normalized_name", words, "icontains")).values("person_id")
        return self.filter(Q(_all_words("normalized_name", words, "icontains")) | Q(pk__in=by_alias))


class OrganisationQuerySet(models.QuerySet):
    def search(self, query: str):
        """Organisations whose name matches `query`, best first by `score`."""
        return _name_search(self, query)

    def with_counts(self):
        return self.annotate(
            quote_count=_count_of("Quote", "speaker_organisation"),
            article_count=_count_of("Article", "publication"),
        )

    def name_matches(self, query: str):
        return self.filter(_all_words("normalized_name", normalize_name(query).split(), "icontains"))


class ArticleQuerySet(models.QuerySet):
    def with_counts(self):
        return self.select_related("publication").annotate(quote_count=_count_of("Quote", "article"))


@dataclass
class Description:
    """One way articles described a person, and how often."""

    text: str
    organisation: object | None  # Organisation
    articles: int
    latest_article: object | None  # Article: the one most recently added that used it


class RoleQuerySet(models.QuerySet):
    def descriptions(self, limit: int = 12) -> list[Description]:
        """How articles described these roles' person, commonest first: one entry per
        description (case ignored) and organisation, with the number of articles that
        used it and the latest of them.

        A busy person has thousands of roles, most of them the same few words; listing the
        newest ones repeated "Republican presidential candidate" down the page. Two
        queries: the grouping, an index-only scan of the index in migration 0006, then
        the titles and names it links to."""
        from .models import Article, Organisation

        groups: dict[tuple, list] = {}  # (folded text, organisation) -> [variants, articles, latest]
        rows = (
            self.order_by().values_list("description", "organisation_id")
            .annotate(articles=models.Count("*"), latest=models.Max("article_id"))
        )
        for text, organisation, articles, latest in rows:
            group = groups.setdefault((text.casefold(), organisation), [{}, 0, 0])
            group[0][text] = group[0].get(text, 0) + articles
            group[1] += articles
            group[2] = max(group[2], latest)
        top = sorted(groups.items(), key=lambda item: (-item[1][1], item[0][0], item[0][1] or 0))[:limit]
        if not top:
            return []
        article_ids = [latest for _key, (_variants, _articles, latest) in top]
        organisation_ids = [organisation for (_text, organisation), _group in top if organisation]
        linked = (
            Article.objects.filter(pk__in=article_ids).order_by().annotate(table=models.Value("a"))
            .values_list("table", "pk", "title", "slug")
            .union(
                Organisation.objects.filter(pk__in=organisation_ids).order_by().annotate(table=models.Value("o"))
                .values_list("table", "pk", "name", "slug"),
                all=True,
            )
        )
        articles_by_id, organisations_by_id = {}, {}
        for table, pk, label, slug in linked:
            if table == "a":
                articles_by_id[pk] = Article(pk=pk, title=label, slug=slug)
            else:
                organisations_by_id[pk] = Organisation(pk=pk, name=label, slug=slug)
        return [
            Description(
                # The spelling most articles used ("Republican nominee" over "republican nominee").
                text=max(variants, key=lambda text: (variants[text], text)),
                organisation=organisations_by_id.get(organisation),
                articles=articles,
                latest_article=articles_by_id.get(latest),
            )
            for (_folded, organisation), (variants, articles, latest) in top
        ]
