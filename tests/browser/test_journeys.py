"""What a reader and an editor do, in a real Chromium: search, follow links, read a quote
in context, and correct a quote in the admin so that re-ingesting keeps the correction."""
from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SEED = Path(settings.BASE_DIR) / "seeds" / "000_cc96b6619c116359.txt"


def test_reader_finds_a_speaker_then_reads_a_quote_in_context(page, seed_ingested, check_accessibility, screenshot):
    lecornu_quote = seed_ingested.filter(speaker_person__name="Sebastien Lecornu", kind="direct").order_by("start").first()
    assert lecornu_quote is not None

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Who said what, where and when")
    screenshot("home")
    check_accessibility("home")

    page.get_by_label("Find quotes by speaker").fill("lecornu")
    page.get_by_role("button", name="Search quotes").click()
    expect(page).to_have_url(re.compile(r"/quotes/\?q=lecornu"))
    cards = page.locator("article.quote-card")
    expect(cards.first).to_be_visible()
    assert all("Sebastien Lecornu" in text for text in cards.locator(".speaker").all_inner_texts())
    screenshot("quote-list")
    check_accessibility("quote list")

    cards.first.get_by_role("link", name="Sebastien Lecornu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sebastien Lecornu")
    expect(page.get_by_text("France's Defense Minister").first).to_be_visible()
    screenshot("person")
    check_accessibility("person page")

    page.locator(f'a.permalink[href="/quotes/{lecornu_quote.pk}/"]').click()
    expect(page).to_have_url(re.compile(rf"/quotes/{lecornu_quote.pk}/$"))
    expect(page.locator("blockquote.big-quote")).to_contain_text(lecornu_quote.text)
    focus = page.locator("section.context mark.focus")
    expect(focus).to_have_count(1)
    expect(focus).to_contain_text(lecornu_quote.text)
    screenshot("quote-detail")
    check_accessibility("quote page")

    page.get_by_role("link", name="Read the whole article →").click()
    expect(page).to_have_url(re.compile(rf"/articles/[\w-]+/#q{lecornu_quote.pk}$"))
    highlighted = page.locator(f"mark#q{lecornu_quote.pk}")
    expect(highlighted).to_be_in_viewport()
    expect(highlighted).to_contain_text(lecornu_quote.text[:40])
    assert page.locator("mark.quote-mark").count() >= seed_ingested.count() - 1  # a quote may span paragraphs
    screenshot("article")
    check_accessibility("article page")


def test_reader_searches_words_then_adds_and_removes_a_filter_chip(page, seed_ingested, check_accessibility):
    """Full-text search (`text`), then a kind filter shown as a chip, then the chip removed:
    the words stay, the filter goes, and the count comes back."""
    matching = [q for q in seed_ingested if "ukraine" in q.text.lower()]
    direct = [q for q in matching if q.kind == "direct"]
    assert 0 < len(direct) < len(matching), [(q.kind, q.text) for q in matching]

    def plural(n: int) -> str:
        return f"{n} quote{'s' if n != 1 else ''}"

    page.goto("/quotes/")
    filters = page.locator("form.filters")
    count = page.locator(".result-count")
    filters.get_by_label("Words").fill("Ukraine")
    filters.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"[?&]text=Ukraine"))
    expect(count).to_have_text(plural(len(matching)))
    for text in page.locator("article.quote-card blockquote").all_inner_texts():
        assert "ukraine" in text.lower()
    chips = page.get_by_role("list", name="Active filters").get_by_role("listitem")
    expect(chips).to_have_count(1)
    expect(chips).to_contain_text("Words: Ukraine")

    filters.get_by_label("Kind").select_option("direct")
    filters.get_by_role("button", name="Search").click()
    expect(count).to_have_text(plural(len(direct)))
    expect(chips).to_have_count(2)
    kind_chip = chips.filter(has_text="Kind: Direct")
    expect(kind_chip).to_have_count(1)
    assert set(page.locator("article.quote-card .badges .badge").all_inner_texts()) <= {"direct", "verified", "edited"}
    check_accessibility("quote list with words and a filter")

    kind_chip.get_by_role("link").click()
    expect(count).to_have_text(plural(len(matching)))
    expect(chips).to_have_count(1)
    expect(chips).to_contain_text("Words: Ukraine")
    assert "kind=" not in page.url and "text=Ukraine" in page.url


