"""The check shared by the invented-article rounds (test_unseen_styles4 onwards)."""
from __future__ import annotations

from pathlib import Path

from quotes.extraction import extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def assert_article_holds(folder: str, name: str, rows) -> None:
    """Each row, (kind, start of the text, speaker, speaker type, speaker description,
    venue), is a quote the extraction of fixtures/<folder>/<name> must hold. A description
    of None is not checked."""
    result = extract((FIXTURES / folder / name).read_text(encoding="utf-8"))
    got = [(q.kind, q.text, q.speaker, q.speaker_type, q.speaker_description, q.venue) for q in result.quotes]
    for kind, start, speaker, speaker_type, description, venue in rows:
        match = [g for g in got if g[1].startswith(start)]
        assert match, (name, start)
        assert (match[0][0], *match[0][2:4], match[0][5]) == (kind, speaker, speaker_type, venue), (name, start)
        if description is not None:
            assert match[0][4] == description, (name, start)
