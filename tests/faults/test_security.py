"""Security (DESIGN.md §8: links or scripts inside a PDF never executed): no shell ever sees a
file name, only http(s) links can be opened, paths from a catalog stay inside the library, and
nothing listens on a network port."""

from __future__ import annotations

import ast
import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from conftest import ROOT, SAMPLES

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.library.safety import inside, is_web_link
from brochuredesk.core.search.manage import open_index
from brochuredesk.core.service import LibraryService

SOURCE = ROOT / "src" / "brochuredesk"


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    parts = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


def test_no_shell_and_no_process_is_started_with_a_file_name() -> None:
    forbidden = {"os.system", "os.popen", "os.startfile", "os.execl", "os.execv", "os.spawnl"}
    found = []
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            name = _name(call)
            shell = any(k.arg == "shell" for k in call.keywords)
            if name in forbidden or name.startswith("subprocess.") or shell or "QProcess" in name:
                found.append(f"{path.relative_to(ROOT)}:{call.lineno} {name}")
    assert found == []


@pytest.mark.parametrize(
    ("uri", "web"),
    [
        ("http://example.org/a", True), ("https://example.org", True), ("HTTPS://EXAMPLE.ORG", True),
        ("file:///etc/passwd", False), ("javascript:alert(1)", False), ("data:text/html,x", False),
        ("mailto:info@example.org", False), ("http://", False), ("https:///etc/passwd", False),
        ("smb://server/share", False), ("  https://example.org  ", True),
        ("https://example.org/\nfile:///x", False), ("C:\\Windows\\system32\\calc.exe", False),
    ],
)  # fmt: skip
def test_only_http_and_https_count_as_links(uri: str, web: bool) -> None:
    assert is_web_link(uri) is web


def test_paths_from_a_catalog_never_leave_the_library(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [SAMPLES / "OLEC_Newsletter_2_2022.pdf"], index=index)
        index.close()
    victim, victim_cover = tmp_path / "victim.pdf", tmp_path / "victim.jpg"
    victim.write_bytes(b"%PDF-1.4 someone else's file")
    victim_cover.write_bytes(b"\xff\xd8\xff someone else's picture")
    catalog = root / "catalog.json"
    data = orjson.loads(catalog.read_bytes())
    record = next(iter(data["brochures"].values()))
    record.update(file="../victim.pdf", thumbnail="../victim.jpg", linked=False)
    catalog.write_bytes(orjson.dumps(data))

    service = LibraryService.open(root)
    try:
        brochure = service.library.catalog.brochures()[0]
        assert service.library.file_path(brochure).is_relative_to(root)
        assert service.library.thumbnail_path(brochure) is None
        service.remove([brochure.id])
    finally:
        service.close()
    assert victim.read_bytes().startswith(b"%PDF") and victim_cover.exists()
    assert inside(root, "files/../../victim.pdf") is None
    assert inside(root, "/etc/passwd") is None
    assert inside(root, "files/ok.pdf") == root / "files" / "ok.pdf"


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_a_symbolic_link_inside_the_library_never_leads_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.pdf").write_bytes(b"%PDF")
    real = tmp_path / "real-lib"
    (real / "files" / "sub").mkdir(parents=True)
    (real / "files" / "own.pdf").write_bytes(b"%PDF")
    root = tmp_path / "lib"
    root.symlink_to(real)  # the library folder itself may be a link (a moved home folder)
    (real / "files" / "out.pdf").symlink_to(outside / "secret.pdf")
    (real / "files" / "away").symlink_to(outside)
    (real / "files" / "again.pdf").symlink_to(real / "files" / "own.pdf")
    assert inside(root, "files/own.pdf") == root / "files" / "own.pdf"
    assert inside(root, "files/./sub//later.pdf") == root / "files" / "sub" / "later.pdf"
    assert inside(root, "files/not-there/x.pdf") == root / "files" / "not-there" / "x.pdf"
    assert inside(root, "files/again.pdf") == root / "files" / "again.pdf"  # a link within
    assert inside(root, "files/out.pdf") is None
    assert inside(root, "files/away/secret.pdf") is None
    assert inside(root, "files/away") is None
    assert inside(root, "files/sub/../../../outside/secret.pdf") is None


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            state, inode = fields[3], fields[9]
            if table.startswith("udp") or state == "0A":  # TCP LISTEN; any bound UDP socket
                inodes.add(inode)
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc")
def test_the_running_app_listens_on_no_port(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BROCHUREDESK_QUIT_AFTER_START="6000")
    app = subprocess.Popen(
        [sys.executable, "-m", "brochuredesk", "--library", str(tmp_path / "lib"), "demo"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        seen: set[str] = set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and app.poll() is None:
            children = subprocess.run(
                ["pgrep", "-P", str(app.pid)], capture_output=True, text=True
            ).stdout.split()
            for pid in [app.pid, *map(int, children)]:
                with contextlib.suppress(OSError):
                    seen |= _socket_inodes(pid)
            time.sleep(0.3)
        assert app.poll() is None, "the app should still be running while we look"
        assert seen.isdisjoint(_listening_inodes())
    finally:
        app.wait(timeout=60)
    assert app.returncode == 0
