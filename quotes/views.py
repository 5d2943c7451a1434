"""Public pages: server-rendered, readable without JavaScript, read-only."""
from __future__ import annotations

from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from . import stats
from .highlight import highlight, paragraph_indexes
from .models import Article, Organisation, Person, Quote, Role
from .querysets import NEWEST
from .search import COUNT_CAP, FACET_SAMPLE, RANK_SAMPLE, SORTS, CappedPaginator, QuoteSearch, highlight_quotes

ABOUT_LIMIT = 20  # quotes shown that mention a person
DESCRIPTIONS_SHOWN = 12  # a person's commonest descriptions
MAX_NAME_MATCHES = 5000  # people/organisations a name search on the list pages considers


def home(request):
    recent = Quote.objects.with_related().order_by("-created", "-pk")[:8]
    context = {
        "recent_quotes": recent,
        "top_people": stats.with_counts(stats.people_ranking()[:10]),
        "totals": stats.totals(),
    }
    return render(request, "quotes/home.html", context)


class QuoteListView(ListView):
    """Every quote, searched and filtered from the query string (see quotes/search.py),
    with facet counts and removable filter chips; also as .json and .csv (quotes/api.py)."""

    template_name = "quotes/quote_list.html"
    context_object_name = "quotes"
    paginate_by = settings.QUOTES_PER_PAGE
    paginator_class = CappedPaginator

    def get_queryset(self):
        self.search = QuoteSearch(self.request.GET)
        return self.search.page_source()

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return CappedPaginator(queryset, per_page, orphans, allow_empty_first_page, known_count=self.search.count)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.search
        search.highlight(context["quotes"])
        context.update(
            search=search,
            query=search.query,
            text=search.text,
            kinds=Quote.Kind.choices,
            kind=search.kind,
            sorts=SORTS,
            facets=search.facets(),
            chips=search.chips(),
            count_capped=search.count_is_capped,
            count_cap=search.count_cap,
            rank_sample=RANK_SAMPLE,
            facet_sample=FACET_SAMPLE,
        )
        return context


class QuoteDetailView(DetailView):
    template_name = "quotes/quote_detail.html"
    context_object_name = "quote"
    queryset = Quote.objects.with_related(article_body=True)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quote = self.object
        body = quote.article.body
        context["context_paragraphs"] = highlight(
            body, [quote], only=paragraph_indexes(body, quote.start, quote.end)
        )
        context["roles"] = Role.objects.filter(person=quote.speaker_person, article=quote.article_id).select_related(
            "organisation"
        ) if quote.speaker_person_id else []
        return context


class PersonListView(ListView):
    """People, most quoted first. Unfiltered, the order comes from the cached ranking
    (quotes/stats.py) and only the page's 50 people are read; ?q= narrows by name."""

    template_name = "quotes/person_list.html"
    context_object_name = "people"
    paginate_by = 50

    def get_queryset(self):
        query = self.request.GET.get("q", "").strip()
        ranking = stats.people_ranking()
        if not query:
            return ranking
        # Rank the matches by the cached counts: counting each match's quotes live would
        # cost thousands of index reads for a common surname.
        matches = set(Person.objects.name_matches(query).values_list("pk", flat=True)[:MAX_NAME_MATCHES])
        counts = dict(ranking)
        return sorted(((pk, counts.get(pk, 0)) for pk in matches), key=lambda row: (-row[1], row[0]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.request.GET.get("q", ""), **kwargs)
        context["people"] = context["object_list"] = stats.with_counts(list(context["page_obj"]))
        return context


class PersonDetailView(DetailView):
    """A person, Wikiquote-style: their quotes grouped by article (a page at a time,
    searchable with ?q=), how articles described them, and quotes that mention them."""

    template_name = "quotes/person_detail.html"
    context_object_name = "person"
    queryset = Person.objects.prefetch_related("aliases")
    quotes_per_page = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        query = self.request.GET.get("q", "").strip()[:200]
        count_capped, count_cap = False, COUNT_CAP
        if query:
            # The quote search's own machinery: one read counts the matches and, short of
            # its cap, gives their ids to sort by date (see QuoteSearch.page_source).
            search = QuoteSearch(
                QueryDict(urlencode({"speaker": person.slug, "text": query, "sort": "newest"})),
                known={"speaker": person},
            )
            page = search.paginator(self.quotes_per_page).get_page(self.request.GET.get("page"))
            count_capped, count_cap = search.count_is_capped, search.count_cap
        else:
            quotes = Quote.objects.by_person(person).select_related("article", "article__publication")
            page = Paginator(
                quotes.defer("article__body", "search_vector").order_by(*NEWEST), self.quotes_per_page
            ).get_page(self.request.GET.get("page"))
        highlight_quotes(page.object_list, query)
        context.update(
            query=query,
            page_obj=page,
            count_capped=count_capped,
            count_cap=count_cap,
            quotes_by_article=[(article, list(group)) for article, group in groupby(page, key=lambda q: q.article)],
            descriptions=person.roles.descriptions(limit=DESCRIPTIONS_SHOWN),
            quotes_about=Quote.objects.mentioning(person).newest_first_sparse().with_related()[:ABOUT_LIMIT],
        )
        return context


class OrganisationListView(ListView):
    """Organisations, most quoted then most published first: unfiltered, from the cached
    ranking (quotes/stats.py); ?q= narrows by name."""

    template_name = "quotes/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 50

    def get_queryset(self):
        query = self.request.GET.get("q", "").strip()
        ranking = stats.organisations_ranking()
        if not query:
            return ranking
        matches = set(Organisation.objects.name_matches(query).values_list("pk", flat=True)[:MAX_NAME_MATCHES])
        ranked = [row for row in ranking if row[0] in matches]
        unranked = sorted(matches - {row[0] for row in ranked})  # neither quoted nor publishing
        return ranked + [(pk, 0, 0) for pk in unranked]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.request.GET.get("q", ""), **kwargs)
        context["organisations"] = context["object_list"] = stats.organisations_with_counts(list(context["page_obj"]))
        return context


class OrganisationDetailView(DetailView):
    """An organisation: its people, its own quotes (searchable with ?q=), quotes said on
    it as a venue, and the articles it published."""

    template_name = "quotes/organisation_detail.html"
    context_object_name = "organisation"
    queryset = Organisation.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        query = self.request.GET.get("q", "").strip()[:200]
        own_quotes = list(
            organisation.quotes.text_search(query).select_related("article").defer("article__body")
            .order_by(*NEWEST)[:100]
        )
        highlight_quotes(own_quotes, query)
        context.update(
            query=query,
            own_quotes=own_quotes,
            roles=Role.objects.filter(organisation=organisation)
            .select_related("person", "article").defer("article__body")
            .order_by("person__name", "pk")[:100],
            articles=organisation.published_articles.with_counts().defer("body").order_by(
                "-published", "-created"
            )[:100],
            venue_quotes=organisation.venue_quotes.select_related(
                "speaker_person", "speaker_organisation", "article"
            ).defer("article__body").order_by(*NEWEST)[:50],
        )
        return context


class ArticleListView(ListView):
    template_name = "quotes/article_list.html"
    context_object_name = "articles"
    paginate_by = 50
    queryset = Article.objects.with_counts().defer("body").order_by("-published", "-created")


class ArticleDetailView(DetailView):
    template_name = "quotes/article_detail.html"
    context_object_name = "article"
    queryset = Article.objects.select_related("publication")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quotes = list(
            self.object.quotes.select_related("speaker_person", "speaker_organisation").order_by("start")
        )
        context["quotes"] = quotes
        context["paragraphs"] = highlight(self.object.body, quotes)
        return context
