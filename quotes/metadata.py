"""Article metadata from three places, in order of precedence:
command-line flags, then front matter, then what the extractor read in the text
(a byline naming the publication). Nothing is invented: an unknown date stays None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date

from .extraction.model import Extraction

TITLE_WORDS = 14
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s")


class MetadataError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    title: str = ""
    published: date | None = None
    url: str = ""
    publication: str = ""
    author: str = ""

    @classmethod
    def from_strings(cls, values: dict[str, str | None]) -> "ArticleMetadata":
        """Build from flags or front matter; `published` must be YYYY-MM-DD."""
        clean = {k: (v or "").strip() for k, v in values.items() if k in {f.name for f in fields(cls)}}
        published = clean.pop("published", "")
        try:
            published_date = date.fromisoformat(published) if published else None
        except ValueError:
            raise MetadataError(f"published date {published!r} is not YYYY-MM-DD") from None
        return cls(published=published_date, **clean)

    def overlay(self, other: "ArticleMetadata") -> "ArticleMetadata":
        """Fill this metadata's blanks from `other`."""
        return replace(
            self,
            **{f.name: getattr(other, f.name) for f in fields(self) if not getattr(self, f.name)},
        )


def derive_title(body: str) -> str:
    """A headline from the lede when the text has none: its first sentence, shortened."""
    lede = next((line.strip() for line in body.splitlines() if line.strip()), "")
    sentence = _SENTENCE_END.split(lede, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) > TITLE_WORDS:
        return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + "…"
    return sentence or "Untitled article"


def resolve(flags: ArticleMetadata, front_matter: ArticleMetadata, extraction: Extraction, body: str):
    """Final metadata and whether the title had to be derived."""
    from_text = ArticleMetadata(
        title=extraction.title or "",
        published=extraction.published,
        publication=extraction.publication or "",
        author=extraction.author or "",
    )
    merged = flags.overlay(front_matter).overlay(from_text)
    if merged.title:
        return merged, False
    return replace(merged, title=derive_title(body)), True
