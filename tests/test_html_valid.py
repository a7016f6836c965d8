"""Every built page is valid HTML by the Nu HTML Checker (vnu), with no filters.

vnu.jar comes from the npm package vnu-jar, pinned in tests/vnu/package-lock.json
(`make test` installs it), and needs nothing from the network. It must be recent
enough to know the popover attributes the editors' notes use.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

VNU_JAR = Path(__file__).parent / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_messages(targets: list[str]) -> list[dict]:
    """All of vnu's messages for the files, parsed (needs Java; never skipped)."""
    java = shutil.which("java")
    assert java, "Java is missing: run scripts/install-system-deps.sh"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `make test` (it runs npm ci in tests/vnu)"
    jar = str(VNU_JAR)
    result = subprocess.run(
        [java, "-jar", jar, "--format", "json", *targets],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stderr or result.stdout)
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
