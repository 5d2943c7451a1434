"""Hostile article text in a real browser: nothing it contains runs or becomes markup,
and the strict Content-Security-Policy holds on every page, the admin included."""
from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser

HOSTILE_ARTICLE = """---
title: Hostile <script>alert("title")</script> "><img src=x onerror=alert(1)>
---
Minister Jane Doe spoke to reporters on Monday about the <script>alert("body")</script> bridge.
"We will build the bridge "><img src=x onerror=alert(2)> and call it 'The <b>Span</b>'," said Jane Doe.
She added: "Nobody says \\"never\\" <script>alert(3)</script> here."
"""


@pytest.fixture
def hostile(transactional_db, tmp_path):
    from quotes.models import Article

    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    call_command("ingest", str(path), stdout=StringIO())
    article = Article.objects.get()
    # Whatever the extractor makes of it, make sure a highlighted span holds a script tag
    # and quotation marks, the case where highlighting could go wrong.
    if not article.quotes.filter(text__contains="<script>").exists():
        factories.quote(article, 'Nobody says \\"never\\" <script>alert(3)</script> here.', kind="direct")
    return article


def test_hostile_text_is_shown_as_text_and_never_runs(page, hostile):
    quotes = list(hostile.quotes.all())
    assert any("<script>" in q.text for q in quotes) and any("onerror" in q.text for q in quotes)
    speaker = next(q.speaker_person for q in quotes if q.speaker_person)
    urls = [
        "/", "/quotes/", hostile.get_absolute_url(), speaker.get_absolute_url(), "/articles/",
        *[q.get_absolute_url() for q in quotes],
    ]
    for url in urls:
        page.goto(url)
        # Every <script> on the page is one of ours, from a file; no payload became an element.
        assert page.locator("script:not([src])").count() == 0, url
        assert page.locator("img").count() == 0, url
        assert page.locator("main b").count() == 0, url
        assert page.evaluate("document.title").count("<script>") <= 1, url
    page.goto(hostile.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_contain_text('<script>alert("title")</script>')
    marks = page.locator("mark.quote-mark")
    expect(marks.filter(has_text="onerror=alert(2)")).to_have_count(1)
    expect(marks.filter(has_text="<script>alert(3)</script>")).to_have_count(1)
    expect(page.locator("main")).to_contain_text('"><img src=x onerror=alert(2)>')
    # The `page` fixture fails the test if any alert() dialog fired or CSP logged a violation.


def test_the_admin_works_under_the_strict_policy(page, hostile):
    """Django's admin (select2, calendar, related-object popups) loads with no CSP errors."""
    from django.contrib.auth.models import User

    User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    page.goto("/admin/login/")
    page.get_by_label("Username:").fill("editor")
    page.get_by_label("Password:").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    quote = hostile.quotes.order_by("pk").first()
    for url in (
        "/admin/quotes/quote/", f"/admin/quotes/quote/{quote.pk}/change/",
        f"/admin/quotes/article/{hostile.pk}/change/", "/admin/quotes/person/", "/admin/quotes/quote/add/",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert page.locator("img[src=x]").count() == 0, url
    page.goto(f"/admin/quotes/quote/{quote.pk}/change/")
    page.locator(".datetimeshortcuts a", has_text="Today").first.click()  # admin JS runs
    expect(page.locator("#id_said_on")).not_to_have_value("")
