"""Shared fixtures: real libraries in temporary folders, generated PDFs, the shared corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
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
