"""Build a large, realistic benchmark corpus through the real ingest path.

    python manage.py seed_bench --articles 100000 --source /work/shared/polnear/train/text --workers 2

Each article is a real text from `--source` (never copied into the repository), varied so
the corpus looks like years of news rather than one article repeated:

- each person in it takes one of `--cast` stand-in surnames (a skewed draw), so a few
  people recur in thousands of articles and most in a handful, and the number of people
  stays near texts x people per text x cast;
- one or two quoted paragraphs from another text are appended, which also lifts the
  number of quotes per article;
- it gets an outlet, a publication date between 2015 and 2025 and a URL.

Every article goes through `quotes.services.ingest_document` (extraction included), so the
articles/s printed at the end is the throughput of the real ingest. Variants are
deterministic (`--seed`): re-running skips what is already stored (same URL and text).
"""
from __future__ import annotations

import multiprocessing
import random
import re
import sys
import time
import zlib
from datetime import date, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

SYLLABLES = (
    "ba be bi bo da de di do fa fe fi ka ke ki ko la le li lo lu ma me mi mo na ne ni no pa pe "
    "pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zo mar ber lin son ton ski vic "
    "ner lor dal mon gar ric"
).split()
ENDINGS = ["", "", "", "s", "er", "ez", "ov", "ini", "sen", "ard", "elli", "ero", "ou", "é", "ü"]
OUTLET_WORDS = (
    "Courier Herald Gazette Tribune Post Chronicle Observer Examiner Ledger Sentinel Times "
    "Dispatch Record Journal Review Monitor Star Daily Weekly Bulletin"
).split()
PLACES = (
    "Northern Eastern Western Southern Valley Coastal Metro City County Lakeside Highland "
    "River Harbor Capital Prairie Mountain Bay Central Union"
).split()
FIRST_DAY, DAYS = date(2015, 1, 1), 11 * 365
NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*$")


