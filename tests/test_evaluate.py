"""The PolNeAR-style scorer (quotes.evaluation) and the `evaluate` command.

tests/fixtures/brat holds two short hand-written articles in BRAT standoff:

* harbour: an indirect quote from "Mayor Ana Ruiz", a discontinuous direct quote (straight
  quotation marks) from "Ruiz", an indirect one from "She", and a two-word scare quote that
  has a quotation mark but is not a direct quote. A second annotator file (zz99) holds only
  the first attribution and must be ignored.
* bridge: "The senator" (resolved through the text to "Senator Tom Becker"), a curly-quoted
  direct quote from "the senator", an indirect quote from "the Transport Ministry", and a
  direct quote with no source.
* orphan.txt has no annotation file.

Gold totals: D = 3 (2 with a Source), quote-marked = 4, I = 4.
"""
from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quotes.evaluation import analyse_gold, evaluate_articles, read_brat_corpus, score_article
from quotes.evaluation.brat import parse_ann
from quotes.evaluation.lexicon import is_speech_cue, lemma, name_key
from quotes.evaluation.scoring import quoted_segments
from quotes.extraction import Extraction, Quote

BRAT = Path(__file__).parent / "fixtures" / "brat"


def articles():
    found, missing = read_brat_corpus(BRAT)
    return {a.name: a for a in found}


