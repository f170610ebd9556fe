"""`brochuredesk --self-check FILE`: what this build can do on this machine, as one JSON file.

A windowed Windows build prints nothing, so the proof is a file: `make windows-check` runs the
installed program under Wine with it, the release workflow on a real Windows runner. It opens a
library of its own in the user's data folder (%LOCALAPPDATA% on Windows), imports
the sample brochures (or the PDFs named after FILE), searches an umlaut word and a phrase, checks
that a cover was rendered, reads the catalog back from disk and reports the versions in use.
Every step is recorded with its error, if any; the exit code is 0 only when all passed.
"""

from __future__ import annotations

import json
import platform
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from brochuredesk import __version__

UMLAUT_QUERY = "Fachkräfte"
PHRASE_QUERY = '"Werde Foodstarter"'


def _versions() -> dict[str, str]:
    found = {"app": __version__, "python": platform.python_version(), "system": sys.platform}
    try:
        import pymupdf

        found["pymupdf"] = str(getattr(pymupdf, "__version__", "") or pymupdf.VersionBind)
    except ImportError as exc:
        found["pymupdf"] = f"missing: {exc}"
    try:
        from PySide6 import QtCore

        found["qt"] = str(QtCore.qVersion())
        found["pyside6"] = str(QtCore.__version__) if hasattr(QtCore, "__version__") else ""
    except ImportError as exc:
        found["qt"] = f"missing: {exc}"
    return found


