"""Reading a BRAT standoff corpus of attributions (PolNeAR's layout) into plain data.

A corpus folder holds `text/X.txt` and `attributions/X_<annotator>.ann`. An article may have
several annotators' files; we use the lexicographically first, so results are reproducible.

An `.ann` file has text-bound lines and event lines:

    T1<TAB>Source 110 112<TAB>we
    T3<TAB>Content 10 20;25 40<TAB>...          (discontinuous: several start-end pairs)
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

Roles may be missing (`Attribution-no-source`), and a role may repeat with a number
(`Content2`), which we fold into the same role. Offsets are Python string offsets into the
text file read as UTF-8 without newline translation; the text after the offsets in a `T`
line is ignored (it may even run over several lines), the article text is the truth.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

QUOTE_MARKS = "\"“”"
# Characters trimmed from both ends of a span before measuring overlap.
TRIM_CHARS = " \t\r\n\u00a0" + QUOTE_MARKS + "‘’'"

_ROLE_NUMBER = re.compile(r"\d+$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class GoldAttribution:
    """One annotated attribution: who (source), how (cue) and what (content)."""

    id: str
    content: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(slots=True)
class GoldArticle:
    name: str  # the text file's stem, which is metadata.tsv's `filename`
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    annotation_file: str = ""
    published: date | None = None

    def span_text(self, spans: tuple[Span, ...]) -> str:
        """The text of (possibly discontinuous) spans, segments joined by a space."""
        return " ".join(self.text[s.start : s.end] for s in spans)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past whitespace and quotation marks at either end."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def parse_ann(ann: str, name: str = "") -> list[GoldAttribution]:
    """Parse the text of one `.ann` file into attributions (events), in file order.

    Lines that are neither `T` nor `E` (notes, continuation lines of multi-line span texts)
    are skipped; so are references to entities that are not in the file.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    texts: dict[str, str] = {}  # each text-bound annotation's text, as the file gives it
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        ident = parts[0]
        if ident[0] == "T":
            label_and_offsets = parts[1].split(" ", 1)
            if len(label_and_offsets) != 2:
                continue
            try:
                segments = tuple(
                    Span(int(a), int(b))
                    for a, b in (piece.split() for piece in label_and_offsets[1].split(";"))
                )
            except ValueError:
                continue
            spans[ident] = segments
            texts[ident] = parts[2] if len(parts) > 2 else ""
        elif ident[0] == "E":
            roles = []
            for argument in parts[1].split():
                role, _, target = argument.partition(":")
                roles.append((_ROLE_NUMBER.sub("", role), target))
            events.append((ident, roles))

    attributions = []
    for ident, roles in events:
        found: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        said: dict[str, str] = {"Source": "", "Cue": ""}
        for role, target in roles:
            if role in found and target in spans:
                found[role].extend(spans[target])
                if role in said:
                    said[role] = texts.get(target, "")
        if _labels_swapped(said["Source"], said["Cue"]):
            found["Source"], found["Cue"] = found["Cue"], found["Source"]
        attributions.append(
            GoldAttribution(
                id=f"{name}:{ident}" if name else ident,
                content=tuple(sorted(found["Content"], key=lambda s: s.start)),
                source=tuple(sorted(found["Source"], key=lambda s: s.start)),
                cue=tuple(sorted(found["Cue"], key=lambda s: s.start)),
            )
        )
    return attributions


# A reporting verb (and what follows it) as a whole Source: "said", "said in a statement".
_VERB_SOURCE = re.compile(r"(?:said|says|told|tells|wrote|writes|added|adds|explained|noted|asked)\b")


def _labels_swapped(source: str, cue: str) -> bool:
    """An annotation whose Source is the reporting verb and whose Cue is the name ('"...,"
    David Plouffe, the architect of Obama's 2008 campaign, said' with Source "said" and Cue
    "David Plouffe, ..."): the two labels were swapped. 17 of the 22,061 attributions of
    train and dev have them so; they are read the right way round."""
    return bool(_VERB_SOURCE.fullmatch(source.split(" in ")[0].strip())) and cue[:1].isupper()


def _read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as the annotation tool counted them.
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def read_metadata(path: str | Path) -> dict[str, date]:
    """Map article name (metadata.tsv `filename`) to its `publication_date`, where it parses."""
    dates: dict[str, date] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                dates[row["filename"]] = date.fromisoformat(row["publication_date"])
            except (KeyError, TypeError, ValueError):
                continue
    return dates


def annotation_files(folder: Path) -> dict[str, Path]:
    """For each article name, the lexicographically first `<name>_<annotator>.ann`.

    Grouping on the name before the last underscore avoids the prefix trap of globbing
    `<name>_*.ann`, which would also catch `<name>_longer-title_<annotator>.ann`.
    """
    chosen: dict[str, Path] = {}
    if not folder.is_dir():
        return chosen
    for path in sorted(folder.glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, path)
    return chosen


def read_brat_corpus(
    path: str | Path,
    *,
    limit: int | None = None,
    metadata: dict[str, date] | None = None,
) -> tuple[list[GoldArticle], list[str]]:
    """Read `path/text/*.txt` with their annotations.

    Returns the articles (sorted by name, at most `limit`) and the names of text files that
    have no annotation file, which are left out rather than scored as "no attributions".
    """
    root = Path(path)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{text_dir} is not a folder; --gold needs text/ and attributions/")
    anns = annotation_files(ann_dir)
    articles: list[GoldArticle] = []
    missing: list[str] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(articles) >= limit:
            break
        name = text_path.stem
        ann_path = anns.get(name)
        if ann_path is None:
            missing.append(name)
            continue
        text = _read_text(text_path)
        attributions = parse_ann(_read_text(ann_path), name)
        # Drop segments that fall outside the text rather than fail the whole run.
        for attribution in attributions:
            for role in ("content", "source", "cue"):
                segments = getattr(attribution, role)
                if any(s.end > len(text) or s.start < 0 or s.end < s.start for s in segments):
                    setattr(
                        attribution,
                        role,
                        tuple(s for s in segments if 0 <= s.start <= s.end <= len(text)),
                    )
        articles.append(
            GoldArticle(
                name=name,
                text=text,
                attributions=attributions,
                annotation_file=ann_path.name,
                published=(metadata or {}).get(name),
            )
        )
    return articles, missing
