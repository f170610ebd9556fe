"""Shared fixtures: real libraries in temporary folders, generated PDFs, the shared corpus."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BROCHUREDESK_LANG"] = "en"
# This machine's cache (checked-catalog stamps): the tests' own, never the user's.
os.environ["BROCHUREDESK_CACHE"] = tempfile.mkdtemp(prefix="brochuredesk-cache-")

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