def make_surnames(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(ENDINGS)
        names.add(word.capitalize())
    return sorted(names)


def make_outlets(count: int, rng: random.Random) -> list[str]:
    outlets: set[str] = set()
    while len(outlets) < count:
        outlets.add(f"The {rng.choice(PLACES)} {rng.choice(OUTLET_WORDS)}")
    return sorted(outlets)


class Corpus:
    """Base texts, the surnames in each that can be swapped, and quoted paragraphs to borrow."""

    def __init__(self, source: Path, *, surnames: int, outlets: int, seed: int, cast: int = 10):
        from quotes.extraction import extract

        paths = sorted(p for p in source.rglob("*.txt") if p.is_file())
        if not paths:
            raise CommandError(f"No .txt files under {source}; pass --source with article texts.")
        rng = random.Random(seed)
        self.texts: list[tuple[str, str, list[str]]] = []  # (name, text, swappable surnames)
        self.quoted: list[str] = []
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
            extraction = extract(text)
            found = {
                entity.name.split()[-1]
                for entity in extraction.people
                if len(entity.name.split()) >= 2 and NAME_RE.match(entity.name.split()[-1])
            }
            self.texts.append((path.name, text, sorted(found)))
            self.quoted.extend(p for p in text.split("\n") if "\u201c" in p or '"' in p and " said" in p)
        self.surnames = make_surnames(surnames, rng)
        self.outlets = make_outlets(outlets, rng)
        self.seed = seed
        self.cast = cast

    def variant(self, number: int) -> tuple[str, str, dict]:
        """(source name, body, front matter) of article `number`, the same on every run."""
        name, text, swappable = self.texts[number % len(self.texts)]
        rng = random.Random(self.seed * 1_000_003 + number)
        for surname in swappable:
            # Each person in a base text becomes one of `cast` stand-ins (skewed, so the
            # first is the commonest): people recur across articles and their number
            # stays near texts x people per text x cast.
            stand_in = int(self.cast * rng.random() ** 2)
            new = self.surnames[zlib.crc32(f"{surname}:{stand_in}".encode()) % len(self.surnames)]
            text = re.sub(rf"\b{re.escape(surname)}\b", new, text)
        extra = [rng.choice(self.quoted) for _ in range(rng.randint(1, 2))] if self.quoted else []
        body = text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"
        headline = next((line.strip() for line in text.split("\n") if line.strip()), name)[:200]
        outlet = self.outlets[int(len(self.outlets) * rng.random() ** 1.5)]
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        meta = {
            # A number keeps titles (hence slugs) unique without a slug-collision query loop.
            "title": f"{headline} [{number}]",
            "published": published.isoformat(),
            "publication": outlet,
            "url": f"https://bench.example/{number}",
        }
        return name, body, meta


def _work(args) -> tuple[int, int, int, list[str]]:
    """Ingest the articles numbered start, start+step, ... below stop, in a child process."""
    source, options, start, stop, step = args
    import django

    django.setup()
    from django.db import connection

    from quotes.extraction.document import Document
    from quotes.metadata import ArticleMetadata
    from quotes.services import ingest_document

    connection.close()  # never share the parent's connection
    corpus = Corpus(
        Path(source), surnames=options["surnames"], outlets=options["outlets"], seed=options["seed"],
        cast=options["cast"],
    )
    done = quotes = 0
    errors: list[str] = []
    began = time.monotonic()
    for number in range(start, stop, step):
        name, body, meta = corpus.variant(number)
        try:
            result = ingest_document(
                document=Document(body=body, metadata=meta), flags=ArticleMetadata(), source_path=f"bench:{name}#{number}"
            )
        except Exception as error:  # one bad article must not stop a long run
            errors.append(f"article {number} ({name}): {error}")
            continue
        done += 1
        quotes += result.counts["quotes_new"]
        if done % 1000 == 0:
            elapsed = time.monotonic() - began
            print(
                f"  worker {start}: {done} articles, {quotes} quotes in {elapsed:.0f}s ({done / elapsed:.1f}/s)",
                file=sys.stderr, flush=True,
            )
    return done, quotes, 0, errors


class Command(BaseCommand):
    help = "Build a large benchmark corpus from real article texts through the real ingest path."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="How many articles (default 1000).")
        parser.add_argument("--start", type=int, default=0, help="First article number (to extend a corpus).")
        parser.add_argument(
            "--source", default=None, help="Folder of .txt article texts (default: seeds/). Read, never copied."
        )
        parser.add_argument("--workers", type=int, default=1, help="Processes (default 1).")
        parser.add_argument("--surnames", type=int, default=5000, help="Size of the surname pool.")
        parser.add_argument(
            "--cast", type=int, default=10, help="Stand-ins per person of a base text (sets how many people)."
        )
        parser.add_argument("--outlets", type=int, default=300, help="How many outlets.")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--write-to", metavar="DIR", default=None,
            help="Write the articles to DIR as text files with front matter instead of ingesting them "
            "(to time `manage.py ingest` on them: bench/ingest_bench.sh).",
        )

    def write_files(self, folder: Path, source: Path, options: dict, start: int, stop: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        corpus = Corpus(source, surnames=options["surnames"], outlets=options["outlets"], seed=options["seed"],
                        cast=options["cast"])
        for number in range(start, stop):
            _name, body, meta = corpus.variant(number)
            front_matter = "".join(f"{key}: {value}\n" for key, value in meta.items())
            (folder / f"{number:06}.txt").write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
        self.stdout.write(f"Wrote {stop - start} articles to {folder}")

    def handle(self, *args, **options):
        from django.conf import settings

        from quotes.models import Article, Person, Quote

        source = Path(options["source"] or settings.BASE_DIR / "seeds")
        if not source.is_dir():
            raise CommandError(f"{source} is not a folder; pass --source with article texts.")
        workers = max(1, options["workers"])
        start, stop = options["start"], options["start"] + options["articles"]
        if options["write_to"]:
            self.write_files(Path(options["write_to"]), source, options, start, stop)
            return
        before = Quote.objects.count()
        self.stdout.write(f"Seeding articles {start}..{stop - 1} from {source} with {workers} worker(s)")
        started = time.monotonic()
        jobs = [(str(source), options, start + w, stop, workers) for w in range(workers)]
        if workers == 1:
            results = [_work(jobs[0])]
        else:
            from django.db import connections

            connections.close_all()
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.map(_work, jobs)
        elapsed = time.monotonic() - started
        done = sum(r[0] for r in results)
        errors = [e for r in results for e in r[3]]
        for error in errors:
            self.stderr.write(self.style.ERROR(error))
        added = Quote.objects.count() - before
        rate = done / elapsed if elapsed else 0.0
        self.stdout.write(
            f"{done} articles in {elapsed:.1f}s = {rate:.1f} articles/s; {added} quotes added "
            f"({added / elapsed if elapsed else 0:.0f} quotes/s). Corpus now: {Article.objects.count()} articles, "
            f"{Quote.objects.count()} quotes, {Person.objects.count()} people."
        )
        if errors:
            raise CommandError(f"{len(errors)} article(s) failed; see above.")
        self.stdout.write(self.style.SUCCESS("Done."))
