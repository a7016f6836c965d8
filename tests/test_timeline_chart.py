"""The Timeline page and ``::: chart`` (issue 16): what the data files say is on
the built pages, the chart is a named and described image with its data in a
table, entries without a source stop the build at their line, and both pages
hold up in both palettes, forced colours, at 320 px and on paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT, parse_html, run_mkdocs_build
from explainer.editorial.data_file import When
from explainer.site.build import check_site
from test_browser_pages import AXE_OPTIONS
from test_every_reader_browser import new_page, pdf_text

CHART_LINE = re.compile(r'^::: chart "(?P<file>[^"]+)"\s*$', re.M)


def text(element) -> str:
    return " ".join(element.get_text().split())


def chart_uses() -> list[tuple[str, Path]]:
    """Every ``::: chart`` in docs/: the built page's path and the data file."""
    uses = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for match in CHART_LINE.finditer(page.read_text(encoding="utf-8")):
            url = page.relative_to(ROOT / "docs").with_suffix("").as_posix()
            built = "" if url == "index" else url.removesuffix("/index") + "/"
            uses.append((built, ROOT / match.group("file")))
    return uses


def when_shown(value) -> When:
    from explainer.editorial.data_file import when

    return when(value, Path("x"), 1)


# --- The pages as built -------------------------------------------------------------


def test_the_timeline_lists_every_event_of_its_file_in_date_order(site_dir):
    soup = parse_html(site_dir / "timeline" / "index.html")
    items = soup.select(".ex-timeline ol > li")
    times = [li.find("time") for li in items]
    assert all(times), "every item of the timeline is a <time>"
    stamps = [t["datetime"] for t in times]
    assert stamps == sorted(stamps), "oldest first"
    assert all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", s) for s in stamps)
    events = yaml.safe_load((ROOT / "data" / "timeline.yml").read_text(encoding="utf-8")) or []
    assert events, "the timeline file is seeded"
    for event in events:
        expected = when_shown(event["date"])
        matching = [
            li
            for li in items
            if li.find("time")["datetime"] == expected.iso and " ".join(event["label"].split()) in text(li)
        ]
        assert len(matching) == 1, event
        (li,) = matching
        assert li.find("time").get_text() == expected.shown
        assert li.find("a", href=event["source"]) is not None, f"no source link for {event['label']}"
        assert ("Unconfirmed" in text(li)) == bool(event.get("unconfirmed")), event


def test_the_timeline_holds_every_date_the_articles_resolve_linked_to_its_paragraphs(site_dir):
    site = check_site(ROOT / "seeds", ROOT / "docs")
    soup = parse_html(site_dir / "timeline" / "index.html")
    items = soup.select(".ex-timeline ol > li")
    expected = 0
    for bundle in site.bundles:
        for figure in bundle.figures.figures:
            value = figure.resolution.value if figure.resolution else None
            if figure.kind not in ("date", "year", "relative-time", "period") or not value:
                continue
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
                continue
            expected += 1
            glossary = f"../articles/{bundle.slug}/figures/#{figure.anchor}"
            (li,) = [li for li in items if li.find("a", href=glossary)]
            assert li.find("time")["datetime"] == value
            links = {a["href"] for a in li.find_all("a")}
            for paragraph in {o.paragraph for o in figure.occurrences}:
                assert f"../articles/{bundle.slug}/#p{paragraph}" in links
    assert len([li for li in items if li.select_one(".ex-timeline__article")]) == expected


def test_every_chart_is_a_named_described_image_with_every_point_in_its_table(site_dir):
    uses = chart_uses()
    assert uses, "a page in docs/ shows a chart"
    for built, data_path in uses:
        soup = parse_html(site_dir / built / "index.html")
        data = yaml.safe_load(data_path.read_text(encoding="utf-8"))
        figure = next(f for f in soup.select("figure.ex-chart") if data_path.stem in f["id"])
        svg = figure.find("svg")
        assert svg["role"] == "img"
        title = soup.find(id=svg["aria-labelledby"])
        assert title.name == "title" and title.parent is svg and title.get_text() == data["title"]
        desc = soup.find(id=svg["aria-describedby"])
        assert desc.name == "desc" and desc.parent is svg
        assert len(svg.select("rect.ex-chart__bar")) == len(data["points"])
        table = soup.find("table", id=f"{figure['id']}-data")
        rows = table.select("tbody tr")
        assert len(rows) == len(data["points"])
        for row, point in zip(rows, data["points"], strict=True):
            cells = [text(c) for c in row.find_all(["th", "td"])]
            assert cells[0] == point["who"]
            assert cells[1].startswith(point["written"])
            assert float(row.select_one("td[data-value]")["data-value"]) == float(point["value"])
            assert row.find("time")["datetime"] == when_shown(point["when"]).iso
            assert cells[3] == " ".join(point["counts"].split())
            assert point["source"] in cells[4]
            if point.get("url"):
                assert row.find("a", href=point["url"]) is not None
            assert ("Unconfirmed" in cells[1]) == bool(point.get("unconfirmed"))
            assert point["written"] in desc.get_text()


