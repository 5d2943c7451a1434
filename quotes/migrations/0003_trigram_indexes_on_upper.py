"""Move the trigram indexes on names onto UPPER(normalized_name).

pg_trgm's GIN operator class also serves `=`, and PostgreSQL's cost estimate made it pick
the trigram index for exact-name lookups (`normalized_name IN (...)` in ingest, 55 ms at
60k people instead of 0.1 ms through the unique btree). Indexed as UPPER(...) -- the form
Django's `icontains` emits -- the trigram index serves substring and similarity searches
and exact lookups keep the btree.
"""
from django.db import migrations

from quotes.migrations import _operations

FORWARD = """
DROP INDEX IF EXISTS person_name_trgm;
DROP INDEX IF EXISTS organisation_name_trgm;
DROP INDEX IF EXISTS alias_name_trgm;
CREATE INDEX person_uname_trgm ON quotes_person USING gin (UPPER(normalized_name) gin_trgm_ops);
CREATE INDEX organisation_uname_trgm ON quotes_organisation USING gin (UPPER(normalized_name) gin_trgm_ops);
CREATE INDEX alias_uname_trgm ON quotes_alias USING gin (UPPER(normalized_name) gin_trgm_ops);
"""

BACKWARD = """
DROP INDEX IF EXISTS person_uname_trgm;
DROP INDEX IF EXISTS organisation_uname_trgm;
DROP INDEX IF EXISTS alias_uname_trgm;
CREATE INDEX person_name_trgm ON quotes_person USING gin (normalized_name gin_trgm_ops);
CREATE INDEX organisation_name_trgm ON quotes_organisation USING gin (normalized_name gin_trgm_ops);
CREATE INDEX alias_name_trgm ON quotes_alias USING gin (normalized_name gin_trgm_ops);
"""


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0002_search_and_sort"),
    ]

    operations = [_operations.PostgresOnly(FORWARD, BACKWARD)]
