"""`mkdocs serve` picks up an edit to hooks/ without a restart.

MkDocs loads a hook file once for the life of `serve` (mkdocs issue 3993); the
adapter re-runs itself and re-imports the engine when hooks/ changed. This
edits the engine in a project copy twice while one `serve` runs and checks
that each edit reaches the served site.
"""

from __future__ import annotations

from mkdocs_serve import PROBE_PAGE, edit_engine, fetch, mkdocs_serve, wait_for_text


def test_hooks_edit_shows_up_under_serve_without_restart(project_copy):
    with mkdocs_serve(project_copy) as base:
        probe_url = base + PROBE_PAGE
        assert fetch(probe_url) is None, "the probe page exists before the engine was edited"

        edit_engine(project_copy, "probe-first-edit")
        wait_for_text(probe_url, "probe-first-edit", timeout=120)

        # A second edit must land too: the engine is re-imported on every change, not once.
        edit_engine(project_copy, "probe-second-edit")
        wait_for_text(probe_url, "probe-second-edit", timeout=120)
        assert "probe-first-edit" not in fetch(probe_url)
