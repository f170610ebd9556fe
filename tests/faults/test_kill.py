"""kill -9 at random moments (DESIGN.md §8: process killed during import): of an import, of a
stream of catalog writes and of a reindex. Afterwards the library opens, `check --repair`
leaves it clean, and running the job again finishes it with nothing lost or doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

from brochuredesk.core.check import check_library
from brochuredesk.core.library.folder import open_library

FILES = 24


def _brochures(folder: Path) -> list[Path]:
    """Brochures of 40–110 pages (about 1 800 in all), each with a word found nowhere else
    ('Kennwort<n>')."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(FILES):
        doc = pymupdf.open()
        for page_no in range(40 + 3 * n):
            page = doc.new_page()
            page.insert_text(
                (72, 90), f"Broschüre {n}: Fachkräftesicherung im Cluster", fontsize=20
            )
            body = f"Seite {page_no + 1}. Weiterbildung und Ausbildung. Kennwort{n} " * 12
            page.insert_textbox(pymupdf.Rect(72, 120, 520, 760), body, fontsize=10)
        path = folder / f"Broschüre {n:02d}.pdf"
        doc.save(path)
        doc.close()
        paths.append(path)
    return paths


def _cli(lib: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "brochuredesk", "--library", str(lib), *args]


def _kill_at(command: list[str], fraction: float) -> None:
    """Start `command` and kill it (with its workers) once it reports having done `fraction`
    of its work: the kill lands inside the work however fast or busy the machine is."""
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BROCHUREDESK_PROGRESS": "lines"}, start_new_session=True,
    )  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("progress "):
            done, total = map(int, line.split()[1].split("/"))
            if done >= fraction * total:
                break
    else:
        raise AssertionError("finished without reaching the kill point: it would prove nothing")
    os.killpg(proc.pid, signal.SIGKILL)  # the process and its workers, at once
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "finished before the kill"


def _json(command: list[str]) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=300)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdfs") / "Eingang mit Ümlaut"
    _brochures(folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_import_killed_at_a_random_moment_then_rerun(pdfs: Path, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    lib = tmp_path / "lib"
    for _ in range(2):  # the second run starts from what the first left
        _kill_at(_cli(lib, "import", str(pdfs)), rng.uniform(0.1, 0.7))
        with open_library(lib) as library:  # the catalog is valid
            assert len(library.catalog) <= FILES
        report = check_library(lib, repair=True)
        assert report.clean, [(f.kind, f.problem) for f in report.findings]
    result = _json(_cli(lib, "import", str(pdfs)))
    assert len(result["added"]) + len(result["duplicates"]) == FILES and not result["failed"]
    listing = _json(_cli(lib, "list"))["brochures"]
    assert len(listing) == FILES and len({b["sha256"] for b in listing}) == FILES
    assert sorted(p.name for p in (lib / "files").iterdir()) == sorted(
        p.name for p in pdfs.iterdir()
    )  # every file once, no partial copies
    assert not [p for p in lib.iterdir() if p.name.endswith(".tmp")]
    for n in (0, FILES - 1):
        hits = _json(_cli(lib, "search", f"Kennwort{n}"))["results"]
        assert [h["original_filename"] for h in hits] == [f"Broschüre {n:02d}.pdf"]
    assert check_library(lib).clean


WRITER = """
import sys
from brochuredesk.core.library.folder import open_library
with open_library(sys.argv[1]) as library:
    ids = [b.id for b in library.catalog.brochures()]
    n = 0
    while True:
        n += 1
        library.catalog.tag(ids[n % len(ids)], [f"runde{n}"])
        print(n, flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("seed", [5, 6, 7])
def test_catalog_writes_killed_at_a_random_moment(pdfs: Path, tmp_path: Path, seed: int) -> None:
    lib = tmp_path / "lib"
    subprocess.run(_cli(lib, "import", str(pdfs)), capture_output=True, check=True, timeout=300)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(lib)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()  # writing has begun
    assert first.strip() == "1"
    time.sleep(random.Random(seed).uniform(0.05, 1.0))
    writer.kill()
    done = int(([first, *writer.stdout.read().split()])[-1])
    writer.wait()
    with open_library(lib) as library:
        assert len(library.catalog) == FILES
        tags = {t for b in library.catalog.brochures() for t in b.tags}
        rounds = sorted(int(t.removeprefix("runde")) for t in tags)
        # every write that reported success is there; at most the one in flight more
        assert rounds and rounds[-1] in (done, done + 1)
    assert not [p for p in lib.iterdir() if p.name.endswith(".tmp")]
    assert check_library(lib).clean


@pytest.mark.slow
@pytest.mark.parametrize("seed", [8, 9])
def test_reindex_killed_at_a_random_moment(pdfs: Path, tmp_path: Path, seed: int) -> None:
    lib = tmp_path / "lib"
    subprocess.run(_cli(lib, "import", str(pdfs)), capture_output=True, check=True, timeout=300)
    _kill_at(_cli(lib, "reindex"), random.Random(seed).uniform(0.2, 0.8))
    report = check_library(lib, repair=True)
    assert report.clean, [(f.kind, f.problem) for f in report.findings]
    hits = _json(_cli(lib, "search", f"Kennwort{FILES - 1}"))["results"]
    assert [h["original_filename"] for h in hits] == [f"Broschüre {FILES - 1:02d}.pdf"]
    subprocess.run(_cli(lib, "reindex"), capture_output=True, check=True, timeout=300)
    assert check_library(lib).clean
