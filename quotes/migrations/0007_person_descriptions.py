"""The distinct descriptions of each person, kept by triggers on quotes_role.

Speaker search by role words read every matching role: 5,408 rows scattered over the
role table for "secretary of state" on the bench corpus, to find 213 people. Each person
has far fewer distinct descriptions than roles. Triggers, rather than application code,
keep the table exact on every write path: ingest's bulk_create, the admin, merges and
cascading deletes. They run on SQLite and PostgreSQL alike.
"""

import django.db.models.deletion
from django.db import migrations, models

from quotes.migrations import _operations

BACKFILL = (
    "INSERT INTO quotes_persondescription (person_id, description) "
    "SELECT DISTINCT person_id, description FROM quotes_role"
)
# Remove a description when its last role goes ("NOT EXISTS" reads the index on
# (person, description, ...) from migration 0006).
_FORGET_OLD = """
    DELETE FROM quotes_persondescription
    WHERE person_id = OLD.person_id AND description = OLD.description
      AND NOT EXISTS (SELECT 1 FROM quotes_role r
                      WHERE r.person_id = OLD.person_id AND r.description = OLD.description)"""

POSTGRESQL = [
    BACKFILL,
    # (Trigram index for icontains, which Django emits as UPPER(...) LIKE UPPER(...).)
    "CREATE INDEX person_description_text_trgm ON quotes_persondescription USING gin (UPPER(description) gin_trgm_ops)",
    # Inserts: once per statement, from its transition table: ingest adds an article's
    # roles in one bulk INSERT. (Sorted, so that concurrent ingests wait for each other's
    # new rows in one order and cannot deadlock.)
    """
CREATE FUNCTION quotes_roles_added() RETURNS trigger AS $$
BEGIN
  INSERT INTO quotes_persondescription (person_id, description)
  SELECT DISTINCT person_id, description FROM added ORDER BY person_id, description
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$ LANGUAGE plpgsql""",
    "CREATE TRIGGER quotes_roles_added AFTER INSERT ON quotes_role "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION quotes_roles_added()",
    # Deletes and edits, rare: row by row.
    f"""
CREATE FUNCTION quotes_role_changed() RETURNS trigger AS $$
BEGIN
  {_FORGET_OLD};
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO quotes_persondescription (person_id, description)
    VALUES (NEW.person_id, NEW.description) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql""",
    "CREATE TRIGGER quotes_role_changed AFTER DELETE OR UPDATE OF person_id, description "
    "ON quotes_role FOR EACH ROW EXECUTE FUNCTION quotes_role_changed()",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS quotes_roles_added ON quotes_role",
    "DROP TRIGGER IF EXISTS quotes_role_changed ON quotes_role",
    "DROP FUNCTION IF EXISTS quotes_roles_added()",
    "DROP FUNCTION IF EXISTS quotes_role_changed()",
    "DROP INDEX IF EXISTS person_description_text_trgm",
]
SQLITE = [
    BACKFILL,
    """CREATE TRIGGER quotes_role_described_insert AFTER INSERT ON quotes_role BEGIN
  INSERT OR IGNORE INTO quotes_persondescription (person_id, description) VALUES (NEW.person_id, NEW.description);
END""",
    f"""CREATE TRIGGER quotes_role_described_delete AFTER DELETE ON quotes_role BEGIN
  {_FORGET_OLD};
END""",
    f"""CREATE TRIGGER quotes_role_described_update AFTER UPDATE OF person_id, description ON quotes_role BEGIN
  {_FORGET_OLD};
  INSERT OR IGNORE INTO quotes_persondescription (person_id, description) VALUES (NEW.person_id, NEW.description);
END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS quotes_role_described_insert",
    "DROP TRIGGER IF EXISTS quotes_role_described_delete",
    "DROP TRIGGER IF EXISTS quotes_role_described_update",
]


class Migration(migrations.Migration):

    dependencies = [
        ('quotes', '0006_role_descriptions_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='PersonDescription',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('description', models.CharField(max_length=500)),
                ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='distinct_descriptions', to='quotes.person')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('person', 'description'), name='unique_description_per_person')],
            },
        ),
        _operations.ByVendor(
            sql={"postgresql": POSTGRESQL, "sqlite": SQLITE},
            reverse_sql={"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE},
        ),
    ]
