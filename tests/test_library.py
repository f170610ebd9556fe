"""The library folder: creation, the single-writer lock, atomic writes, backups, corruption."""

from __future__ import annotations

from pathlib import Path

import pytest

from brochuredesk.core.errors import CatalogCorruptError, LibraryLockedError, ReadOnlyError
from brochuredesk.core.library import SCHEMA_VERSION, open_library
from brochuredesk.core.models import Brochure


def _brochure(n: int) -> Brochure:
    sha = f"{n:012x}" + "ab" * 26
    return Brochure(
        id=sha[:12], sha256=sha, title=f"Broschüre {n}", original_filename=f"b{n}.pdf",
        file=f"files/b{n}.pdf", file_size=1, page_count=1, added="2026-01-01", modified="2026-01-01",
    )  # fmt: skip


def test_new_library_has_the_documented_layout(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        assert library.catalog.meta()["schema_version"] == SCHEMA_VERSION
    for name in ("catalog.json", "files", "thumbnails", "backups", ".lock"):
        assert (library_dir / name).exists(), name


def test_edits_persist_and_backups_keep_the_previous_catalog(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        library.catalog.add([_brochure(1), _brochure(2)])
        library.catalog.tag(_brochure(1).id, ["Ausbildung", "Good Practice"])
    with open_library(library_dir) as library:
        assert library.catalog.get(_brochure(1).id).tags == ["Ausbildung", "Good Practice"]
        assert len(library.catalog) == 2
    backups = list((library_dir / "backups").glob("catalog-*.json"))
    assert backups, "the catalog before the first change is kept"


def test_ids_resolve_from_a_unique_prefix(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        library.catalog.add([_brochure(0x1234)])
        full = _brochure(0x1234).id
        assert library.catalog.resolve(full[:10]) == full


def test_second_writer_gets_a_clear_error_or_read_only_access(library_dir: Path) -> None:
    with open_library(library_dir) as first:
        first.catalog.add([_brochure(1)])
        with pytest.raises(LibraryLockedError) as error:
            open_library(library_dir)
        assert "in use by another BrochureDesk" in str(error.value)
        with open_library(library_dir, fallback_read_only=True) as second:
            assert second.read_only and second.locked_by
            assert len(second.catalog) == 1
            with pytest.raises(ReadOnlyError):
                second.catalog.tag(_brochure(1).id, ["x"])
    with open_library(library_dir) as again:  # the lock went with the first writer
        assert not again.read_only


def test_corrupt_catalog_is_left_byte_for_byte_and_the_error_says_how_to_restore(
    library_dir: Path,
) -> None:
    with open_library(library_dir) as library:
        library.catalog.add([_brochure(1)])
    catalog = library_dir / "catalog.json"
    damaged = catalog.read_bytes()[:-40]  # truncated, as a failing disk or sync tool leaves it
    catalog.write_bytes(damaged)
    with pytest.raises(CatalogCorruptError) as error, open_library(library_dir) as library:
        library.catalog.add([_brochure(2)])
    message = str(error.value)
    assert "check --repair" in message and "left untouched" in message
    assert catalog.read_bytes() == damaged


def test_empty_catalog_file_is_corrupt_not_an_empty_library(library_dir: Path) -> None:
    with open_library(library_dir):
        pass
    (library_dir / "catalog.json").write_bytes(b"")
    with pytest.raises(CatalogCorruptError):
        open_library(library_dir)
    assert (library_dir / "catalog.json").read_bytes() == b""


def test_write_leaves_no_temporary_files(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        for n in range(5):
            library.catalog.add([_brochure(n)])
    leftovers = [p.name for p in library_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_status_changes_of_many_brochures_are_saved_together(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        library.catalog.add([_brochure(n) for n in range(1, 6)])
        before = (library_dir / "catalog.json").stat().st_mtime_ns
        changes = {_brochure(n).id: {"status": "missing"} for n in range(1, 6)}
        library.catalog.update_many(changes)
        assert {b.status for b in library.catalog.brochures()} == {"missing"}
        assert (library_dir / "catalog.json").stat().st_mtime_ns != before
    with open_library(library_dir) as library:
        assert {b.status for b in library.catalog.brochures()} == {"missing"}
