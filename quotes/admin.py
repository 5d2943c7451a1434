"""The editors' desk: correct what the machine extracted.

Saving a quote through the admin marks it human-edited, which protects it from re-ingest.
"""
from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils.translation import ngettext

from .models import Alias, Article, Organisation, Person, Quote, Role
from .services import merge_people

EDITABLE_QUOTE_FIELDS = (
    "text", "kind", "speaker_person", "speaker_organisation", "speaker_description",
    "cue", "venue", "venue_organisation", "when_text", "said_on",
)


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("short_text", "speaker_display", "kind", "article", "is_verified", "is_edited")
    list_filter = ("kind", "is_verified", "is_edited", ("article", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("speaker_person", "speaker_organisation", "article")
    # The search box runs the public site's search (get_search_results); this only shows it.
    search_fields = ("text",)
    search_help_text = "Words of the quote, or the speaker's name, alias or role (as on the site)."
    autocomplete_fields = ("speaker_person", "speaker_organisation", "venue_organisation", "article")
    date_hierarchy = "created"
    list_per_page = 50
    actions = ("mark_verified", "mark_unverified")
    readonly_fields = ("is_edited", "start", "end", "paragraph", "speaker_mention", "created", "modified")
    fieldsets = (
        (None, {"fields": ("text", "kind", "is_verified")}),
        ("Speaker", {"fields": ("speaker_person", "speaker_organisation", "speaker_description", "speaker_mention")}),
        ("Where and when", {"fields": ("cue", "venue", "venue_organisation", "when_text", "said_on")}),
        ("Source", {"fields": ("article", "start", "end", "paragraph", "is_edited", "created", "modified")}),
    )

    @admin.display(description="Quote", ordering="text")
    def short_text(self, quote):
        return quote.text if len(quote.text) <= 90 else quote.text[:87] + "…"

    @admin.display(description="Speaker")
    def speaker_display(self, quote):
        return quote.speaker_name or "—"

    def get_search_results(self, request, queryset, search_term):
        """The site's search, not LIKE over joined columns: the quote's words (full text on
        PostgreSQL; case and accents ignored on SQLite) or a speaker matching by name, alias,
        role or, on PostgreSQL, a close spelling. No joins, so no duplicates."""
        return queryset.matching(search_term), False

    def save_model(self, request, obj, form, change):
        if change and any(name in form.changed_data for name in EDITABLE_QUOTE_FIELDS):
            obj.is_edited = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Mark selected quotes as verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        updated = queryset.update(is_verified=True)
        self.message_user(
            request, ngettext("%d quote marked verified.", "%d quotes marked verified.", updated) % updated,
            messages.SUCCESS,
        )

    @admin.action(description="Mark selected quotes as not verified", permissions=["change"])
    def mark_unverified(self, request, queryset):
        updated = queryset.update(is_verified=False)
        self.message_user(request, f"{updated} quote(s) marked not verified.", messages.SUCCESS)


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ("text", "kind", "speaker_person", "speaker_organisation", "is_verified")
    autocomplete_fields = ("speaker_person", "speaker_organisation")
    extra = 0
    show_change_link = True
    ordering = ("start",)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "publication", "published", "quote_count", "created")
    ordering = ("-published", "-created")
    # Django 6 assumes https for scheme-less URLs; opt in now rather than warn.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = (("publication", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("publication",)
    search_fields = ("title", "url", "source_path")
    autocomplete_fields = ("publication",)
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "source_path", "title_is_derived", "created", "modified")
    inlines = [QuoteInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_total=Count("quotes"))

    @admin.display(description="Quotes", ordering="quote_total")
    def quote_count(self, article):
        return article.quote_total


class AliasInline(admin.TabularInline):
    model = Alias
    fields = ("name",)
    extra = 0


class RoleInline(admin.TabularInline):
    model = Role
    fields = ("description", "organisation", "article")
    autocomplete_fields = ("organisation", "article")
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "description", "quote_count")
    search_fields = ("name", "normalized_name", "aliases__name", "description")
    # Explicit: Meta.ordering is dropped from GROUP BY queries like the quote-count annotation.
    ordering = ("name",)
    readonly_fields = ("normalized_name", "created", "modified")
    inlines = [AliasInline, RoleInline]
    actions = ("merge_people",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_total=Count("quotes", distinct=True))

    @admin.display(description="Quotes", ordering="quote_total")
    def quote_count(self, person):
        return person.quote_total

    @admin.action(description="Merge selected people into the most quoted one", permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        people = list(queryset.order_by("-quote_total", "pk"))
        if len(people) < 2:
            self.message_user(request, "Select at least two people to merge.", messages.WARNING)
            return
        keep, duplicates = people[0], people[1:]
        moved = merge_people(keep=keep, duplicates=duplicates)
        self.message_user(
            request,
            f"Merged {len(duplicates)} into {keep.name}; {moved} quote(s) moved. The other names are now aliases.",
            messages.SUCCESS,
        )


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "description")
    search_fields = ("name", "normalized_name")
    readonly_fields = ("normalized_name", "created", "modified")


admin.site.site_header = "Newsroom editors"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Correct and verify extracted quotes"
