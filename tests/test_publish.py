"""scripts/publish.py against a scratch gh-pages repository and a stand-in for GitHub's API on
127.0.0.1, with hostile artifacts: whatever a pull request's artifact holds, nothing outside
pr-preview/pr-<N>/ changes, N is the API's, and nothing reaches $GITHUB_OUTPUT."""

from __future__ import annotations

import io
import json
import random
import re
import stat
import subprocess
import sys
import threading
import warnings
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "publish.py"
sys.path.insert(0, str(SCRIPT.parent))
import publish  # noqa: E402

REPO = "o/r"
HEAD = "a" * 40
OTHER_HEAD = "b" * 40
PREVIEW_HTML = "<!doctype html><html><head><title>t</title></head><body><p>the change</p></body></html>"


# --- a stand-in for GitHub ----------------------------------------------------------------


class FakeGitHub:
    """Pull requests, one run's artifact and the issue comments, served as GitHub's REST API does."""

    def __init__(self) -> None:
        self.pulls: dict[int, dict] = {}
        self.artifact = b""
        self.comments: list[dict] = []
        self.requests: list[tuple[str, str, dict]] = []
        self.blob_auth: list[str | None] = []
        self.fork_rules: list[dict] = []

    def add_pull(
        self, number: int, state: str = "open", head: str = HEAD, head_repo: str = REPO, branch: str = "edit"
    ) -> None:
        self.pulls[number] = {
            "number": number,
            "state": state,
            "html_url": f"https://github.com/{REPO}/pull/{number}",
            "head": {"sha": head, "ref": branch, "repo": {"full_name": head_repo}},
            "base": {"repo": {"full_name": REPO}},
        }

    def answer(self, handler: BaseHTTPRequestHandler) -> tuple[int, object, dict]:
        path, _, query = handler.path.partition("?")
        params = {k: v[0] for k, v in parse_qs(query).items()}
        length = int(handler.headers.get("Content-Length") or 0)
        body = json.loads(handler.rfile.read(length)) if length else {}
        self.requests.append((handler.command, handler.path, body))
        if path == f"/repos/{REPO}/environments/pr-preview-fork":
            return 200, {"name": "pr-preview-fork", "protection_rules": self.fork_rules}, {}
        if path == "/blob/1":
            self.blob_auth.append(handler.headers.get("Authorization"))
            return 200, self.artifact, {}
        if m := re.fullmatch(rf"/repos/{REPO}/pulls/(\d+)", path):
            pull = self.pulls.get(int(m.group(1)))
            return (200, pull, {}) if pull else (404, {}, {})
        if path == f"/repos/{REPO}/pulls":
            owner_branch = params.get("head", "")
            found = [
                p
                for p in self.pulls.values()
                if f"{p['head']['repo']['full_name'].split('/')[0]}:{p['head']['ref']}" == owner_branch
            ]
            return 200, found if params.get("page") == "1" else [], {}
        if path == f"/repos/{REPO}/actions/runs/99/artifacts":
            listed = [{"id": 1, "name": "pr-preview", "size_in_bytes": len(self.artifact), "expired": False}]
            return 200, {"artifacts": listed if self.artifact and params.get("page") == "1" else []}, {}
        if path == f"/repos/{REPO}/actions/artifacts/1/zip":
            return 302, b"", {"Location": f"http://127.0.0.1:{handler.server.server_port}/blob/1"}
        if m := re.fullmatch(rf"/repos/{REPO}/issues/(\d+)/comments", path):
            if handler.command == "POST":
                self.comments.append({"id": 1000 + len(self.comments), "body": body["body"], "user": BOT})
                return 201, self.comments[-1], {}
            return 200, self.comments if params.get("page") == "1" else [], {}
        if m := re.fullmatch(rf"/repos/{REPO}/issues/comments/(\d+)", path):
            comment = next(c for c in self.comments if c["id"] == int(m.group(1)))
            comment["body"] = body["body"]
            return 200, comment, {}
        return 404, {"message": "not found"}, {}


BOT = {"login": "github-actions[bot]", "type": "Bot"}


@pytest.fixture
def github():
    fake = FakeGitHub()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            code, payload, headers = fake.answer(self)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(code)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = _serve

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_port}"
    yield fake
    server.shutdown()
    server.server_close()


