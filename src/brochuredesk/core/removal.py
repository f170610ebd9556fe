"""Removing brochures so that the removal can be taken back while the app runs.

A removed brochure's managed copy and cover are not deleted at once: they are moved into a
holding folder in this machine's cache (`removed/`), and what the catalog knew about it (its
record, outline and examples) is kept in memory by the caller as a `Removed`. `restore`
puts everything back and indexes the file again; `let_go` deletes the held files for good
(when the window closes, or at the next start after a crash). Linked files stay where they
are either way.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.local_cache import library_cache
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.search.index import SearchIndex

HOLDING = "removed"


@datarecord
class Removed:
    brochure: Brochure  # with its outline
    examples: list[Example] = field(default_factory=list)
    held_file: Path | None = None  # the managed copy, in the holding folder
    held_cover: Path | None = None


def holding_folder(library: Library) -> Path:
    return library_cache(library.root) / HOLDING


def remove(library: Library, index: SearchIndex | None, brochure_id: str) -> Removed:
    """Take one brochure out of the catalog and the index; its files wait in the holding
    folder."""
    from brochuredesk.core.examples.good_practice import remove_example

    library.require_writable()
    brochure = library.catalog.get(brochure_id)
    examples = library.catalog.examples(brochure.id)
    for example in examples:
        remove_example(library, index, example.id)
    for note in library.catalog.notes(brochure.id):  # one's notes go with their brochure
        library.catalog.remove_note(note.id)
        if index is not None:
            index.remove_record(note.id)
    held = Removed(brochure, examples)
    folder = holding_folder(library)
    if not brochure.linked:
        held.held_file = _hold(library.file_path(brochure), folder / f"{brochure.id}.pdf")
    cover = library.thumbnail_path(brochure)
    if cover is not None:
        held.held_cover = _hold(cover, folder / f"{brochure.id}{cover.suffix}")
    library.catalog.remove(brochure.id)
    if index is not None:
        index.remove(brochure.id)
        index.commit()
    return held


def _hold(path: Path, target: Path) -> Path | None:
    """Move a file into the holding folder (copy and delete across file systems); None when
    it is not there."""
    if not path.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.move(str(path), str(target))
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()  # removing must not fail because the cache is full
        return None
    return target


def restore(library: Library, index: SearchIndex | None, held: Removed) -> Brochure:
    """Undo a removal: the file and cover back in place, the record, outline and examples
    back in the catalog, the pages back in the index."""
    from brochuredesk.core.search.manage import index_brochures

    library.require_writable()
    brochure = held.brochure
    if held.held_file is not None and held.held_file.is_file():
        target = library.file_path(brochure)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(held.held_file), str(target))
    cover = library.thumbnail_path(brochure)
    if held.held_cover is not None and held.held_cover.is_file() and cover is not None:
        shutil.move(str(held.held_cover), str(cover))
    library.catalog.add([brochure])
    for example in held.examples:
        library.catalog.add_example(example)
    if index is not None:
        index_brochures(library, index, [brochure])
        for example in held.examples:
            index.set_example(example, brochure.year)
        index.commit()
    return library.catalog.get(brochure.id)


def let_go(held: Removed) -> None:
    """The removal stands: delete the held files."""
    for path in (held.held_file, held.held_cover):
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def clear_holding(library: Library) -> None:
    """Files left held by a session that ended without letting them go (a crash)."""
    with contextlib.suppress(OSError):
        shutil.rmtree(holding_folder(library))
