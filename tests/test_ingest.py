"""The ingest service and command: idempotence, human edits, metadata, bad input."""
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quotes import services
from quotes.extraction import extract
from quotes.models import Article, Organisation, Person, Quote
from tests.conftest import SEED_PATH

pytestmark = pytest.mark.django_db


def ingest(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_ingest_stores_every_extracted_quote_and_the_byline_publication():
    ingest(SEED_PATH)
    article = Article.objects.get()
    extracted = extract(article.body)
    assert article.quotes.count() == len(extracted.quotes) >= 10
    assert article.publication.name == "China Daily"
    assert article.published is None  # nothing invented
    assert article.title_is_derived and article.title.startswith("France's President Emmanuel Macron")
    for quote in article.quotes.all():
        assert article.body[quote.start : quote.end] == quote.text


def test_ingest_default_path_is_the_seeds_folder():
    out, _ = ingest()
    assert "Articles: 1 new" in out
    assert Article.objects.count() == 1


def test_reingesting_the_same_text_changes_nothing():
    ingest(SEED_PATH)
    before = list(Quote.objects.order_by("pk").values())
    people, organisations = Person.objects.count(), Organisation.objects.count()
    out, _ = ingest(SEED_PATH)
    assert "Articles: 0 new, 0 updated, 1 unchanged" in out
    assert "Quotes: 0 new" in out
    assert list(Quote.objects.order_by("pk").values()) == before
    assert (Person.objects.count(), Organisation.objects.count()) == (people, organisations)


def test_reingest_never_overwrites_a_human_edit(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(SEED_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    ingest(path, "--url", "https://example.com/story")
    edited = Quote.objects.filter(kind="direct").order_by("start").first()
    edited.text = "Corrected by an editor"
    edited.is_edited = True
    edited.save()
    verified = Quote.objects.exclude(pk=edited.pk).order_by("start").first()
    verified.is_verified = True
    verified.save()

    # Same text again, then a revised text at the same URL: both leave the human's work alone.
    ingest(path, "--url", "https://example.com/story")
    path.write_text(path.read_text(encoding="utf-8") + "\nA late paragraph with nothing quoted.\n", encoding="utf-8")
    out, _ = ingest(path, "--url", "https://example.com/story")
    assert "1 updated" in out
    edited.refresh_from_db()
    verified.refresh_from_db()
    assert edited.text == "Corrected by an editor" and edited.is_edited
    assert verified.is_verified
    assert Article.objects.count() == 1
    overlapping = Quote.objects.filter(start__lt=edited.end, end__gt=edited.start).exclude(pk=edited.pk)
    assert not overlapping.filter(kind=edited.kind).exists()


def test_flags_and_front_matter_take_precedence_over_the_text(tmp_path):
    path = tmp_path / "fm.txt"
    path.write_text(
        "---\ntitle: Bridge talks resume\npublished: 2025-03-11\npublication: Northern Post\n---\n"
        'Jane Doe spoke to reporters.\n"We will build the bridge," said Jane Doe.\n',
        encoding="utf-8",
    )
    ingest(path, "--author", "A. Writer")
    article = Article.objects.get()
    assert article.title == "Bridge talks resume" and not article.title_is_derived
    assert str(article.published) == "2025-03-11"
    assert article.publication.name == "Northern Post"
    assert article.author == "A. Writer"
    assert article.body.startswith("Jane Doe spoke")


def test_a_bad_date_flag_is_a_clear_error():
    with pytest.raises(CommandError, match="not YYYY-MM-DD"):
        ingest(SEED_PATH, "--published", "11/03/2025")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Caf\u00e9 said \u00abhello\u00bb".encode("latin-1"), "not valid utf-8"),
        ("truncated.txt", "Le ministre a d\u00e9clar\u00e9".encode("utf-8")[:-1], "not valid utf-8"),
    ],
)
def test_bad_files_get_a_one_line_error_and_the_good_ones_still_land(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text('"We will build the bridge," said Jane Doe.\n', encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command("ingest", str(bad), str(good), stdout=out, stderr=err)
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0]
    assert Article.objects.count() == 1
    assert "Articles: 1 new" in out.getvalue()


def test_missing_paths_and_empty_folders_are_reported(tmp_path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    err = StringIO()
    with pytest.raises(CommandError, match="2 of 3"):
        call_command("ingest", str(tmp_path / "missing.txt"), str(empty), str(SEED_PATH), stdout=StringIO(), stderr=err)
    assert "no such file or folder" in err.getvalue()
    assert "folder has no text files" in err.getvalue()
    assert Article.objects.count() == 1


def test_cp1252_text_is_accepted_when_the_encoding_is_given(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("\u201cWe will win,\u201d said Ren\u00e9e Dupr\u00e9.\r\n".encode("cp1252"))
    ingest(path, "--encoding", "cp1252")
    article = Article.objects.get()
    assert "Ren\u00e9e" in article.body and "\r" not in article.body


def test_a_failure_mid_article_leaves_nothing_half_written(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_sync_quotes", explode)
    with pytest.raises(RuntimeError):
        ingest(SEED_PATH)
    assert Article.objects.count() == 0
    assert Person.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_oversized_files_are_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000, encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(big), "--max-mb", "1", stdout=StringIO(), stderr=err)
    assert "over the 1 MB limit" in err.getvalue()
    assert Article.objects.count() == 0


def test_people_are_deduplicated_across_articles_ignoring_case_and_accents(tmp_path):
    (tmp_path / "a.txt").write_text('"We will win," said S\u00e9bastien Lecornu.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"We will not lose," said SEBASTIEN LECORNU.\n', encoding="utf-8")
    ingest(tmp_path)
    assert Person.objects.filter(normalized_name="sebastien lecornu").count() == 1
    assert Quote.objects.filter(speaker_person__normalized_name="sebastien lecornu").count() == 2


def test_progress_and_summary_for_many_files(tmp_path):
    for n in range(12):
        (tmp_path / f"{n:02}.txt").write_text(f'"Plan {n} is ready," said Jane Doe.\n', encoding="utf-8")
    out, err = ingest(tmp_path)
    assert "[12/12]" in err
    assert "Articles: 12 new" in out
    assert "People: 1 new, 11 unchanged" in out


def test_ingesting_an_article_takes_a_bounded_number_of_queries_however_many_people_it_names(
    django_assert_max_num_queries,
):
    """People and organisations are read and created a few queries per table, not one
    get_or_create each (the seed names 12 people and 9 organisations)."""
    from quotes.metadata import ArticleMetadata
    from quotes.sources import read_source

    document = read_source(SEED_PATH).document
    with django_assert_max_num_queries(16):
        result = services.ingest_document(document=document, flags=ArticleMetadata())
    assert result.counts["people_new"] >= 10 and result.counts["organisations_new"] >= 5
    assert all(p.slug for p in Person.objects.all())
    # Re-ingesting compares quotes by ids: no query per quote or speaker.
    with django_assert_max_num_queries(8):
        result = services.ingest_document(document=document, flags=ArticleMetadata())
    assert result.status == "unchanged" and result.counts["quotes_unchanged"] >= 10


def test_a_new_person_whose_slug_is_taken_by_another_name_gets_a_free_slug(tmp_path):
    taken = Person.objects.create(name="Jane-Doe")  # a different key, the same slug
    assert taken.slug == "jane-doe"
    (tmp_path / "a.txt").write_text('"We will build the bridge," said Jane Doe, the minister.\n', encoding="utf-8")
    ingest(tmp_path)
    jane = Person.objects.get(normalized_name="jane doe")
    assert jane.slug == "jane-doe-2" and "minister" in jane.description
    assert Quote.objects.get().speaker_person == jane


def test_described_organisations_are_stored_on_the_quote_named_ones_as_organisations(tmp_path):
    """"the statement said" gives no organisation to file the quote under: as a row it
    would gather every article's "the statement" into one organisation."""
    (tmp_path / "a.txt").write_text(
        "Port strike enters second week\n\n"
        '"The harbour is closed until further notice," the statement said.\n\n'
        '"We are monitoring the situation," the Port Authority said.\n',
        encoding="utf-8",
    )
    ingest(tmp_path)
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Port Authority"]
    described = Quote.objects.get(text__startswith="The harbour")
    assert described.speaker is None and described.speaker_description == "the statement"
    assert Quote.objects.get(text__startswith="We are").speaker_organisation.name == "Port Authority"


def test_unnamed_sources_are_stored_on_the_quote_not_as_people(tmp_path, client):
    path = tmp_path / "harbour.txt"
    path.write_text(
        "Harbour plan divides the council\n\n"
        '"The plan will flood the old town," critics said.\n\n'
        '"We will oppose it," said Jane Leaders, a councillor.\n',
        encoding="utf-8",
    )
    ingest(path)
    assert list(Person.objects.values_list("name", flat=True)) == ["Jane Leaders"]
    unnamed = Quote.objects.get(text__startswith="The plan")
    assert unnamed.speaker is None and unnamed.speaker_description.lower() == "critics"
    assert unnamed.speaker_name.lower() == "critics"
    page = client.get(unnamed.get_absolute_url()).content.decode()
    assert "(unnamed source)" in page
    listing = client.get("/quotes/").content.decode()
    assert 'class="speaker unnamed">critics<' in listing


def test_a_programme_venue_links_its_outlet_not_a_new_organisation(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Coalition talks\n\n"
        "« Il n'y aura pas de dissolution », Claire Vautrin told France 5's C à vous programme.\n",
        encoding="utf-8",
    )
    ingest(tmp_path)
    quote = Quote.objects.get()
    assert quote.venue == "France 5's C à vous programme"
    assert quote.venue_organisation.name == "France 5"
    assert not Organisation.objects.filter(name__contains="programme").exists()
