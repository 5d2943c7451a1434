"""Write a synthetic news corpus for the load test: `python bench/make_corpus.py DIR --articles 1000`.

Deterministic (--seed). Each article has front matter (title, date, publication, URL) and
a dozen paragraphs mixing the constructions the extractor handles: direct quotes with the
cue after or before, mixed quotes, indirect speech, pronoun follow-ups. A few hundred
speakers recur with a skewed frequency, as in real news, so person pages range from one
quote to hundreds. Plain Python: no Django needed.
"""
from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = ("Anna Marco Sofia Jean Keir Ursula Olivier Nicole Ahmed Li Maria Pedro Ingrid Tomas Amara "
         "Yusuf Elena Pierre Hana Diego Fatima Lars Chen Aisha Paolo Greta Kofi Irene Mateo Nadia").split()
LAST = ("Dupont Rossi Novak Lindqvist Okafor Kowalski Moreau Tanaka Haddad Fischer Costa Jensen Petrov "
        "Alvarez Nakamura Mensah Schulz Bianchi Horvat Dubois Silva Larsen Ivanova Garcia Weber Conti "
        "Yilmaz Berg Romano Keller").split()
ROLES = ["Defense Minister", "Prime Minister", "Finance Minister", "mayor", "spokesperson", "economist",
         "historian", "general", "union leader", "central bank governor", "senator", "analyst"]
ORGS = ["Northern Post", "Radio Nord", "The Harbour Times", "China Daily", "Evening Courier", "Daily Ledger",
        "Metro Sentinel", "Coastal Herald", "Valley Tribune", "The Weekly Review"]
VENUES = ["France 5", "Public Senat TV", "Radio Nord", "a press conference", "parliament", "the summit"]
TOPICS = ["the bridge", "the budget", "the ceasefire", "rail investment", "the harbour expansion",
          "defense spending", "energy prices", "the new hospital", "trade talks", "the water supply"]
CLAIMS = ["is essential for the region", "will take longer than planned", "must be funded this year",
          "cannot wait until after the election", "is a step forward", "will cost more than expected",
          "has broad support", "needs a European answer", "is not up for negotiation", "will create jobs"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "recently", "on Feb 11"]


def people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    seen, result = set(), []
    while len(result) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            result.append((name, rng.choice(ROLES)))
    return result


def paragraph(rng: random.Random, speaker: tuple[str, str], topic: str) -> str:
    name, role = speaker
    surname = name.split()[-1]
    claim = rng.choice(CLAIMS)
    day = rng.choice(DAYS)
    return rng.choice([
        f'"{topic.capitalize()} {claim}," said {name}, the {role}, {day}.',
        f'{role.capitalize()} {name} said {day}: "We will not give up on {topic}. It {claim}."',
        f'{name} told {rng.choice(VENUES)} that {topic} {claim}.',
        f'Speaking on {rng.choice(VENUES)} {day}, {name} warned that "{topic} {claim}."',
        f'{surname} added that the plan {claim}. "Nobody should doubt it," {surname} said.',
        f'"It is simply a question of looking ahead," {name} stated. "{topic.capitalize()} {claim}."',
    ])


def write_corpus(folder: Path, *, articles: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    pool = people(rng, 300)
    weights = [1 / (rank + 1) for rank in range(len(pool))]  # a few voices dominate, as in news
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2020, 1, 1)
    for n in range(articles):
        topic = rng.choice(TOPICS)
        outlet = rng.choice(ORGS)
        speakers = rng.choices(pool, weights=weights, k=rng.randint(3, 8))
        lines = [
            "---",
            f"title: {topic.capitalize()}: talks continue ({n})",
            f"published: {start + timedelta(days=rng.randint(0, 1800))}",
            f"publication: {outlet}",
            f"url: https://news.example.org/{n}",
            "---",
            f"Officials met {rng.choice(DAYS)} to discuss {topic}, the latest in a long series of meetings.",
        ]
        for speaker in speakers:
            lines.append(paragraph(rng, speaker, topic))
            if rng.random() < 0.3:
                lines.append(f"The discussion of {topic} is expected to continue next week.")
        lines.append(f"The writer is a reporter for {outlet}.")
        (folder / f"{n:05}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{write_corpus(args.folder, articles=args.articles, seed=args.seed)} articles in {args.folder}")


if __name__ == "__main__":
    main()