def run(out: Path, library_root: Path | None = None, sources: Sequence[Path] = ()) -> int:
    """Run every step, write the result to `out` and return the exit code."""
    from brochuredesk.core.library.folder import default_library_path

    root = library_root or default_library_path().with_name("Self-check")
    result: dict[str, Any] = {"ok": False, "library": str(root), **_versions(), "checks": {}}
    checks: dict[str, Any] = result["checks"]

    def step(name: str, action: Callable[[], Any]) -> Any:
        try:
            value = action()
            checks[name] = value
            return value
        except Exception as exc:  # every failure is reported, the next steps still run
            checks[name] = {
                "error": f"{type(exc).__name__}: {exc}",
                "trace": traceback.format_exc(),
            }
            return None

    step("paths", lambda: _paths(root))
    imported = step("import", lambda: _import(root, sources))
    step("search", lambda: _search(root, UMLAUT_QUERY))
    step("phrase", lambda: _search(root, PHRASE_QUERY))
    step("cover", lambda: _covers(root))
    step("catalog", lambda: _catalog(root))
    step("write_while_read", lambda: _write_while_read(root))
    step("download_marks", lambda: _download_marks(root))
    step("citation", lambda: _citation(root))
    result["ok"] = (
        all(not (isinstance(v, dict) and "error" in v) for v in checks.values())
        and bool(imported and imported["in_library"] >= 3)
        and checks["search"].get("hits", 0) > 0
        and checks["phrase"].get("hits", 0) > 0
        and checks["cover"].get("all", False)
        and checks["catalog"].get("brochures", 0) >= 3
        and checks["write_while_read"].get("tagged", False)
        and checks["download_marks"].get("read", True)  # where the system keeps such marks
        and bool(checks["citation"].get("din"))
        and bool(checks["citation"].get("apa"))
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if result["ok"] else 1


MARKED_URL = "https://www.clusterplattform.de/downloads/selbsttest.pdf"


def _download_marks(root: Path) -> dict[str, Any]:
    """A PDF with the mark a browser leaves on a download — the Zone.Identifier stream on
    Windows, the xdg xattr on Linux — is imported, and its address read into the catalog."""
    import os
    import sys

    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import mark_in_step, open_index
    from brochuredesk.resources import samples_dir

    folder = root.parent / "Self-check downloads"
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "Heruntergeladen.pdf"
    sample = sorted(samples_dir().glob("*.pdf"))[0]
    pdf.write_bytes(sample.read_bytes() + b"\n% BrochureDesk self-check: download marks\n")
    try:
        if sys.platform == "win32":
            with open(f"{pdf}:Zone.Identifier", "w", encoding="utf-8") as stream:
                stream.write(f"[ZoneTransfer]\nZoneId=3\nHostUrl={MARKED_URL}\n")
        elif hasattr(os, "setxattr"):
            os.setxattr(pdf, "user.xdg.origin.url", MARKED_URL.encode())
        else:
            return {"supported": False}
    except OSError as exc:  # a file system without extended attributes
        return {"supported": False, "reason": str(exc)}
    with open_library(root) as library:
        index = open_index(library)
        try:
            import_paths(library, [pdf], index=index)
            mark_in_step(library, index)
        finally:
            index.close()
        found = [b for b in library.catalog.brochures() if b.original_filename == pdf.name]
    source = found[0].source_url if found else ""
    return {"supported": True, "source_url": source, "read": source == MARKED_URL}


def _paths(root: Path) -> dict[str, str]:
    from brochuredesk.core.library.user_dirs import user_dir

    return {
        "data": str(user_dir("data")),
        "cache": str(user_dir("cache")),
        "library": str(root),
        "home": str(Path.home()),
    }


def _import(root: Path, sources: Sequence[Path]) -> dict[str, Any]:
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import mark_in_step, open_index
    from brochuredesk.resources import samples_dir

    paths = list(sources) or [samples_dir()]
    with open_library(root) as library:
        index = open_index(library)
        try:
            report = import_paths(library, paths, index=index)
            mark_in_step(library, index)
        finally:
            index.close()
        count = sum(1 for _ in library.catalog.iter_records())
    return {
        "added": len(report.added),
        "duplicates": len(report.duplicates),
        "failed": [f"{path}: {reason}" for path, reason in report.failed],
        "in_library": count,
    }


def _search(root: Path, query: str) -> dict[str, Any]:
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index, search

    with open_library(root, read_only=True) as library:
        index = open_index(library)
        try:
            outcome = search(library, index, query, limit=20)
        finally:
            index.close()
    return {"query": query, "hits": len(outcome.results)}


def _covers(root: Path) -> dict[str, Any]:
    from brochuredesk.core.library.folder import open_library

    with open_library(root, read_only=True) as library:
        brochures = list(library.catalog.brochures())
        drawn = [library.thumbnail_path(b) for b in brochures]
    sizes = [p.stat().st_size if p is not None and p.is_file() else 0 for p in drawn]
    return {"brochures": len(brochures), "covers": sum(s > 0 for s in sizes), "all": all(sizes)}


def _citation(root: Path) -> dict[str, str]:
    """One brochure cited as the app copies it: the CSL styles and the processor's German and
    English terms must be in the bundle."""
    from brochuredesk.core.citations import Cited, format_citation
    from brochuredesk.core.library.folder import open_library

    with open_library(root, read_only=True) as library:
        brochure = next(iter(library.catalog.brochures()))
    return {
        "din": format_citation(Cited(brochure), "din", "de")[0],
        "apa": format_citation(Cited(brochure), "apa", "en")[0],
    }


def _catalog(root: Path) -> dict[str, Any]:
    """The catalog as a second process would find it: parsed again from the file."""
    catalog = json.loads((root / "catalog.json").read_text(encoding="utf-8"))
    table = catalog.get("brochures", {})
    titles = sorted(str(r.get("title", "")) for r in table.values())
    return {"brochures": len(table), "titles": titles}


def _write_while_read(root: Path) -> dict[str, Any]:
    """A catalog write while another handle still reads catalog.json: on Windows that handle
    blocks the rename until it lets go (core.fsutil.replace waits for it)."""
    import threading
    import time

    from brochuredesk.core.library.folder import open_library

    handle = (root / "catalog.json").open("rb")
    release = threading.Timer(0.4, handle.close)
    started = time.monotonic()
    release.start()
    try:
        with open_library(root) as library:
            first = next(iter(library.catalog.brochures()))
            library.catalog.tag(first.id, ["Selbsttest"])
    finally:
        release.join()
        handle.close()
    stored = json.loads((root / "catalog.json").read_text(encoding="utf-8"))
    tagged = any("Selbsttest" in r.get("tags", []) for r in stored["brochures"].values())
    return {"tagged": tagged, "seconds": round(time.monotonic() - started, 2)}
