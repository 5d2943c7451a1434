import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import SEED_PATH

QUOTE_KEYS = {"text", "start", "end", "kind", "speaker", "speaker_type", "cue", "venue", "when"}


def run_extract(*args) -> list[dict]:
    out = StringIO()
    call_command("extract", *map(str, args), stdout=out, stderr=StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_extract_prints_one_json_object_per_article_and_writes_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        [record] = run_extract(SEED_PATH)
    assert {"path", "title", "publication", "published", "quotes", "people", "organisations"} <= record.keys()
    assert record["publication"] == "China Daily"
    text = SEED_PATH.read_text(encoding="utf-8")
    assert record["quotes"]
    for quote in record["quotes"]:
        assert QUOTE_KEYS <= quote.keys()
        assert quote["kind"] in {"direct", "mixed", "indirect"}
        assert quote["speaker_type"] in {"person", "organisation", None}
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_extract_offsets_count_front_matter(tmp_path):
    path = tmp_path / "fm.txt"
    path.write_text('---\ntitle: T\n---\n"We will build it," said Jane Doe.\n', encoding="utf-8")
    [record] = run_extract(path)
    text = path.read_text(encoding="utf-8")
    assert record["title"] == "T"
    [quote] = [q for q in record["quotes"] if q["kind"] == "direct"]
    assert text[quote["start"] : quote["end"]] == "We will build it,"


def test_extract_reports_bad_files_and_exits_non_zero(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("extract", str(tmp_path / "bad.txt"), stdout=StringIO(), stderr=err)
    assert "bad.txt" in err.getvalue()
