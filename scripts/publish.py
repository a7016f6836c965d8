"""Publish the site and pull request previews to the gh-pages branch, trusting GitHub, not the pull request.

A pull request (a fork's too) controls its files, its workflows and the artifact its
build uploads, so this script takes what it acts on from GitHub alone: the triggering
run from the event file the runner writes (``$GITHUB_EVENT_PATH``), the pull request's
number, state and head from the API. The artifact supplies only data: the built site,
the review report and the build's problems. It is extracted by this script into a fresh
folder with every member checked (no link, device, absolute or ``..`` path, no ``.git``
or other dot name, an allowed file type, size caps), and the site lands only under
``pr-preview/pr-<N>/``: the commit is refused if it would touch anything else. Nothing
read from the artifact is written to ``$GITHUB_OUTPUT`` or put on a command line. The
script runs on the runner's own Python, standard library only.

    publish.py resolve                 number, state and fork of the run's pull request -> $GITHUB_OUTPUT
    publish.py preview --number N      publish a successful build of an open pull request, update its comment
    publish.py retire --number N       closed: remove the preview; build failed: mark it out of date, say why
    publish.py production --site DIR  replace the root of gh-pages with DIR, keeping pr-preview/

The push token never touches a file: git gets it for each command through
``GIT_CONFIG_*`` variables in its environment (an ``http.extraheader``), so no
``.git/config`` holds it and no other process's command line shows it.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.error import HTTPError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import preview_mark  # noqa: E402

ARTIFACT = "pr-preview"
FORK_ENVIRONMENT = "pr-preview-fork"
BOT_LOGIN = "github-actions[bot]"
MARKER = "<!-- pr-preview: sticky comment -->"
MAX_ARTIFACT_BYTES = 50 * 1024 * 1024  # the zip as GitHub stores it
MAX_SITE_BYTES = 100 * 1024 * 1024  # everything extracted, counted as it is read
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_FILES = 5000
MAX_DEPTH = 12
MAX_REVIEW_CHARS = 50_000
MAX_PROBLEM_LINES = 40
MAX_COMMENT_CHARS = 60_000  # GitHub refuses comments over 65,536 characters
PUSH_TRIES = 5
# File types a preview may hold: what the site is built of. Anything else (an .xhtml or
# .htm page that would escape the preview's policy, a server file) is refused.
SITE_SUFFIXES = frozenset(
    ".html .css .js .map .json .jsonld .csv .txt .xml .gz .svg .png .jpg .jpeg .webp .gif .ico "
    ".woff .woff2 .ttf .wasm .pagefind .pf_fragment .pf_index .pf_meta .pf_filter".split()
)
# An .svg or .xml opened directly runs its own scripts on the site's origin, outside any page's policy.
_ACTIVE_XML = re.compile(rb"<script|\son[a-z]+\s*=|javascript:|xhtml|foreignobject|<!entity|xml-stylesheet|&#", re.I)
_SAFE_NAME = re.compile(r"\w[\w.+-]{0,127}")  # letters of any script, digits, _ . + -; no dot first
_PROBLEM = re.compile(r"[^\s:][^:\n]{0,200}:\d+: \S.*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Refused(Exception):
    """The input is not what this script publishes; the message says why, in one line."""


# --- GitHub ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PullRequest:
    number: int
    state: str  # "open" or "closed", from the API
    head_sha: str
    fork: bool
    html_url: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # the token must not follow a redirect to another host


class GitHub:
    """The few REST calls this script makes, with the job's token."""

    def __init__(self, api: str, repo: str, token: str) -> None:
        self.api, self.repo, self.token = api.rstrip("/"), repo, token
        self._opener = urllib.request.build_opener(_NoRedirect)

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(self.api + path, data=data, method=method, headers=self._headers())
        with self._opener.open(request, timeout=60) as response:
            return json.loads(response.read() or b"null")

    def _headers(self) -> dict[str, str]:
        return {
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {self.token}",
            "X-GitHub-Api-Version": "2022-11-28",
            "Content-Type": "application/json",
        }

    def get(self, path: str, **query: str | int) -> Any:
        return self._request("GET", path + ("?" + urllib.parse.urlencode(query) if query else ""))

    def pages(self, path: str, **query: str | int) -> list[Any]:
        items: list[Any] = []
        for page in range(1, 51):
            batch = self.get(path, per_page=100, page=page, **query)
            batch = batch.get("artifacts", []) if isinstance(batch, dict) else batch
            items += batch
            if len(batch) < 100:
                return items
        return items

    def send(self, method: str, path: str, body: dict[str, Any]) -> Any:
        return self._request(method, path, body)

    def download(self, path: str, into: Path, limit: int) -> None:
        """A redirected download: the API answers with a short-lived address that needs no token."""
        request = urllib.request.Request(self.api + path, headers=self._headers())
        try:
            with self._opener.open(request, timeout=60) as response:
                _copy_capped(response, into, limit)
                return
        except HTTPError as redirect:
            if redirect.code not in (301, 302, 303, 307, 308) or not redirect.headers.get("Location"):
                raise
            location = redirect.headers["Location"]
        if urllib.parse.urlsplit(location).scheme not in ("https", "http"):
            raise Refused("the artifact's download address is not a web address")
        with urllib.request.urlopen(location, timeout=300) as response:  # noqa: S310 (GitHub's own address)
            _copy_capped(response, into, limit)


