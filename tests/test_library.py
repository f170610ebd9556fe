"""The library folder: creation, the single-writer lock, atomic writes, backups, corruption."""

from __future__ import annotations

from pathlib import Path

import pytest

from brochuredesk.core.errors import CatalogCorruptError, LibraryLockedError, ReadOnlyError
from brochuredesk.core.library.folder import SCHEMA_VERSION, open_library
from brochuredesk.core.library.records import Brochure


def _brochure(n: int) -> Brochure:
    sha = f"{n:012x}" + "ab" * 26
    return Brochure(
        id=sha[:12], sha256=sha, title=f"Broschüre {n}", original_filename=f"b{n}.pdf",
        file=f"files/b{n}.pdf", file_size=1, page_count=1, added="2026-01-01", modified="2026-01-01",
    )  # fmt: skip


def test_new_library_has_the_documented_layout(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        assert library.catalog.meta()["schema_version"] == SCHEMA_VERSION
    for name in ("catalog.json", "files", "thumbnails", "backups"):
        assert (library_dir / name).exists(), name
    # Nothing that must not travel: no lock, no SQLite (both in this machine's cache).
    assert not (library_dir / ".lock").exists()
    assert not list(library_dir.glob("index.sqlite*"))


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


def test_outlines_live_beside_the_catalog_and_older_catalogs_are_moved_on_open(
    library_dir: Path,
) -> None:
    import json

    from brochuredesk.core.library.records import OutlineEntry

    with_outline = _brochure(1)
    with_outline.outline = [
        OutlineEntry(1, "Praxisbeispiele", 3),
        OutlineEntry(2, "Werde Foodstarter", 4),
    ]
    with open_library(library_dir) as library:
        library.catalog.add([with_outline, _brochure(2)])
        assert library.catalog.get(with_outline.id).outline == with_outline.outline
        assert library.catalog.brochures()[0].outline == []  # a listing does not read them
    catalog = json.loads((library_dir / "catalog.json").read_text())
    assert all("outline" not in r for r in catalog["brochures"].values())
    assert (library_dir / "outlines" / f"{with_outline.id}.json").is_file()
    assert not (library_dir / "outlines" / f"{_brochure(2).id}.json").exists()

    # A catalog of the previous layout, with the outline in the record: read-only it is read
    # as it is; the first writable open moves it to its file and keeps the old catalog.
    (library_dir / "outlines" / f"{with_outline.id}.json").unlink()
    record = next(r for r in catalog["brochures"].values() if r["id"] == with_outline.id)
    record["outline"] = [{"level": 1, "title": "Steckbriefe", "page": 5}, {"bad": 1}]
    (library_dir / "catalog.json").write_text(json.dumps(catalog))
    with open_library(library_dir, read_only=True) as library:
        assert library.catalog.get(with_outline.id).outline == [OutlineEntry(1, "Steckbriefe", 5)]
    with open_library(library_dir) as library:
        assert library.catalog.get(with_outline.id).outline == [OutlineEntry(1, "Steckbriefe", 5)]
        assert library.catalog.outline(with_outline.id) == [OutlineEntry(1, "Steckbriefe", 5)]
    moved = json.loads((library_dir / "catalog.json").read_text())
    assert all("outline" not in r for r in moved["brochures"].values())
    previous = json.loads((library_dir / "backups" / "previous.json").read_text())
    assert any("outline" in r for r in previous["brochures"].values())

    with open_library(library_dir) as library:
        library.catalog.remove(with_outline.id)
    assert not (library_dir / "outlines" / f"{with_outline.id}.json").exists()


def test_a_catalog_changed_by_anything_else_is_checked_again(library_dir: Path) -> None:
    """Records are checked once per file version on this machine: our own write is known,
    a change made by a sync client or an editor is checked again, and `check` always does."""
    import json
    import os

    from brochuredesk.core.check import check_library

    with open_library(library_dir) as library:
        library.catalog.add([_brochure(1), _brochure(2)])
    catalog_path = library_dir / "catalog.json"
    before = catalog_path.stat()
    data = json.loads(catalog_path.read_text())
    next(iter(data["brochures"].values()))["page_count"] = "7"  # a wrong value, in place
    with open(catalog_path, "r+b") as handle:  # same inode, as a sync client writing in place
        handle.write(json.dumps(data).encode())
        handle.truncate()
    with pytest.raises(CatalogCorruptError):
        open_library(library_dir, read_only=True)
    # Even a change that keeps the file's size and time is found by `check`.
    os.utime(catalog_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    report = check_library(library_dir)
    assert any(f.kind == "catalog" and "page_count" in f.problem for f in report.findings)


def test_a_file_name_a_mac_wrote_decomposed_is_still_the_brochures_file(tmp_path: Path) -> None:
    """The catalog says 'Förderung.pdf' (NFC); a Mac on a sync service wrote it as
    'Fo\u0308rderung.pdf' (NFD), and the service carried the name as it was. The brochure still
    opens and `check` finds nothing missing."""
    import shutil
    import unicodedata

    from conftest import SAMPLES

    from brochuredesk.core.check import check_library
    from brochuredesk.core.importer.pipeline import import_paths

    source = tmp_path / "Förderung.pdf"
    shutil.copyfile(sorted(SAMPLES.glob("*.pdf"))[0], source)
    root = tmp_path / "lib"
    with open_library(root) as library:
        brochure = import_paths(library, [source]).added[0]
        stored = library.file_path(brochure)
    assert unicodedata.is_normalized("NFC", stored.name) and "ö" in stored.name
    decomposed = stored.with_name(unicodedata.normalize("NFD", stored.name))
    stored.rename(decomposed)
    assert not stored.exists()  # (a file system that does not normalise names, as here)
    with open_library(root) as library:
        assert library.file_path(library.catalog.get(brochure.id)) == decomposed
    assert not [f for f in check_library(root).findings if f.kind == "file"]
