"""What a command costs as the library grows: libraries of 60, 600, 1 200 (and 3 000 with
`--size full`) real brochures, the German corpus made distinct by one added line per copy.

`python -m benchmarks scale [--size full]` builds them in a temporary folder (linked imports:
the copies are not copied again), then times each command as a user runs it (a new process,
warm cache, median of five) and the largest import process's peak memory. Rows compare each
size with the 60-brochure library.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import CORPUS

COMMANDS = {
    "search Fachkräfte": ["search", "Fachkräfte", "--json"],
    "search und": ["search", "und", "--json"],
    "list --json": ["list", "--json"],
    "show ID": ["show", "{id}"],
    "tag ID x": ["tag", "{id}", "x"],
}
RUNS = 5


def make_variants(target: Path, count: int) -> list[Path]:
    """`count` distinct PDFs: the corpus again and again, each copy with a line of its own."""
    import pymupdf

    sources = sorted((CORPUS / "german").glob("*.pdf"))
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(count):
        source = sources[n % len(sources)]
        path = target / f"{source.stem}-{n // len(sources):03d}.pdf"
        if not path.exists():
            with pymupdf.open(source) as doc:
                doc[0].insert_text((8, 8), f"Variante {n}", fontsize=4)
                doc.save(path, garbage=0)
        made.append(path)
    return made


def _cli(library: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "brochuredesk", "--library", str(library), *args]


def import_library(library: Path, files: list[Path]) -> float:
    """Import with --link; the peak RSS (MiB) of the largest process of the import."""
    folder = files[0].parent
    proc = subprocess.Popen(
        [*_cli(library, "import", "--link", str(folder))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    return peak


def _tree_rss(pid: int) -> float:
    """The largest resident set (MiB) among a process and its children, from /proc."""
    largest = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().split()
            if int(stat[3]) != pid and int(entry.name) != pid:
                continue
            status = (entry / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                largest = max(largest, int(line.split()[1]) / 1024)
    return largest


def time_command(library: Path, args: list[str]) -> float:
    """Median wall time of `brochuredesk ARGS` (after one warm-up run)."""
    subprocess.run(_cli(library, *args), capture_output=True, check=False)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(_cli(library, *args), capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process_search(library_root: Path) -> tuple[float, float]:
    """p50 and p95 seconds of the search benchmark's query mix, in process and warm."""
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index, search

    from .bench_search import QUERIES
    from .common import percentile

    with open_library(library_root, fallback_read_only=True) as library:
        index = open_index(library)
        for query in QUERIES:
            search(library, index, query)
        times = []
        for _ in range(3):
            for query in QUERIES:
                start = time.perf_counter()
                search(library, index, query)
                times.append(time.perf_counter() - start)
        index.close()
    return percentile(times, 50), percentile(times, 95)


def app_start(library: Path) -> float:
    env = dict(os.environ, BROCHUREDESK_QUIT_AFTER_START="1", QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(_cli(library), env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _recoll_beside(folder: Path, count: int, conf: Path) -> list[tuple[str, str]]:
    """Recoll on the same files (DESIGN.md's peer for search): its index time and the median
    of five `recollq` runs per query, when recollcmd is installed."""
    import shutil

    if not (shutil.which("recollindex") and shutil.which("recollq") and shutil.which("pdftotext")):
        return [("Recoll", "skipped: apt-get install recollcmd poppler-utils")]
    conf.mkdir()
    (conf / "recoll.conf").write_text(
        f"topdirs = {folder}\nindexstemminglanguages = german\n", encoding="utf-8"
    )
    started = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(conf)], capture_output=True, check=False)
    indexed = time.perf_counter() - started
    figures = []
    for query in ("Fachkräfte", "und"):
        args = ["recollq", "-c", str(conf), "-s", "german", "-b", query]
        subprocess.run(args, capture_output=True, check=False)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run(args, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        figures.append(f"recollq {query} {statistics.median(times):.3f} s")
    return [(f"Recoll, library of {count}", f"indexed in {indexed:.0f} s · " + " · ".join(figures))]


GROWTH_BUDGET = 1.5  # issue 18: a command at 1 200 (and 3 000) brochures vs 60
GROWING = ("search und", "search Fachkräfte", "show ID", "tag ID x", "app start")
MEMORY_BUDGET_MIB = 400
LIST_BUDGET_S = 0.25


def _verdicts(figures: dict[int, dict[str, float]], sizes: list[int]) -> list[tuple[str, str]]:
    """The budgets of costs that do not grow with the library, met or not, per size."""
    base = figures[sizes[0]]
    rows = []
    for count in sizes[1:]:
        row = figures[count]
        over = [
            f"{label} ×{row[label] / base[label]:.2f}"
            for label in GROWING
            if base[label] and row[label] / base[label] > GROWTH_BUDGET
        ]
        if row["import peak MiB"] > MEMORY_BUDGET_MIB:
            over.append(f"import {row['import peak MiB']:.0f} MiB")
        if row["list --json"] > LIST_BUDGET_S:
            over.append(f"list --json {row['list --json']:.3f} s")
        verdict = "met" if not over else "NOT met: " + ", ".join(over)
        rows.append(
            (f"budgets at {count} (≤ ×{GROWTH_BUDGET}, ≤ {MEMORY_BUDGET_MIB} MiB)", verdict)
        )
    return rows


def main(size: str) -> list[tuple[str, str]]:
    import json

    if not (CORPUS / "german").is_dir():
        return [("scale", "skipped: ../shared/corpus/german not found")]
    sizes = [60, 600, 1200, 3000] if size == "full" else [60, 1200]
    rows: list[tuple[str, str]] = []
    figures: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = make_variants(Path(tmp) / "variants", max(sizes))
        for count in sizes:
            chosen = Path(tmp) / f"set{count}"
            chosen.mkdir()
            for path in files[:count]:
                os.link(path, chosen / path.name)
            library = Path(tmp) / f"lib{count}"
            started = time.perf_counter()
            peak = import_library(library, sorted(chosen.iterdir()))
            took = time.perf_counter() - started
            listing = subprocess.run(
                _cli(library, "list", "--json"), capture_output=True, text=True, check=True
            )
            brochure_id = json.loads(listing.stdout)["brochures"][0]["id"]
            row = {"import s": took, "import peak MiB": peak}
            for label, args in COMMANDS.items():
                row[label] = time_command(library, [a.format(id=brochure_id) for a in args])
            row["app start"] = app_start(library)
            row["in-process search p50"], row["in-process search p95"] = in_process_search(library)
            figures[count] = row
            pages = sum(b["page_count"] for b in json.loads(listing.stdout)["brochures"])
            rows.append((f"library of {count}", f"{pages} pages, imported in {took:.0f} s"))
        if size == "full":
            rows += _recoll_beside(chosen, sizes[-1], Path(tmp) / "recoll")
    base = figures[sizes[0]]
    rows += _verdicts(figures, sizes)
    for label in base:
        values = []
        for count in sizes:
            value = figures[count][label]
            unit = f"{value:.0f} MiB" if "MiB" in label else f"{value:.3f} s"
            ratio = value / base[label] if base[label] else 0.0
            values.append(f"{count}: {unit}" + ("" if count == sizes[0] else f" (×{ratio:.2f})"))
        rows.append((label, " · ".join(values)))
    return rows
