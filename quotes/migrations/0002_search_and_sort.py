"""Search and fast listings.

- Quote.article_date: a copy of the article's date, so newest/oldest listings and keyset
  pages read one index instead of sorting a join.
- Quote.search_vector: full-text vector kept up to date by a trigger, with a GIN index.
- Trigram (pg_trgm) indexes on normalised names, aliases and role descriptions, for
  substring and typo-tolerant speaker search.

The PostgreSQL-only parts are `PostgresOnly` operations: no-ops on SQLite, so the same
migrations run on both databases.
"""
import django.contrib.postgres.search
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, TruncDate

from quotes.migrations._operations import PostgresOnly


def fill_article_date(apps, schema_editor):
    Article = apps.get_model("quotes", "Article")
    Quote = apps.get_model("quotes", "Quote")
    Quote.objects.update(
        article_date=Subquery(
            Article.objects.filter(pk=OuterRef("article_id"))
            .annotate(d=Coalesce("published", TruncDate("created")))
            .values("d")[:1]
        )
    )


# English stemming on unaccented words: "Sébastien" and "sebastien" are the same lexeme.
TEXT_SEARCH_CONFIG = """
CREATE TEXT SEARCH CONFIGURATION newsroom (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION newsroom
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
"""

SEARCH_TRIGGER = """
CREATE FUNCTION quotes_quote_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector('newsroom', coalesce(NEW.text, ''));
    RETURN NEW;
END $$;
CREATE TRIGGER quotes_quote_search_vector_update
    BEFORE INSERT OR UPDATE OF text ON quotes_quote
    FOR EACH ROW EXECUTE FUNCTION quotes_quote_search_vector();
UPDATE quotes_quote SET search_vector = to_tsvector('newsroom', coalesce(text, ''));
CREATE INDEX quote_search_vector_gin ON quotes_quote USING gin (search_vector);
"""

SEARCH_TRIGGER_REVERSE = """
DROP INDEX IF EXISTS quote_search_vector_gin;
DROP TRIGGER IF EXISTS quotes_quote_search_vector_update ON quotes_quote;
DROP FUNCTION IF EXISTS quotes_quote_search_vector();
"""

TRIGRAM_INDEXES = """
CREATE INDEX person_name_trgm ON quotes_person USING gin (normalized_name gin_trgm_ops);
CREATE INDEX organisation_name_trgm ON quotes_organisation USING gin (normalized_name gin_trgm_ops);
CREATE INDEX alias_name_trgm ON quotes_alias USING gin (normalized_name gin_trgm_ops);
CREATE INDEX role_description_trgm ON quotes_role USING gin (UPPER(description) gin_trgm_ops);
CREATE INDEX person_description_trgm ON quotes_person USING gin (UPPER(description) gin_trgm_ops);
"""

TRIGRAM_INDEXES_REVERSE = """
DROP INDEX IF EXISTS person_name_trgm;
DROP INDEX IF EXISTS organisation_name_trgm;
DROP INDEX IF EXISTS alias_name_trgm;
DROP INDEX IF EXISTS role_description_trgm;
DROP INDEX IF EXISTS person_description_trgm;
"""


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="article_date",
            field=models.DateField(
                editable=False, null=True,
                help_text="Copy of the article's sort date, so listings sort and page on one table's index.",
            ),
        ),
        migrations.RunPython(fill_article_date, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="quote",
            name="article_date",
            field=models.DateField(
                editable=False,
                help_text="Copy of the article's sort date, so listings sort and page on one table's index.",
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["-article_date", "-article", "start", "id"], name="quote_newest_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["article_date", "article", "start", "id"], name="quote_oldest_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["is_verified"], name="quote_verified_idx"),
        ),
        TrigramExtension(),
        UnaccentExtension(),
        PostgresOnly(TEXT_SEARCH_CONFIG, "DROP TEXT SEARCH CONFIGURATION IF EXISTS newsroom;"),
        PostgresOnly(SEARCH_TRIGGER, SEARCH_TRIGGER_REVERSE),
        PostgresOnly(TRIGRAM_INDEXES, TRIGRAM_INDEXES_REVERSE),
    ]
