"""Quote search on both databases: speakers, words, filters, facets, sorting, highlighting
and escaping, bounded queries. PostgreSQL-only behaviour (typos, stemming) is marked."""
from datetime import date
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.urls import reverse
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from quotes.models import Alias, Quote
from quotes.search import QuoteSearch, mark_terms, sentinels_to_marks, MARK_START, MARK_STOP
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'
URL = "/quotes/"


def quotes_for(client, **params):
    response = client.get(reverse("quotes:quote-list"), params)
    assert response.status_code == 200
    return list(response.context["quotes"])


@pytest.fixture
def corpus():
    """Three speakers in two outlets over two years, with roles, an alias and dates."""
    post = factories.organisation("Northern Post")
    gazette = factories.organisation("Valley Gazette")
    ministry = factories.organisation("Defence Ministry")
    body_a = (
        '"We will build the bridge and the budget is ready," said Sebastien Lecornu.\n'
        '"The budget is a disgrace," said Maria Palomero.\n'
        '"Lecornu is wrong about the budget," said Ana Ruiz.\n'
    )
    body_b = (
        '"Our defence needs more money," said Sebastien Lecornu.\n'
        '"The ministry will answer," the Defence Ministry said.\n'
    )
    a = factories.article(body_a, title="Budget row", publication=post, published=date(2024, 3, 1))
    b = factories.article(body_b, title="Defence plans", publication=gazette, published=date(2025, 6, 1))
    lecornu = factories.person("Sébastien Lecornu")
    palomero = factories.person("Maria Palomero")
    ruiz = factories.person("Ana Ruiz")
    Alias.objects.create(person=lecornu, name="Le Cornu")
    factories.role(lecornu, b, "France's Defense Minister", ministry)
    q1 = factories.quote(a, "We will build the bridge and the budget is ready,", speaker=lecornu, said_on=date(2024, 2, 28))
    q2 = factories.quote(a, "The budget is a disgrace,", speaker=palomero, is_verified=True)
    q3 = factories.quote(a, "Lecornu is wrong about the budget,", speaker=ruiz, kind="indirect")
    q4 = factories.quote(b, "Our defence needs more money,", speaker=lecornu, said_on=date(2025, 5, 30))
    q5 = factories.quote(b, "The ministry will answer,", speaker=ministry)
    return locals()


# -- speakers ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["lecornu", "Sébastien Lecornu", "SEBASTIEN", "le cornu", "defense minister"])
def test_speaker_search_matches_names_aliases_and_roles_ignoring_case_and_accents(client, corpus, query):
    assert set(quotes_for(client, q=query)) == {corpus["q1"], corpus["q4"]}


def test_a_name_query_is_not_diluted_by_people_described_with_that_name(client, corpus):
    """'lecornu' finds Lecornu (and whoever is known by the name), not his chief of staff,
    whom an article described as "Lecornu's chief of staff"; the role words still find her."""
    aide = factories.person("Odile Marchetti")
    article = factories.article('"No comment," said Odile Marchetti.\n', title="Staff")
    factories.role(aide, article, "Lecornu's chief of staff")
    said = factories.quote(article, "No comment,", speaker=aide)
    assert set(quotes_for(client, q="lecornu")) == {corpus["q1"], corpus["q4"]}
    assert quotes_for(client, q="chief of staff") == [said]


def test_speaker_search_ranks_the_best_matching_speaker_first(client, corpus):
    # "palomero" is Maria Palomero's surname; nobody else matches.
    assert quotes_for(client, q="palomero") == [corpus["q2"]]
    # An exact full name outranks a partial match of another speaker.
    other = factories.person("Sebastien Lecornu-Dupont")
    article = factories.article('"Fine," said Sebastien Lecornu-Dupont.\n', published=date(2026, 1, 1))
    newer = factories.quote(article, "Fine,", speaker=other)
    found = quotes_for(client, q="Sebastien Lecornu")
    assert newer in found
    assert found.index(corpus["q4"]) < found.index(newer)


def test_unnamed_sources_are_found_by_their_description(client, corpus):
    article = factories.article('"The bridge will be late," senior officials said.\n', title="Bridge delay")
    unnamed = factories.quote(article, "The bridge will be late,", speaker=None, speaker_description="senior officials")
    assert quotes_for(client, q="officials") == [unnamed]
    # Ranked after the named speakers who match.
    Alias.objects.create(person=corpus["ruiz"], name="Officials Watch")
    shown = quotes_for(client, q="officials")
    assert shown[-1] == unnamed and corpus["q3"] in shown


