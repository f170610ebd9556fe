"""A full disk (DESIGN.md §8: "nothing ever lost"): during a catalog write, a cover and index
write, and a write that hits the file size limit. The last good catalog stays byte for byte,
the user reads what happened, and once there is room again the same command finishes the job."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLES

from brochuredesk.core.check import check_library

CLUSTER = SAMPLES / "Clusterservice_Aus-_und_Weiterbildung.pdf"
OLEC = SAMPLES / "OLEC_Newsletter_2_2022.pdf"


def cli(lib: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def file_size_limit() -> None:  # in the child: writes beyond `limit` bytes fail (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # type: ignore[arg-type]

    return subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(lib), *args],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, BROCHUREDESK_LANG="en"),
        preexec_fn=file_size_limit if limit else None,
    )  # fmt: skip


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs: a real file system that really fills up."""
    mount = tmp_path / "Kleiner Datenträger"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill `disk` up to `leave` bytes free."""
    filler = disk / "filler.bin"
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with filler.open("ab") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(0, free - leave))
    return filler


def brochure_id(lib: Path) -> str:
    return str(json.loads(cli(lib, "list", "--json").stdout)["brochures"][0]["id"])


def test_catalog_write_on_a_full_disk_changes_nothing(small_disk: Path) -> None:
    lib = small_disk / "Bibliothek"
    assert cli(lib, "import", str(CLUSTER)).returncode == 0
    before = (lib / "catalog.json").read_bytes()
    ident = brochure_id(lib)
    # Replacing backups/previous.json frees the older catalog's blocks: held by a second
    # link, they stay taken and the disk stays full for the write.
    os.link(lib / "backups" / "previous.json", small_disk / "held.json")
    filler = fill(small_disk)
    tagged = cli(lib, "tag", ident, "Voll")
    assert tagged.returncode == 1
    assert "the disk is full" in tagged.stderr and "nothing was changed" in tagged.stderr
    assert (lib / "catalog.json").read_bytes() == before
    assert not [p for p in lib.iterdir() if p.name.endswith(".tmp")]
    filler.unlink()
    assert cli(lib, "tag", ident, "Voll").returncode == 0
    assert "Voll" in json.loads(cli(lib, "show", ident, "--json").stdout)["tags"]


def test_import_on_a_full_disk_adds_nothing_then_finishes_with_room(small_disk: Path) -> None:
    lib = small_disk / "Bibliothek"
    assert cli(lib, "import", str(CLUSTER)).returncode == 0
    before = (lib / "catalog.json").read_bytes()
    # Nothing else of the import is on this disk: the search index is in this machine's
    # cache. With the older catalog held by a second link, the catalog write finds no room.
    os.link(lib / "backups" / "previous.json", small_disk / "held.json")
    filler = fill(small_disk)
    failed = cli(lib, "import", "--link", str(OLEC))
    assert failed.returncode == 1 and "the disk is full" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert (lib / "catalog.json").read_bytes() == before
    filler.unlink()
    again = cli(lib, "import", "--link", str(OLEC), "--json")
    assert again.returncode == 0 and len(json.loads(again.stdout)["added"]) == 1
    report = check_library(lib, repair=True)  # the index is complete again, covers present
    assert report.clean, [(f.kind, f.problem) for f in report.findings]
    found = json.loads(cli(lib, "search", "Photonik-Akademie", "--json").stdout)["results"]
    assert found and found[0]["title"].startswith("Clusterservice")  # the earlier brochure


def test_a_cover_write_on_a_full_disk_keeps_the_brochure_and_check_redraws_it(
    small_disk: Path, tmp_path: Path
) -> None:
    """thumbnails/ on a file system of its own that is full: the brochure is added with a
    warning, without its cover; `check --repair` draws the cover once there is room."""
    lib = tmp_path / "Bibliothek"
    assert cli(lib, "import", str(CLUSTER)).returncode == 0
    thumbnails = lib / "thumbnails"
    for old in thumbnails.iterdir():
        old.unlink()
    mounted = subprocess.run(["mount", "--bind", str(small_disk), str(thumbnails)])
    assert mounted.returncode == 0
    try:
        filler = fill(thumbnails)
        added = cli(lib, "import", str(OLEC), "--json")
        assert added.returncode == 0, added.stderr
        assert "the disk is full" in added.stderr  # the warning
        assert len(json.loads(added.stdout)["added"]) == 1
        filler.unlink()
        report = check_library(lib, repair=True)
        assert {f.kind for f in report.findings} == {"thumbnail"} and report.clean
        assert sorted(p.suffix for p in thumbnails.iterdir()) == [".jpg", ".jpg"]
    finally:
        subprocess.run(["umount", "-l", str(thumbnails)], check=False)


def test_a_write_beyond_the_file_size_limit_changes_nothing(tmp_path: Path) -> None:
    """The same fault without root: a file size limit makes the catalog write fail midway."""
    lib = tmp_path / "Bibliothek"
    assert cli(lib, "import", str(SAMPLES)).returncode == 0
    catalog = lib / "catalog.json"
    before = catalog.read_bytes()
    ident = brochure_id(lib)
    tagged = cli(lib, "tag", ident, "Grenze", limit=len(before) // 2)
    assert tagged.returncode == 1 and "cannot save" in tagged.stderr
    assert "nothing was changed" in tagged.stderr
    assert catalog.read_bytes() == before
    assert not [p for p in lib.iterdir() if p.name.endswith(".tmp")]
    assert check_library(lib).clean
