"""Store articles and the quotes extracted from them.

    python manage.py ingest                       # everything in seeds/
    python manage.py ingest story.txt archive/    # files and folders
    python manage.py ingest story.txt --published 2025-03-11 --publication "China Daily"

Each article lands whole or not at all. A bad file is reported on stderr and the run
carries on; the exit status is non-zero if any file failed.
"""
from __future__ import annotations

import sys
import time
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from quotes.metadata import ArticleMetadata, MetadataError
from quotes.services import ingest_document
from quotes.sources import DEFAULT_MAX_BYTES, SourceError, iter_paths, read_source

PROGRESS_THRESHOLD = 10  # files; fewer than this and a progress line is noise


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

        verbosity = options["verbosity"]
        show_progress = verbosity >= 1 and len(targets) >= PROGRESS_THRESHOLD
        totals: Counter = Counter()
        failures = 0
        started = time.monotonic()
        for number, target in enumerate(targets, start=1):
            try:
                if isinstance(target, SourceError):
                    raise target
                source = read_source(
                    target, encoding=options["encoding"], max_bytes=int(options["max_mb"] * 1_048_576)
                )
                result = ingest_document(document=source.document, flags=flags, source_path=target)
            except (SourceError, MetadataError) as error:
                failures += 1
                self.stderr.write(self.style.ERROR(f"error: {error}"))
                continue
            except DatabaseError as error:
                # The article's transaction rolled back, so nothing of it is stored; report
                # it like a bad file rather than lose the rest of a long run.
                failures += 1
                reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                self.stderr.write(self.style.ERROR(f"error: {target}: database error: {reason}"))
                continue
            totals.update(result.counts)
            if verbosity >= 2:
                self.stdout.write(
                    f"{target}: {result.status}, {result.counts['quotes_new']} new quotes "
                    f"({result.article.title})"
                )
            if show_progress and (number % 50 == 0 or number == len(targets)):
                rate = number / max(time.monotonic() - started, 1e-9)
                self.stderr.write(f"[{number}/{len(targets)}] {rate:.0f} files/s")

        if verbosity >= 1:
            self.stdout.write(self.summary(totals, failures, time.monotonic() - started))
        if failures:
            raise CommandError(f"{failures} of {len(targets)} file(s) failed; see the errors above.")

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
