"""Playwright + Debian's Chromium against pytest-django's live_server.

Reusable fixtures for every browser test (mark tests with `@pytest.mark.browser` and
`@pytest.mark.django_db(transaction=True, serialized_rollback=True)`: live_server flushes the
database after each test, which would otherwise delete Wagtail's root page and Site):

- `phone_page`: a Playwright page at 390x844 (French locale) whose `goto` accepts paths relative
  to the live server, e.g. `phone_page.goto("/cours/")`.
- `desktop_page`: the same at 1280x800.
- `assert_no_horizontal_scroll(page)`: fails when the document is wider than the viewport.
- `assert_accessible(page)`: runs axe-core in the page and fails on serious/critical violations.
- `login(page, user)`: logs `user` in by giving the browser a real session cookie.
- `screenshot(page, name)`: saves a full-page PNG under $SCREENSHOT_DIR when it is set.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "cms" / "static_src" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
BLOCKING_IMPACTS = ("serious", "critical")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


def _page_for(browser, live_server, viewport):
    context = browser.new_context(
        viewport=viewport, locale="fr-FR", base_url=live_server.url, is_mobile=viewport == PHONE
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    return context, page


@pytest.fixture
def phone_page(browser, live_server):
    context, page = _page_for(browser, live_server, PHONE)
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser, live_server):
    context, page = _page_for(browser, live_server, DESKTOP)
    yield page
    context.close()


def no_horizontal_scroll(page):
    widths = page.evaluate(
        """() => {
            const viewport = window.innerWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > viewport + 1)
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                     + (el.className && typeof el.className === 'string'
                        ? '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.') : ''));
            return {scroll: document.documentElement.scrollWidth, viewport, wide};
        }"""
    )
    assert widths["scroll"] <= widths["viewport"], (
        f"{page.url}: page is {widths['scroll']}px wide in a {widths['viewport']}px viewport; "
        f"overflowing: {widths['wide']}"
    )


@pytest.fixture
def assert_no_horizontal_scroll():
    return no_horizontal_scroll


def axe_violations(page, impacts=BLOCKING_IMPACTS) -> list[dict]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the site's CSP (no inline script) still
        # holds for the page, and would block a <script> tag added by the test.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in results["violations"] if v.get("impact") in impacts]


def format_violations(violations) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(
                f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}"
            )
    return "\n".join(lines)


def accessible(page, impacts=BLOCKING_IMPACTS):
    violations = axe_violations(page, impacts)
    if violations:
        print(f"\naxe-core violations on {page.url}:\n{format_violations(violations)}")
    assert not violations, f"{page.url}:\n{format_violations(violations)}"


@pytest.fixture
def assert_accessible():
    return accessible


@pytest.fixture
def login(live_server):
    """Give a Playwright page the session cookie of `user` (no login form involved)."""
    from urllib.parse import urlparse

    from django.conf import settings
    from django.test import Client

    def _login(page, user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        host = urlparse(live_server.url).hostname
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "domain": host, "path": "/"}]
        )
        return page

    return _login


@pytest.fixture
def screenshot():
    def _screenshot(page, name):
        folder = os.environ.get("SCREENSHOT_DIR")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            width = page.viewport_size["width"] if page.viewport_size else 0
            page.screenshot(path=str(Path(folder) / f"{name}-{width}.png"), full_page=True)

    return _screenshot