def _copy_capped(source: Any, into: Path, limit: int) -> None:
    total = 0
    with into.open("wb") as out:
        while chunk := source.read(1 << 16):
            total += len(chunk)
            if total > limit:
                raise Refused(f"the artifact is over {limit} bytes")
            out.write(chunk)


def _same(name: object, repo: str) -> bool:
    """Repository names compare as GitHub does: without case."""
    return isinstance(name, str) and name.lower() == repo.lower()


def pull_request_of(event: dict[str, Any], repo: str, github: GitHub) -> PullRequest | None:
    """The pull request whose head is the commit the triggering run built, from the API; None if it moved on.

    Same-repository branches are listed in ``workflow_run.pull_requests``; a fork's are not,
    so they are looked up by the head repository's owner and branch. Either way every
    candidate is read back from the API and kept only if its base is this repository and
    its head is the run's repository and commit.
    """
    run = event.get("workflow_run") or {}
    if run.get("event") != "pull_request":
        raise Refused(f"the triggering run was started by {run.get('event')!r}, not by a pull request")
    head_sha, head_repo = str(run.get("head_sha", "")), (run.get("head_repository") or {}).get("full_name")
    if not re.fullmatch(r"[0-9a-f]{40}", head_sha) or not head_repo:
        raise Refused("the triggering run names no head commit or head repository (a deleted fork?)")
    numbers = {int(p["number"]) for p in run.get("pull_requests") or []}
    if not numbers:
        owner = head_repo.split("/")[0]
        found = github.pages(f"/repos/{repo}/pulls", state="all", head=f"{owner}:{run.get('head_branch', '')}")
        numbers = {int(p["number"]) for p in found}
    matches = []
    for number in sorted(numbers):
        pull = github.get(f"/repos/{repo}/pulls/{number}")
        if (
            _same(pull["base"]["repo"]["full_name"], repo)
            and _same((pull["head"]["repo"] or {}).get("full_name"), head_repo)
            and pull["head"]["sha"] == head_sha
            and pull["state"] in ("open", "closed")
        ):
            fork = not _same(head_repo, repo)
            matches.append(PullRequest(int(pull["number"]), pull["state"], head_sha, fork, str(pull["html_url"])))
    open_ones = [m for m in matches if m.state == "open"]
    if len(open_ones) > 1 or (not open_ones and len(matches) > 1):
        raise Refused(f"commit {head_sha} is the head of several pull requests: {[m.number for m in matches]}")
    chosen = open_ones or matches
    return chosen[0] if chosen else None


# --- the artifact -----------------------------------------------------------------------


def member_path(name: str) -> PurePosixPath:
    """A zip member's name as a relative path made of safe names, or Refused."""
    if not name or "\\" in name or name.startswith("/") or _CONTROL.search(name) or re.match(r"[A-Za-z]:", name):
        raise Refused(f"artifact member {name!r}: not a plain relative path")
    parts = name.split("/")
    if len(parts) > MAX_DEPTH or any(not _SAFE_NAME.fullmatch(part) or ".." in part for part in parts):
        raise Refused(f"artifact member {name!r}: a name that is not a plain file or folder name")
    return PurePosixPath(*parts)