def quote(article, piece, kind, speaker=None, speaker_type=None, occurrence=0):
    """A system Quote over the first (or a later) occurrence of `piece` in the article."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(piece, start + 1)
    return Quote(
        text=piece, start=start, end=start + len(piece), kind=kind,
        speaker=speaker, speaker_type=speaker_type,
    )


def perfect(article):
    """Hand-made system output that gets every gold attribution right."""
    if article.name == "harbour":
        return [
            quote(article, "that the harbour would reopen in spring", "indirect", "Ana Ruiz"),
            quote(article, "We will not let the boats rot in the mud,", "direct", "Ana Ruiz"),
            quote(article, "The town needs its fishermen.", "direct", "Ana Ruiz"),
            quote(article, "that the council would vote next week", "indirect", "Ana Ruiz"),
        ]
    return [
        quote(article, "that the bridge was unsafe", "indirect", "Tom Becker"),
        quote(article, "It is a disaster waiting to happen,", "direct", "Sen. Tom Becker"),
        quote(article, "repairs will cost four million", "indirect", "Transport Ministry", "organisation"),
        quote(article, "completely chaotic last week,", "direct"),
    ]


def run(outputs):
    """Score the fixture corpus with `outputs(article) -> list[Quote]` as the extractor."""
    by_text = {a.text: a for a in articles().values()}
    report = evaluate_articles(
        list(articles().values()),
        extract=lambda text, published=None: Extraction(quotes=outputs(by_text[text])),
    )
    return report.to_dict()


# --- reading the corpus ----------------------------------------------------------------------


def test_reader_uses_first_annotator_file_and_reports_texts_without_one():
    found, missing = read_brat_corpus(BRAT)
    harbour = next(a for a in found if a.name == "harbour")
    assert harbour.annotation_file == "harbour_aa01.ann"
    assert len(harbour.attributions) == 4  # zz99 has only one
    assert missing == ["orphan"]


def test_reader_keeps_discontinuous_content_segments():
    harbour = articles()["harbour"]
    told = harbour.attributions[1]
    assert len(told.content) == 2
    assert harbour.span_text(told.content) == '"We will not let the boats rot in the mud," "The town needs its fishermen."'
    assert harbour.span_text(told.source) == "Ruiz"


def test_parse_ann_folds_numbered_roles_and_tolerates_missing_roles_and_notes():
    ann = (
        "T1\tContent 0 4\tabcd\nT2\tContent 10 12\txy\nT3\tCue 5 9\tsaid\n"
        "#1\tAnnotatorNotes T1\tunsure\ncontinuation of a multi-line span text\n"
        "E1\tAttribution-no-source:T9 Content:T1 Cue:T3 Content2:T2\n"
    )
    (attribution,) = parse_ann(ann)
    assert [(s.start, s.end) for s in attribution.content] == [(0, 4), (10, 12)]
    assert attribution.source == ()


def test_parse_ann_reads_a_source_and_cue_swapped_by_the_annotator_the_right_way_round():
    # '"...," David Plouffe said' annotated with Source "said" and Cue "David Plouffe".
    swapped = "T1\tContent 1 20\tIt is different now\nT2\tSource 37 41\tsaid\nT3\tCue 23 36\tDavid Plouffe\n" \
              "E1\tAttribution:T2 Content:T1 Source:T2 Cue:T3\n"
    (attribution,) = parse_ann(swapped)
    assert [(s.start, s.end) for s in attribution.source] == [(23, 36)]
    assert [(s.start, s.end) for s in attribution.cue] == [(37, 41)]
    usual = "T1\tContent 1 20\tIt is different now\nT2\tSource 23 25\the\nT3\tCue 26 30\tsaid\n" \
            "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n"
    assert [(s.start, s.end) for s in parse_ann(usual)[0].source] == [(23, 25)]


def test_gold_classification_counts_direct_quote_marked_and_indirect():
    views = [v for a in articles().values() for v in analyse_gold(a)]
    assert sum(v.is_direct for v in views) == 3
    assert sum(v.has_quote_mark for v in views) == 4
    assert sum(v.is_indirect for v in views) == 4


def test_two_word_scare_quote_is_quote_marked_but_not_direct():
    critics = analyse_gold(articles()["harbour"])[3]
    assert critics.has_quote_mark and not critics.is_direct and not critics.is_indirect


def test_pronoun_source_resolves_to_preceding_named_source():
    she = analyse_gold(articles()["harbour"])[2]
    assert she.source_text == "She"
    assert she.resolved_name == "Ruiz"


def test_description_source_with_no_named_source_before_it_resolves_through_the_text():
    senator = analyse_gold(articles()["bridge"])[0]
    assert senator.resolved_name == "Senator Tom Becker"


def test_quoted_segments_handle_curly_straight_and_unclosed_quotes():
    assert quoted_segments('“one two three,” he said, "four five"') == ["one two three,", "four five"]
    assert quoted_segments("“runs on to the end of the paragraph\nnext") == ["runs on to the end of the paragraph"]


# --- scoring -------------------------------------------------------------------------------


def test_perfect_output_scores_one_everywhere():
    d = run(perfect)
    assert d["direct"] == {
        "gold": 3, "gold_with_quote_marks": 4, "system": 4, "system_matched": 4, "gold_matched": 3,
        "precision": 1.0, "recall": 1.0, "f1": 1.0,
    }
    assert d["direct_speaker"] == {"scored": 3, "right": 3, "accuracy": 1.0}
    # The source-less quote is left out of the end-to-end figures on both sides.
    assert d["direct_end_to_end"]["system"] == 3 and d["direct_end_to_end"]["gold"] == 2
    assert d["direct_end_to_end"]["f1"] == 1.0
    assert (d["indirect"]["precision"], d["indirect"]["recall"]) == (1.0, 1.0)
    assert d["indirect_speaker"]["accuracy"] == 1.0
    assert d["organisation_speakers"] == {"matched": 1, "right": 1}
    assert sum(d["errors"].values()) == 0


def test_spurious_quote_lowers_precision_only():
    def outputs(article):
        extra = [quote(article, "Harbour plan divides town", "direct", "Ana Ruiz")] if article.name == "harbour" else []
        return perfect(article) + extra

    d = run(outputs)
    assert d["direct"]["precision"] == 0.8
    assert d["direct"]["recall"] == 1.0
    assert d["errors"]["spurious_quote"] == 1


def test_missed_quote_lowers_recall_only():
    d = run(lambda a: [q for q in perfect(a) if not q.text.startswith("It is a disaster")])
    assert d["direct"]["precision"] == 1.0
    assert d["direct"]["recall"] == round(2 / 3, 4)
    assert d["errors"]["missed_direct"] == 1
    example = d["error_examples"]["missed_direct"][0]
    assert example["gold_source"] == "the senator" and "disaster" in example["context"]


def test_wrong_speaker_lowers_speaker_accuracy_but_not_detection():
    def outputs(article):
        return [
            Quote(q.text, q.start, q.end, q.kind, speaker="Tom Becker") if q.text.startswith("We will") else q
            for q in perfect(article)
        ]

    d = run(outputs)
    assert d["direct"]["f1"] == 1.0
    assert d["direct_speaker"] == {"scored": 3, "right": 2, "accuracy": round(2 / 3, 4)}
    # The other half of the same gold quote still has the right speaker.
    assert d["direct_end_to_end"]["gold_right"] == 2
    assert d["direct_end_to_end"]["system_right"] == 2
    assert d["errors"]["wrong_speaker"] == 1
    example = d["error_examples"]["wrong_speaker"][0]
    assert example["system_speaker"] == "Tom Becker" and example["gold_source"] == "Ruiz"


def test_pronoun_source_counts_the_resolved_name_as_right():
    harbour = articles()["harbour"]
    she = quote(harbour, "that the council would vote next week", "indirect", "Mrs. Ruiz")
    score = score_article(harbour, Extraction(quotes=[she]))
    assert (score.counts["indirect_speaker_right"], score.counts["indirect_speaker_total"]) == (1, 1)


def test_missing_speaker_is_its_own_error_kind():
    harbour = articles()["harbour"]
    score = score_article(harbour, Extraction(quotes=[quote(harbour, "The town needs its fishermen.", "direct")]))
    assert [e.kind for e in score.errors if e.kind == "missing_speaker"] == ["missing_speaker"]


def test_one_quote_across_a_discontinuous_gold_content_matches_it():
    harbour = articles()["harbour"]
    piece = 'We will not let the boats rot in the mud," Ruiz told reporters. "The town needs its fishermen.'
    score = score_article(harbour, Extraction(quotes=[quote(harbour, piece, "direct", "Ruiz")]))
    assert score.counts["system_direct_matched"] == 1 and score.counts["gold_direct_matched"] == 1


def test_quote_mostly_outside_gold_content_does_not_match():
    harbour = articles()["harbour"]
    piece = "the mud,\" Ruiz told reporters."
    score = score_article(harbour, Extraction(quotes=[quote(harbour, piece, "direct", "Ruiz")]))
    assert score.counts["system_direct_matched"] == 0
    assert [e.kind for e in score.errors].count("spurious_quote") == 1


def test_indirect_quote_over_a_direct_gold_quote_is_a_wrong_kind_not_a_miss():
    bridge = articles()["bridge"]
    q = quote(bridge, "It is a disaster waiting to happen,", "indirect", "Tom Becker")
    kinds = [e.kind for e in score_article(bridge, Extraction(quotes=[q])).errors]
    assert kinds.count("wrong_kind") == 1
    assert kinds.count("missed_direct") == 1  # the source-less direct quote, not this one


def test_a_failing_extractor_is_recorded_and_the_run_continues():
    def extract(text, published=None):
        if "Harbour" in text:
            raise RuntimeError("boom")
        return Extraction()

    report = evaluate_articles(list(articles().values()), extract=extract)
    assert report.failures == [("harbour", "RuntimeError: boom")]
    assert [a.name for a in report.articles] == ["bridge"]


def test_speech_verb_lexicon_handles_inflections():
    assert {lemma(w) for w in ("said", "says", "saying")} == {"say"}
    assert {lemma(w) for w in ("told", "tells")} == {"tell"}
    assert {lemma(w) for w in ("wrote", "written", "writes")} == {"write"}
    assert lemma("denied") == "deny" and lemma("admitted") == "admit" and lemma("noting") == "note"
    assert is_speech_cue("According to") and is_speech_cue("told reporters")
    assert not is_speech_cue("has learned")


def test_name_key_ignores_honorifics_case_accents_and_punctuation():
    assert name_key("Sen. Ted Cruz") == "cruz"
    assert name_key("Mike Pence (R-IN)") == "pence"
    assert name_key("Ségolène ROYAL") == "royal"
    assert name_key("Martin Luther King Jr.") == "king"
    assert name_key("the senator") is None


# --- the command ---------------------------------------------------------------------------


def test_command_json_output_has_the_metric_keys():
    out, err = StringIO(), StringIO()
    call_command("evaluate", "--gold", str(BRAT), "--json", stdout=out, stderr=err)
    data = json.loads(out.getvalue())
    for key in ("direct", "direct_speaker", "direct_end_to_end", "indirect", "indirect_speaker",
                "organisation_speakers", "errors", "error_examples", "worst_articles", "articles_per_second"):
        assert key in data
    assert data["articles"] == 2
    assert data["direct"]["gold"] == 3
    assert data["missing_annotations"] == ["orphan"]


def test_command_prints_a_table_and_honours_limit_and_worst():
    out = StringIO()
    call_command("evaluate", "--gold", str(BRAT), "--limit", "1", "--worst", "1", stdout=out, stderr=StringIO())
    text = out.getvalue()
    assert "Direct + mixed quotes" in text and "Worst 1 articles" in text
    assert "1 articles scored" in text


def test_command_names_the_fix_when_gold_folder_is_wrong(tmp_path):
    with pytest.raises(CommandError, match="text/"):
        call_command("evaluate", "--gold", str(tmp_path), stdout=StringIO())


def test_gold_content_mostly_uncovered_is_a_partial_span():
    harbour = articles()["harbour"]
    score = score_article(harbour, Extraction(quotes=[quote(harbour, "The town needs its fishermen.", "direct", "Ruiz")]))
    assert score.counts["gold_direct_matched"] == 1
    partial = [e for e in score.errors if e.kind == "partial_span"]
    assert [e.gold_source for e in partial] == ["Ruiz"]


def _gold(text, sources):
    """An article whose attributions have only Sources (given as substrings, in order)."""
    from quotes.evaluation.brat import GoldArticle, GoldAttribution, Span

    attributions, pos = [], 0
    for i, s in enumerate(sources):
        start = text.index(s, pos)
        pos = start + len(s)
        attributions.append(GoldAttribution(id=f"E{i}", source=(Span(start, pos),)))
    return GoldArticle(name="t", text=text, attributions=attributions)


def test_capitalised_modifier_does_not_make_a_description_a_name():
    from quotes.evaluation.scoring import names_someone

    assert names_someone("Gov. John Kasich (R-OH)")
    assert names_someone("Fred Kagan, director of the Institute")
    assert not names_someone("The Florida senator's")
    assert not names_someone("the GOP candidate")


def test_an_indefinite_pronoun_is_no_name_to_resolve_to():
    # PolNeAR marks "None has offered plans" with the Source "None": a later "he" must
    # not resolve to it as if it were someone's name.
    text = "Mr. Park spoke first. None has offered plans. Later he said it was over."
    views = analyse_gold(_gold(text, ["Mr. Park", "None", "he"]))
    assert [v.resolved_name for v in views] == ["Mr. Park", None, "Mr. Park"]


def test_personal_pronoun_skips_organisations_and_the_other_gender():
    text = ("Ms. Lee spoke first. Mr. Park replied. The Daily Star reported it. "
            "Later she said it was over.")
    views = analyse_gold(_gold(text, ["Ms. Lee", "Mr. Park", "The Daily Star", "she"]))
    assert views[3].resolved_name == "Ms. Lee"


def test_double_apostrophes_are_a_double_quotation_mark_unless_strict():
    from quotes.evaluation.brat import GoldArticle, GoldAttribution, Span

    text = "''We will win this one easily,'' the mayor said."
    gold = GoldArticle(name="t", text=text, attributions=[
        GoldAttribution(id="E1", content=(Span(0, text.index(" the mayor")),),
                        source=(Span(text.index("the mayor"), text.index(" said")),),
                        cue=(Span(text.index("said"), text.index("said") + 4),))])
    q = Quote(text="We will win this one easily,", start=2, end=30, kind="direct")
    assert text[q.start:q.end] == q.text
    aware = score_article(gold, Extraction(quotes=[q]))
    assert (aware.counts["gold_direct"], aware.counts["system_direct_matched"]) == (1, 1)
    strict = score_article(gold, Extraction(quotes=[q]), strict_marks=True)
    assert (strict.counts["gold_direct"], strict.counts["system_direct_matched"]) == (0, 0)
    assert strict.counts["gold_indirect"] == 1


def test_command_strict_marks_flag_is_reported():
    out = StringIO()
    call_command("evaluate", "--gold", str(BRAT), "--json", "--strict-marks", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["quotation_marks"] == "strict"


def test_family_name_that_is_not_the_last_word_is_a_right_speaker():
    from quotes.evaluation.scoring import speaker_is_right

    text = '"We will keep working on it," Ms. Acosta said.'
    view = analyse_gold(_gold(text, ["Ms. Acosta"]))[0]
    assert speaker_is_right("Melba Acosta Febo", view)
    assert speaker_is_right("Acosta", view)
    assert not speaker_is_right("Melba Febo", view)


def test_an_indefinite_speaker_is_right_only_for_the_same_gold_words():
    from quotes.evaluation.scoring import speaker_is_right

    text = 'Supporters cheered. Some chanted "USA! USA! USA!" in the hall.'
    view = analyse_gold(_gold(text, ["Some"]))[0]
    assert speaker_is_right("Some", view)
    assert not speaker_is_right("Several", view)
    assert not speaker_is_right(None, view)


def test_a_body_named_in_full_is_right_for_a_gold_source_of_its_initials():
    from quotes.evaluation.scoring import speaker_is_right

    text = '"There is no organized effort," the RNC said in a statement.'
    view = analyse_gold(_gold(text, ["the RNC"]))[0]
    assert speaker_is_right("Republican National Committee", view)
    assert speaker_is_right("RNC", view)
    assert not speaker_is_right("Democratic National Committee", view)
