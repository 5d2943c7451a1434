"""Server time and SQL queries per page and search, on a large corpus; optionally
throughput under gunicorn with wrk.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench SECRET_KEY=x \\
        python bench/pages_bench.py --repeat 30 [--csv-rows 100000] [--wrk 20]

Build the corpus first with `manage.py seed_bench`. Each page is requested through the
Django test client (the whole middleware and template stack, no network), after two
warm-up requests; the table gives p50/p95/p99 of the in-process time and the number of
SQL queries. `--csv-rows` streams a CSV export of that many quotes and reports time and
peak Python memory (tracemalloc). `--wrk SECONDS` starts gunicorn on a free 127.0.0.1 port and drives
a few pages with wrk (loopback only, at most 60 s each run).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def targets():
    """Realistic URLs picked from the corpus: busy and quiet speakers, common and rare words."""
    from django.db.models import Count

    from quotes.models import Article, Organisation, Person, Quote

    busy = (
        Person.objects.filter(pk__in=Quote.objects.filter(speaker_person__isnull=False).values("speaker_person").annotate(n=Count("pk")).order_by("-n").values("speaker_person")[:1])
        .first()
    )
    quiet = Person.objects.order_by("-pk").first()
    publication = Organisation.objects.filter(published_articles__isnull=False).order_by("pk").first()
    member_org = Organisation.objects.filter(roles__isnull=False).order_by("pk").first()
    article = Article.objects.order_by("-pk").first()
    quote = Quote.objects.order_by("-pk").first()
    last = busy.name.split()[-1]
    typo = last[:-1] + ("a" if last[-1] != "a" else "e")
    return [
        ("home", "/"),
        ("quotes, newest", "/quotes/"),
        ("quotes, page 200", "/quotes/?page=200"),
        ("quotes, oldest", "/quotes/?sort=oldest"),
        ("quotes, kind=indirect", "/quotes/?kind=indirect"),
        ("quotes, verified=no + published 2020", "/quotes/?verified=no&published_from=2020-01-01&published_to=2020-12-31"),
        ("quotes, said_from 2024", "/quotes/?said_from=2024-01-01"),
        ("speaker search, surname", f"/quotes/?q={last}"),
        ("speaker search, typo", f"/quotes/?q={typo}"),
        ("speaker search, role words", "/quotes/?q=secretary+of+state"),
        ("words, common", "/quotes/?text=people"),
        ("words, rare", "/quotes/?text=filibuster"),
        ("words, phrase -not", '/quotes/?text=%22health+care%22+-obamacare'),
        ("words + speaker", f"/quotes/?text=president&q={last}"),
        ("words, newest", "/quotes/?text=people&sort=newest"),
        ("filter speaker (busy)", f"/quotes/?speaker={busy.slug}"),
        ("filter organisation", f"/quotes/?organisation={member_org.slug}" if member_org else "/quotes/"),
        ("filter publication", f"/quotes/?publication={publication.slug}"),
        ("quote detail", quote.get_absolute_url()),
        ("person detail (busy)", busy.get_absolute_url()),
        ("person detail + search", busy.get_absolute_url() + "?q=people"),
        ("person detail (quiet)", quiet.get_absolute_url()),
        ("organisation detail", publication.get_absolute_url()),
        ("article detail", article.get_absolute_url()),
        ("people list", "/people/"),
        ("people list ?q=", f"/people/?q={last}"),
        ("organisations list", "/organisations/"),
        ("articles list", "/articles/"),
        ("speaker suggest", f"/speakers/suggest.json?q={last[:4]}"),
        ("quotes.json (100)", "/quotes.json"),
        ("quotes.json words", "/quotes.json?text=people"),
        ("quotes.json deep cursor", "/quotes.json?after=2016-01-01.1.0.1"),
    ]


def time_pages(repeat: int, only: str = "") -> list[tuple]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    for name, url in targets():
        if only and only not in name:
            continue
        for _ in range(2):
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        times = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                if hasattr(response, "streaming_content"):
                    b"".join(response.streaming_content)
                times.append((time.perf_counter() - started) * 1000)
        rows.append((name, url, response.status_code, percentile(times, 50), percentile(times, 95), percentile(times, 99), len(queries)))
        print(f"| {name} | {response.status_code} | {rows[-1][3]:.1f} | {rows[-1][4]:.1f} | {rows[-1][5]:.1f} | {rows[-1][6]} |", flush=True)
    return rows


def csv_export(rows: int) -> None:
    """Stream a CSV of `rows` quotes; report time and Python peak memory."""
    from django.test import Client

    from quotes.models import Quote

    cutoff = Quote.objects.order_by("-article_date").values_list("article_date", flat=True)[rows - 1]
    client = Client()
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(f"/quotes.csv?published_from={cutoff.isoformat()}")
    size = lines = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"CSV export: {lines - 1} rows, {size / 1e6:.1f} MB in {elapsed:.1f}s "
        f"({(lines - 1) / elapsed:.0f} rows/s); tracemalloc peak {peak / 1e6:.1f} MB; "
        f"streaming={response.streaming}"
    )


def _free_port() -> int:
    """A loopback port nobody is listening on (other people's servers share this machine)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_wrk(seconds: int, workers: int) -> None:
    """gunicorn on a free loopback port, wrk against a few pages."""
    import urllib.request

    from quotes.models import Quote

    seconds = min(seconds, 60)
    port = _free_port()
    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "newsroom.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers),
         "--access-logfile", "/dev/null", "--error-logfile", f"/tmp/pages_bench_gunicorn_{port}.log"],
        cwd=ROOT, env=env,
    )
    quote_path = Quote.objects.order_by("-pk").first().get_absolute_url()
    try:
        # Up, and really ours: the newest quote of *this* database answers 200.
        for _ in range(30):
            time.sleep(0.5)
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}{quote_path}", timeout=5).status == 200:
                    break
            except OSError:
                continue
        else:
            raise SystemExit(f"gunicorn did not come up on port {port}")
        print(f"gunicorn: {workers} sync workers on 127.0.0.1:{port}; wrk -t2 -c8 -d{seconds}s")
        for name, path in [("quotes list", "/quotes/"), ("word search", "/quotes/?text=people"),
                           ("speaker search", "/quotes/?q=clinton"), ("quote detail", quote_path),
                           ("quotes.json", "/quotes.json")]:
            out = subprocess.run(
                ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}{path}"],
                capture_output=True, text=True, check=False,
            ).stdout
            rps = next((l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec")), "?")
            p50 = next((l.split()[1] for l in out.splitlines() if l.strip().startswith("50%")), "?")
            p99 = next((l.split()[1] for l in out.splitlines() if l.strip().startswith("99%")), "?")
            non2xx = next((l.strip() for l in out.splitlines() if "Non-2xx" in l), "all 2xx")
            print(f"wrk {name} ({path}): {rps} req/s, latency p50 {p50}, p99 {p99}; {non2xx}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--csv-rows", type=int, default=0)
    parser.add_argument("--wrk", type=int, default=0, help="seconds per wrk run (0: skip)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers for --wrk")
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--only", default="", help="time only the pages whose name contains this")
    args = parser.parse_args()

    import django

    django.setup()
    # Load the app the way the server does (newsroom/wsgi.py), garbage-collector freeze
    # included, so the timings are those of a server process.
    import newsroom.wsgi  # noqa: F401
    from quotes.models import Article, Person, Quote

    print(f"Corpus: {Article.objects.count()} articles, {Quote.objects.count()} quotes, {Person.objects.count()} people")
    if not args.skip_pages:
        print("| page | status | p50 ms | p95 ms | p99 ms | queries |\n|---|---|---|---|---|---|")
        time_pages(args.repeat, args.only)
    if args.csv_rows:
        csv_export(args.csv_rows)
    if args.wrk:
        run_wrk(args.wrk, args.workers)


if __name__ == "__main__":
    main()
