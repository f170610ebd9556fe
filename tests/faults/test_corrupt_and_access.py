"""Damaged files and awkward places (DESIGN.md §8: catalog corrupt; index or thumbnails
missing or corrupt; odd names; second instance): the catalog is never overwritten, caches are
rebuilt from the files, and a library works on a read-only medium and on any path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLES

from brochuredesk.core.check import check_library


def cli(lib: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(lib), *args],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, BROCHUREDESK_LANG="en"),
    )  # fmt: skip


def data(lib: Path, *args: str) -> dict:  # type: ignore[type-arg]
    done = cli(lib, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    root = tmp_path / "Verbände & Cluster" / "Bibliothek – Broschüren 2024"
    data(root, "import", str(SAMPLES))
    return root


def first_id(root: Path) -> str:
    return str(data(root, "list")["brochures"][0]["id"])


def test_a_path_with_umlauts_spaces_and_dashes_works_everywhere(lib: Path, tmp_path: Path) -> None:
    ident = first_id(lib)
    assert cli(lib, "tag", ident, "Förderung").returncode == 0
    assert data(lib, "search", "tag:Förderung")["total"] == 1
    example = data(lib, "example", "add", ident, "--pages", "1", "--title", "Übersicht")
    out = tmp_path / "Ausgabe für Köln" / "Dossier – Übersicht.pdf"
    out.parent.mkdir()
    assert cli(lib, "export", "dossier", example["id"], "-o", str(out)).returncode == 0
    assert out.stat().st_size > 0
    assert check_library(lib).clean


def test_a_truncated_catalog_is_kept_and_restored_from_a_backup_only_when_asked(lib: Path) -> None:
    ident = first_id(lib)
    assert cli(lib, "tag", ident, "gesichert").returncode == 0  # a backup holds this tag
    assert cli(lib, "tag", ident, "danach").returncode == 0
    catalog = lib / "catalog.json"
    damaged = catalog.read_bytes()[: catalog.stat().st_size // 2]
    catalog.write_bytes(damaged)
    listing = cli(lib, "list")
    assert listing.returncode == 1 and "cannot be read" in listing.stderr
    assert "check --repair" in listing.stderr and "Traceback" not in listing.stderr
    assert cli(lib, "tag", ident, "nie").returncode == 1
    assert catalog.read_bytes() == damaged  # never overwritten
    assert cli(lib, "check").returncode == 1 and catalog.read_bytes() == damaged
    repaired = cli(lib, "check", "--repair")
    assert "restored from" in repaired.stdout
    tags = data(lib, "show", ident)["tags"]
    assert "gesichert" in tags  # the last good catalog
    assert next(iter(lib.glob("catalog.json.corrupt-*"))).read_bytes() == damaged


def test_a_catalog_with_impossible_records_is_treated_as_corrupt(lib: Path) -> None:
    """Valid JSON, wrong content (a hand edit): refused like a damaged file, restorable."""
    import orjson

    ident = first_id(lib)
    assert cli(lib, "tag", ident, "gesichert").returncode == 0
    assert cli(lib, "tag", ident, "danach").returncode == 0
    catalog = lib / "catalog.json"
    data = orjson.loads(catalog.read_bytes())
    next(iter(data["brochures"].values()))["page_count"] = "sieben"
    edited = orjson.dumps(data)
    catalog.write_bytes(edited)
    listing = cli(lib, "list")
    assert listing.returncode == 1 and "'page_count' has a wrong value" in listing.stderr
    assert catalog.read_bytes() == edited
    assert cli(lib, "check", "--repair").returncode in (0, 1)
    assert "gesichert" in data_of(lib, ident)["tags"]


def data_of(lib: Path, ident: str) -> dict:  # type: ignore[type-arg]
    return data(lib, "show", ident)


def test_examples_whose_brochure_is_gone_are_reported_not_dropped(lib: Path) -> None:
    import orjson

    ident = first_id(lib)
    example = data(lib, "example", "add", ident, "--pages", "1", "--title", "Verwaist")
    catalog = lib / "catalog.json"
    content = orjson.loads(catalog.read_bytes())
    content["brochures"] = {k: v for k, v in content["brochures"].items() if v["id"] != ident}
    catalog.write_bytes(orjson.dumps(content))
    report = check_library(lib, repair=True)
    assert [(f.kind, f.subject) for f in report.findings if f.kind == "example"] == [
        ("example", example["id"])
    ]
    assert [e["id"] for e in data(lib, "example", "list")["examples"]] == [example["id"]]


def test_a_garbage_index_is_rebuilt_quietly(lib: Path) -> None:
    (lib / "index.sqlite").write_bytes(os.urandom(64 * 1024))
    for suffix in ("-wal", "-shm"):
        (lib / f"index.sqlite{suffix}").unlink(missing_ok=True)
    found = data(lib, "search", "Foodstarter")
    assert found["total"] >= 1 and found["results"][0]["title"].startswith("Clusterservice")
    assert check_library(lib).clean


def test_truncated_and_missing_covers_are_redrawn(lib: Path) -> None:
    covers = sorted((lib / "thumbnails").iterdir())
    covers[0].write_bytes(covers[0].read_bytes()[:100])
    covers[1].unlink()
    report = check_library(lib, repair=True)
    assert sorted(f.kind for f in report.findings) == ["thumbnail", "thumbnail"] and report.clean
    assert all(p.read_bytes()[:3] == b"\xff\xd8\xff" for p in (lib / "thumbnails").iterdir())
    assert len(list((lib / "thumbnails").iterdir())) == len(covers)


def test_two_writers_one_waits_its_turn_and_nothing_is_doubled(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    data(root, "list")  # create it
    command = [sys.executable, "-m", "brochuredesk", "--library", str(root), "import", str(SAMPLES)]
    env = dict(os.environ, BROCHUREDESK_LANG="en")
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(0.4)
    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    first.communicate(timeout=120)
    assert first.returncode == 0
    if second.returncode != 0:  # it started while the first held the library
        assert "in use by another BrochureDesk" in second.stderr
        assert data(root, "import", str(SAMPLES))["duplicates"]
    listing = data(root, "list")["brochures"]
    assert len(listing) == len(list(SAMPLES.glob("*.pdf")))
    assert len({b["sha256"] for b in listing}) == len(listing)


@pytest.fixture
def read_only_library(lib: Path, tmp_path: Path) -> Iterator[Path]:
    """The library on a medium that cannot be written: a read-only bind mount as root,
    a folder without write permission otherwise."""
    if os.geteuid() == 0:
        view = tmp_path / "nur lesend"
        view.mkdir()
        bound = subprocess.run(["mount", "--bind", str(lib), str(view)], capture_output=True)
        if bound.returncode != 0:
            pytest.skip("cannot bind-mount here")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        try:
            yield view
        finally:
            subprocess.run(["umount", "-l", str(view)], check=False)
    else:
        for path in [lib, *lib.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            yield lib
        finally:
            for path in [lib, *lib.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)


def test_a_read_only_library_can_be_read_and_says_why_it_cannot_be_changed(
    read_only_library: Path,
) -> None:
    root = read_only_library
    before = (root / "catalog.json").read_bytes()
    assert len(data(root, "list")["brochures"]) == len(list(SAMPLES.glob("*.pdf")))
    assert data(root, "search", "Foodstarter")["total"] >= 1
    tagged = cli(root, "tag", first_id(root), "neu")
    assert tagged.returncode == 1 and "cannot be written" in tagged.stderr
    assert "Traceback" not in tagged.stderr
    imported = cli(root, "import", str(SAMPLES))
    assert imported.returncode == 1 and "cannot be written" in imported.stderr
    assert (root / "catalog.json").read_bytes() == before
    assert cli(root, "check").returncode == 0


def test_a_new_library_on_a_read_only_medium_is_refused_clearly(read_only_library: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("as a user the folder's subfolders stay writable here")
    made = cli(read_only_library / "Neue Bibliothek", "list")
    assert made.returncode == 1 and "cannot create a library" in made.stderr
    assert not (read_only_library / "Neue Bibliothek").exists()
    shutil.rmtree(read_only_library / "Neue Bibliothek", ignore_errors=True)


def test_a_moved_file_is_missing_until_relinked_to_the_same_pdf(lib: Path, tmp_path: Path) -> None:
    from brochuredesk.core.errors import BrochureDeskError
    from brochuredesk.core.service import LibraryService

    listing = data(lib, "list")["brochures"]
    moved_entry = listing[0]
    moved = tmp_path / "verschoben" / "neuer Name.pdf"
    moved.parent.mkdir()
    shutil.move(lib / moved_entry["file"], moved)
    service = LibraryService.open(lib)
    try:
        assert moved_entry["id"] in service.refresh_missing()
        assert service.library.catalog.get(moved_entry["id"]).status == "missing"
        other = lib / listing[1]["file"]
        with pytest.raises(BrochureDeskError, match="not the same"):
            service.relink(moved_entry["id"], other)  # another PDF: refused
        relinked = service.relink(moved_entry["id"], moved)
        assert relinked.status == "ok" and relinked.linked
        assert service.library.file_path(relinked) == moved.resolve()
    finally:
        service.close()
    assert check_library(lib).clean
