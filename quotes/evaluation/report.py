"""Running the extractor over a gold corpus and summarising the scores.

    report = evaluate_corpus("/path/to/polnear/dev", limit=20)
    print(report.to_text())
    json.dumps(report.to_dict())

Figures are micro-averaged: counts are summed over articles, then divided.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from .brat import GoldArticle, read_brat_corpus, read_metadata
from .scoring import COUNT_KEYS, ERROR_HELP, ERROR_KINDS, ArticleScore, ErrorExample, f1, score_article

DEFAULT_WORST = 10
DEFAULT_EXAMPLES = 4


def share(part: int, whole: int) -> float | None:
    """part / whole rounded, or None when there is nothing to divide by (shown as "—")."""
    return round(part / whole, 4) if whole else None


def prf(matched_system: int, system: int, matched_gold: int, gold: int) -> dict:
    """Precision, recall and F1; F1 is 0 when either side is 0, None when both are undefined."""
    precision, recall = share(matched_system, system), share(matched_gold, gold)
    if precision == 0 or recall == 0:
        score = 0.0
    elif precision is None or recall is None:
        score = None
    else:
        score = round(f1(precision, recall), 4)
    return {"precision": precision, "recall": recall, "f1": score}


def _fmt(value: float | None, width: int = 8) -> str:
    return f"{'—':>{width}}" if value is None else f"{value:>{width}.3f}"


@dataclass(slots=True)
class Report:
    gold_path: str
    articles: list[ArticleScore] = field(default_factory=list)
    missing_annotations: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (article, error message)
    extract_seconds: float = 0.0
    worst: int = DEFAULT_WORST
    examples_per_kind: int = DEFAULT_EXAMPLES
    strict_marks: bool = False

    def totals(self) -> dict[str, int]:
        totals = dict.fromkeys(COUNT_KEYS, 0)
        for article in self.articles:
            for key, value in article.counts.items():
                totals[key] += value
        return totals

    def error_counts(self) -> Counter:
        counts = Counter(dict.fromkeys(ERROR_KINDS, 0))
        for article in self.articles:
            counts.update(e.kind for e in article.errors)
        return counts

    def examples(self) -> dict[str, list[ErrorExample]]:
        """A few examples of each error kind, from as many different articles as possible."""
        chosen: dict[str, list[ErrorExample]] = {kind: [] for kind in ERROR_KINDS}
        for one_per_article in (True, False):
            for article in self.articles:
                seen: set[str] = set()
                for example in article.errors:
                    bucket = chosen[example.kind]
                    if len(bucket) >= self.examples_per_kind or example in bucket:
                        continue
                    if one_per_article and example.kind in seen:
                        continue
                    seen.add(example.kind)
                    bucket.append(example)
        return chosen

    def worst_articles(self) -> list[ArticleScore]:
        """Most errors first; ties go to the lower F1, then the name (for a stable order)."""
        return sorted(
            self.articles,
            key=lambda a: (-len(a.errors), a.direct_f1 + a.indirect_f1, a.name),
        )[: self.worst]

    @property
    def articles_per_second(self) -> float:
        return len(self.articles) / self.extract_seconds if self.extract_seconds else 0.0

    def to_dict(self) -> dict:
        t = self.totals()
        errors = self.error_counts()
        return {
            "gold": self.gold_path,
            "articles": len(self.articles),
            "quotation_marks": "strict" if self.strict_marks else "double-apostrophe-aware",
            "missing_annotations": self.missing_annotations,
            "failures": [{"article": a, "error": e} for a, e in self.failures],
            "extract_seconds": round(self.extract_seconds, 4),
            "articles_per_second": round(self.articles_per_second, 2),
            "direct": {
                "gold": t["gold_direct"],
                "gold_with_quote_marks": t["gold_quote_marked"],
                "system": t["system_direct"],
                "system_matched": t["system_direct_matched"],
                "gold_matched": t["gold_direct_matched"],
                **prf(t["system_direct_matched"], t["system_direct"], t["gold_direct_matched"], t["gold_direct"]),
            },
            "direct_speaker": {
                "scored": t["direct_speaker_total"],
                "right": t["direct_speaker_right"],
                "accuracy": share(t["direct_speaker_right"], t["direct_speaker_total"]),
            },
            "direct_end_to_end": {
                "gold": t["gold_direct_with_source"],
                "system": t["e2e_system"],
                "system_right": t["e2e_system_right"],
                "gold_right": t["gold_direct_right"],
                **prf(t["e2e_system_right"], t["e2e_system"], t["gold_direct_right"], t["gold_direct_with_source"]),
            },
            "indirect": {
                "gold": t["gold_indirect"],
                "system": t["system_indirect"],
                "system_matched": t["system_indirect_matched"],
                "gold_matched": t["gold_indirect_matched"],
                **prf(t["system_indirect_matched"], t["system_indirect"], t["gold_indirect_matched"], t["gold_indirect"]),
            },
            "indirect_speaker": {
                "scored": t["indirect_speaker_total"],
                "right": t["indirect_speaker_right"],
                "accuracy": share(t["indirect_speaker_right"], t["indirect_speaker_total"]),
            },
            "organisation_speakers": {
                "matched": t["organisation_matched"],
                "right": t["organisation_right"],
            },
            "errors": dict(errors),
            "error_examples": {k: [e.to_dict() for e in v] for k, v in self.examples().items() if v},
            "worst_articles": [
                {"article": a.name, "errors": len(a.errors), **dict(Counter(e.kind for e in a.errors)),
                 "direct_f1": round(a.direct_f1, 4), "indirect_f1": round(a.indirect_f1, 4),
                 "gold_direct": a.counts["gold_direct"], "system_direct": a.counts["system_direct"],
                 "gold_indirect": a.counts["gold_indirect"], "system_indirect": a.counts["system_indirect"]}
                for a in self.worst_articles()
            ],
        }

    def to_text(self) -> str:
        d = self.to_dict()
        lines = [
            f"Gold: {self.gold_path} — {d['articles']} articles scored"
            + (f", {len(self.missing_annotations)} without annotations skipped" if self.missing_annotations else "")
            + (f", {len(self.failures)} failed" if self.failures else "")
            + ("; quotation marks: straight and curly only (--strict-marks)" if self.strict_marks
               else "; quotation marks: straight, curly and ''"),
            f"Extraction: {d['extract_seconds']:.2f} s, {d['articles_per_second']:.1f} articles/s",
            "",
            f"{'':28}{'gold':>7}{'system':>8}{'sys ok':>8}{'gold ok':>8}{'P':>8}{'R':>8}{'F1':>8}",
        ]

        def row(label, block, gold_ok="gold_matched", sys_ok="system_matched"):
            return (
                f"{label:28}{block['gold']:>7}{block['system']:>8}{block[sys_ok]:>8}{block[gold_ok]:>8}"
                f"{_fmt(block['precision'])}{_fmt(block['recall'])}{_fmt(block['f1'])}"
            )

        lines.append(row("Direct + mixed quotes", d["direct"]))
        lines.append(row("  + right speaker (e2e)", d["direct_end_to_end"], "gold_right", "system_right"))
        lines.append(row("Indirect quotes", d["indirect"]))
        lines.append("")
        for label, key in (("Speaker, direct + mixed", "direct_speaker"), ("Speaker, indirect", "indirect_speaker")):
            s = d[key]
            lines.append(f"{label:28}{s['right']:>5} / {s['scored']:<5} right   accuracy {_fmt(s['accuracy'], 0)}")
        o = d["organisation_speakers"]
        lines.append(f"{'Organisation speakers':28}{o['matched']:>5} matched quotes, {o['right']} with the right speaker")
        lines.append("")
        lines.append("Errors (commonest first)")
        for kind, count in sorted(d["errors"].items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {kind:20}{count:>6}  {ERROR_HELP[kind]}")
        lines.append("")
        lines.append(f"Worst {len(d['worst_articles'])} articles")
        lines.append(f"  {'errors':>6} {'D gold/sys':>10} {'I gold/sys':>10} {'F1 D':>6} {'F1 I':>6}  article: error kinds")
        for w in d["worst_articles"]:
            kinds = ", ".join(f"{k} {w[k]}" for k in ERROR_KINDS if w.get(k))
            lines.append(
                f"  {w['errors']:>6} {w['gold_direct']:>4}/{w['system_direct']:<5} {w['gold_indirect']:>4}/{w['system_indirect']:<5}"
                f" {w['direct_f1']:>6.2f} {w['indirect_f1']:>6.2f}  {w['article']}: {kinds}"
            )
        examples = self.examples()
        for kind in sorted(ERROR_KINDS, key=lambda k: (-d["errors"][k], k)):
            if not examples[kind]:
                continue
            lines.append("")
            lines.append(f"== {kind}: {ERROR_HELP[kind]}")
            for e in examples[kind]:
                lines.append(f"  [{e.article}]")
                lines.append(f"    text:    {_one_line(e.context)}")
                if e.system_quote is not None:
                    lines.append(
                        f"    system:  ({e.system_kind}) «{_one_line(e.system_quote, 200)}»"
                        f"  speaker={e.system_speaker!r} mention={e.system_mention!r}"
                    )
                if e.gold_content is not None:
                    resolved = f" -> {e.gold_resolved!r}" if e.gold_resolved else ""
                    lines.append(
                        f"    gold:    «{_one_line(e.gold_content, 200)}»"
                        f"  source={e.gold_source!r}{resolved} cue={e.gold_cue!r}"
                    )
        return "\n".join(lines) + "\n"


def _one_line(text: str, width: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def evaluate_articles(
    articles: list[GoldArticle],
    *,
    extract: Callable | None = None,
    gold_path: str = "",
    progress: Callable[[int, int, str], None] | None = None,
    strict_marks: bool = False,
) -> Report:
    """Run `extract` on each article's text and score it. Extraction time is measured alone.

    `strict_marks`: count only straight and curly double quotes as quotation marks, not
    the `''` digraph (see quotes.evaluation.scoring)."""
    if extract is None:
        from quotes.extraction import extract
    report = Report(gold_path=gold_path, strict_marks=strict_marks)
    for number, article in enumerate(articles, 1):
        if progress is not None:
            progress(number, len(articles), article.name)
        started = time.perf_counter()
        try:
            extraction = extract(article.text, published=article.published)
        except Exception as error:  # one bad article must not end a long run
            report.failures.append((article.name, f"{type(error).__name__}: {error}"))
            continue
        finally:
            report.extract_seconds += time.perf_counter() - started
        report.articles.append(score_article(article, extraction, strict_marks=strict_marks))
    return report


def evaluate_corpus(
    path: str | Path,
    *,
    extract: Callable | None = None,
    limit: int | None = None,
    metadata: str | Path | dict[str, date] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    strict_marks: bool = False,
) -> Report:
    """Read a BRAT corpus (`path/text`, `path/attributions`), run the extractor, score it.

    `metadata` is a metadata.tsv path (or a ready name -> date map); its publication dates
    are passed to the extractor as `published`.
    """
    dates = read_metadata(metadata) if isinstance(metadata, (str, Path)) else metadata
    articles, missing = read_brat_corpus(path, limit=limit, metadata=dates)
    report = evaluate_articles(articles, extract=extract, gold_path=str(path), progress=progress,
                               strict_marks=strict_marks)
    report.missing_annotations = missing
    return report
