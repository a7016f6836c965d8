"""The site's stylesheets and scripts are served without whole-line comments, and
nothing else of them changes."""

from conftest import ROOT
from explainer.site.asset_comments import is_served_asset, without_comments


def test_whole_line_comments_go_and_code_strings_and_inline_comments_stay():
    source = (
        "/* why the rule\n   is there */\n.a { color: red; }\n"
        '  /* one line */\nvar s = "/* not a comment */"; /* inline */\nvar r = /a\\/*b/;\n'
    )
    assert without_comments(source) == (
        '.a { color: red; }\nvar s = "/* not a comment */"; /* inline */\nvar r = /a\\/*b/;\n'
    )


def test_only_the_sites_own_stylesheets_and_scripts_are_served_without_comments():
    assert is_served_asset("stylesheets/explainer.css") and is_served_asset("javascripts/terms.js")
    assert not is_served_asset("articles/x/figures.csv") and not is_served_asset("images/favicon.svg")


def test_the_built_stylesheet_is_the_source_without_its_comments(site_dir):
    served = sorted(
        p.relative_to(site_dir).as_posix()
        for p in site_dir.glob("*/*.*")
        if is_served_asset(str(p.relative_to(site_dir)))
    )
    assert "stylesheets/explainer.css" in served and "javascripts/terms.js" in served
    for path in served:
        source = (ROOT / "docs" / path).read_text(encoding="utf-8")
        built = (site_dir / path).read_text(encoding="utf-8")
        assert built == without_comments(source) and len(built) < len(source), path


def test_a_page_is_served_without_indentation_but_pre_and_textarea_keep_theirs():
    from explainer.site.asset_comments import without_indentation

    html = "<div>\n    <p>two\n      words</p>\n  <pre>\n  code\n    kept</pre>\n  <textarea>\n x</textarea>\n</div>"
    assert without_indentation(html) == (
        "<div>\n<p>two\nwords</p>\n<pre>\n  code\n    kept</pre>\n<textarea>\n x</textarea>\n</div>"
    )


def test_no_built_page_has_an_indented_line_outside_pre(site_dir):
    import re

    pages = sorted(site_dir.rglob("index.html"))  # the pages MkDocs renders (404.html is a template)
    assert len(pages) > 9
    for page in pages:
        html = re.sub(r"<(pre|textarea)\b.*?</\1\s*>", "", page.read_text(encoding="utf-8"), flags=re.S | re.I)
        assert not re.search(r"^[ \t]+\S", html, re.M), page


def test_no_reader_page_links_the_repository_widget(site_dir):
    pages = sorted(site_dir.rglob("index.html"))
    assert len(pages) > 9
    for page in pages:
        assert 'class="md-source"' not in page.read_text(encoding="utf-8"), page