# --- a scratch gh-pages -------------------------------------------------------------------


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def origin(tmp_path):
    """A bare repository whose gh-pages holds production, pull request 7's preview and an old one of 42."""
    work = tmp_path / "seed"
    work.mkdir()
    git(work, "init", "--quiet", "-b", "gh-pages")
    files = {
        "index.html": "<p>production</p>",
        ".nojekyll": "",
        "assets/site.css": "p{}",
        "pr-preview/pr-7/index.html": "<p>seven</p>",
        "pr-preview/pr-42/index.html": "<!doctype html><html><head></head><body>"
        '<aside class="ex-pr-preview"><strong>Preview</strong></aside><p>old</p></body></html>',
        "pr-preview/pr-42/gone.html": "<p>removed by the next preview</p>",
    }
    for name, text in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text)
    git(work, "add", "--all")
    git(work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "seed")
    bare = tmp_path / "origin.git"
    git(tmp_path, "clone", "--quiet", "--bare", str(work), str(bare))
    return bare


def tree(bare: Path) -> dict[str, str]:
    """Every file on gh-pages: path -> blob id."""
    lines = git(bare, "ls-tree", "-r", "gh-pages").splitlines()
    return {line.split("\t", 1)[1]: line.split()[2] for line in lines}


def config_files(bare: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in [bare / "config", bare / "HEAD"]} | {
        str(p.relative_to(bare)): p.read_bytes() for p in (bare / "hooks").iterdir()
    }


def outside(files: dict[str, str], number: int) -> dict[str, str]:
    return {k: v for k, v in files.items() if not k.startswith(f"pr-preview/pr-{number}/")}


def show(bare: Path, path: str) -> str:
    return git(bare, "show", f"gh-pages:{path}")


# --- artifacts ----------------------------------------------------------------------------


def artifact(members: dict[str, bytes | str], modes: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (modes or {}).get(name, stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def artifact_twice() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate this test is about
        for text in ("<p>one</p>", "<p>two</p>"):
            archive.writestr("site/index.html", text)
    return buffer.getvalue()


def damaged(data: bytes) -> bytes:
    """The archive with bytes in the middle of a member's compressed data overwritten."""
    at = data.index(b"site/z.js") + 9 + 2000
    return data[:at] + b"\xff" * 40 + data[at + 40 :]


def good_site(**extra: bytes | str) -> dict[str, bytes | str]:
    return {"site/index.html": PREVIEW_HTML, "site/assets/app.js": "1", "review.md": "## Pages changed\n", **extra}


def event(
    tmp_path: Path, conclusion: str = "success", pull_requests=(42,), head_repo: str = REPO, branch: str = "edit"
) -> Path:
    path = tmp_path / "event.json"
    run = {
        "id": 99,
        "event": "pull_request",
        "conclusion": conclusion,
        "head_sha": HEAD,
        "head_branch": branch,
        "head_repository": {"full_name": head_repo},
        "pull_requests": [{"number": n} for n in pull_requests],
        "html_url": f"https://github.com/{REPO}/actions/runs/99",
    }
    path.write_text(json.dumps({"workflow_run": run}))
    return path


def run(tmp_path: Path, github: FakeGitHub, origin: Path, *args: str, event_path: Path | None = None):
    output = tmp_path / "github_output"
    output.touch()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "GITHUB_API_URL": github.url,
        "GITHUB_REPOSITORY": REPO,
        "GITHUB_EVENT_PATH": str(event_path or event(tmp_path)),
        "GITHUB_OUTPUT": str(output),
        "GH_TOKEN": "the-token",
    }
    args = (*args, "--remote", str(origin), "--preview-root", "https://o.github.io/r/pr-preview/")
    result = subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120)
    return result, output.read_text()


# --- publishing a preview -----------------------------------------------------------------


def test_a_preview_lands_in_its_own_folder_marked_and_commented(tmp_path, github, origin):
    github.add_pull(42)
    github.artifact = artifact(good_site())
    before = tree(origin)
    result, output = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 0, result.stderr
    after = tree(origin)
    assert outside(after, 42) == outside(before, 42)
    assert sorted(k for k in after if k.startswith("pr-preview/pr-42/")) == [
        "pr-preview/pr-42/assets/app.js",
        "pr-preview/pr-42/index.html",
    ]
    page = show(origin, "pr-preview/pr-42/index.html")
    assert page.startswith('<!doctype html><meta http-equiv="Content-Security-Policy"')
    assert "Preview of pull request #42" in page and 'content="noindex"' in page
    assert output == "" and result.stdout.startswith("::stop-commands::")
    assert github.blob_auth == [None]  # the token stays with the API, not the redirected download
    [comment] = github.comments
    assert comment["body"].startswith(publish.MARKER)
    assert "https://o.github.io/r/pr-preview/pr-42/" in comment["body"]