def test_organisations_are_found_as_speakers(client, corpus):
    assert corpus["q5"] in quotes_for(client, q="defence ministry")


@pytest.mark.postgres
@pytest.mark.parametrize("typo", ["Palomeros", "palomera", "Maria Palonero"])
def test_speaker_search_tolerates_typos_on_postgresql(client, corpus, typo):
    assert quotes_for(client, q=typo) == [corpus["q2"]]


def test_speaker_suggestions_are_json_ranked_and_need_two_letters(client, corpus):
    url = reverse("quotes:speaker-suggest")
    data = client.get(url, {"q": "leco"}).json()
    assert data["results"][0]["name"] == "Sébastien Lecornu"
    assert data["results"][0]["url"] == corpus["lecornu"].get_absolute_url()
    assert client.get(url, {"q": "l"}).json()["results"] == []


def test_speaker_box_is_enhanced_by_an_external_script_only(client, corpus):
    html = client.get(URL).content.decode()
    assert 'data-suggest-url="/speakers/suggest.json"' in html
    assert '<script src="/static/js/suggest.js" defer></script>' in html
    assert "onclick=" not in html and "<script>" not in html and "style=" not in html


# -- words ---------------------------------------------------------------------------------


def test_word_search_finds_quotes_by_their_words(client, corpus):
    assert set(quotes_for(client, text="budget")) == {corpus["q1"], corpus["q2"], corpus["q3"]}
    assert quotes_for(client, text="budget disgrace") == [corpus["q2"]]


def test_word_search_supports_phrases_and_exclusions(client, corpus):
    assert quotes_for(client, text='"the bridge"') == [corpus["q1"]]
    assert set(quotes_for(client, text="budget -disgrace")) == {corpus["q1"], corpus["q3"]}


def test_word_search_combines_with_speaker_search_and_filters(client, corpus):
    assert quotes_for(client, text="budget", q="lecornu") == [corpus["q1"]]
    assert quotes_for(client, text="budget", kind="indirect") == [corpus["q3"]]


def test_word_search_highlights_matches_in_mark(client, corpus):
    html = client.get(URL, {"text": "disgrace"}).content.decode()
    assert "<mark>disgrace</mark>" in html


def test_highlighting_escapes_hostile_quote_text(client):
    body = f'"{HOSTILE} budget <b>now</b>," said Jane Doe.\n'
    article = factories.article(body)
    factories.quote(article, f"{HOSTILE} budget <b>now</b>,", speaker=factories.person())
    html = client.get(URL, {"text": "budget"}).content.decode()
    assert "<script>alert" not in html and "<b>now</b>" not in html
    assert "&lt;script&gt;" in html and "<mark>budget</mark>" in html


def test_highlight_helpers_escape_before_marking():
    assert mark_terms("<i>tax</i> TAX", ["tax"]) == "&lt;i&gt;<mark>tax</mark>&lt;/i&gt; <mark>TAX</mark>"
    headline = f"<b>{MARK_START}tax{MARK_STOP}</b>"
    assert sentinels_to_marks("<b>tax</b>", headline) == "&lt;b&gt;<mark>tax</mark>&lt;/b&gt;"
    # Text that already holds a sentinel is shown plainly rather than trusted.
    assert "<mark>" not in sentinels_to_marks(f"x{MARK_START}y", f"x{MARK_START}y")


@pytest.mark.postgres
def test_word_search_stems_and_ignores_accents_on_postgresql(client, corpus):
    assert quotes_for(client, text="building") == [corpus["q1"]]  # build ~ building
    article = factories.article('"Sébastien était là," said Ana Ruiz.\n')
    accented = factories.quote(article, "Sébastien était là,", speaker=corpus["ruiz"])
    assert quotes_for(client, text="sebastien") == [accented]


@pytest.mark.postgres
def test_word_search_ranks_by_relevance_on_postgresql(client, corpus):
    body = '"Budget, budget, budget: the budget," said Ana Ruiz.\n'
    article = factories.article(body, published=date(2020, 1, 1))
    dense = factories.quote(article, "Budget, budget, budget: the budget,", speaker=corpus["ruiz"])
    assert quotes_for(client, text="budget")[0] == dense
    # Newest ignores relevance.
    assert quotes_for(client, text="budget", sort="newest")[-1] == dense


@pytest.mark.postgres
def test_search_vector_follows_edits_to_the_text(corpus):
    quote = corpus["q5"]
    quote.text = "The ministry refuses to comment"
    quote.save()
    assert list(Quote.objects.text_search("refuses")) == [quote]


# -- filters, sort, pages ------------------------------------------------------------------------


