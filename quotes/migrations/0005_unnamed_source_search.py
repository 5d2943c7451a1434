"""Index the descriptions of unnamed sources for speaker search on PostgreSQL.

A quote whose source the article describes but does not name ("officials", "a senior
aide") has no speaker row; speaker search matches its description instead. The trigram
index covers only those quotes (no person, no organisation), on UPPER(...), the form
Django's `icontains` emits, so the search's BitmapOr gains one small index scan instead of
a scan of every quote.
"""
from django.db import migrations

from quotes.migrations import _operations

FORWARD = """
CREATE INDEX IF NOT EXISTS quote_unnamed_source_trgm ON quotes_quote
    USING gin (UPPER(speaker_description) gin_trgm_ops)
    WHERE speaker_person_id IS NULL AND speaker_organisation_id IS NULL;
"""
BACKWARD = "DROP INDEX IF EXISTS quote_unnamed_source_trgm;"


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0004_trigram_operator_cost"),
    ]

    operations = [_operations.PostgresOnly(FORWARD, BACKWARD)]
