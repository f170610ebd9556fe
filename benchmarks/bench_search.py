"""Search latency at 100 000 pages (full) of generated German text, in process, warm."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from .common import german_text, german_words, percentile

QUERIES = [
    "Fachkräfte",
    "Weiterbildung",
    "Ausbildung",
    "fachkraefte",
    "Sicherung",
    "Nachwuchsförderung",
    '"Werde Foodstarter"',
    "Unternehmen Region",
    "Digital*",
    "Innov*",
    "title:Bericht",
    "year:2015..2019 Förderung",
    "die",
    "und",
    "Arbeit -Kommune",
    "Europa OR Bund",
    "Weiterbildnug",  # misspelt: nothing found, then the corrected search
    "Unternehmne Region",
    "KMU",  # an abbreviation: its long form is searched too
]
VOCABULARY_WORDS = 1_000_000  # distinct words of the spelling-correction measurement


def build_index(root: Path, pages: int) -> tuple[object, object]:
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.search.index import SearchIndex

    rng = random.Random(7)
    words = german_words()
    library = open_library(root / "lib")
    index = SearchIndex(library.index_path)
    brochures = []
    made = 0
    n = 0
    while made < pages:
        count = rng.randint(10, 80)
        sha = f"{n:012x}".ljust(64, "0")
        title = german_text(words[:3000], rng, rng.randint(2, 6)).rstrip(".")
        brochure = Brochure(
            id=sha[:12], sha256=sha, title=title, original_filename=f"b{n}.pdf",
            file=f"files/b{n}.pdf", file_size=1, page_count=count, added="", modified="",
            year=rng.randint(2005, 2024), publisher="Cluster " + words[rng.randint(0, 500)],
        )  # fmt: skip
        texts = [german_text(words, rng, rng.randint(150, 400)) for _ in range(count)]
        index.add_brochure(brochure, texts)
        brochures.append(brochure)
        made += count
        n += 1
        if n % 50 == 0:
            index.commit()
    index.commit()
    library.catalog.add(brochures)
    return library, index


def main(size: str) -> list[tuple[str, str]]:
    from brochuredesk.core.search.manage import search

    pages = 100_000 if size == "full" else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        library, index = build_index(Path(tmp), pages)
        built = time.perf_counter() - start
        for query in QUERIES:  # warm
            search(library, index, query)  # type: ignore[arg-type]
        times: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(5):
            for query in QUERIES:
                t = time.perf_counter()
                search(library, index, query)  # type: ignore[arg-type]
                times[query].append(time.perf_counter() - t)
        allt = [x for v in times.values() for x in v]
        worst = max(times, key=lambda q: percentile(times[q], 50))
        rows = [
            ("search index", f"{pages} generated pages, built in {built:.0f} s"),
            ("search p50", f"{percentile(allt, 50) * 1000:.1f} ms"),
            ("search p95 (budget ≤ 50 ms)", f"{percentile(allt, 95) * 1000:.1f} ms"),
            ("slowest query (median)", f"{worst!r}: {percentile(times[worst], 50) * 1000:.1f} ms"),
        ]
        index.close()  # type: ignore[attr-defined]
        library.close()  # type: ignore[attr-defined]
        rows += spelling_rows(Path(tmp), VOCABULARY_WORDS if size == "full" else 100_000)
    return rows


def spelling_rows(root: Path, count: int) -> list[tuple[str, str]]:
    """How long finding a correction takes in a vocabulary of `count` distinct words: German
    compounds of two corpus words, so that endings like -ung and -keit are as common as in
    real text (the range scans are slowest there)."""
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.search.index import SearchIndex
    from brochuredesk.core.search.spelling import correction

    rng = random.Random(11)
    parts = [w.lower() for w in german_words() if w.isalpha() and len(w) >= 4]
    words: set[str] = set()
    while len(words) < count:
        words.add(rng.choice(parts) + rng.choice(parts))
    ordered = sorted(words)
    index = SearchIndex(root / "vocabulary.sqlite")
    per_page = 500
    for n, start in enumerate(range(0, len(ordered), per_page * 20)):
        chunk = ordered[start : start + per_page * 20]
        pages = [" ".join(chunk[i : i + per_page]) for i in range(0, len(chunk), per_page)]
        sha = f"{n:012x}".ljust(64, "0")
        brochure = Brochure(
            id=sha[:12], sha256=sha, title="v", original_filename="v.pdf", file="v.pdf",
            file_size=1, page_count=len(pages), added="", modified="",
        )  # fmt: skip
        index.add_brochure(brochure, pages)
    index.commit()
    typos = []
    for word in rng.sample(ordered, 50):
        at = rng.randrange(len(word) - 1)
        typos.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])  # two letters swapped
    times = []
    for typo in typos:
        t = time.perf_counter()
        correction(index, typo)
        times.append(time.perf_counter() - t)
    index.close()
    return [
        (f"spelling correction, {len(words)} words p50", f"{percentile(times, 50) * 1000:.1f} ms"),
        (f"spelling correction, {len(words)} words p95", f"{percentile(times, 95) * 1000:.1f} ms"),
    ]
