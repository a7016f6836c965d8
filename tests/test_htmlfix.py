"""The post-page fix removes only what the Nu HTML Checker rejects."""

from __future__ import annotations

import pytest

from conftest import parse_html
from explainer.material_fixes.htmlfix import fix_material_html


@pytest.mark.parametrize(
    "before, after",
    [
        (
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
            '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">',
        ),
        ("<INPUT TYPE=checkbox AUTOCOMPLETE='off' id=a>", "<INPUT TYPE=checkbox id=a>"),
        ('<input autocomplete=off type="checkbox"/>', '<input type="checkbox"/>'),
    ],
)
def test_autocomplete_is_dropped_from_checkboxes(before, after):
    assert fix_material_html(before) == after


@pytest.mark.parametrize(
    "html",
    [
        '<input type="text" name="query" autocomplete="off">',
        '<input type="checkboxes" autocomplete="off">',
        '<p>&lt;input type="checkbox" autocomplete="off"&gt; is shown as code</p>',
        '<form autocomplete="off"><input type="checkbox" id="x"></form>',
    ],
)
def test_everything_else_is_left_alone(html):
    assert fix_material_html(html) == html


def test_a_toc_label_without_its_toggle_loses_its_for():
    orphan = '<nav><label class="md-nav__title" for="__toc">Table of contents</label></nav>'
    assert fix_material_html(orphan) == '<nav><label class="md-nav__title">Table of contents</label></nav>'
    paired = '<input type="checkbox" id="__toc"><label class="md-nav__title" for="__toc">x</label>'
    assert fix_material_html(paired) == paired


def test_a_nested_nav_is_named_by_its_title():
    nested = (
        '<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_8_label" aria-expanded="false">\n'
        '  <label class="md-nav__title" for="__nav_8"><span class="md-nav__icon md-icon"></span>\n'
        "    All &amp; more articles\n  </label>"
    )
    assert fix_material_html(nested) == nested.replace(
        'aria-labelledby="__nav_8_label"', 'aria-label="All &amp; more articles"'
    )


def test_built_pages_keep_the_toggles_but_lose_the_attribute(site_dir):
    for page in [site_dir / "index.html", site_dir / "404.html"]:
        soup = parse_html(page)
        toggles = soup.select('input[type="checkbox"]')
        assert {"__drawer", "__search"} <= {t["id"] for t in toggles}
        assert not any(t.has_attr("autocomplete") for t in toggles)
        # the search box keeps it: allowed on text inputs
        assert soup.select_one("input.md-search__input")["autocomplete"] == "off"
