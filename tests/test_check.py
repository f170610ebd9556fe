"""`check` and `check --repair`: corrupt catalog restored from a backup, caches rebuilt."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import SAMPLES
from pdfs import make_pdf

from brochuredesk.core.check import check_library
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search


def _library(root: Path) -> list[str]:
    with open_library(root) as library:
        index = open_index(library)
        report = import_paths(library, [SAMPLES], index=index)
        index.close()
        # A later edit, so that a backup of the catalog with all brochures exists.
        library.catalog.storage.backup_interval = 0
        library.catalog.tag(report.added[0].id, ["Ausbildung"])
        return [b.id for b in report.added]


def test_a_healthy_library_is_clean(tmp_path: Path) -> None:
    ids = _library(tmp_path / "lib")
    report = check_library(tmp_path / "lib")
    assert report.clean and report.findings == [] and report.brochures == len(ids)


def test_corrupt_catalog_is_restored_only_when_asked_and_kept(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    ids = _library(root)
    catalog = root / "catalog.json"
    catalog.write_bytes(b'{"brochures": {"1": {"id": "x", "tit')
    found = check_library(root)
    assert not found.clean and found.findings[0].kind == "catalog"
    assert catalog.read_bytes().endswith(b'"tit')  # untouched without --repair
    repaired = check_library(root, repair=True)
    assert repaired.findings[0].repaired
    assert list(root.glob("catalog.json.corrupt-*"))  # the damaged file is kept
    with open_library(root) as library:
        assert sorted(b.id for b in library.catalog.brochures()) == sorted(ids)


def test_missing_index_and_covers_are_rebuilt_and_missing_files_reported(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    ids = _library(root)
    with open_library(root, read_only=True) as library:
        index_path = library.index_path  # this machine's cache, not the library folder
    assert not (root / "index.sqlite").exists()
    index_path.unlink()
    for thumb in (root / "thumbnails").iterdir():
        thumb.write_bytes(b"garbage")
    report = check_library(root, repair=True)
    kinds = {f.kind for f in report.findings}
    assert kinds == {"index", "thumbnail"} and report.clean
    assert all((root / "thumbnails" / f"{i}.jpg").read_bytes()[:2] == b"\xff\xd8" for i in ids)
    with open_library(root) as library:
        index = open_index(library)
        assert search(library, index, "Foodstarter").results
        index.close()
        gone = library.file_path(library.catalog.get(ids[0]))
    gone.unlink()
    after = check_library(root, repair=True)
    assert [(f.kind, f.subject) for f in after.findings] == [("file", ids[0])]
    assert not after.clean
    with open_library(root) as library:
        assert library.catalog.get(ids[0]).status == "missing"


def test_catalog_damaged_in_place_is_restored_with_the_last_edit(tmp_path: Path) -> None:
    """A sync client or a disk rewrites catalog.json in place (same inode): the backup of the
    last write is a copy of its own, so the last edit survives (it was a hard link, damaged
    along with the catalog)."""
    root = tmp_path / "lib"
    ids = _library(root)
    with open_library(root) as library:
        library.catalog.tag(ids[1], ["Zuletzt"])
    catalog = root / "catalog.json"
    inode = catalog.stat().st_ino
    with catalog.open("r+b") as handle:  # in place: truncated, then a few stray bytes
        handle.truncate(100)
        handle.seek(0)
        handle.write(b"\x00" * 20)
    assert catalog.stat().st_ino == inode
    repaired = check_library(root, repair=True)
    assert repaired.findings[0].kind == "catalog" and repaired.findings[0].repaired
    assert "latest.json" in repaired.findings[0].problem
    with open_library(root) as library:
        assert "Zuletzt" in library.catalog.get(ids[1]).tags
        assert "Ausbildung" in library.catalog.get(ids[0]).tags


def test_a_catalog_with_no_readable_backup_is_rebuilt_from_the_change_logs(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    ids = _library(root)
    with open_library(root) as library:
        library.catalog.tag(ids[1], ["Zuletzt"])
        library.catalog.set_setting("saved_searches", ["Fachkräfte"])
    (root / "catalog.json").write_bytes(b"\x00" * 64)
    shutil.rmtree(root / "backups")  # a disk fault took them too
    repaired = check_library(root, repair=True)
    assert repaired.findings[0].repaired and "changes" in repaired.findings[0].problem
    with open_library(root) as library:
        assert sorted(b.id for b in library.catalog.brochures()) == sorted(ids)
        assert "Zuletzt" in library.catalog.get(ids[1]).tags
        assert library.catalog.setting("saved_searches") == ["Fachkräfte"]


def test_a_file_another_machine_imported_is_on_its_way_not_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team library: the laptop imported a brochure, the sync service brought its change
    log and catalog but not yet its PDF. `check` says the file is on its way, and the library
    is clean; a file this machine imported itself and lost is still missing. A machine whose
    log has not moved for two months is named."""
    here, laptop = tmp_path / "here" / "lib", tmp_path / "laptop" / "lib"
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-here"))
    ids = _library(here)
    shutil.copytree(here, laptop)
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-laptop"))
    new_pdf = make_pdf(tmp_path / "neu.pdf", [["Fachkräfte im Verbund"]])
    with open_library(laptop) as library:
        new = import_paths(library, [new_pdf]).added[0]
    # the sync service brings the laptop's log and the catalog, not yet the new file
    shutil.copytree(laptop / "changes", here / "changes", dirs_exist_ok=True)
    shutil.copyfile(laptop / "catalog.json", here / "catalog.json")
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-here"))
    with open_library(here) as library:
        lost = library.catalog.get(ids[0])
        library.file_path(lost).unlink()  # one of this machine's own files, really gone
    report = check_library(here)
    assert [(n.kind, n.subject) for n in report.notices] == [("arriving", new.id)]
    assert [(f.kind, f.subject) for f in report.findings] == [("file", ids[0])]
    assert "notices" in report.to_json()

    # two months without a line from the laptop
    laptop_id = (tmp_path / "cache-laptop" / "machine-id").read_text().strip()
    log = here / "changes" / f"{laptop_id}.jsonl"
    old = time.time() - 60 * 86400
    os.utime(log, (old, old))
    quiet = [n for n in check_library(here).notices if n.kind == "machine"]
    assert [n.subject for n in quiet] == [laptop_id]
    assert "60 days" in quiet[0].problem


