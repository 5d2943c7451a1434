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


class ByVendor(migrations.RunSQL):
    """Raw SQL written for each database: `sql` and `reverse_sql` are dicts keyed by
    connection vendor ("postgresql", "sqlite"); a vendor without an entry is skipped."""

    def __init__(self, sql: dict[str, str], reverse_sql: dict[str, str]):
        super().__init__(sql="", reverse_sql="")
        self.vendor_sql, self.vendor_reverse_sql = sql, reverse_sql

    def deconstruct(self):
        return self.__class__.__qualname__, [], {"sql": self.vendor_sql, "reverse_sql": self.vendor_reverse_sql}

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        sql = self.vendor_sql.get(schema_editor.connection.vendor)
        if sql:
            self._run_sql(schema_editor, sql)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        sql = self.vendor_reverse_sql.get(schema_editor.connection.vendor)
        if sql:
            self._run_sql(schema_editor, sql)
