"""Store articles and the quotes extracted from them.

    python manage.py ingest                       # everything in seeds/
    python manage.py ingest story.txt archive/    # files and folders
    python manage.py ingest story.txt --published 2025-03-11 --publication "China Daily"
    python manage.py ingest archive/ --workers 4   # in parallel (PostgreSQL)

Each article lands whole or not at all. A bad file is reported on stderr and the run
carries on; the exit status is non-zero if any file failed.
"""
from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connections

from quotes.metadata import ArticleMetadata, MetadataError
from quotes.services import ingest_document
from quotes.sources import DEFAULT_MAX_BYTES, SourceError, iter_paths, read_source

PROGRESS_THRESHOLD = 10  # files; fewer than this and a progress line is noise


@dataclass
class Outcome:
    """What became of one file: plain data, so it can come back from a worker process."""

    target: str
    error: str = ""
    status: str = ""
    title: str = ""
    counts: Counter = field(default_factory=Counter)


def ingest_file(target, *, flags: ArticleMetadata, encoding: str, max_bytes: int) -> Outcome:
    """Read and store one file; a bad file or a failed transaction becomes an error message."""
    try:
        if isinstance(target, SourceError):
            raise target
        source = read_source(target, encoding=encoding, max_bytes=max_bytes)
        result = ingest_document(document=source.document, flags=flags, source_path=target)
    except (SourceError, MetadataError) as error:
        return Outcome(target=str(target), error=str(error))
    except DatabaseError as error:
        # The article's transaction rolled back, so nothing of it is stored; report it
        # like a bad file rather than lose the rest of a long run.
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return Outcome(target=str(target), error=f"{target}: database error: {reason}")
    return Outcome(
        target=str(target), status=result.status, title=result.article.title, counts=Counter(result.counts)
    )


def _start_worker() -> None:
    # A forked worker must open its own database connection, never reuse the parent's.
    connections.close_all()


class Command(BaseCommand):
    help = "Extract quotes from article text files and store them (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/).")
        parser.add_argument("--title")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--url")
        parser.add_argument("--publication", help='Who published it, e.g. "China Daily".')
        parser.add_argument("--author")
        parser.add_argument("--encoding", default="utf-8", help="Text encoding of the files (default utf-8).")
        parser.add_argument(
            "--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1_048_576, help="Largest file accepted, in MB."
        )
        parser.add_argument(
            "--workers", type=int, default=1,
            help="Processes ingesting in parallel (default 1). Helps on PostgreSQL; SQLite takes one writer at a time.",
        )

    def handle(self, *args, **options):
        try:
            flags = ArticleMetadata.from_strings(options)
        except MetadataError as error:
            raise CommandError(str(error)) from None
        paths = options["paths"] or [settings.BASE_DIR / "seeds"]
        targets = list(iter_paths(paths))
        files = [t for t in targets if not isinstance(t, SourceError)]
        if (flags.url or flags.title) and len(files) > 1:
            raise CommandError("--url and --title name one article; give a single file with them.")
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1.")

        verbosity = options["verbosity"]
        show_progress = verbosity >= 1 and len(targets) >= PROGRESS_THRESHOLD
        totals: Counter = Counter()
        failures = 0
        started = time.monotonic()
        work = partial(
            ingest_file, flags=flags, encoding=options["encoding"], max_bytes=int(options["max_mb"] * 1_048_576)
        )
        for number, outcome in enumerate(self.outcomes(work, targets, options["workers"]), start=1):
            if outcome.error:
                failures += 1
                self.stderr.write(self.style.ERROR(f"error: {outcome.error}"))
                continue
            totals.update(outcome.counts)
            if verbosity >= 2:
                self.stdout.write(
                    f"{outcome.target}: {outcome.status}, {outcome.counts['quotes_new']} new quotes ({outcome.title})"
                )
            if show_progress and (number % 50 == 0 or number == len(targets)):
                rate = number / max(time.monotonic() - started, 1e-9)
                self.stderr.write(f"[{number}/{len(targets)}] {rate:.0f} files/s")

        if verbosity >= 1:
            self.stdout.write(self.summary(totals, failures, time.monotonic() - started))
        if failures:
            raise CommandError(f"{failures} of {len(targets)} file(s) failed; see the errors above.")

    def outcomes(self, work, targets: list, workers: int):
        """Each file's Outcome, in the order given: in this process, or in `workers` forked
        processes (each article is its own transaction, and concurrent ingests are safe)."""
        workers = min(workers, len(targets))
        if workers > 1 and connections["default"].vendor == "sqlite" and connections["default"].is_in_memory_db():
            workers = 1  # an in-memory database exists only in this process
        if workers <= 1:
            yield from map(work, targets)
            return
        connections.close_all()
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
            yield from pool.imap(work, targets, chunksize=4)

    def summary(self, t: Counter, failures: int, seconds: float) -> str:
        lines = [
            f"Articles: {t['articles_new']} new, {t['articles_updated']} updated, "
            f"{t['articles_unchanged']} unchanged, {failures} failed ({seconds:.2f}s)",
            f"Quotes: {t['quotes_new']} new, {t['quotes_updated']} updated, {t['quotes_unchanged']} unchanged, "
            f"{t['quotes_removed']} removed, {t['quotes_kept_human']} kept as a human left them",
            f"People: {t['people_new']} new, {t['people_existing']} unchanged",
            f"Organisations: {t['organisations_new']} new, {t['organisations_existing']} unchanged",
        ]
        style = self.style.ERROR if failures else self.style.SUCCESS
        return style("\n".join(lines))
