"""Files that ship with the app: found beside the package when installed or frozen, in the
checkout otherwise."""

from __future__ import annotations

from pathlib import Path

from brochuredesk.core.errors import BrochureDeskError


def samples_dir() -> Path:
    """The sample brochures of the demo library and the self-check."""
    for candidate in (
        Path(__file__).resolve().parent / "samples",
        Path(__file__).resolve().parents[2] / "resources" / "samples",
    ):
        if candidate.is_dir():
            return candidate
    raise BrochureDeskError("no_such_path")
