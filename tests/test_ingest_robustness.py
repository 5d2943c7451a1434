"""Bad input to `ingest`: every file either lands correctly or fails with one clear line,
and a failed file leaves nothing behind. (The basic cases live in test_ingest.py.)"""
from __future__ import annotations

import os
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from quotes.management.commands import ingest as ingest_command
from quotes.models import Alias, Article, Organisation, Person, Quote, Role

pytestmark = pytest.mark.django_db

GOOD = '"We will build the bridge," said Jane Doe.\n'


def run_ingest(*paths, expect_failures: int = 0, extra=()):
    out, err = StringIO(), StringIO()
    args = [*map(str, paths), *extra]
    if expect_failures:
        with pytest.raises(CommandError, match=rf"{expect_failures} of \d+ file"):
            call_command("ingest", *args, stdout=out, stderr=err)
    else:
        call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), [line for line in err.getvalue().splitlines() if line.startswith("error:")]


def assert_nothing_stored():
    assert Article.objects.count() == 0
    assert Quote.objects.count() == Person.objects.count() == Organisation.objects.count() == 0
    assert Role.objects.count() == Alias.objects.count() == 0


def test_binary_data_without_nul_bytes_is_refused_as_not_utf8(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 64)
    _, errors = run_ingest(path, expect_failures=1)
    assert len(errors) == 1 and "not valid utf-8" in errors[0]
    assert_nothing_stored()


def test_a_nul_byte_deep_inside_a_text_file_is_refused(tmp_path):
    """PostgreSQL cannot store NUL in text; the file must fail cleanly, not crash the run."""
    path = tmp_path / "late-nul.txt"
    path.write_bytes(GOOD.encode() * 1000 + b"\x00" + GOOD.encode())
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    _, errors = run_ingest(path, good, expect_failures=1)
    assert len(errors) == 1 and "late-nul.txt" in errors[0] and "binary" in errors[0]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_and_latin1_files_fail_with_an_error_naming_the_encoding_flag(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes("\u201cNous gagnerons,\u201d a d\u00e9clar\u00e9 Ren\u00e9e Dupr\u00e9.\n".replace(
        "\u201c", '"').replace("\u201d", '"').encode(encoding))
    _, errors = run_ingest(path, expect_failures=1)
    assert "not valid utf-8" in errors[0] and "--encoding cp1252" in errors[0]
    assert_nothing_stored()
    run_ingest(path, extra=["--encoding", encoding])
    assert "Ren\u00e9e Dupr\u00e9" in Article.objects.get().body


def test_bom_and_crlf_are_normalised_and_offsets_index_the_stored_body(tmp_path):
    text = (
        "Bridge talks resume\r\n"
        "Minister Jane Doe spoke on Radio Nord on Monday.\r\n"
        '"We will build the bridge," said Jane Doe.\r\n'
        '"It will be finished by spring," she added.\r\n'
    )
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    run_ingest(path)
    article = Article.objects.get()
    assert "\r" not in article.body and "\ufeff" not in article.body
    assert article.body.startswith("Bridge talks resume\n")
    quotes = list(article.quotes.all())
    assert quotes, "the extractor found no quote in a plain direct-speech sentence"
    for quote in quotes:
        assert article.body[quote.start : quote.end] == quote.text


def test_a_50_mb_file_is_refused_by_the_size_limit_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    read = []
    original = type(path).read_bytes
    monkeypatch.setattr(type(path), "read_bytes", lambda self: read.append(self) or original(self))
    started = time.monotonic()
    _, errors = run_ingest(path, expect_failures=1)
    assert time.monotonic() - started < 5
    assert "50.0 MB, over the 10 MB limit" in errors[0] and "--max-mb" in errors[0]
    assert read == []
    assert_nothing_stored()


def test_an_article_of_only_headings_is_stored_with_no_quotes(tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text("Europe weighs its defence\n\nChallenges ahead\n\nWhat comes next\n", encoding="utf-8")
    run_ingest(path)
    article = Article.objects.get()
    assert article.quotes.count() == 0
    assert article.title


@pytest.mark.parametrize(
    "body",
    [
        '"We will build the bridge, said Jane Doe.\nShe left without another word.\n',
        'Jane Doe said: "one" two" three" four.\n"\n',
        "\u201cWe will build it,\u201d said Jane Doe. \u201cAnd then\n\u2019\u2019\u201d\u201d\u201c\n",
        '"' * 500 + "\n",
    ],
    ids=["unclosed", "odd-count", "curly-mess", "only-marks"],
)
def test_unbalanced_quotation_marks_ingest_without_error_and_with_valid_offsets(tmp_path, body):
    path = tmp_path / "unbalanced.txt"
    path.write_text("Jane Doe, minister, spoke on Monday.\n" + body, encoding="utf-8")
    run_ingest(path)
    article = Article.objects.get()
    for quote in article.quotes.all():
        assert 0 <= quote.start < quote.end <= len(article.body)
        assert article.body[quote.start : quote.end] == quote.text


def test_symlink_loops_are_reported_and_do_not_hang(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "loop.txt", folder / "loop.txt")  # a file link to itself
    os.symlink(folder, folder / "again")  # a folder link back to its parent
    self_loop = tmp_path / "self.txt"
    os.symlink(self_loop, self_loop)
    started = time.monotonic()
    _, errors = run_ingest(folder, self_loop, expect_failures=2)
    assert time.monotonic() - started < 10
    assert any("loop.txt" in e and "symbolic link" in e.lower() for e in errors), errors
    assert any("self.txt" in e and "symbolic link" in e.lower() for e in errors), errors
    assert Article.objects.count() == 1


def test_a_file_that_disappears_between_listing_and_reading_is_reported(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD.replace("bridge", f"bridge {name}"), encoding="utf-8")
    real_read = ingest_command.read_source

    def read_after_b_vanishes(path, **kwargs):
        if path.name == "b.txt":
            path.unlink()
        return real_read(path, **kwargs)

    monkeypatch.setattr(ingest_command, "read_source", read_after_b_vanishes)
    out, errors = run_ingest(tmp_path, expect_failures=1)
    assert len(errors) == 1 and "b.txt" in errors[0] and "disappeared" in errors[0]
    assert sorted(Article.objects.values_list("source_path", flat=True)) == [
        str(tmp_path / "a.txt"), str(tmp_path / "c.txt")
    ]
    assert "Articles: 2 new" in out


def test_a_database_error_mid_file_is_reported_and_the_run_carries_on(tmp_path, monkeypatch):
    """One article whose write fails (a constraint, a lost connection) must not take
    down a long run: it is reported like a bad file and leaves nothing half-written."""
    from quotes import services

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("bridge", "tunnel"), encoding="utf-8")
    real_sync = services._sync_quotes

    def fail_on_tunnel(article, *args, **kwargs):
        if "tunnel" in article.body:
            from django.db import DataError

            raise DataError("value too long")
        return real_sync(article, *args, **kwargs)

    monkeypatch.setattr(services, "_sync_quotes", fail_on_tunnel)
    out, errors = run_ingest(tmp_path, expect_failures=1)
    assert len(errors) == 1 and "b.txt" in errors[0] and "database error" in errors[0]
    assert list(Article.objects.values_list("source_path", flat=True)) == [str(tmp_path / "a.txt")]
    assert not Quote.objects.filter(text__contains="tunnel").exists()