def _wanted(path: PurePosixPath, data: bytes) -> bool:
    """Whether a member is part of what the artifact supplies; Refused if it is but may not be published."""
    if path.parts[0] != "site":
        return str(path) in ("review.md", "problems.txt")  # anything else is never written anywhere
    if path.suffix.lower() not in SITE_SUFFIXES:
        raise Refused(f"artifact member {str(path)!r}: {path.suffix or 'no'} file type is not part of a site")
    if path.suffix.lower() == ".html" and not _is_utf8(data):
        raise Refused(f"artifact member {str(path)!r}: a page that is not UTF-8")
    if path.suffix.lower() in (".svg", ".xml") and _ACTIVE_XML.search(data):
        raise Refused(f"artifact member {str(path)!r}: a script or active content in an image or XML file")
    return True


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def extract(archive: Path, into: Path) -> Path:
    """The artifact's files, checked one by one, written into a fresh folder (which must not exist)."""
    into.mkdir(parents=True)
    try:
        with zipfile.ZipFile(archive) as zipped:
            _extract_members(zipped, into)
    except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, RuntimeError, EOFError) as error:
        raise Refused(f"the artifact cannot be read as a zip archive: {error}") from None
    return into


def _extract_members(zipped: zipfile.ZipFile, into: Path) -> None:
    members = zipped.infolist()
    if len(members) > MAX_FILES:
        raise Refused(f"the artifact has {len(members)} members, over {MAX_FILES}")
    total = 0
    for info in members:
        mode = info.external_attr >> 16
        if info.flag_bits & 0x1:
            raise Refused(f"artifact member {info.filename!r}: encrypted")
        if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # no type bits: a file
            raise Refused(f"artifact member {info.filename!r}: a link or device, not a file")
        path = member_path(info.filename.rstrip("/") if info.is_dir() else info.filename)
        if info.is_dir() or stat.S_ISDIR(mode):
            continue  # folders are made for the files in them
        data = _read_capped(zipped, info, MAX_SITE_BYTES - total)
        total += len(data)
        if not _wanted(path, data):
            print(f"ignored artifact member {str(path)!r}: only site/, review.md and problems.txt are used")
            continue
        target = into.joinpath(*path.parts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as out:
                out.write(data)
        except (FileExistsError, IsADirectoryError, NotADirectoryError):
            raise Refused(f"artifact member {info.filename!r}: a second member of the same name or folder") from None


def _read_capped(zipped: zipfile.ZipFile, info: zipfile.ZipInfo, room: int) -> bytes:
    limit = min(room, MAX_FILE_BYTES)
    with zipped.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise Refused(f"artifact member {info.filename!r}: over the size cap ({limit} bytes)")
    return data


# --- the comment ------------------------------------------------------------------------


def fenced(text: str, limit: int) -> str:
    """Text shown as text: a code fence longer than any backtick run inside it, so nothing in it
    renders, mentions anyone, links or closes an issue; control characters dropped; cut to limit."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"`{10,}", "`" * 9 + "[…]", text)  # so the fence stays short and the body under its cap
    if len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        text = text[: cut if cut > 0 else limit] + f"\n[… {len(text) - limit} more characters not shown]"
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}text\n{text}\n{fence}"


def problems_of(text: str) -> list[str]:
    """The build's `file:line: message` lines, at most MAX_PROBLEM_LINES, each cut to 300 characters."""
    lines = [line[:300] for line in _CONTROL.sub("", text).splitlines() if _PROBLEM.fullmatch(line.strip())]
    return lines[:MAX_PROBLEM_LINES]


def comment_body(headline: str, report: str | None) -> str:
    body = f"{MARKER}\n{headline}\n"
    if report is not None:
        body += "\n" + fenced(report, MAX_REVIEW_CHARS) + "\n"
    return body[:MAX_COMMENT_CHARS]


def sticky_comment(github: GitHub, number: int) -> int | None:
    """The id of this bot's own comment carrying the marker (another author's copy of it is ignored)."""
    for comment in github.pages(f"/repos/{github.repo}/issues/{number}/comments"):
        user = comment.get("user") or {}
        if (
            user.get("login") == BOT_LOGIN
            and user.get("type") == "Bot"
            and (comment.get("body") or "").startswith(MARKER)
        ):
            return int(comment["id"])
    return None


def update_comment(github: GitHub, number: int, body: str) -> None:
    existing = sticky_comment(github, number)
    if existing is None:
        github.send("POST", f"/repos/{github.repo}/issues/{number}/comments", {"body": body})
    else:
        github.send("PATCH", f"/repos/{github.repo}/issues/comments/{existing}", {"body": body})


# --- gh-pages ---------------------------------------------------------------------------


class Pages:
    """A fresh clone of gh-pages: change it, commit, push; on a rejected push fetch and redo the change."""

    def __init__(self, remote: str, workdir: Path, token: str | None, server: str) -> None:
        self.remote, self.dir = remote, workdir
        self.env = dict(os.environ, GIT_TERMINAL_PROMPT="0", GIT_CONFIG_NOSYSTEM="1")
        settings = {
            "core.hooksPath": "/dev/null",
            "core.fsmonitor": "false",
            "user.name": BOT_LOGIN,
            "user.email": "41898282+github-actions[bot]@users.noreply.github.com",
        }
        if token and remote.startswith(server.rstrip("/") + "/"):
            basic = base64.b64encode(f"x-access-token:{token}".encode()).decode("ascii")
            settings[f"http.{server.rstrip('/')}/.extraheader"] = f"AUTHORIZATION: basic {basic}"
        self.env["GIT_CONFIG_COUNT"] = str(len(settings))
        for i, (key, value) in enumerate(settings.items()):
            self.env[f"GIT_CONFIG_KEY_{i}"], self.env[f"GIT_CONFIG_VALUE_{i}"] = key, value

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=self.dir, env=self.env, capture_output=True, text=True, check=check)

    def publish(self, change: Callable[[Path], None], allowed: Callable[[str], bool], message: str) -> bool:
        """Apply change to the branch tip and push; True if something was committed. Every changed
        path must satisfy allowed, or nothing is pushed."""
        self.dir.mkdir(parents=True, exist_ok=True)
        self.git("init", "--quiet")
        self.git("remote", "add", "origin", self.remote)
        for attempt in range(PUSH_TRIES):
            fetched = self.git("fetch", "--quiet", "--depth=1", "origin", "refs/heads/gh-pages", check=False)
            if fetched.returncode == 0:
                self.git("checkout", "--quiet", "--force", "-B", "gh-pages", "FETCH_HEAD")
                self.git("clean", "--quiet", "-fdx")
            elif attempt == 0 and "couldn't find remote ref" in fetched.stderr:
                self.git("checkout", "--quiet", "--orphan", "gh-pages")
            else:
                raise Refused(f"cannot fetch gh-pages: {fetched.stderr.strip()}")
            change(self.dir)
            self.git("add", "--all")
            changed = [p for p in self.git("diff", "--cached", "--name-only", "-z").stdout.split("\0") if p]
            outside = [p for p in changed if not allowed(p)]
            if outside:
                raise Refused(f"refusing to commit paths outside what this deploy may change: {outside[:5]}")
            if not changed:
                print("gh-pages already holds this; nothing to push")
                return False
            self.git("commit", "--quiet", "-m", message)
            pushed = self.git("push", "--quiet", "origin", "HEAD:refs/heads/gh-pages", check=False)
            if pushed.returncode == 0:
                print(f"pushed to gh-pages: {message}")
                return True
            print(f"push rejected (try {attempt + 1} of {PUSH_TRIES}), fetching and redoing the change")
            time.sleep(2**attempt)
        raise Refused(f"gh-pages kept moving: {PUSH_TRIES} pushes rejected")