# --- Bad input ----------------------------------------------------------------------


def test_a_timeline_event_or_chart_point_without_a_source_stops_the_build_at_its_line(project_copy, tmp_path):
    timeline = project_copy / "data" / "timeline.yml"
    lines = timeline.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("- date:"))
    source = next(i for i in range(first, len(lines)) if lines[i].startswith("  source:"))
    del lines[source]
    timeline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, chart_file = chart_uses()[0]
    chart = project_copy / chart_file.relative_to(ROOT)
    lines = chart.read_text(encoding="utf-8").splitlines()
    point = next(i for i, line in enumerate(lines) if line.startswith("  - who:"))
    lines = [line for i, line in enumerate(lines) if not (i > point and line.startswith(("    source:", "    url:")))]
    chart.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/timeline.yml:{first + 1}: an event needs source:" in result.stderr
    assert f"{chart_file.relative_to(ROOT).as_posix()}:{point + 1}: a point needs source:" in result.stderr
    assert "Traceback" not in result.stderr


# --- In a real browser ---------------------------------------------------------------

PAGES = ["timeline/", *{built for built, _ in chart_uses()}]


@pytest.mark.parametrize("forced", ["none", "active"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_timeline_and_chart_pages_pass_axe_and_fit_320_px(browser, served_site, scheme, forced):
    context = browser.new_context(color_scheme=scheme, forced_colors=forced, viewport={"width": 320, "height": 700})
    context.add_init_script(Axe().axe_script)
    page = context.new_page()
    for path in PAGES:
        page.goto(served_site + path, wait_until="networkidle")
        assert page.evaluate("matchMedia('(forced-colors: active)').matches") == (forced == "active")
        violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
        assert violations == [], (path, scheme, forced, [v["id"] for v in violations])
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, f"{path} scrolls sideways"
        for selector in (".ex-timeline time", ".ex-chart__svg"):
            for box in page.locator(selector).evaluate_all("es => es.map(e => e.getBoundingClientRect().right)"):
                assert box <= 320, f"{selector} on {path} runs off a 320 px screen"
    if forced == "active":
        page.goto(served_site + PAGES[-1], wait_until="networkidle")
        colours = page.locator(".ex-chart__svg rect, .ex-chart__svg text").evaluate_all(
            "es => es.map(e => [getComputedStyle(e).fill, getComputedStyle(e).stroke])"
        )
        text_colour = page.locator("article p").first.evaluate("e => getComputedStyle(e).color")
        assert all(text_colour in pair for pair in colours), "the chart is drawn in the system text colour"
    context.close()


def test_the_printed_timeline_keeps_every_event_whole_and_readable(browser, served_site):
    page = new_page(browser, served_site, {"width": 1280, "height": 900})
    page.goto(served_site + "timeline/", wait_until="networkidle")
    dates = page.locator(".ex-timeline time").all_inner_texts()
    sources = page.locator(".ex-timeline a[href^='http']").evaluate_all("as => as.map(a => a.href)")
    printed = pdf_text(page)
    for date in dates:
        assert re.sub(r"\s+", "", date) in printed
    assert all(re.sub(r"\s+", "", url) in printed for url in sources), "source addresses are printed"
    page.emulate_media(media="print")
    styles = page.locator(".ex-timeline li").evaluate_all(
        "ls => ls.map(l => [getComputedStyle(l).breakInside, parseFloat(getComputedStyle(l).fontSize)])"
    )
    assert all(b == "avoid" and size >= 10 for b, size in styles), "no event is split across pages; text readable"
    line = page.locator(".ex-timeline ol").evaluate("e => getComputedStyle(e).borderLeftStyle")
    assert line == "solid", "the timeline's line is printed (a border, not a background)"
    page.context.close()