def test_a_syncthing_folder_without_its_marker_is_named(tmp_path: Path) -> None:
    """Syncthing stops syncing a folder whose .stfolder marker is gone (it takes it for an
    unmounted disk): `check` says so, in the user's language, and how to mend it."""
    import subprocess
    import sys

    shared = tmp_path / "Sync"
    root = shared / "Bibliothek"
    _library(root)
    assert check_library(root).notices == []  # no sign of Syncthing: nothing to say
    (shared / ".stignore").write_text("")
    (shared / ".stfolder").mkdir()
    assert check_library(root).notices == []  # Syncthing's, and whole
    (shared / ".stfolder").rmdir()
    notices = check_library(root).notices
    assert [(n.kind, n.subject) for n in notices] == [("syncthing", str(shared.resolve()))]
    env = {**os.environ, "BROCHUREDESK_LANG": "de"}
    out = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(root), "check"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    assert ".stfolder fehlt" in out and "alles in Ordnung" in out


def test_an_example_added_while_another_machine_removed_its_brochure_is_kept_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop removes a brochure while this machine, not yet synced, marks an example in
    it. After the sync the example has no brochure: it is kept (user data), `check` names it
    with what to do, and the library is not called damaged for it."""
    from brochuredesk.core.library.example_records import Example

    here, laptop = tmp_path / "here" / "lib", tmp_path / "laptop" / "lib"
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-here"))
    ids = _library(here)
    shutil.copytree(here, laptop)
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-laptop"))
    with open_library(laptop) as library:
        library.catalog.remove(ids[1])
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-here"))
    now = "2026-12-08T10:00:00+01:00"
    with open_library(here) as library:
        library.catalog.add_example(
            Example(id="e1", brochure_id=ids[1], first_page=1, last_page=1,
                    title="Werde Foodstarter", created=now, modified=now)
        )  # fmt: skip
    laptop_log = (tmp_path / "cache-laptop" / "machine-id").read_text().strip() + ".jsonl"
    shutil.copyfile(laptop / "changes" / laptop_log, here / "changes" / laptop_log)  # synced
    report = check_library(here)
    assert [(n.kind, n.subject) for n in report.notices] == [("example", "e1")]
    assert report.clean and report.findings == []
    with open_library(here) as library:
        assert ids[1] not in library.catalog  # the removal holds
        assert [e.title for e in library.catalog.examples()] == ["Werde Foodstarter"]
