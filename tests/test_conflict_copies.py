"""Conflict copies of catalog.json that sync services make: read, merged, tidied away — one
person's edits no longer vanish because another machine wrote the catalog at the same time."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from conftest import SAMPLES

from brochuredesk.core.check import check_library
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.conflicts import conflict_copies
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search


@pytest.mark.parametrize(
    ("name", "copy"),
    [
        ("catalog (Anna's conflicted copy 2026-11-30).json", True),
        ("catalog (conflicted copy 2026-11-30 084512).json", True),
        ("catalog (In Konflikt stehende Kopie von Anna 2026-11-30).json", True),
        ("catalog.sync-conflict-20261130-084512-ABCDEFG.json", True),
        ("catalog-LAPTOP-ANNA.json", True),
        ("catalog (1).json", True),
        ("catalog.json..path1", True),  # rclone bisync (as a Nextcloud-like WebDAV client)
        ("catalog.json..path2", True),
        ("catalog.conflict1.json", True),  # rclone bisync 1.66 and later
        ("catalog.json.conflict2", True),
        ("catalog.json", False),
        ("catalog.json..path", False),
        ("catalog.json.corrupt-20261130T0845", False),
        (".catalog.json.abc.tmp", False),
        ("katalog (1).json", False),
    ],
)  # fmt: skip
def test_conflict_copy_names(tmp_path: Path, name: str, copy: bool) -> None:
    (tmp_path / name).write_text("{}")
    assert bool(conflict_copies(tmp_path)) is copy


def as_before_change_logs(root: Path) -> None:
    """The library as the versions before change logs left it: no changes/, no meta logs."""
    shutil.rmtree(root / "changes", ignore_errors=True)
    data = orjson.loads((root / "catalog.json").read_bytes())
    for row in data.get("meta", {}).values():
        row.pop("logs", None)
    (root / "catalog.json").write_bytes(orjson.dumps(data))


def test_edits_in_a_conflict_copy_are_merged_and_the_copy_tidied(tmp_path: Path) -> None:
    """A library from before change logs, synced by two machines: the conflict copy holds
    the other machine's edits, and nothing else does."""
    root = tmp_path / "lib"
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [SAMPLES], index=index)
        index.close()
        ids = sorted(b.id for b in library.catalog.brochures())
    # Machine B's catalog: a later title, a tag, and a brochure this machine removed since.
    theirs = orjson.loads((root / "catalog.json").read_bytes())
    with open_library(root) as library:
        library.catalog.tag(ids[0], ["Hier"])  # this machine's own edit meanwhile
        removed = library.catalog.remove(ids[2])
    for record in theirs["brochures"].values():
        if record["id"] == ids[0]:
            record["tags"] = ["Dort"]
        if record["id"] == ids[1]:
            record["title"] = "Auf dem Laptop umbenannt"
            record["modified"] = "2999-01-01T00:00:00+00:00"
    name = "catalog (Anna's conflicted copy 2026-11-30).json"
    (root / name).write_bytes(orjson.dumps(theirs))
    as_before_change_logs(root)

    found = check_library(root)
    assert "conflict" in [f.kind for f in found.findings] and not found.clean
    repaired = check_library(root, repair=True)
    assert repaired.clean and "merged" in repaired.findings[0].problem, repaired.findings
    assert not conflict_copies(root)
    assert (root / "backups" / "conflicts" / name).is_file()  # kept, out of the way
    with open_library(root) as library:
        assert set(library.catalog.get(ids[0]).tags) == {"Hier", "Dort"}  # both kept
        assert library.catalog.get(ids[1]).title == "Auf dem Laptop umbenannt"
        assert removed.id in library.catalog  # never dropped for lack of it, and back here
        index = open_index(library)  # brought up to the merged catalog row by row
        hits = search(library, index, "Laptop umbenannt").results
        assert [h.brochure_id for h in hits] == [ids[1]]
        index.close()


def test_an_unreadable_conflict_copy_is_kept_not_merged(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with open_library(root) as library:
        import_paths(library, [sorted(SAMPLES.glob("*.pdf"))[0]])
    shutil.copyfile(root / "catalog.json", root / "catalog (1).json")
    (root / "catalog (1).json").write_bytes(b"{broken")
    with open_library(root) as library:
        assert library.merged_conflicts[0].brochures == 0
        assert len(library.catalog) == 1
    assert (root / "backups" / "conflicts" / "catalog (1).json").read_bytes() == b"{broken"


def test_with_change_logs_a_conflict_copy_is_only_tidied(tmp_path: Path) -> None:
    """Every machine's edits are in its change log: a conflict copy of the snapshot is an
    older snapshot, moved away without bringing back what was removed since."""
    root = tmp_path / "lib"
    with open_library(root) as library:
        import_paths(library, [SAMPLES])
        first = sorted(b.id for b in library.catalog.brochures())[0]
    older = (root / "catalog.json").read_bytes()  # the snapshot another machine still has
    with open_library(root) as library:
        library.catalog.remove(first)
    (root / "catalog.sync-conflict-20261130-084512-ABC.json").write_bytes(older)
    with open_library(root) as library:
        assert library.merged_conflicts[0].brochures == 0  # tidied, nothing taken
        assert first not in library.catalog  # the removal holds
    assert not conflict_copies(root)


def test_conflict_copies_of_the_backups_are_tidied_and_the_backups_kept(tmp_path: Path) -> None:
    """Every machine writes backups/latest.json and previous.json; a sync service's copies of
    them are older snapshots nobody needs (the change logs hold every edit): deleted when the
    library is opened, the backups themselves and the dated ones kept."""
    root = tmp_path / "lib"
    with open_library(root) as library:
        import_paths(library, [SAMPLES])
    backups = root / "backups"
    kept = sorted(p.name for p in backups.iterdir() if p.is_file())
    assert "latest.json" in kept
    for name in ("latest.json..path1", "previous.json..path2",
                 "latest.sync-conflict-20261208-101010-ABC.json", "previous (1).json"):  # fmt: skip
        (backups / name).write_bytes((backups / "latest.json").read_bytes())
    with open_library(root):
        pass
    assert sorted(p.name for p in backups.iterdir() if p.is_file()) == kept