def test_resolve_writes_only_the_apis_answers_for_a_fork(tmp_path, github, origin):
    github.add_pull(42, head_repo="mallory/r")
    result, output = run(
        tmp_path, github, origin, "resolve", event_path=event(tmp_path, pull_requests=(), head_repo="mallory/r")
    )
    assert result.returncode == 0, result.stderr
    assert output == "number=42\nstate=open\nfork=true\n"
    assert any("head=mallory%3Aedit" in path for _, path, _ in github.requests)


def test_a_branch_name_with_newlines_reaches_no_output(tmp_path, github, origin):
    branch = "edit\nnumber=7\nstate=closed"
    github.add_pull(42, head_repo="mallory/r", branch=branch)
    fork_event = event(tmp_path, pull_requests=(), head_repo="mallory/r", branch=branch)
    result, output = run(tmp_path, github, origin, "resolve", event_path=fork_event)
    assert result.returncode == 0, result.stderr
    assert output == "number=42\nstate=open\nfork=true\n"


def test_a_fork_publishes_only_through_an_environment_with_reviewers(tmp_path, github, origin):
    github.add_pull(42, head_repo="mallory/r")
    github.artifact = artifact(good_site())
    fork_event = event(tmp_path, pull_requests=(), head_repo="mallory/r")
    before = tree(origin)
    github.fork_rules = [{"type": "wait_timer", "wait_timer": 0}]
    result, _ = run(tmp_path, github, origin, "preview", "--number", "42", event_path=fork_event)
    assert result.returncode == 1 and "no required reviewers" in result.stderr
    assert tree(origin) == before and github.comments == []
    github.fork_rules = [{"type": "required_reviewers", "reviewers": [{"type": "User", "reviewer": {"login": "m"}}]}]
    result, _ = run(tmp_path, github, origin, "preview", "--number", "42", event_path=fork_event)
    assert result.returncode == 0, result.stderr
    assert outside(tree(origin), 42) == outside(before, 42)
    assert "pr-preview/pr-42/index.html" in tree(origin)


def test_a_pull_request_that_moved_on_publishes_nothing(tmp_path, github, origin):
    github.add_pull(42, head=OTHER_HEAD)  # pushed again since this build
    github.artifact = artifact(good_site())
    result, output = run(tmp_path, github, origin, "resolve")
    assert result.returncode == 0 and output == ""  # the deploy jobs are skipped
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 0, result.stderr
    assert "moved on" in result.stdout
    assert tree(origin) == before and github.comments == []


HOSTILE = {
    "parent path": artifact(good_site(**{"site/../../index.html": "<p>owned</p>"})),
    "parent path at the top": artifact(good_site(**{"../index.html": "<p>owned</p>"})),
    "absolute path": artifact(good_site(**{"/tmp/owned.html": "<p>owned</p>"})),
    "git config in the site": artifact(good_site(**{"site/.git/config": "[core]\n\tfsmonitor = touch /tmp/owned\n"})),
    "git config at the top": artifact(good_site(**{".git/config": "[core]\n\tfsmonitor = touch /tmp/owned\n"})),
    "newline in a member name": artifact(good_site(**{"site/a\nnumber=1.html": "x"})),
    "symlink": artifact(
        good_site(**{"site/link.html": "../../../index.html"}), {"site/link.html": stat.S_IFLNK | 0o777}
    ),
    "device file": artifact(good_site(**{"site/dev.html": ""}), {"site/dev.html": stat.S_IFCHR | 0o644}),
    "block device": artifact(good_site(**{"site/dev.js": ""}), {"site/dev.js": stat.S_IFBLK | 0o644}),
    "fifo": artifact(good_site(**{"site/fifo.js": ""}), {"site/fifo.js": stat.S_IFIFO | 0o644}),
    "symlinked folder": artifact(good_site(**{"site/up": "../.."}), {"site/up": stat.S_IFLNK | 0o777}),
    "page type that escapes the policy": artifact(good_site(**{"site/x.xhtml": "<html/>"})),
    "script in an svg": artifact(good_site(**{"site/i.svg": "<svg><script>alert(1)</script></svg>"})),
    "oversized file": artifact(good_site(**{"site/big.js": b"\0" * (publish.MAX_FILE_BYTES + 1)})),
    "a page that is not UTF-8": artifact(good_site(**{"site/x.html": b"<p>\xff\xfe</p>"})),
    "not a zip": b"number=../../..\n",
    "a member twice": artifact_twice(),
    "a file where a folder is": artifact(good_site(**{"site/index.html/x.js": "x"})),
    "damaged data": damaged(artifact(good_site(**{"site/z.js": random.Random(1).randbytes(5000)}))),
    "no site": artifact({"review.md": "x"}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_artifact_changes_nothing(tmp_path, github, origin, case):
    github.add_pull(42)
    github.artifact = HOSTILE[case]
    before, before_config = tree(origin), config_files(origin)
    result, output = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree(origin) == before
    assert config_files(origin) == before_config
    assert output == "" and github.comments == []
    assert not Path("/tmp/owned.html").exists()


def test_fields_with_newlines_stay_data_and_the_number_is_githubs(tmp_path, github, origin):
    """The old artifact's number and action files, and a review, all carrying `number=` lines."""
    github.add_pull(42)
    github.add_pull(7, head=OTHER_HEAD)
    github.artifact = artifact(
        good_site(
            number="7\nnumber=../../..\n",
            action="closed\nnumber=/../../.git\n",
            **{"review.md": "x\nnumber=../..\n::set-output name=number::7\n@octocat fixes #1 ![i](https://e.x/i.png)"},
        )
    )
    before = tree(origin)
    result, output = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 0, result.stderr
    after = tree(origin)
    assert outside(after, 42) == outside(before, 42)  # pull request 7's preview and production untouched
    assert "pr-preview/pr-42/index.html" in after  # the open pull request was published, not "closed"
    assert output == ""
    body = github.comments[0]["body"]
    fence, text = re.search(r"^(`{3,})text\n(.*)\n\1$", body, re.S | re.M).groups()
    assert "@octocat fixes #1" in text and "`" * len(fence) not in text


def test_a_number_from_another_pull_request_is_refused(tmp_path, github, origin):
    github.add_pull(42)
    github.add_pull(7, head=OTHER_HEAD)
    github.artifact = artifact(good_site())
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "preview", "--number", "7")
    assert result.returncode == 1
    assert "belongs to pull request #42, not #7" in result.stderr
    assert tree(origin) == before and github.comments == []


def test_retire_never_removes_an_open_pull_requests_preview(tmp_path, github, origin):
    github.add_pull(42)
    github.artifact = artifact(good_site(action="closed"))
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "retire", "--number", "42")
    assert result.returncode == 0, result.stderr
    assert tree(origin) == before and github.comments == []


