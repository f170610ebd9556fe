"""Which folders this machine watches, and importing what they deliver.

The lists are a setting of this machine (`watched-folders.json` in the platform's config
folder, BROCHUREDESK_CONFIG overrides it), one per library (by its id): paths differ between
machines, and a folder watched for one library must not pour into another one the user opens.
Each folder has its own choice of copying the PDFs into the library (the default: Downloads
gets cleaned) or linking them where they are.

Earlier versions kept one list for whatever library was open (`{"folders": [...]}`): it goes
to the first library that asks for its list, the one the user works in.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.importer.pipeline import ImportReport, PageIndex, import_paths
from brochuredesk.core.importer.watch import FolderWatch, SeenFiles, is_candidate
from brochuredesk.core.library.folder import Library
from brochuredesk.core.plain import JSONDecodeError, datarecord, json_dumps, json_loads

SETTINGS_FILE = "watched-folders.json"


@datarecord
class WatchedFolder:
    path: str
    link: bool = False


def config_root() -> Path:
    env = os.environ.get("BROCHUREDESK_CONFIG")
    if env:
        return Path(env).expanduser()
    from brochuredesk.core.library.user_dirs import user_dir

    return user_dir("config")


def _settings() -> dict[str, Any]:
    try:
        data = json_loads((config_root() / SETTINGS_FILE).read_bytes())
    except (OSError, JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(data: dict[str, Any]) -> None:
    path = config_root() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json_dumps(data, indent=True), durable=True)


def _libraries(data: dict[str, Any]) -> dict[str, Any]:
    found = data.get("libraries")
    return dict(found) if isinstance(found, dict) else {}


def watched_folders(library_id: str) -> list[WatchedFolder]:
    """The folders watched for the library with this id."""
    data = _settings()
    libraries = _libraries(data)
    entry = libraries.get(library_id)
    if entry is None and isinstance(data.get("folders"), list):
        entry = {"folders": data.pop("folders")}  # an earlier version's one list: adopted
        data["libraries"] = {**libraries, library_id: entry}
        with contextlib.suppress(OSError):
            _write(data)
    listed = entry.get("folders") if isinstance(entry, dict) else None
    return [
        WatchedFolder(str(f["path"]), bool(f.get("link", False)))
        for f in (listed if isinstance(listed, list) else [])
        if isinstance(f, dict) and f.get("path")
    ]


def save_watched_folders(library_id: str, folders: list[WatchedFolder]) -> None:
    data = _settings()
    libraries = _libraries(data)
    libraries[library_id] = {"folders": [{"path": f.path, "link": f.link} for f in folders]}
    data["libraries"] = libraries
    _write(data)


def downloads_folder() -> Path:
    """The user's Downloads folder (what the one-click offer in Preferences adds)."""
    from platformdirs import user_downloads_dir

    return Path(user_downloads_dir())


def baseline(folder: Path, seen: SeenFiles) -> int:
    """Count the PDFs already in a newly watched folder as handled: only new ones come in
    (a Downloads folder holds years of invoices). How many there were."""
    count = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if is_candidate(entry.name) and entry.is_file():
                seen.mark(Path(entry.path), (entry.stat().st_size, entry.stat().st_mtime_ns))
                count += 1
    seen.save()
    return count


def import_ready(
    library: Library,
    index: PageIndex | None,
    watch: FolderWatch,
    paths: list[Path],
    link_for: Callable[[Path], bool],
    importer: Callable[..., ImportReport] = import_paths,
) -> ImportReport:
    """Import files the watch found ready (each folder copied or linked as chosen); each is
    marked handled: added, duplicate (silently) or failed (kept for "Needs attention")."""
    keys = {path: watch.key_of(path) for path in paths}
    report = ImportReport()
    for link in (False, True):
        batch = [p for p in paths if link_for(p) == link]
        if batch:
            part = importer(library, batch, index=index, link=link)
            report.added += part.added
            report.duplicates += part.duplicates
            report.failed += part.failed
            report.warnings += part.warnings
            report.regrouped += part.regrouped
    failed = dict(report.failed)
    for path, key in keys.items():
        if key is not None:
            watch.seen.mark(path, key, failed.get(str(path), ""))
    watch.seen.save()
    return report


def link_chooser(folders: list[WatchedFolder]) -> Callable[[Path], bool]:
    links = {Path(f.path).expanduser(): f.link for f in folders}
    return lambda path: links.get(path.parent, False)
