"""Time the quote extractor on a folder of articles, on one core.

    python bench/extract_bench.py /work/shared/polnear/dev/text
    python bench/extract_bench.py /work/shared/polnear --repeat 3

Prints articles/s and words/s (best of --repeat timed passes), the corpus size, peak memory
(tracemalloc peak during one extra pass, and the process's ru_maxrss), and a linearity check:
one synthetic article made by concatenating the corpus texts, timed at ~100 KB, ~250 KB and
~1 MB. Time per MB should stay about the same; a ratio well above 1 means something in the
extractor grows faster than the text.

Needs no Django settings: only `quotes.extraction` is imported.
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import extract  # noqa: E402  (after the sys.path line on purpose)

SIZES = (100_000, 250_000, 1_000_000)
MEASURABLE_SECONDS = 0.001  # below this, timer noise swamps the ratio


def pin_to_one_core() -> str:
    """Run on a single CPU so figures are comparable between machines and runs."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this platform)"


def read_texts(root: Path) -> list[str]:
    paths = [root] if root.is_file() else sorted(root.rglob("*.txt"))
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def time_pass(texts: list[str]) -> float:
    gc.collect()
    started = time.perf_counter()
    for text in texts:
        extract(text)
    return time.perf_counter() - started


def synthetic(texts: list[str], size: int) -> str:
    """Concatenate articles (repeating them if needed) until the text reaches `size` bytes."""
    parts, total, i = [], 0, 0
    while total < size:
        piece = texts[i % len(texts)] + "\n\n"
        parts.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    return "".join(parts)


def best_time(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a folder searched recursively for .txt files, or one file")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is reported (default 1)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"{args.path} does not exist")
    repeat = max(1, args.repeat)

    pinning = pin_to_one_core()
    texts = read_texts(args.path)
    if not texts:
        parser.error(f"no .txt files under {args.path}")
    words = sum(len(t.split()) for t in texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    print(f"Corpus: {args.path} — {len(texts)} articles, {words:,} words, {megabytes:.2f} MB ({pinning})")
    seconds = min(time_pass(texts) for _ in range(repeat))
    print(
        f"Extraction: {seconds:.3f} s (best of {repeat}) — "
        f"{len(texts) / seconds if seconds else float('inf'):,.1f} articles/s, "
        f"{words / seconds if seconds else float('inf'):,.0f} words/s, "
        f"{megabytes / seconds if seconds else float('inf'):.2f} MB/s"
    )

    # A separate pass under tracemalloc: it slows Python down, so it is never timed.
    tracemalloc.start()
    time_pass(texts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    maxrss_mb = maxrss / 1e6 if sys.platform == "darwin" else maxrss / 1e3  # bytes on macOS, KiB on Linux
    print(f"Memory: tracemalloc peak {peak / 1e6:.2f} MB during one pass; ru_maxrss {maxrss_mb:.1f} MB")

    print("Linearity (one synthetic article of concatenated texts):")
    per_mb, shortest = {}, None
    for size in SIZES:
        text = synthetic(texts, size)
        seconds = best_time(text, repeat)
        shortest = seconds if shortest is None else shortest
        actual = len(text.encode("utf-8")) / 1e6
        per_mb[size] = seconds / actual
        print(f"  {actual * 1000:>7.0f} KB  {seconds:8.4f} s  {per_mb[size]:8.4f} s/MB")
    if shortest >= MEASURABLE_SECONDS:
        ratio = per_mb[SIZES[-1]] / per_mb[SIZES[0]]
        print(f"  ratio of s/MB at ~1 MB to ~100 KB: {ratio:.2f} (about 1 = linear)")
    else:
        print("  ~100 KB took under 1 ms: too fast to measure, ratio not meaningful")
    return 0


if __name__ == "__main__":
    sys.exit(main())
