"""In a real browser, quoted words look different from narration, readably, in both palettes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import sync_playwright

from browser import launch, serve
from conftest import SEED_SLUG

STYLES = """() => {
  const quote = document.querySelector('#p3 .ex-quote');
  const narration = document.querySelector('#p2 .ex-para__text');
  const page = getComputedStyle(document.querySelector('.md-main')).backgroundColor;
  const body = getComputedStyle(document.body).backgroundColor;
  const q = getComputedStyle(quote);
  const n = getComputedStyle(narration);
  return {scheme: document.body.getAttribute('data-md-color-scheme'),
          quoteBg: q.backgroundColor, quoteFg: q.color, quoteShadow: q.boxShadow,
          narrationBg: n.backgroundColor, pageBg: page === 'rgba(0, 0, 0, 0)' ? body : page};
}"""


def rgba(css: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def over(top, bottom):
    alpha = top[3]
    return tuple(top[i] * alpha + bottom[i] * (1 - alpha) for i in range(3)) + (1.0,)


def luminance(color) -> float:
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in color[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quotes_stand_apart_from_narration_with_aa_contrast(site_dir, scheme):
    with sync_playwright() as playwright, serve(site_dir) as base:
        browser = launch(playwright)
        page = browser.new_page(color_scheme=scheme)
        page.goto(f"{base}articles/{SEED_SLUG}/")
        styles = page.evaluate(STYLES)
        browser.close()
    assert styles["scheme"] == ("slate" if scheme == "dark" else "default")
    page_bg = rgba(styles["pageBg"])
    quote_bg = over(rgba(styles["quoteBg"]), page_bg)
    assert rgba(styles["narrationBg"])[3] == 0  # narration sits on the page itself
    assert contrast(quote_bg, page_bg) > 1.1, styles  # the tint is visible
    assert styles["quoteShadow"] == "none"  # a tint only: no underline edge a reader takes for a link
    text = over(rgba(styles["quoteFg"]), quote_bg)
    assert contrast(text, quote_bg) >= 4.5, styles
