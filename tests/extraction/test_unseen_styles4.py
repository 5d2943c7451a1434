"""Fourth round of styles from outside US political news: a UK court report, a football
match report, a European wire story with a French quotation in guillemets, a health study
with a date line, and a Nigerian parliamentary story. The articles (tests/fixtures/unseen4/)
are invented, names included."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen4"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
# Known gaps are listed after each table and not asserted.
EXPECTED = {
    "court.txt": [
        ("direct", "You betrayed the trust", "Patricia Okafor", "person", "Judge", None),
        ("indirect", "Holloway had used the money", "Simon Reeve", "person", "Prosecutor", "the court"),
        ("direct", "He covered his tracks", "Simon Reeve", "person", "Prosecutor", None),
        ("mixed", "deeply ashamed", "Anita Desai", "person", "Holloway's barrister", None),
        ("indirect", "the authority had since overhauled", "Graham Pike", "person", "council leader", None),
        ("direct", "Lessons have been learned", "Graham Pike", "person", "council leader", None),
        # Gap: "Sentencing him at Manchester Crown Court, Judge ... said" gives no venue.
    ],
    "sport.txt": [
        ("direct", "We showed character today", "Sean Gallagher", "person", "Rovers manager",
         "BBC Radio Northbridge"),
        ("mixed", "over the moon", "Emeka Okonkwo", "person", None, None),
        ("direct", "We switched off for ten minutes", "Maria Lindqvist", "person", "City boss", None),
        ("direct", "I've seen it again", "Maria Lindqvist", "person", "City boss", None),
        ("indirect", "it would review the incident", "Football Association", "organisation", None, None),
        # Gap: "Asked about the penalty decision ..." comes out as a speakerless indirect
        # quote (PolNeAR annotates such questions).
    ],
    "europe_wire.txt": [
        ("direct", "Il n'y aura pas de dissolution", "Claire Vautrin", "person", None,
         "France 5's C à vous programme"),
        ("mixed", "clinging to power", "Marc Delorme", "person", "opposition leader", "BFM TV"),
        ("direct", "The minister is in denial", "Marc Delorme", "person", "opposition leader", None),
        ("mixed", "before the end of October", "Claire Vautrin", "person", None, "Le Monde"),
        ("direct", "Markets want a budget", "Hélène Garnier", "person", "chief economist at Banque Lafitte",
         None),
        # Gap: "France's finance minister ... ruled out" is not tied to Claire Vautrin,
        # named only in the next paragraph.
    ],
    "health_study.txt": [
        ("direct", "The increase in risk is small", "Ingrid Solberg", "person",
         "an epidemiologist at the Karolinska Institute and the study's lead author", None),
        ("mixed", "robust but not alarming", "Tom Achebe", "person", "Professor", None),
        ("direct", "This is an observational study", "Tom Achebe", "person", "Professor", "The Guardian"),
        ("mixed", "has a well-established safety profile", "Halvorsen Pharma", "organisation", None,
         "a statement"),
        ("indirect", "it was aware of the study", "European Medicines Agency", "organisation", None, None),
    ],
    "nigeria.txt": [
        ("mixed", "strengthen the integrity of our elections", "Adewale Okonjo", "person", "Senate President",
         None),
        ("indirect", "the opposition had not been given enough time", "Chukwuma Eze", "person", "Senator",
         None),
        ("direct", "We were handed a 140-page document", "Chukwuma Eze", "person", "Senator", None),
        ("direct", "Key recommendations from the 2023", "Samson Itodo", "person", "Yiaga Africa's executive director",
         None),
        ("mixed", "rushed and opaque", "opposition lawmakers", "unnamed", None, None),
        ("indirect", "it would study the bill", "Independent National Electoral Commission", "organisation",
         None, "a statement"),
        ("mixed", "in due course", "Femi Lawal", "person", "his spokesman", None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen4", name, EXPECTED[name])


def test_invented_articles_entities():
    sport = extract((FIXTURES / "sport.txt").read_text(encoding="utf-8"))
    assert "Castleton City" not in [p.name for p in sport.people]  # a club, not a person
    court = extract((FIXTURES / "court.txt").read_text(encoding="utf-8"))
    assert {p.name for p in court.people} == {"Derek Holloway", "Patricia Okafor", "Simon Reeve", "Anita Desai",
                                              "Graham Pike"}
    wire = extract((FIXTURES / "europe_wire.txt").read_text(encoding="utf-8"))
    assert wire.publication == "Reuters"
    nigeria = extract((FIXTURES / "nigeria.txt").read_text(encoding="utf-8"))
    assert "Minority Leader" not in [o.name for o in nigeria.organisations]
    study = extract((FIXTURES / "health_study.txt").read_text(encoding="utf-8"))
    assert study.published == date(2025, 3, 4)
    assert "GP" not in [o.name for o in study.organisations]
