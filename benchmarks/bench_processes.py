"""Whole processes, as a user starts them: the CLI's answers and an import of the German
corpus, each beside its yardstick measured in turn in the same run (A B A B …), the median
ratio printed next to its budget (issue 27). In-process figures (bench_search, bench_import)
cannot show what process start and imports cost; these can.

- `--version`, `search Fachkräfte --json`, `show ID --json`, `list --json` on a library of
  the corpus, each over `python -c pass` of the same interpreter: budget 3× / 4×.
- `import` of ../shared/corpus/german into a new library over bare PyMuPDF reading the same
  files' text and rendering one cover each in two processes: budget 1.3×.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .common import CORPUS, SAMPLES

RUNS = 7
BARE = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

def read(path):
    import pymupdf
    with pymupdf.open(path) as doc:
        chars = sum(len(page.get_text()) for page in doc)
        page = doc[0]
        zoom = min(320 / page.rect.width, 448 / page.rect.height)
        page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("jpg")
    return chars

if __name__ == "__main__":
    files = sorted(str(p) for p in Path(sys.argv[1]).glob("*.pdf"))
    with ProcessPoolExecutor(2) as pool:
        print(sum(pool.map(read, files)))
"""


def _wall(command: list[str], env: dict[str, str], before: list[str] | None = None) -> float:
    if before:
        subprocess.run(before, check=True, env=env)
    start = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def paired(
    a: list[str],
    b: list[str],
    env: dict[str, str],
    runs: int = RUNS,
    before_a: list[str] | None = None,
) -> tuple[float, float, float]:
    """(median A, median B, median of the ratios A/B taken pair by pair), A and B in turn."""
    _wall(a, env, before_a), _wall(b, env)  # warm-up: caches as a user's second start has them
    pairs = [(_wall(a, env, before_a), _wall(b, env)) for _ in range(runs)]
    return (
        statistics.median(x for x, _ in pairs),
        statistics.median(y for _, y in pairs),
        statistics.median(x / y for x, y in pairs),
    )


def main(size: str = "small") -> Iterator[tuple[str, str]]:
    source = CORPUS / "german" if (CORPUS / "german").is_dir() else SAMPLES
    python = sys.executable
    # A user's installation has its bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE has none for files changed since, and would time the compiler.
    package = Path(__file__).resolve().parents[1] / "src"
    subprocess.run([python, "-m", "compileall", "-q", str(package)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "BROCHUREDESK_CACHE": str(work / "cache"), "BROCHUREDESK_LANG": "de"}
        library = work / "lib"
        script = Path(python).with_name("brochuredesk")  # what a user types: the entry point
        start = [str(script)] if script.exists() else [python, "-m", "brochuredesk"]
        cli = [*start, "--library", str(library)]
        subprocess.run([*cli, "import", str(source)], check=True, env=env, capture_output=True)
        listing = subprocess.run([*cli, "list", "--json"], check=True, env=env, capture_output=True)
        first = listing.stdout.decode().split('"id":"', 1)[1].split('"', 1)[0]
        baseline = [python, "-c", "pass"]
        for label, args, budget in (
            ("--version", ["--version"], 3.0),
            ("search Fachkräfte --json", ["search", "Fachkräfte", "--json"], 4.0),
            ("show ID --json", ["show", first, "--json"], 4.0),
            ("list --json", ["list", "--json"], 4.0),
        ):
            command = [*start, *args] if args == ["--version"] else [*cli, *args]
            a, b, ratio = paired(command, baseline, env)
            verdict = "ok" if ratio <= budget else "over"
            yield (
                f"CLI {label} (process)",
                f"{a * 1000:.0f} ms = {ratio:.1f}× python -c pass ({b * 1000:.0f} ms); "
                f"budget {budget:.0f}×: {verdict}",
            )
        bare = work / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        target = work / "imported"
        runs = 3 if size == "small" else RUNS
        a, b, ratio = paired(
            [*start, "--library", str(target), "import", str(source)],
            [python, str(bare), str(source)],
            env,
            runs=runs,
            before_a=[python, "-c", f"import shutil; shutil.rmtree({str(target)!r}, True)"],
        )
        verdict = "ok" if ratio <= 1.3 else "over"
        tesseract = "with" if shutil.which("tesseract") else "without"
        yield (
            f"import {source.name} (process, {tesseract} Tesseract)",
            f"{a:.2f} s = {ratio:.2f}× bare PyMuPDF ({b:.2f} s); budget 1.3×: {verdict}",
        )
