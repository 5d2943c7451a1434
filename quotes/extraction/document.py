"""Turning a file's bytes into article text and metadata, before any extraction.

Front matter is optional and YAML-like, between two `---` lines at the very top:

    ---
    title: Europe weighs its defence
    published: 2025-03-11
    publication: China Daily
    url: https://example.com/story
    author: A. Writer
    ---
"""
from __future__ import annotations

from dataclasses import dataclass, field

FRONT_MATTER_KEYS = {"title", "published", "publication", "url", "author"}
MAX_FRONT_MATTER_LINES = 40


class DocumentError(ValueError):
    """The input cannot be read as an article; the message says why, in one line."""


@dataclass(slots=True)
class Document:
    body: str
    metadata: dict[str, str] = field(default_factory=dict)
    # Where `body` starts in the decoded file, so file offsets = body offsets + body_offset.
    body_offset: int = 0


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode file bytes strictly; binary or mis-encoded input is an error, never mojibake."""
    if not data.strip():
        raise DocumentError("empty file")
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file (contains NUL bytes), not article text")
    if encoding.lower().replace("_", "-") in {"utf-8", "utf8"}:
        encoding = "utf-8-sig"  # a leading BOM is noise, not text
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"not valid {encoding.removesuffix('-sig')} at byte {error.start}; "
            "if the file is Windows-1252 or Latin-1, re-run with --encoding cp1252"
        ) from None
    except LookupError:
        raise DocumentError(f"unknown encoding {encoding!r}") from None
    # Offsets are defined on text with Unix newlines.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("file has no text")
    return text


def parse(text: str) -> Document:
    """Split optional front matter from the body."""
    if not text.startswith("---\n"):
        return Document(body=text)
    lines = text.split("\n", MAX_FRONT_MATTER_LINES + 2)
    metadata: dict[str, str] = {}
    offset = len(lines[0]) + 1
    for line in lines[1 : MAX_FRONT_MATTER_LINES + 1]:
        offset += len(line) + 1
        if line.strip() == "---":
            return Document(body=text[offset:], metadata=metadata, body_offset=offset)
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FRONT_MATTER_KEYS:
            metadata[key] = value.strip().strip("\"'")
    # No closing fence: it was not front matter, just a rule at the top of the text.
    return Document(body=text)