def test_an_oversized_review_is_cut_and_fenced(tmp_path, github, origin):
    github.add_pull(42)
    review = "".join(f"line {i} with ``` and ```` inside\n" for i in range(20_000))
    github.artifact = artifact(good_site(**{"review.md": review}))
    result, _ = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 0, result.stderr
    body = github.comments[0]["body"]
    assert len(body) <= publish.MAX_COMMENT_CHARS
    assert "more characters not shown" in body
    assert re.search(r"^`{5}text$", body, re.M) and body.rstrip().endswith("`````")


def test_a_review_of_backticks_alone_stays_fenced_and_under_the_cap():
    body = publish.comment_body("headline", "`" * 100_000 + "\n@octocat")
    assert len(body) <= publish.MAX_COMMENT_CHARS
    fence, text = re.search(r"^(`{3,})text\n(.*)\n\1$", body, re.S | re.M).groups()
    assert len(fence) == 10 and "@octocat" in text and "`" * 10 not in text


def test_the_comment_is_the_bots_own(tmp_path, github, origin):
    github.add_pull(42)
    github.artifact = artifact(good_site())
    mallory = {"id": 5, "body": publish.MARKER + " planted", "user": {"login": "mallory", "type": "User"}}
    ours = {"id": 6, "body": publish.MARKER + " old", "user": BOT}
    github.comments = [mallory, ours]
    result, _ = run(tmp_path, github, origin, "preview", "--number", "42")
    assert result.returncode == 0, result.stderr
    assert mallory["body"] == publish.MARKER + " planted"
    assert "pr-preview/pr-42/" in ours["body"] and len(github.comments) == 2


# --- closed and failed --------------------------------------------------------------------


def test_a_closed_pull_request_loses_only_its_own_preview(tmp_path, github, origin):
    github.add_pull(42, state="closed")
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "retire", "--number", "42")
    assert result.returncode == 0, result.stderr
    after = tree(origin)
    assert after == outside(before, 42)
    assert not [k for k in after if k.startswith("pr-preview/pr-42/")]


