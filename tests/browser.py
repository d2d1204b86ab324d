"""Headless Chromium for the HTML report tests, driven by Playwright.

Uses Debian's chromium (``/usr/bin/chromium``, installed by ``.ci/run``); the tests that need it
skip with a stated reason on a machine without it or without the ``playwright`` package.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class LoadedPage:
    """A page opened from a file, with every console error and page error it raised."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One browser for the session; skips with the reason when none can be started."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright package (pip install '.[test]')")
    executable = chromium_path()
    if executable is None:
        pytest.skip("browser tests need Chromium (apt-get install chromium); none on PATH")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_html(chromium: Any) -> Iterator[Any]:
    """``open_html(path)`` loads a local HTML file and records console errors and any request
    that leaves the file (a self-contained report makes none)."""
    contexts: list[Any] = []

    def load(path: Path) -> LoadedPage:
        context = chromium.new_context()
        contexts.append(context)
        page = context.new_page()
        loaded = LoadedPage(page)
        page.on(
            "console",
            lambda message: (
                loaded.console_errors.append(message.text) if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: loaded.console_errors.append(str(error)))
        page.on(
            "request",
            lambda request: (
                loaded.requests.append(request.url)
                if not request.url.startswith(("file:", "data:", "about:"))
                else None
            ),
        )
        page.goto(path.resolve().as_uri())
        page.wait_for_load_state("load")
        return loaded

    yield load
    for context in contexts:
        context.close()
