"""Directives shown as examples inside fenced code are never expanded."""

from explainer.pages.directives import find_calls


def test_only_directives_outside_fences_are_found():
    markdown = 'a\n```\n::: source "x"\n```\n::: source "y"\n~~~~\n::: nope\n~~~\n::: still-code\n~~~~\n::: source z\n'
    calls = find_calls(markdown, "docs/p.md", "p.md")
    assert [(c.line, c.args) for c in calls] == [(5, ("y",)), (11, ("z",))]
