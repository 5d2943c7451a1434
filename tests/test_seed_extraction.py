"""The seed article against its hand-made gold (tests/seed_gold.json), item by item.

Pure extraction: no database.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from quotes.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "seed_gold.json").read_text(encoding="utf-8"))
TEXT = (ROOT / "seeds" / GOLD["file"]).read_text(encoding="utf-8")
PUBLISHED = date(2025, 3, 11)
STOP = {"and", "of", "the", "at", "a", "an"}


@pytest.fixture(scope="module")
def result():
    return extract(TEXT, published=PUBLISHED)


def _key_words(description: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", description.lower()) if w not in STOP}


def test_offsets_always_slice_the_text(result):
    for q in result.quotes:
        assert TEXT[q.start:q.end] == q.text


@pytest.mark.parametrize("gold", GOLD["direct_and_mixed"], ids=lambda g: g["text"][:30])
def test_direct_and_mixed_quote(result, gold):
    found = [q for q in result.quotes if (q.start, q.end) == (gold["start"], gold["end"])]
    assert found, f"missing quote at {gold['start']}:{gold['end']}"
    q = found[0]
    assert q.text == gold["text"]
    assert q.kind == gold["kind"]
    assert q.speaker == gold["speaker"]
    if gold.get("venue"):
        assert q.venue == gold["venue"]
    if gold.get("when"):
        assert q.when == gold["when"]


def test_said_on_resolves_against_publication_date(result):
    by_start = {q.start: q for q in result.quotes}
    assert by_start[3068].said_on == date(2025, 2, 12)  # "on Feb 12"
    assert by_start[3659].said_on == date(2025, 2, 11)  # "on Feb 11"


@pytest.mark.parametrize("gold", GOLD["indirect"], ids=lambda g: g["text"][:30])
def test_indirect_quote(result, gold):
    found = [q for q in result.quotes
             if q.kind == "indirect" and (q.start, q.end) == (gold["start"], gold["end"])]
    assert found, f"missing indirect quote at {gold['start']}:{gold['end']}"
    assert found[0].speaker == gold["speaker"]
    assert found[0].text == gold["text"]


@pytest.mark.parametrize("phrase", GOLD["not_quotes"])
def test_not_a_quote(result, phrase):
    assert all(q.text.strip(" ,.") != phrase.strip(" ,.") for q in result.quotes)


def test_no_quote_from_the_subheading(result):
    heading = TEXT.index("'Coalition of the willing'")
    assert all(not (q.start <= heading < q.end) for q in result.quotes)


@pytest.mark.parametrize("name,description", sorted(GOLD["people"].items()))
def test_person_with_description(result, name, description):
    people = {p.name: p for p in result.people}
    assert name in people, f"{name} not among {sorted(people)}"
    got = " ".join(people[name].descriptions).lower()
    # Lenient: the gold description's key words appear (ignoring bracketed glosses).
    wanted = _key_words(re.sub(r"\(.*?\)", "", description))
    missing = {w for w in wanted if w not in got}
    assert not missing, f"{name}: {missing} not in {people[name].descriptions}"


def test_each_person_listed_once(result):
    names = [p.name for p in result.people]
    assert len(names) == len(set(names))
    macron = next(p for p in result.people if p.name == "Emmanuel Macron")
    assert "Macron" in macron.aliases


@pytest.mark.parametrize("name", GOLD["organisations"])
def test_organisation(result, name):
    assert name in {o.name for o in result.organisations}


def test_publication_from_byline(result):
    assert result.publication == GOLD["publication"]


def test_plain_first_sentence_is_not_a_title(result):
    assert result.title is None
