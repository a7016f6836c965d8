"""Link previews: every page's head holds the Open Graph and Twitter tags a chat
app or social site reads, with absolute URLs, a title no card cuts, and a
1200x630 preview image under 150 KB that is drawn once and then read from the cache."""

from __future__ import annotations

import re

import yaml
from PIL import Image, ImageChops

from browser import page_paths
from conftest import ROOT, parse_html, run_mkdocs_build
from explainer.site.card_highlight import KeyFigure, page_figure

CONFIG = yaml.safe_load(re.sub(r"!!python\S*", "", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")))
SITE_URL = CONFIG["site_url"]
LISTING = {"", "articles/"}
REQUIRED = [
    "og:title",
    "og:description",
    "og:url",
    "og:type",
    "og:site_name",
    "og:image",
    "og:image:width",
    "og:image:height",
    "og:image:alt",
]


def pages(site_dir) -> list[str]:
    return [p for p in page_paths(site_dir) if p != "404.html"]


def head_tags(soup) -> dict[str, str]:
    head = soup.head
    tags = {m["property"]: m["content"] for m in head.select("meta[property]")}
    tags |= {m["name"]: m["content"] for m in head.select("meta[name^='twitter:']")}
    return tags


def test_every_page_head_holds_the_link_preview_tags(site_dir):
    found = pages(site_dir)
    assert len(found) >= 9
    for path in found:
        soup = parse_html(site_dir / path / "index.html")
        tags = head_tags(soup)
        for name in REQUIRED:
            assert tags.get(name, "").strip(), f"{path}: no {name}"
        assert tags["twitter:card"] == "summary_large_image", path
        assert tags["og:url"] == SITE_URL + path == soup.select_one('link[rel="canonical"]')["href"], path
        for name in ("og:url", "og:image", "twitter:image"):
            assert tags[name].startswith(SITE_URL), f"{path}: {name} is not absolute under site_url"
        assert tags["og:type"] == ("website" if path in LISTING else "article"), path
        assert tags["og:site_name"] == CONFIG["site_name"]
        assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
        title, social = soup.title.get_text(), tags["og:title"]
        assert social == tags["twitter:title"], path
        assert 0 < len(social) <= 60, f"{path}: preview title of {len(social)} characters: {social}"
        # the tab names the site too, even where the preview title (og:site_name beside it) cannot
        assert title.endswith(CONFIG["site_name"]) and title.startswith(social), path
        assert title == CONFIG["site_name"] or not title.startswith(CONFIG["site_name"]), "page first"


def test_every_preview_image_is_1200_by_630_and_under_150_kb(site_dir):
    images = set()
    for path in pages(site_dir):
        tags = head_tags(parse_html(site_dir / path / "index.html"))
        image = site_dir / tags["og:image"].removeprefix(SITE_URL)
        assert image.is_file(), f"{path}: {image} missing"
        assert image.stat().st_size < 150 * 1024, f"{image}: {image.stat().st_size} bytes"
        with Image.open(image) as png:
            assert png.format == "PNG" and png.size == (1200, 630), image
        images.add(image)
    assert len(images) == len(pages(site_dir)), "one image per page"


def test_quote_pages_show_their_key_quote_and_speaker_in_the_image(site_dir):
    quoting = 0
    for path in pages(site_dir):
        soup = parse_html(site_dir / path / "index.html")
        caption = soup.select_one(".ex-source__caption")
        alt = head_tags(soup)["og:image:alt"]
        assert CONFIG["site_name"] in alt
        if caption is None:
            continue
        quoting += 1
        assert "“" in alt, f"{path}: quote page without its quote in the image: {alt}"
    assert quoting >= 1


def card_lead(alt: str) -> str:
    """What a card shows below its title, as its alt text says (after "<site name>: ")."""
    _, _, lead = alt.partition(f"{CONFIG['site_name']}: ")
    return lead


def page_words(soup) -> str:
    content = soup.select_one("article.md-content__inner")
    return re.sub(r" ([,:;.!?)])", r"\1", " ".join(content.get_text(" ").split()))


def test_every_card_carries_the_pages_key_quote_or_figure_from_the_page_itself(site_dir):
    """The card's text (its alt text is made from the same Card) leads with a quote the
    page shows, else a figure the page's text holds with the glossary's finding about it,
    else (an index page) its own opening words."""
    # every glossary entry's figure and finding, as the card's alt text gives them
    findings = set()
    for glossary in site_dir.glob("articles/*/figures/index.html"):
        for heading in parse_html(glossary).select("h2[id^=fig-]"):
            found = heading.select_one(".ex-finding").extract()
            figure = " ".join(heading.get_text(" ").replace("¶", "").split())
            findings.add(f"{figure}, {' '.join(found.get_text().split()).removeprefix('· ')}")
    assert findings
    kinds = {"quote": 0, "figure": 0, "lead": 0}
    images = set()
    for path in pages(site_dir):
        soup = parse_html(site_dir / path / "index.html")
        tags = head_tags(soup)
        lead, words = card_lead(tags["og:image:alt"]), page_words(soup)
        assert lead, f"{path}: the card shows only the page's name"
        if lead.startswith("“"):
            quote = lead.removeprefix("“").split("”")[0].removesuffix("…")
            assert " ".join(quote.split()) in words, (path, quote)
            kinds["quote"] += 1
        elif lead in findings:
            figure = lead.split(", ")[0]
            assert re.search(rf"(?<![\w,.]){re.escape(figure)}(?!\w|[.,]\d)", words), (path, figure)
            kinds["figure"] += 1
        else:  # an index: the page's own words, after its title
            assert lead.removesuffix("…")[:80] in words, (path, lead)
            kinds["lead"] += 1
        with Image.open(site_dir / tags["og:image"].removeprefix(SITE_URL)) as png:
            assert png.size == (1200, 630)
            images.add(png.tobytes())
    assert kinds["quote"] >= 3 and kinds["figure"] >= 5, kinds
    assert len(images) == len(pages(site_dir)), "every page's card differs"


def test_a_cards_figure_is_one_the_page_holds_as_written():
    figures = {"port": [KeyFigure("8,000", "said 3 ways, never defined"), KeyFigure("next year", "read as 2024")]}
    # "18,000" and "8,000.5" are other numbers: the next figure the page holds is chosen
    text = "They sent 18,000 workers, or 8,000.5 a month, and plan more next year."
    assert page_figure("articles/port/index.md", text, figures, {}) == figures["port"][1]
    assert page_figure("articles/port/index.md", "About 8,000, they said.", figures, {}) == figures["port"][0]
    # an editorial page looks in the articles it quotes or links to, and shows nothing it does not hold
    assert page_figure("plans.md", "No figure here.", figures, {"plans.md": ["port"]}) is None


def test_the_home_card_names_the_site_once_and_fills_its_area(site_dir):
    soup = parse_html(site_dir / "index.html")
    tags = head_tags(soup)
    alt = tags["og:image:alt"]
    headline = " ".join(soup.select_one("article h1").get_text(" ").replace("¶", "").split())
    assert alt.count(CONFIG["site_name"]) == 1 and alt.startswith(headline), alt
    with Image.open(site_dir / tags["og:image"].removeprefix(SITE_URL)) as png:
        image = png.convert("RGB")
    lower = image.crop((0, 315, 1200, 630))
    plain = Image.new("RGB", lower.size, image.getpixel((1199, 629)))  # the card's background
    inked = ImageChops.difference(lower, plain).convert("L").point(lambda v: 255 if v else 0).histogram()[255]
    inked /= 1200 * 315
    assert inked >= 0.04, f"the lower half of the home card is {inked:.1%} inked: half its area empty"


def test_rebuild_with_nothing_changed_draws_no_image(project_copy, tmp_path):
    first = run_mkdocs_build(project_copy, tmp_path / "one")
    assert first.returncode == 0, first.stderr
    drawn = re.search(r"preview images: (\d+) of (\d+) drawn", first.stderr)
    cache = project_copy / "build" / "og-cache"
    # each distinct card drawn once (pages with the same title and quote share one image)
    assert drawn and int(drawn[1]) == len(list(cache.iterdir())) > 0, first.stderr
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    second = run_mkdocs_build(project_copy, tmp_path / "two")
    assert second.returncode == 0, second.stderr
    assert f"preview images: 0 of {drawn[2]} drawn, {drawn[2]} from the cache" in second.stderr
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before
    for image in (tmp_path / "one" / "assets" / "previews").iterdir():
        assert (tmp_path / "two" / "assets" / "previews" / image.name).read_bytes() == image.read_bytes()
