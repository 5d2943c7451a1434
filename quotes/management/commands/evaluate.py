"""Score the quote extractor against a BRAT attribution corpus (PolNeAR's layout).

    python manage.py evaluate --gold /data/polnear/dev
    python manage.py evaluate --gold /data/polnear/dev --metadata /data/polnear/metadata.tsv --worst 20
    python manage.py evaluate --gold /data/polnear/train --limit 100 --json > scores.json

The rules live in `quotes.evaluation`; this command only parses arguments and reports.
"""
from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes.evaluation import evaluate_corpus
from quotes.evaluation.report import DEFAULT_EXAMPLES, DEFAULT_WORST

PROGRESS_EVERY = 100


class Command(BaseCommand):
    help = (
        "Run the extractor over DIR/text/*.txt and score it against DIR/attributions/*.ann: "
        "direct and indirect quote P/R/F1, speaker accuracy, worst articles, common errors."
    )

    def add_arguments(self, parser):
        parser.add_argument("--gold", required=True, metavar="DIR", help="folder with text/ and attributions/")
        parser.add_argument("--metadata", metavar="PATH", help="metadata.tsv; its publication_date is passed as `published`")
        parser.add_argument("--limit", type=int, metavar="N", help="score only the first N articles (by name)")
        parser.add_argument("--worst", type=int, default=DEFAULT_WORST, metavar="N", help="how many worst articles to list")
        parser.add_argument("--examples", type=int, default=DEFAULT_EXAMPLES, metavar="N", help="examples per error kind")
        parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
        parser.add_argument(
            "--strict-marks", action="store_true",
            help="count only straight and curly double quotes as quotation marks; by default the "
                 "'' digraph of typewriter-era archives counts as a double quotation mark too",
        )

    def handle(self, *args, **options):
        gold, metadata, limit = options["gold"], options["metadata"], options["limit"]
        verbosity, as_json = options["verbosity"], options["json"]
        if not Path(gold, "text").is_dir():
            raise CommandError(f"{gold} has no text/ folder; point --gold at a folder with text/ and attributions/")
        if metadata and not Path(metadata).is_file():
            raise CommandError(f"--metadata {metadata} is not a file; give the path of metadata.tsv or leave it out")
        if limit is not None and limit < 1:
            raise CommandError("--limit must be at least 1")

        def progress(number, total, name):
            if verbosity >= 2:
                self.stderr.write(f"[{number}/{total}] {name}")
            elif verbosity >= 1 and number % PROGRESS_EVERY == 0:
                self.stderr.write(f"… {number}/{total} articles")

        report = evaluate_corpus(gold, limit=limit, metadata=metadata, progress=progress,
                                 strict_marks=options["strict_marks"])
        report.worst = options["worst"]
        report.examples_per_kind = options["examples"]

        for name, message in report.failures:
            self.stderr.write(self.style.ERROR(f"{name}: extraction failed: {message}"))
        if report.missing_annotations and verbosity >= 1:
            self.stderr.write(
                self.style.WARNING(f"{len(report.missing_annotations)} text files have no .ann file and were skipped")
            )

        if as_json:
            self.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(report.to_text())
            summary = report.to_dict()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Scored {summary['articles']} articles: direct F1 {summary['direct']['f1']}, "
                    f"indirect F1 {summary['indirect']['f1']}, "
                    f"direct speaker accuracy {summary['direct_speaker']['accuracy']}"
                )
            )
        if report.failures:
            raise CommandError(f"extraction failed on {len(report.failures)} article(s); see above")

