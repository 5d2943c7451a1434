"""The distinct descriptions behind speaker search by role words, kept by database
triggers on roles (migration 0007): on every write path, on SQLite and PostgreSQL."""
import pytest

from quotes.models import Person, PersonDescription, Role
from quotes.services import merge_people
from tests import factories

pytestmark = pytest.mark.django_db


def described(person):
    return sorted(PersonDescription.objects.filter(person=person).values_list("description", flat=True))


def test_roles_give_each_distinct_description_once():
    jane = factories.person("Jane Doe")
    first, second = factories.article(title="One"), factories.article(title="Two", body="Other text.")
    factories.role(jane, first, "defense minister")
    Role.objects.bulk_create([Role(person=jane, article=second, description="defense minister"),
                              Role(person=jane, article=second, description="party leader")])
    assert described(jane) == ["defense minister", "party leader"]


def test_a_description_goes_with_its_last_role():
    jane = factories.person("Jane Doe")
    first, second = factories.article(title="One"), factories.article(title="Two", body="Other text.")
    factories.role(jane, first, "defense minister")
    factories.role(jane, second, "defense minister")
    first.delete()  # (its roles go by cascade)
    assert described(jane) == ["defense minister"]
    Role.objects.filter(article=second).delete()
    assert described(jane) == []


def test_an_edited_role_moves_its_description():
    jane = factories.person("Jane Doe")
    role = factories.role(jane, factories.article(), "defence minster")
    role.description = "defence minister"
    role.save()
    assert described(jane) == ["defence minister"]


def test_merging_people_moves_their_descriptions():
    keep, duplicate = factories.person("Jane Doe"), factories.person("J. Doe")
    factories.role(duplicate, factories.article(), "defense minister")
    merge_people(keep=keep, duplicates=[duplicate])
    assert described(keep) == ["defense minister"]
    assert not Person.objects.filter(pk=duplicate.pk).exists()


def test_speaker_search_by_role_words_follows_the_roles(client):
    jane = factories.person("Jane Doe")
    article = factories.article('"We will hold the line," said Jane Doe.')
    factories.quote(article, "We will hold the line", speaker=jane)
    role = factories.role(jane, article, "secretary of state")
    assert Person.objects.ranked_ids("secretary of state", 10) == [jane.pk]
    response = client.get("/quotes/", {"q": "Secretary of State"})
    assert "We will hold the line" in response.content.decode()
    role.delete()
    assert Person.objects.ranked_ids("secretary of state", 10) == []
