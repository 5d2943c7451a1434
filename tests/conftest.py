import json
from pathlib import Path

import pytest
from django.conf import settings

SEED_PATH = Path(settings.BASE_DIR) / "seeds" / "000_cc96b6619c116359.txt"
GOLD_PATH = Path(__file__).parent / "seed_gold.json"


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def seed_article(db):
    """The seed article ingested through the real path."""
    from quotes.metadata import ArticleMetadata
    from quotes.services import ingest_document
    from quotes.sources import read_source

    source = read_source(SEED_PATH)
    return ingest_document(document=source.document, flags=ArticleMetadata(), source_path=SEED_PATH).article


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Production uses WhiteNoise's manifest storage, which needs `collectstatic` first;
    the suite serves static files straight from static/ instead."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def pytest_collection_modifyitems(config, items):
    """`@pytest.mark.postgres` tests need PostgreSQL; on SQLite they are skipped, saying why."""
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://...)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Site-wide stats are cached (quotes/stats.py); each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
