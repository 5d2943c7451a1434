"""Tell PostgreSQL what pg_trgm's word-similarity operator really costs.

Its functions are declared at the default COST 1, so for a speaker search the planner
thought testing `%>` on every person was cheaper than the trigram indexes and scanned the
whole table (55-75 ms at 20k people, growing with the table). At COST 100 it combines
the three trigram indexes with a BitmapOr instead (~20 ms).
"""
from django.db import migrations

from quotes.migrations import _operations


class Migration(migrations.Migration):

    dependencies = [
        ("quotes", "0003_trigram_indexes_on_upper"),
    ]

    operations = [
        _operations.PostgresOnly(
            "ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;",
            "ALTER FUNCTION word_similarity_commutator_op(text, text) COST 1;",
        )
    ]
