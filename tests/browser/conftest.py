"""Real-browser fixtures: Debian's Chromium driven by Playwright against `live_server`.

Playwright never downloads a browser here: it launches /usr/bin/chromium. Without
Chromium the browser tests are skipped on a developer's machine, but fail in CI (CI set),
so a missing install can never pass silently. `make test` installs it.

Every page opened through the `page` fixture records console errors, uncaught exceptions
and JavaScript dialogs; a test fails if any happened (a CSP violation is a console error).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API keeps an asyncio loop running in this thread, which makes Django
# refuse ORM calls from fixtures; the calls really are synchronous, so allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
AXE_PATH = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = Path(settings.BASE_DIR) / "docs" / "screenshots"
ARTIFACT_DIR = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1280, "height": 800}


def _missing(what: str, fix: str):
    message = f"{what} is missing: {fix}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run the browser tests)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        _missing("Chromium", "run `make test` or `apt-get install chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright", "run `make install-test`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@dataclass
class PageProblems:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)

    def expect(self, fragment: str) -> None:
        """A console error containing `fragment` is intended (e.g. visiting a 404 page)."""
        self.expected.append(fragment)

    def all(self) -> list[str]:
        console = [e for e in self.console_errors if not any(f in e for f in self.expected)]
        return console + self.page_errors + [f"dialog: {d}" for d in self.dialogs]


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def page(browser, live_server, problems):
    """A fresh 1280x800 page whose base URL is the live server; fails the test on any
    console error, uncaught exception or dialog (an executed XSS payload would raise one)."""
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()

    def on_console(message):
        if message.type == "error":
            problems.console_errors.append(f"{page.url}: {message.text}")

    def on_dialog(dialog):
        problems.dialogs.append(f"{page.url}: {dialog.type} {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.page_errors.append(f"{page.url}: {error}"))
    page.on("dialog", on_dialog)
    yield page
    context.close()
    assert problems.all() == [], "the browser reported problems"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_PATH.exists():
        _missing("axe-core", "run `npm install` (or `make test`)")
    return AXE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def check_accessibility(page, axe_source):
    """Run axe-core on the current page; fail on serious or critical violations.

    axe goes in through `page.evaluate` (DevTools), not a <script> tag, so the page's strict
    CSP stays on and is tested at the same time."""

    def check(label: str) -> list[dict]:
        page.evaluate(axe_source)
        results = page.evaluate(
            """async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
            }"""
        )
        bad = [v for v in results if v["impact"] in {"serious", "critical"}]
        assert bad == [], f"accessibility violations on {label}: {bad}"
        return results

    return check


@pytest.fixture
def screenshot(page):
    """Save a 1280x800 PNG of the page. UPDATE_SCREENSHOTS=1 writes the committed copies
    in docs/screenshots/ (for the README); otherwise they go to test-artifacts/ so a test
    run never dirties the work tree."""
    target = SCREENSHOT_DIR if os.environ.get("UPDATE_SCREENSHOTS") else ARTIFACT_DIR
    target.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = target / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take


@pytest.fixture
def seed_ingested(transactional_db):
    """The seed article through the real ingest command, as `make run` does."""
    from io import StringIO

    from django.core.management import call_command

    from quotes.models import Quote

    call_command("ingest", str(Path(settings.BASE_DIR) / "seeds" / "000_cc96b6619c116359.txt"), stdout=StringIO())
    if not Quote.objects.filter(speaker_person__isnull=False).exists():
        pytest.fail("the seed yielded no attributed quotes: the extractor is not working")
    return Quote.objects.select_related("article", "speaker_person")
