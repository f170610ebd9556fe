"""The app at 10 000 brochures: start to a usable window, its memory, and how long the GUI
thread is ever blocked (event-loop lag) while scrolling, searching and importing."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, SAMPLES


def make_library(root: Path, count: int) -> None:
    """A library of `count` brochures written directly (no PDFs to import)."""
    import pymupdf

    from brochuredesk.core.editions.groups import regroup
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.search.index import SearchIndex
    from brochuredesk.core.search.manage import mark_in_step

    with open_library(root) as library:
        cover = pymupdf.open(SAMPLES / "OLEC_Newsletter_2_2022.pdf")[0]
        jpeg = cover.get_pixmap(matrix=pymupdf.Matrix(0.5, 0.5)).tobytes("jpg")
        index = SearchIndex(library.index_path)
        brochures = []
        for n in range(count):
            sha = f"{n:012x}".ljust(64, "b")
            thumb = library.thumbnails_dir / f"{sha[:12]}.jpg"
            thumb.write_bytes(jpeg)
            os.link(SAMPLES / "OLEC_Newsletter_2_2022.pdf", library.files_dir / f"b{n}.pdf")
            brochure = Brochure(
                id=sha[:12], sha256=sha, title=f"Broschüre {n} über Fachkräfte und Weiterbildung",
                original_filename=f"b{n}.pdf", file=f"files/b{n}.pdf", file_size=100000,
                page_count=20 + n % 40, added="2026-01-01T10:00:00+01:00",
                modified="2026-01-01T10:00:00+01:00", publisher=f"Cluster {n % 97}",
                year=2005 + n % 20, language="de", thumbnail=f"thumbnails/{thumb.name}",
                tags=[f"Thema {n % 13}"],
            )  # fmt: skip
            brochures.append(brochure)
            index.add_brochure(brochure, [f"Seite über Fachkräfte {n}"])
        index.commit()
        library.catalog.add(brochures)
        # As a clean close leaves it: the index complete and in step with the catalog (an
        # incomplete one made the app rebuild it from 10 000 files all through the
        # measurement; a catalog changed elsewhere is measured on its own: catch-up in the
        # catalog benchmark), and editions grouped (200 numbered titles share a key once
        # their year is dropped: left ungrouped, the first import regrouped them all).
        regroup(library, index.sketches())  # editions as the last import left them
        index.set_complete(True)
        mark_in_step(library, index)
        index.close()


def start_time(root: Path, runs: int) -> tuple[float, float]:
    """Median seconds from process start to a shown window, and the peak RSS in MB."""
    env = dict(os.environ, BROCHUREDESK_QUIT_AFTER_START="1", QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "brochuredesk", "--library", str(root)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        times.append(time.perf_counter() - start)
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return sorted(times)[len(times) // 2], rss_mb


def event_loop_lag(root: Path) -> dict[str, float]:
    """Largest gap between 5 ms timer ticks (ms) while scrolling, searching, importing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer

    from brochuredesk.core.service import LibraryService
    from brochuredesk.ui.app import create_application
    from brochuredesk.ui.main_window import GRID, MainWindow

    app = create_application()
    service = LibraryService.open(root)
    window = MainWindow(service)
    window.resize(1400, 900)
    window.show()
    window.show_catalog(GRID)
    lags: dict[str, float] = {}
    clock = QElapsedTimer()
    state = {"last": 0, "worst": 0.0}

    def tick() -> None:
        now = clock.elapsed()
        state["worst"] = max(state["worst"], now - state["last"] - 5)
        state["last"] = now

    def measure(name: str, action, seconds: float) -> None:  # type: ignore[no-untyped-def]
        state["worst"] = 0.0
        clock.start()
        state["last"] = 0
        action()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        lags[name] = state["worst"]

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    bar = window.grid.verticalScrollBar()

    def scroll() -> None:
        steps = QTimer(window)
        steps.setInterval(16)
        steps.timeout.connect(lambda: bar.setValue(bar.value() + 120))
        steps.start()

    measure("the first second after the window shows", lambda: None, 1.0)
    measure("scrolling the cover grid", scroll, 3.0)
    measure("searching", lambda: (window.search.setText("Fachkräfte"), window.searching.run()), 2.0)
    measure("importing 5 brochures", lambda: window.importing.import_paths([SAMPLES]), 6.0)
    window.close()
    service.close()
    return lags


def main(size: str) -> list[tuple[str, str]]:
    count = 10_000 if size == "full" else 2_000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "lib"
        make_library(root, count)
        seconds, rss = start_time(root, 5 if size == "full" else 3)
        baseline = min(_timed([sys.executable, "-c", "import PySide6.QtWidgets"]) for _ in range(3))
        rows = [
            ("app library", f"{count} brochures"),
            ("start to shown window (budget ≤ 1.5 s)", f"{seconds:.2f} s"),
            ("  of which Python + Qt import alone", f"{baseline:.2f} s"),
            ("peak RSS of the app (budget ≤ 400 MB)", f"{rss:.0f} MB"),
        ]
        # Each phase's largest lag, in three runs of the window (a fresh copy of the library
        # each): the median of the three, and all three. One run's maximum is one sample of
        # a shared machine's scheduling; a VM's stolen time alone made it move by 30 ms.
        runs = []
        for number in range(3):
            lag_root = Path(tmp) / f"lag{number}"
            shutil.copytree(root, lag_root)
            runs.append(_in_own_process(lag_root))
        for name in runs[0]:
            values = sorted(run[name] for run in runs)
            shown = ", ".join(f"{v:.0f}" for v in (run[name] for run in runs))
            rows.append((f"GUI lag max, {name} (≤ 50 ms)", f"{values[1]:.0f} ms ({shown})"))
    return rows


def _in_own_process(root: Path) -> dict[str, float]:
    """event_loop_lag() in a new process: a QApplication is made once per process."""
    code = (
        "import json, sys; from pathlib import Path; from benchmarks.bench_app import "
        "event_loop_lag; print(json.dumps(event_loop_lag(Path(sys.argv[1]))))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(root)], env=env, cwd=ROOT, check=True,
        capture_output=True, text=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start