def test_a_failed_build_marks_the_preview_out_of_date_and_says_why(tmp_path, github, origin):
    github.add_pull(42)
    log = "Collecting x\nseeds/a.notes.md:12: phrase not found: `x`\n@octocat fixes #3\ndocs/b.md:3: no such page\n"
    github.artifact = artifact({"problems.txt": log})
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "retire", "--number", "42", event_path=event(tmp_path, "failure"))
    assert result.returncode == 0, result.stderr
    after = tree(origin)
    assert outside(after, 42) == outside(before, 42)
    page = show(origin, "pr-preview/pr-42/index.html")
    assert "This preview is out of date: the latest build of the pull request failed" in page
    body = github.comments[0]["body"]
    assert "The preview is out of date: the build failed" in body
    fence, text = re.search(r"^(`{3,})text\n(.*)\n\1$", body, re.S | re.M).groups()
    assert text.splitlines() == ["seeds/a.notes.md:12: phrase not found: `x`", "docs/b.md:3: no such page"]


# --- production and the push --------------------------------------------------------------


def test_production_replaces_the_root_and_keeps_every_preview(tmp_path, github, origin):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "index.html").write_text("<p>new production</p>")
    (site / "assets" / "app.js").write_text("2")
    before = tree(origin)
    result, _ = run(tmp_path, github, origin, "production", "--site", str(site))
    assert result.returncode == 0, result.stderr
    after = tree(origin)
    previews = {k: v for k, v in before.items() if k.startswith("pr-preview/")}
    assert {k: v for k, v in after.items() if k.startswith("pr-preview/")} == previews
    assert sorted(set(after) - set(previews)) == [".nojekyll", "assets/app.js", "index.html"]
    assert show(origin, "index.html") == "<p>new production</p>"


def test_a_push_that_loses_a_race_fetches_and_redoes_its_change(tmp_path, origin):
    rival = tmp_path / "rival"
    git(tmp_path, "clone", "--quiet", "--branch", "gh-pages", str(origin), str(rival))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>preview 9</p>")
    calls = []

    def change(root: Path) -> None:
        if not calls:  # another deploy pushes between our fetch and our push
            (rival / "pr-preview" / "pr-7" / "index.html").write_text("<p>seven, again</p>")
            git(rival, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-am", "rival")
            git(rival, "push", "--quiet", "origin", "gh-pages")
        calls.append(root)
        publish.replace_folder(site, "pr-preview/pr-9")(root)

    pages = publish.Pages(str(origin), tmp_path / "pages", None, "https://github.com")
    assert pages.publish(change, publish.inside("pr-preview/pr-9"), "Preview of pull request #9")
    assert len(calls) == 2
    assert show(origin, "pr-preview/pr-7/index.html") == "<p>seven, again</p>"
    assert show(origin, "pr-preview/pr-9/index.html") == "<p>preview 9</p>"


def test_the_push_token_is_in_no_file_and_no_command_line(tmp_path):
    pages = publish.Pages("https://github.com/o/r.git", tmp_path / "pages", "the-token", "https://github.com")
    values = [v for k, v in pages.env.items() if k.startswith("GIT_CONFIG_VALUE_")]
    assert any(v.startswith("AUTHORIZATION: basic ") for v in values)
    (tmp_path / "pages").mkdir()
    pages.git("init", "--quiet")
    assert "extraheader" not in (tmp_path / "pages" / ".git" / "config").read_text()
    assert "extraheader" in pages.git("config", "--list").stdout  # git sees it, from its environment


@pytest.mark.parametrize(
    "name", ["../x", "/x", "a/../b", "a\\b", "C:x", ".git/config", "a/.git/x", "a\nb", "a/", "", "a//b", "site/../../x"]
)
def test_member_names_that_are_not_plain_paths_are_refused(name):
    with pytest.raises(publish.Refused):
        publish.member_path(name)


def test_a_change_outside_its_folder_is_never_pushed(tmp_path, origin):
    before = tree(origin)

    def change(root: Path) -> None:
        publish.replace_folder(None, "pr-preview/pr-42")(root)
        (root / "index.html").write_text("<p>owned</p>")

    pages = publish.Pages(str(origin), tmp_path / "pages", None, "https://github.com")
    with pytest.raises(publish.Refused, match="outside what this deploy may change"):
        pages.publish(change, publish.inside("pr-preview/pr-42"), "Preview of pull request #42")
    assert tree(origin) == before


def test_the_real_site_passes_every_check(site_dir, tmp_path):
    """Every file the build makes is one a preview may hold, zipped with file modes as an upload keeps them."""
    archive = tmp_path / "artifact.zip"
    files = sorted(p for p in site_dir.rglob("*") if p.is_file())
    assert len(files) > 20
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in files:
            zipped.write(path, "site/" + path.relative_to(site_dir).as_posix())
        zipped.writestr("review.md", "## Pages changed\n")
    out = publish.extract(archive, tmp_path / "out")
    assert sorted(p.relative_to(out / "site") for p in (out / "site").rglob("*") if p.is_file()) == [
        p.relative_to(site_dir) for p in files
    ]