def preview_folder(number: int) -> str:
    return f"pr-preview/pr-{number}"


def inside(folder: str) -> Callable[[str], bool]:
    return lambda path: path.startswith(folder + "/")


def _checked_target(root: Path, folder: str) -> Path:
    """root/folder, refused if a link anywhere on the way would put it somewhere else."""
    target = root / folder
    for step in [root / PurePosixPath(folder).parts[0], target]:
        if step.is_symlink():
            raise Refused(f"gh-pages holds a link at {step.relative_to(root)}")
    return target


def replace_folder(site: Path | None, folder: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        target = _checked_target(root, folder)
        if target.exists():
            shutil.rmtree(target)
        if site is not None:
            shutil.copytree(site, target, symlinks=True)

    return change


def mark_stale(folder: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        target = _checked_target(root, folder)
        if target.is_dir():
            count = preview_mark.mark_site_stale(target)
            print(f"{count} pages of {folder} marked out of date")

    return change


def replace_root(site: Path) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        for entry in root.iterdir():
            if entry.name in (".git", "pr-preview"):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        shutil.copytree(site, root, dirs_exist_ok=True, symlinks=True)
        (root / ".nojekyll").touch()

    return change


# --- commands ---------------------------------------------------------------------------


@dataclass
class Context:
    github: GitHub
    event: dict[str, Any]
    remote: str
    server: str
    token: str
    preview_root: str
    workdir: Path

    def pages(self) -> Pages:
        return Pages(self.remote, self.workdir / "gh-pages", self.token, self.server)


def write_outputs(pull: PullRequest) -> None:
    """GitHub's own answers only, each checked against its expected form first."""
    lines = {"number": str(pull.number), "state": pull.state, "fork": "true" if pull.fork else "false"}
    if not lines["number"].isdigit() or lines["state"] not in ("open", "closed"):
        raise Refused(f"unexpected pull request data from GitHub: {lines}")
    text = "".join(f"{k}={v}\n" for k, v in lines.items())
    print(text, end="")
    if os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as out:
            out.write(text)


def _matching(ctx: Context, number: int) -> PullRequest | None:
    """The run's pull request, which must be the one this job was started for."""
    pull = pull_request_of(ctx.event, ctx.github.repo, ctx.github)
    if pull is None:
        print("the pull request has moved on since this build: nothing to do")
        return None
    if pull.number != number:
        raise Refused(f"this run belongs to pull request #{pull.number}, not #{number}")
    return pull


def _artifact(ctx: Context) -> Path:
    run_id = int(ctx.event["workflow_run"]["id"])
    found = [
        a
        for a in ctx.github.pages(f"/repos/{ctx.github.repo}/actions/runs/{run_id}/artifacts", name=ARTIFACT)
        if a.get("name") == ARTIFACT and not a.get("expired")
    ]
    if len(found) != 1:
        raise Refused(f"run {run_id} has {len(found)} artifacts named {ARTIFACT}, not one")
    if int(found[0].get("size_in_bytes", 0)) > MAX_ARTIFACT_BYTES:
        raise Refused(f"the artifact is over {MAX_ARTIFACT_BYTES} bytes")
    archive = ctx.workdir / "artifact.zip"
    artifact_id = int(found[0]["id"])
    ctx.github.download(f"/repos/{ctx.github.repo}/actions/artifacts/{artifact_id}/zip", archive, MAX_ARTIFACT_BYTES)
    return extract(archive, ctx.workdir / "artifact")


def _require_approval(github: GitHub) -> None:
    """A fork publishes only through an environment that waits for a maintainer. GitHub creates a
    missing environment without any rule, so the job alone does not prove anyone approved."""
    try:
        environment = github.get(f"/repos/{github.repo}/environments/{FORK_ENVIRONMENT}")
    except HTTPError as error:
        raise Refused(f"cannot read the {FORK_ENVIRONMENT} environment ({error.code})") from None
    rules = environment.get("protection_rules") or []
    if not any(rule.get("type") == "required_reviewers" and rule.get("reviewers") for rule in rules):
        raise Refused(
            f"the {FORK_ENVIRONMENT} environment has no required reviewers, so nobody approved this fork's "
            "preview: add them (CONTRIBUTING.md, 'For maintainers')"
        )


def preview(ctx: Context, number: int) -> int:
    pull = _matching(ctx, number)
    if pull is None:
        return 0
    conclusion = ctx.event["workflow_run"].get("conclusion")
    if pull.state != "open" or conclusion != "success":
        raise Refused(f"pull request #{number} is {pull.state} and its build's conclusion is {conclusion}")
    if pull.fork:
        _require_approval(ctx.github)
    files = _artifact(ctx)
    site = files / "site"
    if not (site / "index.html").is_file():
        raise Refused("the artifact has no site/index.html")
    count = preview_mark.mark_site(site, number, pull.html_url)
    print(f"marked {count} pages as the preview of pull request #{number}")
    folder = preview_folder(number)
    ctx.pages().publish(replace_folder(site, folder), inside(folder), f"Preview of pull request #{number}")
    review = files / "review.md"
    report = review.read_text(encoding="utf-8", errors="replace") if review.is_file() else "(no review report)"
    url = f"{ctx.preview_root}pr-{number}/"
    update_comment(ctx.github, number, comment_body(f"**Preview:** {url}\n\nWhat the change does for readers:", report))
    return 0


def retire(ctx: Context, number: int) -> int:
    pull = _matching(ctx, number)
    if pull is None:
        return 0
    folder = preview_folder(number)
    if pull.state == "closed":
        message = f"Remove the preview of pull request #{number}"
        ctx.pages().publish(replace_folder(None, folder), inside(folder), message)
        update_comment(ctx.github, number, comment_body("The pull request is closed: its preview is removed.", None))
        return 0
    if ctx.event["workflow_run"].get("conclusion") != "failure":
        print(f"pull request #{number} is open and its build did not fail: nothing to retire")
        return 0
    try:
        files = _artifact(ctx)
        log = files / "problems.txt"
        problems = problems_of(log.read_text(encoding="utf-8", errors="replace")) if log.is_file() else []
    except (Refused, HTTPError) as error:
        print(f"no problems list from the build: {error}")
        problems = []
    ctx.pages().publish(mark_stale(folder), inside(folder), f"Preview of pull request #{number} is out of date")
    run_url = str(ctx.event["workflow_run"].get("html_url", ""))
    headline = (
        "**The preview is out of date: the build failed.** "
        + ("The problems it reported:" if problems else "It reported no `file:line` problem; see its log.")
        + (f"\n\nBuild log: {run_url}" if run_url.startswith("https://") else "")
    )
    update_comment(ctx.github, number, comment_body(headline, "\n".join(problems) if problems else None))
    return 0


def production(ctx: Context, site: Path) -> int:
    if not (site / "index.html").is_file():
        raise Refused(f"{site}/index.html does not exist: build the site first")
    sha = os.environ.get("GITHUB_SHA", "")
    message = f"Deploy {sha}" if re.fullmatch(r"[0-9a-f]{40}", sha) else "Deploy"
    ctx.pages().publish(replace_root(site), lambda path: not path.startswith("pr-preview/"), message)
    return 0


def context(args: argparse.Namespace, workdir: Path) -> Context:
    env = os.environ
    repo = env.get("GITHUB_REPOSITORY", "")
    if not re.fullmatch(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+", repo):
        raise Refused("GITHUB_REPOSITORY is not owner/name")
    server = env.get("GITHUB_SERVER_URL", "https://github.com")
    token = env.get("GH_TOKEN", "")
    event_path = env.get("GITHUB_EVENT_PATH")
    event = json.loads(Path(event_path).read_text(encoding="utf-8")) if event_path else {}
    return Context(
        github=GitHub(env.get("GITHUB_API_URL", "https://api.github.com"), repo, token),
        event=event,
        remote=args.remote or f"{server}/{repo}.git",
        server=server,
        token=token,
        preview_root=args.preview_root,
        workdir=workdir,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["resolve", "preview", "retire", "production"])
    parser.add_argument("--number", type=int, help="the pull request number this job was started for")
    parser.add_argument("--site", type=Path, help="production: the built site")
    parser.add_argument("--remote", help="the repository to push gh-pages to (default: this repository on GitHub)")
    parser.add_argument("--preview-root", default="", help="the address under which pr-<N>/ is served")
    args = parser.parse_args(argv)
    if args.command in ("preview", "retire") and args.number is None:
        parser.error(f"{args.command} needs --number")
    try:
        with tempfile.TemporaryDirectory(prefix="publish-") as scratch:
            ctx = context(args, Path(scratch))
            if args.command == "resolve":
                pull = pull_request_of(ctx.event, ctx.github.repo, ctx.github)
                if pull is None:  # no output: the deploy jobs are skipped
                    print("no pull request has the built commit at its head any more: a newer build takes over")
                else:
                    write_outputs(pull)
                return 0
            if args.command in ("preview", "retire"):
                # Whatever this prints about the artifact is never read as a workflow command.
                print(f"::stop-commands::{secrets.token_hex(16)}")
            if args.command == "production":
                return production(ctx, args.site or Path("site"))
            return preview(ctx, args.number) if args.command == "preview" else retire(ctx, args.number)
    except Refused as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except HTTPError as error:
        print(f"error: GitHub answered {error.code} for {error.url}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
