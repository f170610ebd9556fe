"""Helpers shared by the benchmarks: timing, percentiles, a German word list, the header."""

from __future__ import annotations

import atexit
import functools
import itertools
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

# Commands are timed as an installed app runs them: with its modules' bytecode kept. With
# PYTHONDONTWRITEBYTECODE set (some shells and CI images set it), every new process compiled
# our 100 modules again: 0.25 s of each start and command measured as ours.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# The benchmark libraries' indexes (up to 1.1 GB for 3 000 brochures) go to a cache folder of
# the run's own, not to the user's cache, where nothing would ever remove them.
if "BROCHUREDESK_CACHE" not in os.environ:
    os.environ["BROCHUREDESK_CACHE"] = tempfile.mkdtemp(prefix="brochuredesk-bench-cache-")
    atexit.register(shutil.rmtree, os.environ["BROCHUREDESK_CACHE"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
SAMPLES = ROOT / "resources" / "samples"


def header() -> str:
    import pymupdf

    return (
        f"# {datetime.now().isoformat(timespec='seconds')} · {platform.node()} · "
        f"{platform.processor() or platform.machine()} · Python {platform.python_version()} · "
        f"{pymupdf.__doc__.splitlines()[0]}"
    )


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def german_words(limit: int = 20000) -> list[str]:
    """Words of the German corpus (or the samples), most frequent first, for realistic text."""
    import pymupdf

    source = CORPUS / "german" if (CORPUS / "german").is_dir() else SAMPLES
    counts: dict[str, int] = {}
    for path in sorted(source.glob("*.pdf"))[:25]:
        with pymupdf.open(path) as doc:
            for page in doc:
                for word in re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", page.get_text()):
                    counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda w: -counts[w])[:limit]


@functools.lru_cache(maxsize=4)
def _cumulative(count: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 1) for rank in range(count)))


def german_text(words: list[str], rng: random.Random, n_words: int) -> str:
    """Zipf-like German text: frequent words often, rare ones rarely, in sentences."""
    chosen = rng.choices(words, cum_weights=_cumulative(len(words)), k=n_words)
    sentences, i = [], 0
    while i < len(chosen):
        length = rng.randint(6, 18)
        sentence = " ".join(chosen[i : i + length])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        i += length
    return " ".join(sentences)
