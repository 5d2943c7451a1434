"""Production readiness: settings that fail loudly, `check --deploy`, security headers,
the health check, friendly error pages, structured logs, and WhiteNoise behind gunicorn."""
from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from newsroom.logging import JsonFormatter, RequestIdFilter
from newsroom.middleware import DEFAULT_CSP

BASE_DIR = Path(settings.BASE_DIR)
# The suite's own knobs; a production process has none of them. (The browser tests set
# DJANGO_ALLOW_ASYNC_UNSAFE for Playwright, which check --deploy rightly rejects.)
SUITE_ONLY_ENV = {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
PRODUCTION_ENV = {
    "SECRET_KEY": "x7!kq" + "a" * 40 + "Zp9#v2",  # long and varied enough for check --deploy
    "ALLOWED_HOSTS": "quotes.example.org",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "BEHIND_PROXY": "1",
}


def manage(*args, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    """Run manage.py in a clean process: the suite's own settings must not leak into it."""
    clean = {k: v for k, v in os.environ.items() if k not in SUITE_ONLY_ENV}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=timeout
    )


def test_production_without_secret_key_refuses_to_start():
    result = manage("check", env={})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_is_off_unless_asked():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", env={"SECRET_KEY": "k" * 50})
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_check_deploy_is_clean_with_the_documented_production_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_https_settings_are_missing():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k not in {"SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"}}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout  # HSTS
    assert "security.W008" in result.stderr + result.stdout  # SSL redirect


