"""What may be trusted from a PDF or a catalog: paths that stay inside the library, and links
that are plain web addresses.

A catalog can be edited by hand or damaged, and a PDF can carry any link or action. Nothing
read from them may point the app at a file outside the library (to show, overwrite or delete
it) or make it run or open anything but an http(s) page the user clicked.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import urlsplit

WEB_SCHEMES = {"http", "https"}


def inside(root: Path, relative: str | Path) -> Path | None:
    """`root`/`relative` when it stays inside `root` (no '..', no absolute path, no symlink
    out); None otherwise."""
    found = inside_text(str(root), str(relative))
    return None if found is None else Path(found)


def inside_text(root: str, relative: str) -> str | None:
    """inside() on strings (a listing of thousands makes no Path objects). Only a symbolic
    link can lead out of `root` from a path without '..': the parts below `root` are looked
    at (lstat, one call each; the rest of a path that does not exist cannot lead anywhere),
    and only a link among them costs a full resolution."""
    # Text, not Path objects, on purpose (noqa PTH): their parsing was most of the cost.
    text = relative.replace(os.altsep, os.sep) if os.altsep else relative
    parts = text.split(os.sep)  # noqa: PTH206
    if os.path.isabs(relative) or os.path.splitdrive(relative)[0] or ".." in parts:  # noqa: PTH117
        return None
    parts = [part for part in parts if part not in ("", ".")]
    joined = os.path.join(root, *parts) if parts else root  # noqa: PTH118
    current = root
    for part in parts:
        current = os.path.join(current, part)  # noqa: PTH118
        try:
            found = os.lstat(current)
        except OSError:
            break
        # A link, or on Windows any reparse point (a junction is not S_ISLNK there).
        if stat.S_ISLNK(found.st_mode) or getattr(found, "st_reparse_tag", None):
            try:
                real_root = os.path.realpath(root)
                if not Path(os.path.realpath(joined)).is_relative_to(real_root):
                    return None
            except (OSError, ValueError):
                return None
            break
    return joined


def is_web_link(uri: str) -> bool:
    """An http(s) address with a host: the only kind of link the app ever opens."""
    try:
        parts = urlsplit(uri.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname) and "\n" not in uri
