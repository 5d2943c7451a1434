"""Who said what, where and when.

Article  -- one news article as ingested (body text is untrusted).
Person, Organisation -- speakers and the organisations they belong to, deduplicated
    across articles on a case- and accent-insensitive key (`normalized_name`).
Alias    -- other names a person is known by ("Macron" for "Emmanuel Macron").
Role     -- how one article described a person ("France's Defense Minister"),
    optionally at an organisation.
Quote    -- one attribution: the words, their kind, the speaker, the cue verb, the
    venue and date, and the exact offsets in the article body.
"""
from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_extensions.db.fields import AutoSlugField
from django_extensions.db.models import TimeStampedModel

from .names import normalize_name
from .querysets import ArticleQuerySet, OrganisationQuerySet, PersonQuerySet, QuoteQuerySet, RoleQuerySet


class NamedEntity(TimeStampedModel):
    """Shared shape of people and organisations: a display name and a dedupe key."""

    name = models.CharField(max_length=255)
    normalized_name = models.CharField(max_length=255, unique=True, editable=False)
    slug = AutoSlugField(populate_from="name", unique=True, max_length=255)
    description = models.CharField(
        max_length=500, blank=True, help_text="Short description, e.g. the latest role as described."
    )

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_name(self.name)
        super().save(*args, **kwargs)


class Organisation(NamedEntity):
    objects = OrganisationQuerySet.as_manager()

    class Meta(NamedEntity.Meta):
        pass

    def get_absolute_url(self) -> str:
        return reverse("quotes:organisation-detail", kwargs={"slug": self.slug})


class Person(NamedEntity):
    objects = PersonQuerySet.as_manager()

    class Meta(NamedEntity.Meta):
        verbose_name_plural = "people"

    def get_absolute_url(self) -> str:
        return reverse("quotes:person-detail", kwargs={"slug": self.slug})


class Alias(models.Model):
    """Another name for a person, searchable like the main one."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=255)
    normalized_name = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        verbose_name_plural = "aliases"
        constraints = [
            models.UniqueConstraint(fields=["person", "normalized_name"], name="unique_alias_per_person")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_name(self.name)
        super().save(*args, **kwargs)


class Article(TimeStampedModel):
    title = models.CharField(max_length=500)
    slug = AutoSlugField(populate_from="title", unique=True, max_length=255)
    body = models.TextField(help_text="The article text; quote offsets index into it.")
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the body: re-ingesting the same text is a no-op."
    )
    url = models.URLField(max_length=1000, blank=True)
    publication = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="published_articles"
    )
    author = models.CharField(max_length=255, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    source_path = models.CharField(max_length=1000, blank=True, help_text="File it was ingested from.")
    title_is_derived = models.BooleanField(
        default=False, help_text="The text had no headline; the title was taken from the lede."
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-created"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="unique_article_url")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("quotes:article-detail", kwargs={"slug": self.slug})

    @property
    def sort_date(self):
        """The date quotes from this article sort by: publication date, else the ingest date."""
        if self.published:
            return self.published
        return (self.created or timezone.now()).date()

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:
            # Keep the copy on Quote (used for sorting and keyset pages) in step.
            self.quotes.exclude(article_date=self.sort_date).update(article_date=self.sort_date)


class Role(models.Model):
    """How one article described a person, e.g. "France's Defense Minister"."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="roles")
    description = models.CharField(max_length=500)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="roles"
    )

    objects = RoleQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "article", "description"], name="unique_role_per_article"
            )
        ]
        indexes = [
            # Covers RoleQuerySet.descriptions: a person's descriptions grouped and counted
            # from the index alone (1.4 ms for 5,366 roles, against 12 ms from the table).
            models.Index(fields=["person", "description", "organisation", "article"], name="role_person_description_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.description}"


class PersonDescription(models.Model):
    """One distinct way articles described a person: what speaker search by role words
    ("secretary of state") reads. A busy person has thousands of roles and a few dozen
    distinct descriptions; searching these instead of the roles read 5,408 rows for 213
    people. Database triggers on Role keep it exact on every write path (migration 0007):
    it is never written by the application."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="distinct_descriptions")
    description = models.CharField(max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "description"], name="unique_description_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person_id}: {self.description}"


class Quote(TimeStampedModel):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct"
        MIXED = "mixed", "Mixed"
        INDIRECT = "indirect", "Indirect"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article body.")
    end = models.PositiveIntegerField()
    paragraph = models.PositiveIntegerField(default=0)

    speaker_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    speaker_organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text="Set when an organisation itself speaks (\"the White House said\").",
    )
    speaker_mention = models.CharField(
        max_length=255, blank=True, help_text='The words naming the speaker here ("he", "the minister").'
    )
    speaker_description = models.CharField(
        max_length=500, blank=True, help_text="How the article described the speaker."
    )
    cue = models.CharField(max_length=100, blank=True, help_text="The reporting verb.")
    venue = models.CharField(max_length=255, blank=True, help_text='Where it was said, as written ("France 5").')
    venue_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="venue_quotes"
    )
    when_text = models.CharField(
        max_length=100, blank=True, help_text='When it was said, as written ("Feb 12", "recently").'
    )
    said_on = models.DateField(null=True, blank=True, help_text="The date it resolves to, when known.")

    article_date = models.DateField(
        editable=False,
        help_text="Copy of the article's sort date, so listings sort and page on one table's index.",
    )
    # Maintained by a PostgreSQL trigger (migration 0002) from `text`; always NULL on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    is_verified = models.BooleanField(default=False, help_text="A human checked this quote.")
    is_edited = models.BooleanField(
        default=False, editable=False, help_text="A human changed this quote; re-ingest leaves it alone."
    )

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end", "kind"], name="unique_quote_span"),
            models.CheckConstraint(
                condition=Q(speaker_person__isnull=True) | Q(speaker_organisation__isnull=True),
                name="quote_has_one_speaker",
            ),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="quote_span_ordered"),
        ]
        indexes = [
            models.Index(fields=["speaker_person", "article"], name="quote_person_article_idx"),
            models.Index(fields=["speaker_organisation"], name="quote_org_idx"),
            models.Index(fields=["kind"], name="quote_kind_idx"),
            models.Index(fields=["said_on"], name="quote_said_on_idx"),
            models.Index(fields=["-created"], name="quote_created_idx"),
            # Newest-first and oldest-first listings (and their keyset pages) read these in order;
            # within an article quotes stay in reading order either way.
            models.Index(fields=["-article_date", "-article", "start", "id"], name="quote_newest_idx"),
            models.Index(fields=["article_date", "article", "start", "id"], name="quote_oldest_idx"),
            models.Index(fields=["is_verified"], name="quote_verified_idx"),
        ]

    def __str__(self) -> str:
        words = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{self.speaker_name or 'Unknown'}: {words}"

    def get_absolute_url(self) -> str:
        return reverse("quotes:quote-detail", kwargs={"pk": self.pk})

    def save(self, *args, **kwargs):
        if self.article_date is None and self.article_id:
            self.article_date = self.article.sort_date
        super().save(*args, **kwargs)

    @property
    def speaker(self) -> Person | Organisation | None:
        return self.speaker_person or self.speaker_organisation

    @property
    def speaker_name(self) -> str:
        """The speaker's name; for an unnamed source, how the article described it."""
        speaker = self.speaker
        return speaker.name if speaker else self.speaker_description

    @property
    def is_human_touched(self) -> bool:
        return self.is_verified or self.is_edited
