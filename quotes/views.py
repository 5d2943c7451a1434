"""Public pages: server-rendered, readable without JavaScript, read-only."""
from __future__ import annotations

from itertools import groupby

from django.conf import settings
from django.db.models import Count
from django.shortcuts import render
from django.views.generic import DetailView, ListView

from .highlight import highlight, paragraph_indexes
from .models import Article, Organisation, Person, Quote, Role


def home(request):
    recent = Quote.objects.with_related().order_by("-created", "-pk")[:8]
    top_people = (
        Person.objects.with_quote_counts().filter(quote_count__gt=0).order_by("-quote_count", "name")[:10]
    )
    context = {
        "recent_quotes": recent,
        "top_people": top_people,
        "totals": {
            "quotes": Quote.objects.count(),
            "people": Person.objects.count(),
            "organisations": Organisation.objects.count(),
            "articles": Article.objects.count(),
        },
    }
    return render(request, "quotes/home.html", context)


QUOTE_FILTERS = {
    # URL parameter -> (model, lookup on Quote)
    "speaker": Person,
    "organisation": Organisation,
    "article": Article,
}


class QuoteListView(ListView):
    """All quotes, narrowed by ?speaker=<slug>&organisation=<slug>&article=<slug>&kind=&q=."""

    template_name = "quotes/quote_list.html"
    context_object_name = "quotes"
    paginate_by = settings.QUOTES_PER_PAGE

    def get_queryset(self):
        params = self.request.GET
        self.active = {}
        quotes = Quote.objects.with_related()
        for param, model in QUOTE_FILTERS.items():
            slug = params.get(param)
            if not slug:
                continue
            obj = model.objects.filter(slug=slug).first()
            self.active[param] = obj
            if obj is None:
                return quotes.none()
            if model is Person:
                quotes = quotes.by_person(obj)
            elif model is Organisation:
                quotes = quotes.by_organisation(obj)
            else:
                quotes = quotes.in_article(obj)
        kind = params.get("kind")
        if kind in Quote.Kind.values:
            quotes = quotes.of_kind(kind)
            self.active["kind"] = Quote.Kind(kind).label
        query = params.get("q", "").strip()
        if query:
            quotes = quotes.speaker_matches(query)
        return quotes.order_by("-article__published", "-article__created", "article_id", "start")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            active_filters=self.active,
            query=self.request.GET.get("q", ""),
            kinds=Quote.Kind.choices,
            kind=self.request.GET.get("kind", ""),
        )
        return context


class QuoteDetailView(DetailView):
    template_name = "quotes/quote_detail.html"
    context_object_name = "quote"
    queryset = Quote.objects.with_related()

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
    template_name = "quotes/person_list.html"
    context_object_name = "people"
    paginate_by = 50

    def get_queryset(self):
        people = Person.objects.with_quote_counts()
        query = self.request.GET.get("q", "").strip()
        if query:
            people = people.name_matches(query)
        return people.order_by("-quote_count", "name")

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.request.GET.get("q", ""), **kwargs)


class PersonDetailView(DetailView):
    template_name = "quotes/person_detail.html"
    context_object_name = "person"
    queryset = Person.objects.prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        quotes = (
            Quote.objects.by_person(person)
            .select_related("article", "article__publication")
            .order_by("-article__published", "article__created", "article_id", "start")
        )
        context["quotes_by_article"] = [
            (article, list(group)) for article, group in groupby(quotes, key=lambda q: q.article)
        ]
        context["roles"] = person.roles.select_related("article", "organisation").order_by("-article__published")
        return context


class OrganisationListView(ListView):
    template_name = "quotes/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 50

    def get_queryset(self):
        organisations = Organisation.objects.with_counts()
        query = self.request.GET.get("q", "").strip()
        if query:
            organisations = organisations.name_matches(query)
        return organisations.order_by("-quote_count", "-article_count", "name")

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.request.GET.get("q", ""), **kwargs)


class OrganisationDetailView(DetailView):
    template_name = "quotes/organisation_detail.html"
    context_object_name = "organisation"
    queryset = Organisation.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        context["roles"] = (
            Role.objects.filter(organisation=organisation)
            .select_related("person", "article")
            .order_by("person__name", "pk")
        )
        context["own_quotes"] = (
            organisation.quotes.select_related("article").order_by("-article__published", "start")[:100]
        )
        context["articles"] = (
            organisation.published_articles.annotate(quote_count=Count("quotes")).order_by("-published", "-created")[:100]
        )
        context["venue_quotes"] = (
            organisation.venue_quotes.select_related("speaker_person", "speaker_organisation", "article")
            .order_by("-article__published", "start")[:50]
        )
        return context


class ArticleListView(ListView):
    template_name = "quotes/article_list.html"
    context_object_name = "articles"
    paginate_by = 50
    queryset = Article.objects.with_counts().order_by("-published", "-created")


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
