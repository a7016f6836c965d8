"""The GitHub workflows pass actionlint, and a preview is marked as one: noindex, a
visible banner, canonical links to production."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, parse_html

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_every_workflow_passes_actionlint():
    assert WORKFLOWS
    actionlint = Path(sys.executable).parent / "actionlint"
    result = subprocess.run([str(actionlint), *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_request_code_never_runs_with_a_write_token():
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        triggers = workflow.get(True) or workflow.get("on")  # YAML 1.1 reads `on:` as True
        if "pull_request" in triggers:
            assert workflow["permissions"] == {"contents": "read"}, path.name
            for job in workflow["jobs"].values():
                granted = job.get("permissions", {})
                # a job that writes may only run on pushes to main, never for a pull request
                if any(v == "write" for v in granted.values()):
                    assert "refs/heads/main" in job.get("if", ""), path.name
        assert "pull_request_target" not in triggers, path.name


def test_a_marked_preview_has_noindex_banner_and_canonical_links_to_production(site_dir, tmp_path):
    preview = tmp_path / "site"
    shutil.copytree(site_dir, preview)
    url = "https://github.com/o/r/pull/42"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "preview_mark.py"), str(preview), "42", url], check=True)
    production = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]
    pages = sorted(preview.rglob("*.html"))
    assert pages
    for page in pages:
        soup = parse_html(page)
        assert [m["content"] for m in soup.select('meta[name="robots"]')] == ["noindex"], page
        banner = soup.body.find(recursive=False)
        assert banner.name == "aside" and "Preview of pull request #42" in banner.get_text(), page
        assert banner.a["href"] == url
        canonical = soup.select_one('link[rel="canonical"]')
        if canonical is not None:  # 404.html has none
            assert canonical["href"].startswith(production), page
