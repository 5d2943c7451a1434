"""Two `ingest` processes over the same folder at once, on a real PostgreSQL database.

The unique keys (article content hash, normalised person and organisation names) make
duplicates impossible; what this checks is that the losing side of every race recovers
(retry, find the winner's row) instead of failing a file, so both runs succeed and every
article lands exactly once with its quotes.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from quotes.models import Article, Organisation, Person, Quote

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = [
    ("Jane Doe", "Minister"), ("Sebastien Lecornu", "France's Defense Minister"),
    ("Olivier Kempf", "General"), ("Nicole Bacharan", "historian"), ("Keir Starmer", "Prime Minister"),
    ("Ursula von der Leyen", "European Commission President"), ("Recep Tayyip Erdogan", "President"),
    ("Jean-Paul Palomeros", "General"),
]
PUBLICATIONS = ["China Daily", "Northern Post", "Radio Nord", "The Harbour Times"]
ARTICLES = 40


def make_corpus(folder: Path) -> list[Path]:
    """Articles that share speakers and publications, each naming them in a different
    order, so two processes keep racing to create the same rows in opposite orders."""
    rng = random.Random(5)
    paths = []
    for n in range(ARTICLES):
        speakers = rng.sample(PEOPLE, 3)
        lines = [
            "---", f"title: Bridge report {n}", f"publication: {PUBLICATIONS[n % len(PUBLICATIONS)]}", "---",
            f"Officials met in the harbour city on Monday to discuss plan number {n}.",
        ]
        for k, (name, role) in enumerate(speakers):
            lines.append(f'"Plan {n} part {k} will be ready in time," said {name}, the {role}.')
        path = folder / f"{n:03}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def database_url() -> str:
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


def start_ingest(*args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DATABASE_URL=database_url(), DEBUG="1", LOG_FORMAT="plain")
    return subprocess.Popen(
        [sys.executable, "manage.py", "ingest", *args], cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize("order", ["same", "opposite"])
def test_two_ingests_at_once_store_every_article_once_and_both_succeed(tmp_path, order):
    paths = make_corpus(tmp_path)
    first = start_ingest(str(tmp_path))
    second_paths = paths if order == "same" else paths[::-1]
    second = start_ingest(*map(str, second_paths))
    results = [process.communicate(timeout=240) for process in (first, second)]
    for process, (out, err) in zip((first, second), results):
        assert process.returncode == 0, f"exit {process.returncode}\n{out}\n{err}"
        assert "0 failed" in out

    assert Article.objects.count() == ARTICLES
    assert Organisation.objects.filter(name__in=PUBLICATIONS).count() == len(PUBLICATIONS)
    named = {name for path in paths for name, _ in PEOPLE if name in path.read_text()}
    people = list(Person.objects.filter(name__in=named).values_list("normalized_name", flat=True))
    assert len(people) == len(set(people)) == len(named)
    # Each article's quotes exist once: the unique span key, and the count per article.
    per_article = {a.pk: a.quotes.count() for a in Article.objects.all()}
    assert set(per_article.values()) == {3}, per_article
    assert Quote.objects.values("article", "start", "end", "kind").distinct().count() == Quote.objects.count()
    # Together the two runs created each article once and found it once.
    new = sum(int(out.split("Articles: ")[1].split(" new")[0]) for out, _ in results)
    assert new == ARTICLES
