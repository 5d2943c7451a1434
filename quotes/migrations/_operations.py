"""Migration operations shared by several migrations."""
from django.db import migrations


class PostgresOnly(migrations.RunSQL):
    """Raw SQL that runs only on PostgreSQL (a no-op on SQLite)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
