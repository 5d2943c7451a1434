"""Print what the extractor finds, as JSON Lines; the database is not touched.

    python manage.py extract seeds/000_cc96b6619c116359.txt
    python manage.py extract archive/ --published 2025-03-11 | jq .quotes[].speaker

Quote offsets index the file's text as decoded from UTF-8 (with Unix newlines),
front matter included, so `text[start:end]` is the quote.
"""
from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from quotes.metadata import ArticleMetadata, MetadataError
from quotes.services import extract_document
from quotes.sources import DEFAULT_MAX_BYTES, SourceError, iter_paths, read_source

QUOTE_FIELDS = ("text", "start", "end", "kind", "speaker", "speaker_type", "cue", "venue", "when")


def article_record(path, source, extraction, meta) -> dict:
    offset = source.document.body_offset
    quotes = []
    for quote in extraction.quotes:
        record = {name: getattr(quote, name) for name in QUOTE_FIELDS}
        record["start"] += offset
        record["end"] += offset
        record["said_on"] = quote.said_on.isoformat() if quote.said_on else None
        record["speaker_description"] = quote.speaker_description
        quotes.append(record)
    plain = extraction.to_dict()
    return {
        "path": str(path),
        "title": meta.title,
        "publication": meta.publication or None,
        "published": meta.published.isoformat() if meta.published else None,
        "quotes": quotes,
        "people": plain["people"],
        "organisations": plain["organisations"],
    }


class Command(BaseCommand):
    help = "Print the extraction of article files as JSON Lines, without touching the database."
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders.")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD, to resolve dates.")
        parser.add_argument("--publication")
        parser.add_argument("--encoding", default="utf-8")
        parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1_048_576)

    def handle(self, *args, **options):
        try:
            flags = ArticleMetadata.from_strings(options)
        except MetadataError as error:
            raise CommandError(str(error)) from None
        failures = 0
        targets = list(iter_paths(options["paths"]))
        for target in targets:
            try:
                if isinstance(target, SourceError):
                    raise target
                source = read_source(
                    target, encoding=options["encoding"], max_bytes=int(options["max_mb"] * 1_048_576)
                )
                extraction, meta, _ = extract_document(document=source.document, flags=flags)
            except (SourceError, MetadataError) as error:
                failures += 1
                self.stderr.write(self.style.ERROR(f"error: {error}"))
                continue
            self.stdout.write(json.dumps(article_record(target, source, extraction, meta), ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} of {len(targets)} file(s) failed; see the errors above.")