@pytest.mark.django_db
def test_pages_send_security_headers(client):
    response = client.get(reverse("quotes:home"))
    assert response["Content-Security-Policy"] == DEFAULT_CSP
    for directive in ("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
        assert directive in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_pages_get_the_same_strict_policy(admin_client):
    response = admin_client.get(reverse("admin:quotes_quote_add"))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == DEFAULT_CSP


@pytest.mark.django_db
def test_templates_have_no_inline_script_or_style():
    """The CSP forbids inline code, so none of our templates may rely on it."""
    offenders = []
    for path in (BASE_DIR / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or "<style" in text or re.search(r"\sstyle=", text) \
                or re.search(r"\son[a-z]+=", text):
            offenders.append(str(path.relative_to(BASE_DIR)))
    assert offenders == []


@pytest.mark.django_db
def test_csrf_protection_rejects_a_post_without_a_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("admin:login"), {"username": "a", "password": "b"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}


def test_healthz_is_not_redirected_to_https(settings):
    """Load balancers probe over plain HTTP; everything else goes to HTTPS."""
    import re as _re

    assert any(_re.match(pattern, "healthz") for pattern in settings.SECURE_REDIRECT_EXEMPT)
    assert not any(_re.match(pattern, "quotes/") for pattern in settings.SECURE_REDIRECT_EXEMPT)


@pytest.mark.django_db
def test_not_found_page_is_friendly_and_keeps_the_site_navigation(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html
    assert 'href="/quotes/"' in html and "site-search" in html


def test_server_error_page_needs_no_database_or_context(rf):
    """No `db` fixture here, so any query would fail the test: the 500 page must not need one."""
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert "/static/css/site.css" in html


@pytest.mark.django_db
def test_an_unhandled_error_shows_the_friendly_500_and_is_logged(client, monkeypatch, caplog):
    from quotes import views

    def explode(request):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "render", lambda *a, **k: explode(None))
    client.raise_request_exception = False
    with caplog.at_level(logging.INFO):
        response = client.get(reverse("quotes:home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    access = [r for r in caplog.records if r.name == "newsroom.access"]
    assert access and access[-1].status == 500 and access[-1].levelno == logging.ERROR
    errors = [r for r in caplog.records if r.name == "django.request" and r.exc_info]
    assert errors and errors[-1].request_id == access[-1].request_id


@pytest.mark.django_db
def test_access_log_records_request_id_path_status_and_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="newsroom.access"):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-1234abcd")
        client.get("/healthz", HTTP_X_REQUEST_ID="bad id\nwith newline")
    first, second = [r for r in caplog.records if r.name == "newsroom.access"]
    assert response["X-Request-ID"] == "lb-1234abcd"
    assert (first.request_id, first.method, first.path, first.status) == ("lb-1234abcd", "GET", "/healthz", 200)
    assert first.duration_ms >= 0
    assert re.fullmatch(r"[0-9a-f]{32}", second.request_id)  # a bad incoming id is replaced


def test_json_formatter_writes_one_parseable_line_with_extra_fields():
    record = logging.LogRecord("newsroom.access", logging.INFO, __file__, 1, "GET %s", ("/quotes/",), None)
    record.status = 200
    record.path = '/quotes/?q="x"\n'
    RequestIdFilter().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "GET /quotes/" and entry["level"] == "INFO" and entry["status"] == 200
    assert entry["path"] == '/quotes/?q="x"\n'
    assert entry["time"].endswith("Z")
    assert "request_id" not in entry  # outside a request there is none


def test_json_formatter_includes_exceptions():
    try:
        raise ValueError("bad")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert "ValueError: bad" in entry["exception"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, headers: dict | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_gunicorn_serves_hashed_static_files_with_far_future_cache_headers(tmp_path):
    """The production path end to end: collectstatic with the compressed manifest storage,
    then gunicorn + WhiteNoise serve the hashed URL the templates point at."""
    env = {
        **PRODUCTION_ENV,
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    collected = manage("collectstatic", "--noinput", env=env)
    assert collected.returncode == 0, collected.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()
    assert manage("migrate", "--noinput", env=env).returncode == 0

    port = _free_port()
    clean = {k: v for k, v in os.environ.items() if k not in SUITE_ONLY_ENV}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=BASE_DIR, env={**clean, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                status, _, _ = _get(base + "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        assert status == 200

        status, headers, body = _get(base + "/")
        assert status == 200
        css = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
        assert css, body[:1000]

        status, headers, body = _get(base + css.group(1).decode(), {"Accept-Encoding": "gzip"})
        assert status == 200
        assert "max-age=315360000" in headers["Cache-Control"] and "immutable" in headers["Cache-Control"]
        assert headers.get("Content-Encoding") == "gzip"

        # The unhashed name (used by the 500 page) still works, with a short cache life.
        status, headers, _ = _get(base + "/static/css/site.css")
        assert status == 200 and "315360000" not in headers.get("Cache-Control", "")

        status, _, body = _get(base + "/missing-page/")
        assert status == 404 and "We can’t find that page" in body.decode()
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    access_lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert any(entry.get("path") == "/healthz" and entry.get("status") == 200 for entry in access_lines), output


def test_every_static_file_a_template_names_is_in_the_repository():
    """With manifest storage, {% static 'x' %} for a file that is not there is a 500 in
    production (DEBUG hides it). Checks the files are tracked by git too: an untracked
    file works in a developer's checkout and fails in a fresh clone."""
    from django.contrib.staticfiles import finders

    named = set()
    for path in (BASE_DIR / "templates").rglob("*.html"):
        named |= set(re.findall(r"""{%\s*static\s+['"]([^'"]+)['"]""", path.read_text(encoding="utf-8")))
    assert named, "no {% static %} found: the pattern is out of date"
    missing = sorted(name for name in named if not finders.find(name))
    assert missing == []
    tracked = subprocess.run(
        ["git", "ls-files", "static"], cwd=BASE_DIR, capture_output=True, text=True
    )
    if tracked.returncode == 0 and tracked.stdout:  # not a git checkout: nothing more to check
        files = set(tracked.stdout.split())
        untracked = sorted(name for name in named if f"static/{name}" not in files)
        assert untracked == [], "templates use static files that are not committed"


def test_the_wsgi_application_freezes_what_it_loaded_out_of_the_garbage_collector():
    probe = "import gc, newsroom.wsgi; print(gc.get_freeze_count())"
    env = {k: v for k, v in os.environ.items() if k not in SUITE_ONLY_ENV}
    env.update(SECRET_KEY="k" * 50)
    result = subprocess.run([sys.executable, "-c", probe], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip().splitlines()[-1]) > 10_000  # Django and the project, at least
