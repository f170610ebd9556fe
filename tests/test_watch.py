"""Watched folders: `brochuredesk watch` imports what appears there, whole and once; the
readiness rules (partial names, still-growing files, %%EOF) on their own."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pdfs import make_pdf
from test_cli import run_json

from brochuredesk.core.importer.watch import FolderWatch, SeenFiles, is_candidate
from brochuredesk.core.importer.watch_import import baseline

WAIT = 120.0  # seconds to wait for something the watch reports (a busy CI machine is slow)


def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def brochure_pdf(path: Path, title: str, pages: int = 3) -> Path:
    return make_pdf(
        path,
        [
            [f"{title} Seite {n}", "Fachkräfte für die Region gewinnen und halten."]
            for n in range(pages)
        ],
        meta_title=title,
    )


def test_candidates_and_readiness(tmp_path: Path) -> None:
    assert is_candidate("Broschüre.PDF") and not is_candidate("a.pdf.crdownload")
    assert not is_candidate("a.pdf.part") and not is_candidate(".~lock.a.pdf")
    assert not is_candidate("bericht.docx")
    folder = tmp_path / "Downloads"
    folder.mkdir()
    old = brochure_pdf(folder / "alt.pdf", "Alt")
    seen = SeenFiles(tmp_path / "seen.json")
    assert baseline(folder, seen) == 1  # what was there before the folder was watched stays
    watch = FolderWatch([folder], seen, settle=0.5, use_events=False)
    source = brochure_pdf(tmp_path / "neu.pdf", "Neu").read_bytes()
    growing = folder / "neu.pdf"
    growing.write_bytes(source[: len(source) // 2])
    now = 1000.0
    assert watch.poll(now) == []
    assert watch.poll(now + 5) == []  # standing still, but no %%EOF yet: not taken
    growing.write_bytes(source)
    assert watch.poll(now + 6) == []  # changed: settling again
    assert watch.poll(now + 6.6) == [growing]
    assert old not in watch.poll(now + 10)


def test_watch_command_imports_each_file_once_and_whole(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    folder = tmp_path / "Downloads"
    folder.mkdir()
    env = {**os.environ, "BROCHUREDESK_LANG": "en"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "brochuredesk", "--library", str(library), "watch", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        until(lambda: (library / "catalog.json").exists(), "the library to be created")

        def shas() -> list[str]:
            return [b["sha256"] for b in run_json(library, "list")["brochures"]]

        # 1. A PDF saved in one go (and a non-PDF, ignored silently).
        first = brochure_pdf(tmp_path / "src" / "eins.pdf", "Eins")
        shutil.copy(first, folder / "eins.pdf")
        (folder / "notizen.txt").write_text("keine PDF")
        until(lambda: sha(first) in shas(), "eins.pdf")

        # 2. A PDF written slowly in chunks over two seconds: only the whole file comes in.
        slow = brochure_pdf(tmp_path / "src" / "langsam.pdf", "Langsam", pages=40).read_bytes()
        target = folder / "langsam.pdf"
        with target.open("wb") as handle:
            for start in range(0, len(slow), len(slow) // 8 + 1):
                handle.write(slow[start : start + len(slow) // 8 + 1])
                handle.flush()
                time.sleep(0.25)
        until(lambda: hashlib.sha256(slow).hexdigest() in shas(), "langsam.pdf")

        # 3. A browser download: written as .crdownload, then renamed.
        third = brochure_pdf(tmp_path / "src" / "drei.pdf", "Drei")
        partial = folder / "drei.pdf.crdownload"
        shutil.copy(third, partial)
        time.sleep(1.5)  # long enough to settle: a .crdownload must still not be taken
        assert sha(third) not in shas()
        partial.rename(folder / "drei.pdf")
        until(lambda: sha(third) in shas(), "drei.pdf after the rename")

        # 4. The folder goes away (a USB stick) and comes back.
        shutil.rmtree(folder)
        time.sleep(0.5)
        folder.mkdir()
        fourth = brochure_pdf(tmp_path / "src" / "vier.pdf", "Vier")
        shutil.copy(fourth, folder / "vier.pdf")
        until(lambda: sha(fourth) in shas(), "vier.pdf in the re-created folder")

        # 5. The same file again under another name: a duplicate, ignored.
        shutil.copy(first, folder / "eins-kopie.pdf")
        fifth = brochure_pdf(tmp_path / "src" / "fuenf.pdf", "Fünf")
        shutil.copy(fifth, folder / "fuenf.pdf")
        until(lambda: sha(fifth) in shas(), "fuenf.pdf")
        final = shas()
        expected = {
            sha(first),
            hashlib.sha256(slow).hexdigest(),
            sha(third),
            sha(fourth),
            sha(fifth),
        }
        assert sorted(final) == sorted(expected)  # each once, nothing half
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Stopped watching" in err
    assert out.count("+ ") == 5
