"""How a command opens what it works on: the library (read-only beside a running app when
it only reads), its search index brought up to the catalog, and kept in step afterwards."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brochuredesk.core.library.folder import Library
    from brochuredesk.core.search.index import SearchIndex


def open_read(args: argparse.Namespace) -> Library:
    """Reading commands work beside a running app: they fall back to read-only access."""
    from brochuredesk.core.library.folder import open_library

    return open_library(args.library, fallback_read_only=True)


def open_write(library: str | Path | None) -> Library:
    """Writing commands hold the library's lock (a running app makes them fail, saying so)."""
    from brochuredesk.core.library.folder import open_library

    return open_library(library)


@contextmanager
def with_index(library: Library, *, in_step: bool = False) -> Iterator[SearchIndex]:
    """The library's index, brought up to the catalog first; `in_step`: marked as holding
    every change once the command's work is done (a write that fails leaves it unmarked, so
    the next start catches up)."""
    from brochuredesk.core.search.manage import mark_in_step, open_index

    index = open_index(library)
    try:
        yield index
        if in_step:
            mark_in_step(library, index)
    finally:
        index.close()


@contextmanager
def writing(
    args: argparse.Namespace, *, in_step: bool = False
) -> Iterator[tuple[Library, SearchIndex]]:
    """The library opened for writing, with its index."""
    with open_write(args.library) as library, with_index(library, in_step=in_step) as index:
        yield library, index
