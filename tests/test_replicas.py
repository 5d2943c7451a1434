"""Read replicas: which database each kind of request reads from.

The end-to-end test runs a real project process with a replica configured. The "replica"
is the primary's own SQLite file under a second alias: replication is PostgreSQL's job; what
is tested here is that the router sends each query to the alias it should.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from newsroom import replicas
from newsroom.replicas import PIN_COOKIE, PrimaryReplicaRouter, ReplicaMiddleware

BASE_DIR = Path(settings.BASE_DIR)


@pytest.fixture
def two_replicas(monkeypatch):
    monkeypatch.setattr(replicas, "replica_aliases", lambda: ["replica_1", "replica_2"])


def route_of_reads_during(request) -> str:
    """The alias the router picks for a read while the middleware handles `request`."""
    seen = {}

    def view(request):
        seen["alias"] = PrimaryReplicaRouter().db_for_read(None)
        return HttpResponse("ok")

    ReplicaMiddleware(view)(request)
    return seen["alias"]


@pytest.mark.usefixtures("two_replicas")
def test_public_get_reads_from_a_replica():
    assert route_of_reads_during(RequestFactory().get("/quotes/")) in {"replica_1", "replica_2"}


@pytest.mark.usefixtures("two_replicas")
@pytest.mark.parametrize(
    "request_of",
    [
        lambda rf: rf.post("/admin/login/"),
        lambda rf: rf.get("/admin/quotes/quote/"),
    ],
    ids=["post", "admin"],
)
def test_writes_and_the_admin_read_from_the_primary(request_of):
    assert route_of_reads_during(request_of(RequestFactory())) == "default"


@pytest.mark.usefixtures("two_replicas")
def test_a_browser_that_just_wrote_reads_from_the_primary_until_the_pin_expires():
    rf = RequestFactory()
    pinned = rf.get("/quotes/")
    pinned.COOKIES[PIN_COOKIE] = str(int(time.time()) + 10)
    assert route_of_reads_during(pinned) == "default"

    expired = rf.get("/quotes/")
    expired.COOKIES[PIN_COOKIE] = str(int(time.time()) - 1)
    assert route_of_reads_during(expired).startswith("replica_")

    garbage = rf.get("/quotes/")
    garbage.COOKIES[PIN_COOKIE] = "not-a-number"
    assert route_of_reads_during(garbage).startswith("replica_")


@pytest.mark.usefixtures("two_replicas")
def test_a_write_sets_the_pin_cookie():
    response = ReplicaMiddleware(lambda request: HttpResponse("ok"))(RequestFactory().post("/admin/login/"))
    assert int(response.cookies[PIN_COOKIE].value) > time.time()
    assert response.cookies[PIN_COOKIE]["httponly"]


@pytest.mark.usefixtures("two_replicas")
def test_outside_a_request_reads_use_the_primary():
    # Commands (ingest, evaluate) and shells read what they write.
    router = PrimaryReplicaRouter()
    assert router.db_for_read(None) == "default"
    assert router.db_for_write(None) == "default"
    assert router.allow_migrate("default", "quotes") is True
    assert router.allow_migrate("replica_1", "quotes") is False


def test_without_replicas_every_read_uses_the_primary():
    # The suite configures none.
    assert route_of_reads_during(RequestFactory().get("/quotes/")) == "default"


PROBE = textwrap.dedent(
    """
    import json
    import django
    django.setup()
    from django.conf import settings
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def queries_by_alias(call):
        with CaptureQueriesContext(connections["default"]) as primary, \\
                CaptureQueriesContext(connections["replica_1"]) as replica:
            response = call()
        return {"status": response.status_code, "default": len(primary), "replica": len(replica)}

    client = Client()
    report = {
        "routers": settings.DATABASE_ROUTERS,
        "public": queries_by_alias(lambda: client.get("/quotes/")),
        "admin": queries_by_alias(lambda: client.get("/admin/login/")),
        "post": queries_by_alias(lambda: client.post("/admin/login/", {"username": "x", "password": "y"})),
        "after_post": queries_by_alias(lambda: client.get("/quotes/")),
    }
    print(json.dumps(report))
    """
)


def test_a_project_process_with_a_replica_routes_each_request(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'primary.sqlite3'}"
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}},
        "DATABASE_URL": database_url,
        "DATABASE_REPLICA_URLS": database_url,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DEBUG": "1",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "WARNING",
    }
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=BASE_DIR, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert migrate.returncode == 0, migrate.stderr
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.strip().splitlines()[-1])

    assert report["routers"] == ["newsroom.replicas.PrimaryReplicaRouter"]
    assert report["public"]["status"] == 200
    assert report["public"]["replica"] > 0 and report["public"]["default"] == 0
    assert report["admin"]["replica"] == 0
    assert report["post"]["replica"] == 0 and report["post"]["default"] > 0
    # Straight after a write, this browser's public pages read from the primary.
    assert report["after_post"]["status"] == 200
    assert report["after_post"]["default"] > 0 and report["after_post"]["replica"] == 0
