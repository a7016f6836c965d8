"""Tables arrive wrapped from the build and look exactly as Material draws them.

hooks/explainer/markdown_ext/table_wrap.py writes Material's scroll wrapper into the HTML so
Material's script does not move every table at load (a full relayout on slow
phones); explainer.css must then give ``table.ex-table`` Material's look.
"""

from __future__ import annotations

from conftest import SEED_SLUG, parse_html

FIGURES = f"articles/{SEED_SLUG}/figures/"
# computed styles of a table, its first header cell and first data cell
STYLES = """table => {
  const pick = (el, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(el).getPropertyValue(n)]));
  const box = ['display', 'max-width', 'overflow-x', 'font-size', 'background-color', 'border-top-width',
               'border-top-style', 'border-top-color', 'border-radius', 'width', 'margin-top'];
  const cell = ['padding-top', 'padding-left', 'font-weight', 'vertical-align', 'text-align', 'min-width',
                'border-top-width', 'border-top-style', 'border-top-color'];
  return {table: pick(table, box), th: pick(table.querySelector('th'), cell), td: pick(table.querySelector('td'), cell)};
}"""
# a copy of the table without its class, in the wrapper Material's script would add
MATERIAL_COPY = """table => {
  const copy = table.cloneNode(true);
  copy.removeAttribute('class');
  const outer = document.createElement('div'), inner = document.createElement('div');
  outer.className = 'md-typeset__scrollwrap';
  inner.className = 'md-typeset__table';
  outer.appendChild(inner).appendChild(copy);
  table.closest('.md-typeset__scrollwrap').after(outer);
  copy.id = 'material-copy';
}"""


def test_every_table_is_wrapped_once_at_build_time(site_dir):
    tables = 0
    for path in site_dir.rglob("*.html"):
        for table in parse_html(path).select("article table"):
            tables += 1
            assert table.get("class") == ["ex-table"], path
            inner = table.parent
            assert inner.name == "div" and inner["class"] == ["md-typeset__table"], path
            assert inner.parent["class"] == ["md-typeset__scrollwrap"], path
            assert not inner.parent.find_parent(class_="md-typeset__scrollwrap"), path
    assert tables >= 3, "the figures glossary and the About page's field lists have tables"


def test_material_leaves_the_tables_alone_and_they_look_like_its_own(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + FIGURES, wait_until="networkidle")
    assert page.locator(".md-typeset__scrollwrap .md-typeset__scrollwrap").count() == 0, "wrapped twice"
    tables = page.locator("article table.ex-table")
    assert tables.count() >= 1, "the glossary opens with its summary table"
    ours = tables.first
    ours.evaluate(MATERIAL_COPY)
    expected = page.locator("#material-copy").evaluate(STYLES)
    assert expected["table"]["display"] == "inline-block", "the copy has Material's class-less table style"
    assert ours.evaluate(STYLES) == expected
    page.close()