def test_keyboard_reaches_the_search_box_and_the_results(page, seed_ingested):
    page.goto("/quotes/?q=macron")

    def tab_until(selector: str, limit: int = 40) -> int:
        for presses in range(1, limit + 1):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return presses
        raise AssertionError(f"Tab never reached {selector}")

    assert page.evaluate("document.activeElement === document.body")
    tab_until("#q")  # the list's own search box
    page.keyboard.type(" president")
    tab_until("article.quote-card a")  # then a result
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"  # focus is visible

    page.goto("/")
    assert tab_until("a.skip-link") == 1
    tab_until("#site-search-q")
    page.keyboard.type("Kempf")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/quotes/\?q=Kempf"))
    expect(page.locator("article.quote-card").first).to_contain_text("Olivier Kempf")


def test_editor_corrects_a_speaker_and_verifies_and_reingest_keeps_it(page, seed_ingested, check_accessibility, screenshot):
    from django.contrib.auth.models import User

    from quotes.models import Quote

    User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    quote = seed_ingested.filter(speaker_person__name="Nicole Bacharan").order_by("start").first()
    assert quote is not None and not quote.is_verified

    page.goto("/admin/")
    page.get_by_label("Username:").fill("editor")
    page.get_by_label("Password:").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Correct and verify extracted quotes")).to_be_visible()
    check_accessibility("admin index")

    page.goto(f"/admin/quotes/quote/{quote.pk}/change/")
    expect(page.locator("#select2-id_speaker_person-container")).to_have_text(re.compile("Nicole Bacharan"))
    page.locator("#select2-id_speaker_person-container").click()
    page.locator(".select2-container--open .select2-search__field").fill("palomeros")
    page.locator(".select2-results__option", has_text="Jean-Paul Palomeros").click()
    expect(page.locator("#select2-id_speaker_person-container")).to_have_text(re.compile("Jean-Paul Palomeros"))
    page.get_by_label("Is verified").check()
    screenshot("admin-quote")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was changed successfully")

    page.goto(f"/quotes/{quote.pk}/")
    expect(page.locator("figcaption")).to_contain_text("Jean-Paul Palomeros")
    expect(page.locator("dl.facts")).to_contain_text("verified")
    expect(page.locator("dl.facts")).to_contain_text("edited by a human")

    out = StringIO()
    call_command("ingest", str(SEED), stdout=out)
    assert "1 unchanged" in out.getvalue()
    quote = Quote.objects.get(pk=quote.pk)
    assert quote.speaker_person.name == "Jean-Paul Palomeros" and quote.is_verified and quote.is_edited

    page.reload()
    expect(page.locator("figcaption")).to_contain_text("Jean-Paul Palomeros")
    expect(page.locator("dl.facts .badge-verified")).to_be_visible()


def test_the_other_pages_pass_axe_and_load_cleanly(page, problems, seed_ingested, check_accessibility, screenshot):
    from quotes.models import Organisation

    problems.expect("/no-such-page/: Failed to load resource: the server responded with a status of 404")
    china_daily = Organisation.objects.get(name="China Daily")
    for url, label in [
        ("/people/", "people list"), ("/organisations/", "organisation list"), ("/articles/", "article list"),
        (china_daily.get_absolute_url(), "organisation page"), ("/no-such-page/", "404 page"),
    ]:
        response = page.goto(url)
        assert response.status == (404 if "no-such" in url else 200), url
        check_accessibility(label)
    screenshot("not-found")