def test_filters_narrow_by_publication_verified_and_dates(client, corpus):
    assert set(quotes_for(client, publication=corpus["gazette"].slug)) == {corpus["q4"], corpus["q5"]}
    assert quotes_for(client, verified="yes") == [corpus["q2"]]
    assert quotes_for(client, said_from="2025-01-01") == [corpus["q4"]]
    assert quotes_for(client, said_to="2024-12-31") == [corpus["q1"]]
    assert set(quotes_for(client, published_from="2025-01-01", published_to="2025-12-31")) == {corpus["q4"], corpus["q5"]}
    assert quotes_for(client, published_to="2023-12-31") == []


def test_organisation_filter_covers_its_own_quotes_and_its_peoples(client, corpus):
    assert set(quotes_for(client, organisation=corpus["ministry"].slug)) == {corpus["q1"], corpus["q4"], corpus["q5"]}


def test_sort_newest_and_oldest_keep_reading_order_within_an_article(client, corpus):
    newest = quotes_for(client, sort="newest")
    assert newest == [corpus[k] for k in ("q4", "q5", "q1", "q2", "q3")]
    assert quotes_for(client, sort="oldest") == [corpus[k] for k in ("q1", "q2", "q3", "q4", "q5")]


def test_every_filter_sort_and_page_is_in_the_url(client, corpus, settings):
    for n in range(30):
        article = factories.article(f'"Budget line {n}," said Ana Ruiz.\n')
        factories.quote(article, f"Budget line {n},", speaker=corpus["ruiz"])
    response = client.get(URL, {"text": "budget", "sort": "oldest", "page": 2, "kind": "direct"})
    html = response.content.decode()
    assert response.context["page_obj"].number == 2
    assert "?text=budget&amp;sort=oldest&amp;page=1&amp;kind=direct" in html  # previous page keeps everything
    assert "sort=newest" in html  # sort links keep the filters


