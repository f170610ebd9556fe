"""What this machine keeps about a library outside the library folder: nothing that cannot be
lost, nothing a sync service should carry to another machine.

The folder is the platform's user cache (`~/.cache/BrochureDesk` on Linux), or
BROCHUREDESK_CACHE; a different cache folder is a different machine. Each library has its
own subfolder, named after its folder's name and a hash of its path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from brochuredesk.core.fsutil import sha256_hex
from brochuredesk.core.library.user_dirs import user_dir


def cache_root() -> Path:
    env = os.environ.get("BROCHUREDESK_CACHE")
    if env:
        return Path(env).expanduser()
    return user_dir("cache")


def library_cache(root: Path) -> Path:
    """This machine's cache folder of the library at `root` (not created here)."""
    digest = sha256_hex(os.fsencode(str(root.absolute())))[:16]
    name = re.sub(r"[^\w.-]+", "_", root.name)[:40] or "library"
    return cache_root() / "libraries" / f"{name}-{digest}"


def library_cache_by_id(library_id: str) -> Path:
    """This machine's cache folder of the library with this id: found again wherever the
    library folder is (renamed, moved, or a sync service's copy on another path)."""
    return cache_root() / "libraries" / ("id-" + re.sub(r"[^0-9a-f]", "", library_id)[:32])
