"""Reads: chainable QuerySet methods used by views, admin and exports.

    Quote.objects.with_related().by_speaker(person).of_kind("direct")
"""
from __future__ import annotations

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q

from .names import normalize_name


class QuoteQuerySet(models.QuerySet):
    def with_related(self):
        """Everything a quote card shows, in one query."""
        return self.select_related(
            "speaker_person", "speaker_organisation", "article", "article__publication"
        )

    def by_person(self, person):
        return self.filter(speaker_person=person)

    def by_organisation(self, organisation):
        """Quotes the organisation said itself, and quotes of people described as its members."""
        from .models import Role

        members = Role.objects.filter(organisation=organisation, person=OuterRef("speaker_person"))
        return self.filter(Q(speaker_organisation=organisation) | Q(Exists(members)))

    def in_article(self, article):
        return self.filter(article=article)

    def of_kind(self, kind: str):
        return self.filter(kind=kind)

    def verified(self, value: bool = True):
        return self.filter(is_verified=value)

    def speaker_matches(self, query: str):
        """Quotes whose speaker's name, alias or described role contains every word of `query`,
        ignoring case and accents (names are stored normalised)."""
        from .models import Alias, Role

        words = normalize_name(query).split()
        if not words:
            return self
        condition = Q()
        for word in words:
            alias_hit = Alias.objects.filter(
                person=OuterRef("speaker_person"), normalized_name__contains=word
            )
            role_hit = Role.objects.filter(
                person=OuterRef("speaker_person"), description__icontains=word
            )
            condition &= (
                Q(speaker_person__normalized_name__contains=word)
                | Q(speaker_organisation__normalized_name__contains=word)
                | Q(Exists(alias_hit))
                | Q(Exists(role_hit))
            )
        return self.filter(condition)

    def text_matches(self, query: str):
        """Plain substring match on the words; PostgreSQL full-text search refines this."""
        query = query.strip()
        return self.filter(text__icontains=query) if query else self


class PersonQuerySet(models.QuerySet):
    def with_quote_counts(self):
        return self.annotate(quote_count=Count("quotes", distinct=True))

    def name_matches(self, query: str):
        words = normalize_name(query).split()
        qs = self
        for word in words:
            qs = qs.filter(
                Q(normalized_name__contains=word) | Q(aliases__normalized_name__contains=word)
            )
        return qs.distinct() if words else qs


class OrganisationQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            quote_count=Count("quotes", distinct=True),
            article_count=Count("published_articles", distinct=True),
        )

    def name_matches(self, query: str):
        words = normalize_name(query).split()
        qs = self
        for word in words:
            qs = qs.filter(normalized_name__contains=word)
        return qs


class ArticleQuerySet(models.QuerySet):
    def with_counts(self):
        return self.select_related("publication").annotate(quote_count=Count("quotes"))