def test_bad_parameters_are_reported_not_raised(client, corpus):
    response = client.get(URL, {"said_from": "yesterday", "kind": "shouted", "sort": "sideways"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "is not a date" in html and "Unknown kind" in html
    assert len(response.context["quotes"]) == 5


# -- facets and chips --------------------------------------------------------------------------


def test_facets_count_the_filtered_set_and_toggle_filters(client, corpus):
    response = client.get(URL, {"text": "budget"})
    facets = {f.name: f for f in response.context["facets"]}
    speakers = {item.label: item.count for item in facets["speaker"].items}
    assert speakers == {"Sébastien Lecornu": 1, "Maria Palomero": 1, "Ana Ruiz": 1}
    assert {i.label: i.count for i in facets["kind"].items} == {"Direct": 2, "Indirect": 1}
    assert {i.label: i.count for i in facets["year"].items} == {"2024": 3}
    assert {i.label: i.count for i in facets["publication"].items} == {"Northern Post": 3}
    html = response.content.decode()
    assert f"?text=budget&amp;speaker={corpus['palomero'].slug}" in html
    # A selected facet value links to the list without it.
    selected = client.get(URL, {"text": "budget", "kind": "indirect"})
    kind = next(f for f in selected.context["facets"] if f.name == "kind")
    assert kind.items[0].selected and kind.items[0].query.urlencode() == "text=budget"


def test_year_facet_sets_a_published_date_range(client, corpus):
    facets = {f.name: f for f in client.get(URL).context["facets"]}
    item = next(i for i in facets["year"].items if i.label == "2025")
    assert item.query.urlencode() == "published_from=2025-01-01&published_to=2025-12-31"


def test_chips_remove_one_filter_and_keep_the_rest(client, corpus):
    response = client.get(URL, {"q": "lecornu", "text": "budget", "verified": "no", "said_from": "2024-01-01"})
    chips = {chip.label: chip.query.urlencode() for chip in response.context["chips"]}
    assert chips["Speaker matches “lecornu”"] == "text=budget&verified=no&said_from=2024-01-01"
    assert chips["Not verified"] == "q=lecornu&text=budget&said_from=2024-01-01"
    assert chips["Said from 2024-01-01"] == "q=lecornu&text=budget&verified=no"


def test_unknown_object_filter_shows_no_quotes_and_a_chip(client, corpus):
    response = client.get(URL, {"speaker": "nobody-at-all"})
    assert list(response.context["quotes"]) == []
    assert "Speaker: not found" in response.content.decode()


# -- person and organisation pages ------------------------------------------------------------------


def test_person_page_searches_within_their_quotes(client, corpus):
    response = client.get(corpus["lecornu"].get_absolute_url(), {"q": "defence"})
    [(article, quotes)] = response.context["quotes_by_article"]
    assert quotes == [corpus["q4"]]
    assert "<mark>" in response.content.decode()


def test_person_page_search_counts_pages_and_caps_like_the_quote_search(client, corpus, monkeypatch):
    import quotes.search

    lecornu = corpus["lecornu"].get_absolute_url()
    response = client.get(lecornu, {"q": "money"})
    assert [q for _article, group in response.context["quotes_by_article"] for q in group] == [corpus["q4"]]
    assert "1 quote with" in response.content.decode()
    monkeypatch.setattr(quotes.search, "COUNT_CAP", 0)
    assert "More than 0 quotes with" in client.get(lecornu, {"q": "money"}).content.decode()


def test_person_page_lists_quotes_about_them_but_not_their_own(client, corpus):
    response = client.get(corpus["lecornu"].get_absolute_url())
    assert list(response.context["quotes_about"]) == [corpus["q3"]]


def test_organisation_page_searches_its_own_quotes(client, corpus):
    page = client.get(corpus["ministry"].get_absolute_url(), {"q": "answer"})
    assert page.context["own_quotes"] == [corpus["q5"]]
    assert client.get(corpus["ministry"].get_absolute_url(), {"q": "budget"}).context["own_quotes"] == []


# -- bounded queries, fuzzing ---------------------------------------------------------------------


def test_search_pages_run_a_bounded_number_of_queries(client, corpus, django_assert_max_num_queries):
    for n in range(40):
        article = factories.article(f'"Budget line {n}," said Person {n}.\n', publication=corpus["post"])
        factories.quote(article, f"Budget line {n},", speaker=factories.person(f"Person {n}"))
    urls = [
        (URL, {}),
        (URL, {"q": "person"}),
        (URL, {"text": "budget", "q": "person", "kind": "direct", "verified": "no"}),
        (URL, {"publication": corpus["post"].slug, "speaker": corpus["ruiz"].slug, "said_from": "2020-01-01"}),
        (URL, {"organisation": corpus["ministry"].slug, "sort": "oldest", "page": "1"}),
        (reverse("quotes:speaker-suggest"), {"q": "person"}),
        (corpus["lecornu"].get_absolute_url(), {"q": "budget"}),
        (corpus["ministry"].get_absolute_url(), {"q": "budget"}),
    ]
    for url, params in urls:
        with django_assert_max_num_queries(10):
            assert client.get(url, params).status_code == 200, (url, params)


PARAMS = ["q", "text", "speaker", "organisation", "publication", "article", "kind", "verified",
          "said_from", "said_to", "published_from", "published_to", "sort", "page", "after", "size"]
VALUES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30),
    st.sampled_from(["", "2024-02-30", "2024-01-01", "direct", "yes", "relevance", "-1", "0", "99999",
                     '"unclosed', "a | b", "!!", "-", "or", "2024-01-01.1.2.3", "x.y.z.w", "&", "%"]),
)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=6))
def test_no_combination_of_parameters_is_a_server_error(client, corpus, params):
    for url in (URL, "/quotes.json", "/quotes.csv"):
        response = client.get(url, params)
        assert response.status_code in (200, 400, 404), (url, params, response.status_code)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)


def test_very_broad_searches_rank_a_sample_and_say_so(client, corpus, monkeypatch):
    import quotes.search

    monkeypatch.setattr(quotes.search, "COUNT_CAP", 2)
    monkeypatch.setattr(quotes.search, "RANK_SAMPLE", 2)
    response = client.get(URL, {"text": "budget"})
    assert response.status_code == 200
    assert len(response.context["quotes"]) == 2
    html = response.content.decode()
    assert "ranked among a sample" in html and "More than 2 quotes" in html
    # Sorted by date, every match is still listed.
    assert client.get(URL, {"text": "budget", "sort": "newest"}).context["search"].ranks_a_sample is False


def test_people_and_organisation_lists_rank_by_cached_counts(client, corpus):
    people = client.get(reverse("quotes:person-list")).context["people"]
    assert [(p.name, p.quote_count) for p in people][:1] == [("Sébastien Lecornu", 2)]
    organisations = client.get(reverse("quotes:organisation-list")).context["organisations"]
    counts = {o.name: (o.quote_count, o.article_count) for o in organisations}
    assert counts["Defence Ministry"] == (1, 0)
    assert counts["Northern Post"] == (0, 1)
    assert organisations[0].name == "Defence Ministry"


def test_the_form_keeps_a_chosen_sort_but_does_not_pin_the_default(client, corpus):
    assert 'name="sort"' not in client.get(URL).content.decode()
    assert '<input type="hidden" name="sort" value="oldest">' in client.get(URL, {"sort": "oldest"}).content.decode()


