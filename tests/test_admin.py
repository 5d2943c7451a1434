"""The editors' admin: editing marks quotes human-edited, bulk verify, merge, permissions."""
import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from quotes.models import Alias, Person, Quote
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def quote():
    jane = factories.person("Jane Doe")
    article = factories.article()
    return factories.quote(article, "We will build the bridge,", speaker=jane, cue="said")


def change_form_data(quote, **overrides):
    data = {
        "text": quote.text, "kind": quote.kind, "speaker_person": quote.speaker_person_id or "",
        "speaker_organisation": "", "speaker_description": "", "cue": quote.cue, "venue": "",
        "venue_organisation": "", "when_text": "", "said_on": "", "article": quote.article_id,
    }
    data.update(overrides)
    return data


def test_editing_a_quote_in_the_admin_marks_it_human_edited(admin_client, quote):
    other = factories.person("John Roe")
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = admin_client.post(url, change_form_data(quote, speaker_person=other.pk, venue="Radio Nord", is_verified="on"))
    assert response.status_code == 302, response.content[:2000]
    quote.refresh_from_db()
    assert quote.speaker_person == other and quote.venue == "Radio Nord"
    assert quote.is_edited and quote.is_verified


def test_saving_without_changes_does_not_mark_edited(admin_client, quote):
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    admin_client.post(url, change_form_data(quote))
    quote.refresh_from_db()
    assert not quote.is_edited


def test_bulk_mark_verified_action(admin_client, quote):
    second = factories.quote(quote.article, "costs would fall", kind="indirect")
    response = admin_client.post(
        reverse("admin:quotes_quote_changelist"),
        {"action": "mark_verified", "_selected_action": [quote.pk, second.pk]},
    )
    assert response.status_code == 302
    assert Quote.objects.filter(is_verified=True).count() == 2


def test_merge_people_moves_quotes_and_keeps_the_name_as_alias(admin_client, quote):
    duplicate = factories.person("J. Doe")
    factories.quote(quote.article, "costs would fall", speaker=duplicate, kind="indirect")
    factories.quote(quote.article, "Minister Jane Doe spoke", speaker=quote.speaker_person)
    admin_client.post(
        reverse("admin:quotes_person_changelist"),
        {"action": "merge_people", "_selected_action": [quote.speaker_person_id, duplicate.pk]},
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["Jane Doe"]
    assert Quote.objects.filter(speaker_person__name="Jane Doe").count() == 3
    assert Alias.objects.filter(person__name="Jane Doe", name="J. Doe").exists()


def test_speaker_autocomplete_finds_people(admin_client, quote):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "jane", "app_label": "quotes", "model_name": "quote", "field_name": "speaker_person"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Jane Doe"]


def test_admin_search_and_filters(admin_client, quote):
    changelist = reverse("admin:quotes_quote_changelist")
    assert b"We will build the bridge" in admin_client.get(changelist, {"q": "Jane"}).content
    assert b"We will build the bridge" not in admin_client.get(changelist, {"kind__exact": "indirect"}).content
    article_page = admin_client.get(reverse("admin:quotes_article_change", args=[quote.article_id]))
    assert b"We will build the bridge" in article_page.content  # quotes inline


def test_staff_without_change_permission_cannot_edit_quotes(client, quote):
    viewer = User.objects.create_user("viewer", password="pw-123456789", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_quote"))
    client.force_login(viewer)
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    assert client.get(url).status_code == 200  # may look
    client.post(url, change_form_data(quote, text="Vandalised"))
    quote.refresh_from_db()
    assert quote.text == "We will build the bridge,"
    response = client.post(reverse("admin:quotes_quote_changelist"), {"action": "mark_verified", "_selected_action": [quote.pk]})
    quote.refresh_from_db()
    assert not quote.is_verified


def test_admin_requires_staff(client, quote):
    User.objects.create_user("reader", password="pw-123456789")
    client.login(username="reader", password="pw-123456789")
    response = client.get(reverse("admin:quotes_quote_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_anonymous_visitors_are_sent_to_the_login_page(client, quote):
    for url in (reverse("admin:index"), reverse("admin:quotes_quote_change", args=[quote.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    response = client.post(reverse("admin:quotes_quote_change", args=[quote.pk]), change_form_data(quote, text="x"))
    quote.refresh_from_db()
    assert quote.text == "We will build the bridge,"


def test_staff_without_any_permission_cannot_see_or_change_quotes(client, quote):
    staff = User.objects.create_user("intern", password="pw-123456789", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("admin:quotes_quote_changelist")).status_code == 403
    assert client.get(reverse("admin:quotes_quote_change", args=[quote.pk])).status_code == 403
    response = client.post(reverse("admin:quotes_quote_change", args=[quote.pk]), change_form_data(quote, text="x"))
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.text == "We will build the bridge,"


def test_admin_quote_search_uses_the_sites_search_words_or_speaker(admin_client, django_assert_max_num_queries):
    body = (
        '"We will build the bridge," said Jane Doe.\n'
        '"La défense coûtera plus," said Sébastien Lecornu.\n'
        '"Nothing to add," said John Roe.\n'
    )
    article = factories.article(body)
    jane = factories.person("Jane Doe")
    Alias.objects.create(person=jane, name="The Minister")
    lecornu = factories.person("Sébastien Lecornu")
    bridge = factories.quote(article, "We will build the bridge,", speaker=jane)
    defense = factories.quote(article, "La défense coûtera plus,", speaker=lecornu)
    factories.quote(article, "Nothing to add,", speaker=factories.person("John Roe"))
    url = reverse("admin:quotes_quote_changelist")

    def found(term):
        with django_assert_max_num_queries(12):
            response = admin_client.get(url, {"q": term})
        assert response.status_code == 200
        return set(response.context["cl"].result_list)

    assert found("defense") == {defense}  # words, accents ignored
    assert found("sebastien lecornu") == {defense}  # speaker's name, accents ignored
    assert found("the minister") == {bridge}  # speaker's alias, as on the site
    assert found("bridge -build") == set()  # websearch syntax: an excluded word
    assert found("") == {bridge, defense, Quote.objects.get(text="Nothing to add,")}


def test_admin_quote_search_matches_what_the_public_search_returns(admin_client, client):
    article = factories.article()
    jane = factories.person("Jane Doe")
    factories.quote(article, "We will build the bridge,", speaker=jane)
    factories.quote(article, "costs would fall", kind="indirect")
    admin = admin_client.get(reverse("admin:quotes_quote_changelist"), {"q": "bridge"}).context["cl"].result_list
    public = client.get(reverse("quotes:quote-list"), {"text": "bridge"}).context["page_obj"].object_list
    assert [q.pk for q in admin] == [q.pk for q in public]
