"""Which folders this machine watches, and importing what they deliver.

The list is a setting of this machine (`watched-folders.json` in the platform's config folder,
BROCHUREDESK_CONFIG overrides it), not of the library: paths differ between machines. Each
folder has its own choice of copying the PDFs into the library (the default: Downloads gets
cleaned) or linking them where they are.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.importer.pipeline import ImportReport, PageIndex, import_paths
from brochuredesk.core.importer.watch import FolderWatch, SeenFiles, is_candidate
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.local_cache import APP_NAME
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
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def watched_folders() -> list[WatchedFolder]:
    try:
        data = json_loads((config_root() / SETTINGS_FILE).read_bytes())
        return [
            WatchedFolder(str(f["path"]), bool(f.get("link", False)))
            for f in data.get("folders", [])
            if isinstance(f, dict) and f.get("path")
        ]
    except (OSError, JSONDecodeError, AttributeError, TypeError):
        return []


def save_watched_folders(folders: list[WatchedFolder]) -> None:
    path = config_root() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"folders": [{"path": f.path, "link": f.link} for f in folders]}
    atomic_write(path, json_dumps(data, indent=True), durable=True)


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