def test_word_search_ignores_accents_on_every_database(client):
    """On SQLite too (a case- and accent-folding SQL function), with the same parameters."""
    article = factories.article(
        '"La défense est prête," said Ana Ruiz.\n"Sébastien était là," said Ana Ruiz.\n"Nothing here," said Ana Ruiz.\n'
    )
    ruiz = factories.person("Ana Ruiz")
    defense = factories.quote(article, "La défense est prête,", speaker=ruiz)
    sebastien = factories.quote(article, "Sébastien était là,", speaker=ruiz)
    factories.quote(article, "Nothing here,", speaker=ruiz)
    assert quotes_for(client, text="defense") == [defense]
    assert quotes_for(client, text="Sebastien") == [sebastien]
    assert quotes_for(client, text="DÉFENSE") == [defense]
    assert set(quotes_for(client, text="ana -defense")) == set()  # no quote has "ana" in its words
    assert quotes_for(client, text="la -defense") == [sebastien]
    html = client.get(URL, {"text": "defense"}).content.decode()
    assert "<mark>défense</mark>" in html


def test_highlighting_ignores_case_and_accents_and_keeps_the_original_text():
    assert mark_terms("La Défense, straße", ["defense", "STRASSE"]) == (
        "La <mark>Défense</mark>, <mark>straße</mark>"
    )


def test_any_of_filters_by_a_list_of_ids_on_both_databases(corpus):
    wanted = [corpus["q1"].pk, corpus["q3"].pk]
    assert set(Quote.objects.filter(pk__any_of=wanted)) == {corpus["q1"], corpus["q3"]}
    assert set(Quote.objects.filter(speaker_person__any_of=[corpus["ruiz"].pk])) == {corpus["q3"]}
    assert not Quote.objects.filter(pk__any_of=[]).exists()


def test_relevance_pages_list_the_ranked_quotes_in_order_with_their_speakers(client, corpus, monkeypatch):
    """A relevance page ranks ids, then loads only that page's quotes (with speakers and
    articles, no query per card); the order is the ranking's, across pages too."""
    import quotes.search

    monkeypatch.setattr(quotes.search, "COUNT_CAP", 2)  # also the ranked-sample path
    for params in ({"text": "budget"}, {"q": "lecornu"}):
        expected = list(quotes.search.QuoteSearch(QueryDict(urlencode(params))).ordered())
        shown = quotes_for(client, **params)
        assert shown == expected[: len(shown)] and shown
        assert all(q.article.title for q in shown)


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
@pytest.mark.parametrize("params", [{"text": "budget"}, {"q": "lecornu"}, {"text": "budget", "kind": "direct"}])
def test_narrow_searches_order_their_known_ids_as_a_full_search_would(client, corpus, sort, params):
    """A search short of the count cap, sorted by date, pages through the ids its count
    read returned, sorted in Python; that, and relevance, must list the same quotes in the same order as the
    database ordering the whole filtered set."""
    from django.db.models import F

    from quotes.querysets import NEWEST, OLDEST
    from quotes.search import RankedIds

    search = QuoteSearch(QueryDict(urlencode({**params, "sort": sort})))
    assert search._every_match_is_known == (sort != "relevance")  # relevance ranks in the database
    assert isinstance(search.page_source(), RankedIds)

    everything = search.queryset()
    ranks = [F(name).desc() for name in ("text_rank", "speaker_rank") if name in everything.query.annotations]
    order = {"newest": NEWEST, "oldest": OLDEST, "relevance": (*ranks, *NEWEST)}[sort]
    expected = list(everything.order_by(*order))
    assert list(search.ordered()) == expected and expected
    assert quotes_for(client, **params, sort=sort) == expected


def test_a_search_over_the_count_cap_is_not_ordered_by_known_ids(corpus, monkeypatch):
    import quotes.search

    monkeypatch.setattr(quotes.search, "COUNT_CAP", 1)
    search = QuoteSearch(QueryDict("text=budget&sort=newest"))
    assert search.count_is_capped and not search._every_match_is_known
    assert list(search.page_source()) == list(search.queryset().with_related().newest_first())


@pytest.mark.parametrize("known_up_to", [0, 1, 100])
def test_newest_first_sparse_gives_what_newest_first_gives(corpus, known_up_to):
    budget = Quote.objects.text_search("budget")
    assert list(budget.newest_first_sparse(known_up_to=known_up_to)) == list(budget.newest_first())
    assert not Quote.objects.text_search("nowhere").newest_first_sparse().exists()
