from django.apps import AppConfig
from django.db.backends.signals import connection_created


def register_sqlite_functions(sender, connection, **kwargs):
    """SQLite has no unaccent: give it `newsroom_fold(text)` (case and accents folded, as
    `normalize_text` does) for the word search's fallback."""
    if connection.vendor != "sqlite":
        return
    from .names import normalize_text
    from .querysets import FOLD_FUNCTION

    connection.connection.create_function(
        FOLD_FUNCTION, 1, lambda value: normalize_text(value) if value is not None else None, deterministic=True
    )


class QuotesConfig(AppConfig):
    name = "quotes"
    verbose_name = "Quotes"

    def ready(self):
        connection_created.connect(register_sqlite_functions, dispatch_uid="quotes_sqlite_functions")
