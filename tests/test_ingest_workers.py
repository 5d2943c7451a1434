"""`ingest --workers N`: files ingested by parallel processes land exactly as a serial run
would store them, bad files are still reported one by one, and the summary adds up.

Workers are separate processes, so these tests run the command as a real process against
a real database: an SQLite file, and the suite's PostgreSQL database when there is one.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from quotes.models import Article, Person, Quote
from tests.test_ingest_concurrency import PEOPLE, database_url, make_corpus

ARTICLES = 40  # make_corpus writes this many


def run_ingest(database: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DATABASE_URL=database, DEBUG="1", LOG_FORMAT="plain")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env,
        capture_output=True, text=True, timeout=240,
    )


def folder_with_a_bad_file(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    make_corpus(folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    return folder


def sqlite_counts(path: Path) -> tuple[int, int, int, list[tuple]]:
    with sqlite3.connect(path) as db:
        articles, quotes, people = (
            db.execute(f"SELECT COUNT(*) FROM quotes_{table}").fetchone()[0] for table in ("article", "quote", "person")
        )
        spans = db.execute(
            "SELECT a.content_hash, q.start, q.end, q.kind, p.normalized_name FROM quotes_quote q "
            "JOIN quotes_article a ON a.id = q.article_id LEFT JOIN quotes_person p ON p.id = q.speaker_person_id "
            "ORDER BY 1, 2, 3"
        ).fetchall()
    return articles, quotes, people, spans


def test_parallel_ingest_stores_what_a_serial_ingest_stores_on_sqlite(tmp_path):
    folder = folder_with_a_bad_file(tmp_path)
    stored = {}
    for workers in ("1", "3"):
        path = tmp_path / f"workers-{workers}.sqlite3"
        assert run_ingest(f"sqlite:///{path}", "migrate", "-v0").returncode == 0
        result = run_ingest(f"sqlite:///{path}", "ingest", str(folder), "--workers", workers)
        assert result.returncode != 0  # the broken file
        assert result.stderr.count("error:") == 1 and "broken.txt" in result.stderr
        assert f"Articles: {ARTICLES} new, 0 updated, 0 unchanged, 1 failed" in result.stdout
        stored[workers] = sqlite_counts(path)
    assert stored["3"] == stored["1"]
    assert stored["1"][0] == ARTICLES and stored["1"][1] == ARTICLES * 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_ingest_on_postgresql_lands_every_article_once(tmp_path):
    folder = folder_with_a_bad_file(tmp_path)
    first = run_ingest(database_url(), "ingest", str(folder), "--workers", "3")
    assert first.returncode != 0 and first.stderr.count("error:") == 1
    assert f"Articles: {ARTICLES} new, 0 updated, 0 unchanged, 1 failed" in first.stdout
    assert Article.objects.count() == ARTICLES
    assert Quote.objects.count() == ARTICLES * 3
    names = list(Person.objects.values_list("name", flat=True))
    assert {name for name, _role in PEOPLE} <= set(names) and len(names) == len(set(names))

    again = run_ingest(database_url(), "ingest", str(folder), "--workers", "3")
    assert f"Articles: 0 new, 0 updated, {ARTICLES} unchanged, 1 failed" in again.stdout
    assert Quote.objects.count() == ARTICLES * 3


def test_workers_must_be_positive(tmp_path):
    result = run_ingest(f"sqlite:///{tmp_path / 'db.sqlite3'}", "ingest", "--workers", "0")
    assert result.returncode != 0 and "--workers must be at least 1" in result.stderr
