"""Shared fixtures: real libraries in temporary folders, generated PDFs, the shared corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BROCHUREDESK_LANG"] = "en"
# This machine's cache (search indexes, checked-catalog stamps): the tests' own, never the
# user's, and gone after the run (every test library's index lives there).
os.environ["BROCHUREDESK_CACHE"] = tempfile.mkdtemp(prefix="brochuredesk-cache-")
atexit.register(shutil.rmtree, os.environ["BROCHUREDESK_CACHE"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
SAMPLES = ROOT / "resources" / "samples"


def corpus_dir(name: str) -> Path:
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"shared corpus not found at {path}")
    return path


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "Bibliothek mit Ümlaut"


@pytest.fixture(autouse=True, scope="session")
def _clipboard_emptied_before_exit() -> Iterator[None]:
    """Qt's offscreen platform crashes at interpreter exit while its clipboard still holds
    rich data a test copied (QMimeData: 'Segmentation fault', exit 139, after every test has
    passed; the real platforms do not). Emptied once the session is over."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()  # type: ignore[attr-defined]
