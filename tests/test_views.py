"""Every public page: status, content, escaping of untrusted text, bounded queries."""
import pytest
from django.urls import reverse

from quotes.models import Role
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> "><img src=x onerror=alert(1)>'


@pytest.fixture
def newsroom():
    radio = factories.organisation("Radio Nord")
    post = factories.organisation("Northern Post")
    jane = factories.person("Jane Doe", description="Minister")
    article = factories.article(publication=post)
    factories.role(jane, article, "Minister of Bridges at Radio Nord", radio)
    quote = factories.quote(
        article, "We will build the bridge,", speaker=jane, cue="said", venue="Radio Nord",
        venue_organisation=radio, when_text="Monday", speaker_description="Minister",
    )
    indirect = factories.quote(article, "costs would fall", speaker=jane, kind="indirect", cue="added")
    own = factories.quote(article, "Minister Jane Doe spoke", speaker=radio)
    return {"jane": jane, "article": article, "quote": quote, "indirect": indirect, "radio": radio, "post": post, "own": own}


def test_home_shows_totals_recent_quotes_and_most_quoted(client, newsroom):
    response = client.get(reverse("quotes:home"))
    assert response.status_code == 200
    assert b"We will build the bridge" in response.content
    assert b"Jane Doe" in response.content
    assert b"3 quotes" in response.content


def test_quote_list_filters_by_speaker_kind_organisation_and_article(client, newsroom):
    url = reverse("quotes:quote-list")
    by_speaker = client.get(url, {"speaker": newsroom["jane"].slug})
    assert list(by_speaker.context["quotes"]) == [newsroom["quote"], newsroom["indirect"]]
    by_kind = client.get(url, {"kind": "indirect"})
    assert list(by_kind.context["quotes"]) == [newsroom["indirect"]]
    # An organisation's quotes are its own and its people's.
    by_org = client.get(url, {"organisation": newsroom["radio"].slug})
    assert set(by_org.context["quotes"]) == {newsroom["quote"], newsroom["indirect"], newsroom["own"]}
    other = factories.article(body="Nothing quoted here.\n")
    assert list(client.get(url, {"article": other.slug}).context["quotes"]) == []
    assert client.get(url, {"speaker": "nobody"}).context["paginator"].count == 0


@pytest.mark.parametrize("query", ["jane", "JANE DOE", "doe", "minister of bridges"])
def test_quote_list_searches_speakers_by_name_and_role_ignoring_case(client, newsroom, query):
    response = client.get(reverse("quotes:quote-list"), {"q": query})
    assert newsroom["quote"] in response.context["quotes"]


def test_speaker_search_ignores_accents_both_ways(client):
    article = factories.article(body='"Nous irons," said S\u00e9bastien Lecornu.\n')
    lecornu = factories.person("S\u00e9bastien Lecornu")
    factories.quote(article, "Nous irons,", speaker=lecornu)
    for query in ["sebastien", "S\u00e9bastien Lecornu", "SEBASTIEN", "lecornu"]:
        assert client.get(reverse("quotes:quote-list"), {"q": query}).context["paginator"].count == 1, query


def test_active_filters_show_as_removable_chips(client, newsroom):
    response = client.get(reverse("quotes:quote-list"), {"kind": "direct", "q": "jane"})
    html = response.content.decode()
    assert 'aria-label="Active filters"' in html
    assert "?q=jane" in html  # removing kind keeps the search
    assert "?kind=direct" in html  # removing the search keeps the kind


