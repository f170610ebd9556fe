"""What may be trusted from a PDF or a catalog: paths that stay inside the library, and links
that are plain web addresses.

A catalog can be edited by hand or damaged, and a PDF can carry any link or action. Nothing
read from them may point the app at a file outside the library (to show, overwrite or delete
it) or make it run or open anything but an http(s) page the user clicked.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

WEB_SCHEMES = {"http", "https"}


def inside(root: Path, relative: str | Path) -> Path | None:
    """`root`/`relative` when it stays inside `root` (no '..', no absolute path, no symlink
    out); None otherwise."""
    candidate = Path(relative)
    if candidate.is_absolute() or candidate.drive or ".." in candidate.parts:
        return None
    joined = root / candidate
    try:
        real_root = Path(os.path.realpath(root))
        if not Path(os.path.realpath(joined)).is_relative_to(real_root):
            return None
    except (OSError, ValueError):
        return None
    return joined


def is_web_link(uri: str) -> bool:
    """An http(s) address with a host: the only kind of link the app ever opens."""
    try:
        parts = urlsplit(uri.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname) and "\n" not in uri
