"""Indirect (reported) speech."""
from __future__ import annotations

from quotes.extraction import extract


def indirect(text):
    return [q for q in extract(text).quotes if q.kind == "indirect"]


def test_said_that():
    text = "Jane Doe said that the plan would create thousands of jobs."
    [q] = indirect(text)
    assert q.text == "the plan would create thousands of jobs"
    assert text[q.start:q.end] == q.text
    assert q.speaker == "Jane Doe"


def test_reiterated_that_and_clarified_that():
    text = ("Jane Doe reiterated that troops would only be deployed after a deal.\n"
            "John Smith clarified that the aim was to plan for the future.")
    quotes = indirect(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Jane Doe", "reiterated"),
                                                   ("John Smith", "clarified")]


def test_said_without_that_after_pronoun():
    text = ("Jane Doe spoke at length.\n"
            "Speaking recently, she said Europe must be ready to act alone.")
    [q] = indirect(text)
    assert q.text == "Europe must be ready to act alone"
    assert q.speaker == "Jane Doe"
    assert q.when == "recently"


def test_told_object_then_clause():
    text = "Jane Doe told reporters that the vote would be held next week."
    [q] = indirect(text)
    assert q.text == "the vote would be held next week"


def test_according_to():
    text = "The talks will resume in March, according to Jane Doe."
    [q] = indirect(text)
    assert q.text == "The talks will resume in March"
    assert q.speaker == "Jane Doe"


def test_participle_is_not_an_attribution():
    text = "He remained skeptical about the deal, suggesting that much work remains."
    assert indirect(text) == []
