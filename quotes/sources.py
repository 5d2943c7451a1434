"""Finding and reading article files. Pure Python: shared by `ingest` and `extract`.

Every problem with one path becomes a `SourceError` with a one-line reason, so a
command can report it and carry on with the other files.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .extraction.document import Document, DocumentError, decode, parse

TEXT_SUFFIXES = {".txt", ".md", ".text"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # far above any article; stops a log file or dump


class SourceError(Exception):
    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self):
        # Rebuilt from its own arguments, so it can travel to an ingest worker process.
        return type(self), (self.path, self.reason)


@dataclass(slots=True)
class SourceFile:
    path: Path
    text: str  # decoded file text, Unix newlines
    document: Document


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | SourceError]:
    """Yield article files under `paths` in a stable order, or a SourceError per bad path."""
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                found = sorted(_walk_text_files(path))
                if not found:
                    yield SourceError(path, "folder has no text files (.txt, .md)")
                yield from found
            elif path.is_file():
                yield path
            elif path.is_symlink():
                yield SourceError(path, "broken or looping symbolic link")
            else:
                yield SourceError(path, "no such file or folder")
        except OSError as error:  # e.g. ELOOP from a symlink loop, permission denied
            yield SourceError(path, error.strerror or str(error))


def _walk_text_files(folder: Path) -> Iterator[Path]:
    # followlinks=False: a symlink loop cannot make the walk endless.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(root) / name


def read_source(path: Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile:
    """Read and decode one article file, or raise SourceError saying why not."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                path, f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit "
                "for one article (raise it with --max-mb)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path, "file disappeared before it could be read") from None
    except OSError as error:
        raise SourceError(path, error.strerror or str(error)) from None
    try:
        text = decode(data, encoding)
    except DocumentError as error:
        raise SourceError(path, str(error)) from None
    if "\x00" in text:
        # decode() looks for NUL only near the start; PostgreSQL cannot store one anywhere.
        raise SourceError(path, "binary file (contains NUL bytes), not article text")
    document = parse(text)
    if not document.body.strip():
        raise SourceError(path, "front matter but no article text")
    return SourceFile(path=path, text=text, document=document)