def test_quote_detail_shows_speaker_where_when_and_highlighted_context(client, newsroom):
    quote = newsroom["quote"]
    response = client.get(quote.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Minister of Bridges at Radio Nord" in html
    assert "Radio Nord" in html and "Monday" in html
    assert f'id="q{quote.pk}"' in html and "focus" in html
    assert newsroom["article"].get_absolute_url() in html


def test_person_page_groups_quotes_by_article_with_roles(client, newsroom):
    response = client.get(newsroom["jane"].get_absolute_url())
    assert response.status_code == 200
    [(article, quotes)] = response.context["quotes_by_article"]
    assert article == newsroom["article"] and quotes == [newsroom["quote"], newsroom["indirect"]]
    assert b"Minister of Bridges at Radio Nord" in response.content


def test_person_page_sums_up_descriptions_commonest_first(client, db, django_assert_max_num_queries):
    """Repeated descriptions collapse into one line (case ignored) with their article count
    and the latest article, commonest first; the same words at another organisation stay apart."""
    person, union = factories.person("Mara Quillon"), factories.organisation("Dock Workers Union")
    articles = [factories.article(title=f"Story {n}") for n in range(5)]
    for article in articles[:3]:
        factories.role(person, article, "Harbour Commissioner")
    factories.role(person, articles[3], "harbour commissioner")
    factories.role(person, articles[4], "union president", organisation=union)
    factories.role(person, articles[0], "union president")

    descriptions = Role.objects.filter(person=person).descriptions()
    assert [(d.text, d.organisation, d.articles) for d in descriptions] == [
        ("Harbour Commissioner", None, 4), ("union president", None, 1), ("union president", union, 1),
    ]
    assert descriptions[0].latest_article == articles[3] and descriptions[0].latest_article.title == "Story 3"

    with django_assert_max_num_queries(8):
        html = client.get(person.get_absolute_url()).content.decode()
    assert html.count("Harbour Commissioner") == 1 and "4 articles, most recently added" in html
    assert articles[3].get_absolute_url() in html and union.get_absolute_url() in html


def test_organisation_page_lists_people_own_quotes_and_published_articles(client, newsroom):
    response = client.get(newsroom["radio"].get_absolute_url())
    html = response.content.decode()
    assert "Jane Doe" in html and "Minister Jane Doe spoke" in html
    post = client.get(newsroom["post"].get_absolute_url())
    assert newsroom["article"] in post.context["articles"]


def test_article_page_highlights_every_quote_with_its_speaker(client, newsroom):
    response = client.get(newsroom["article"].get_absolute_url())
    html = response.content.decode()
    assert html.count('class="quote-mark quote-') >= 3
    assert "— Jane Doe" in html and "— Radio Nord" in html


def test_list_pages_render(client, newsroom):
    for name in ["person-list", "organisation-list", "article-list"]:
        response = client.get(reverse(f"quotes:{name}"))
        assert response.status_code == 200, name
    assert b"Jane Doe" in client.get(reverse("quotes:person-list"), {"q": "doe"}).content
    assert b"Radio Nord" in client.get(reverse("quotes:organisation-list"), {"q": "radio"}).content


def test_unknown_objects_are_404(client, db):
    assert client.get("/people/nobody/").status_code == 404
    assert client.get("/quotes/999999/").status_code == 404


def test_article_text_is_escaped_everywhere_including_highlights(client):
    body = f'Intro {HOSTILE} end.\n"{HOSTILE} is quoted," said Jane {HOSTILE}.\n'
    article = factories.article(body=body, title=f"Title {HOSTILE}")
    speaker = factories.person(f"Jane {HOSTILE}")
    quote = factories.quote(article, f"{HOSTILE} is quoted,", speaker=speaker, speaker_description=HOSTILE, venue=HOSTILE)
    pages = [
        article.get_absolute_url(), quote.get_absolute_url(), speaker.get_absolute_url(),
        reverse("quotes:quote-list"), reverse("quotes:person-list"), reverse("quotes:article-list"), reverse("quotes:home"),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url


def test_page_query_counts_stay_bounded_as_data_grows(client, newsroom, django_assert_max_num_queries):
    jane = newsroom["jane"]
    for n in range(30):
        article = factories.article(publication=newsroom["post"])
        factories.quote(article, "We will build the bridge,", speaker=jane)
        factories.quote(article, "costs would fall", speaker=factories.person(f"Person {n}"), kind="indirect")
    urls = [
        reverse("quotes:home"), reverse("quotes:quote-list"), reverse("quotes:quote-list") + "?q=doe",
        reverse("quotes:quote-list") + f"?organisation={newsroom['radio'].slug}",
        newsroom["quote"].get_absolute_url(), jane.get_absolute_url(), reverse("quotes:person-list"),
        reverse("quotes:organisation-list"), newsroom["radio"].get_absolute_url(), newsroom["post"].get_absolute_url(),
        reverse("quotes:article-list"), newsroom["article"].get_absolute_url(),
    ]
    for url in urls:
        with django_assert_max_num_queries(9):
            assert client.get(url).status_code == 200


def test_list_pages_do_not_read_article_bodies(client, newsroom, django_assert_max_num_queries):
    """A card never shows the article's text, the longest column by far; only the quote
    and article pages read it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    body_column = '"quotes_article"."body"'
    cards = [
        reverse("quotes:home"), reverse("quotes:quote-list"), reverse("quotes:quote-list") + "?q=jane",
        newsroom["jane"].get_absolute_url(), newsroom["radio"].get_absolute_url(),
        newsroom["post"].get_absolute_url(), reverse("quotes:article-list"),
    ]
    for url in cards:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert not [q["sql"] for q in queries if body_column in q["sql"]], url
    with CaptureQueriesContext(connection) as queries:
        assert b"We will build the bridge" in client.get(newsroom["quote"].get_absolute_url()).content
    assert any(body_column in q["sql"] for q in queries)
