"""/quotes.json and /quotes.csv: same filters as the page, streamed, paged by cursor."""
import csv
import io
from datetime import date

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode()


def get_json(client, url, **params):
    import json

    response = client.get(url, params)
    assert response.status_code == 200, response
    assert response["Content-Type"] == "application/json"
    return json.loads(body(response))


@pytest.fixture
def many_quotes():
    """25 quotes by two speakers over 25 days, one organisation speaking."""
    post = factories.organisation("Northern Post")
    jane, omar = factories.person("Jane Doe"), factories.person("Omar Haddad")
    quotes = []
    for n in range(25):
        text = f"Budget item {n} is settled"
        article = factories.article(f'"{text}," said someone.\n', publication=post, published=date(2024, 1, 1 + n))
        quotes.append(
            factories.quote(article, text, speaker=jane if n % 2 else omar, cue="said", venue="Radio Nord",
                            said_on=date(2024, 1, 1 + n), when_text="on Monday")
        )
    return {"post": post, "jane": jane, "omar": omar, "quotes": quotes}


def test_json_gives_speaker_article_offsets_venue_and_dates(client, many_quotes):
    data = get_json(client, reverse("quotes:quote-list-json"), size=1)
    [first] = data["quotes"]
    newest = many_quotes["quotes"][-1]
    assert first["id"] == newest.pk and first["text"] == newest.text
    assert first["start"] == newest.start and first["end"] == newest.end
    assert first["speaker"]["name"] == "Omar Haddad" and first["speaker"]["type"] == "person"
    assert first["speaker"]["url"].endswith(many_quotes["omar"].get_absolute_url())
    assert first["venue"]["text"] == "Radio Nord" and first["cue"] == "said"
    assert first["said_on"] == "2024-01-25" and first["article"]["published"] == "2024-01-25"
    assert first["article"]["publication"] == "Northern Post"
    assert first["url"].endswith(newest.get_absolute_url())


def test_json_next_links_walk_every_quote_once_in_order(client, many_quotes):
    seen, url, params = [], reverse("quotes:quote-list-json"), {"size": 7, "sort": "oldest"}
    pages = 0
    while url:
        data = get_json(client, url, **params)
        seen += [q["id"] for q in data["quotes"]]
        url, params = data["next"], {}
        pages += 1
    assert pages == 4
    assert seen == [q.pk for q in many_quotes["quotes"]]


def test_json_keeps_filters_in_next_links(client, many_quotes):
    url = reverse("quotes:quote-list-json")
    data = get_json(client, url, speaker=many_quotes["jane"].slug, size=5)
    assert "speaker=jane-doe" in data["next"]
    ids = [q["id"] for q in data["quotes"]]
    while data["next"]:
        data = get_json(client, data["next"])
        ids += [q["id"] for q in data["quotes"]]
    assert sorted(ids) == sorted(q.pk for q in many_quotes["quotes"] if q.speaker_person == many_quotes["jane"])


def test_json_relevance_search_pages_by_number(client, many_quotes):
    data = get_json(client, reverse("quotes:quote-list-json"), text="budget", size=10)
    assert data["filters"]["sort"] == "relevance"
    assert "page=2" in data["next"]
    second = get_json(client, data["next"])
    assert {q["id"] for q in second["quotes"]}.isdisjoint({q["id"] for q in data["quotes"]})


def test_json_rejects_a_malformed_cursor_with_400(client, many_quotes):
    response = client.get(reverse("quotes:quote-list-json"), {"after": "not-a-cursor"})
    assert response.status_code == 400
    assert "cursor" in response.json()["error"] or "after" in response.json()["error"]


def test_csv_streams_every_matching_quote_and_parses(client, many_quotes):
    response = client.get(reverse("quotes:quote-list-csv"), {"speaker": many_quotes["omar"].slug})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert len(rows) == 13
    assert {row["speaker_person"] for row in rows} == {"Omar Haddad"}
    assert rows[0]["said_on"] == "2024-01-25" and rows[0]["publication"] == "Northern Post"
    assert int(rows[0]["end"]) - int(rows[0]["start"]) == len(rows[0]["text"])


def test_csv_neutralises_spreadsheet_formulas(client):
    article = factories.article('"=HYPERLINK(1)," said Jane Doe.\n')
    factories.quote(article, "=HYPERLINK(1),", speaker=factories.person())
    [row] = list(csv.DictReader(io.StringIO(body(client.get(reverse("quotes:quote-list-csv"))))))
    assert row["text"] == "'=HYPERLINK(1),"


def test_export_links_carry_the_current_filters(client, many_quotes):
    html = client.get(reverse("quotes:quote-list"), {"kind": "direct", "text": "budget"}).content.decode()
    assert "/quotes.json?kind=direct&amp;text=budget" in html
    assert "/quotes.csv?kind=direct&amp;text=budget" in html


def test_exports_run_a_bounded_number_of_queries(client, many_quotes, django_assert_max_num_queries):
    for url, params in [
        (reverse("quotes:quote-list-json"), {"size": 1000}),
        (reverse("quotes:quote-list-json"), {"text": "budget", "q": "jane"}),
        (reverse("quotes:quote-list-csv"), {}),
    ]:
        with django_assert_max_num_queries(6):
            body(client.get(url, params))


def test_csv_of_a_very_broad_search_exports_every_match_not_the_ranked_sample(client, many_quotes, monkeypatch):
    import quotes.search

    monkeypatch.setattr(quotes.search, "COUNT_CAP", 5)
    monkeypatch.setattr(quotes.search, "RANK_SAMPLE", 3)
    rows = list(csv.DictReader(io.StringIO(body(client.get(reverse("quotes:quote-list-csv"), {"text": "budget"})))))
    assert len(rows) == 25


@pytest.mark.parametrize("cap", [5_000, 5])  # every match ranked, and a ranked sample
def test_json_relevance_pages_follow_the_search_ranking(client, many_quotes, monkeypatch, cap):
    import quotes.search
    from django.http import QueryDict

    monkeypatch.setattr(quotes.search, "COUNT_CAP", cap)
    search = quotes.search.QuoteSearch(QueryDict("text=budget+item&q=jane"))
    expected = [q.pk for q in search.ordered()]
    first = get_json(client, reverse("quotes:quote-list-json"), text="budget item", q="jane", size=4)
    second = get_json(client, reverse("quotes:quote-list-json"), text="budget item", q="jane", size=4, page=2)
    assert [q["id"] for q in first["quotes"] + second["quotes"]] == expected[:8]
    assert first["quotes"][0]["speaker"]["name"]
