"""Catalog write latency (tag one brochure) at 10 000 brochures."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import percentile


def main(size: str) -> list[tuple[str, str]]:
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.library.records import Brochure, OutlineEntry

    count = 10_000 if size == "full" else 2_000
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "lib")
        brochures = []
        for n in range(count):
            sha = f"{n:012x}".ljust(64, "a")
            brochures.append(
                Brochure(
                    id=sha[:12], sha256=sha, title=f"Broschüre Nummer {n} über Fachkräfte",
                    original_filename=f"Broschüre {n}.pdf", file=f"files/Broschüre {n}.pdf",
                    file_size=123456, page_count=28, added="2026-01-01T10:00:00+01:00",
                    modified="2026-01-01T10:00:00+01:00", publisher="Bundesministerium",
                    date="2018-06", year=2018, language="de", thumbnail=f"thumbnails/{n}.jpg",
                    pdf_metadata={"creator": "Adobe InDesign 17.3", "producer": "Adobe PDF"},
                    outline=[OutlineEntry(1, f"Kapitel {i}", i + 2) for i in range(12)],
                )
            )  # fmt: skip
        library.catalog.add(brochures)
        size_mb = (Path(tmp) / "lib" / "catalog.json").stat().st_size / 1e6
        times = []
        for n in range(0, count, max(1, count // 60)):
            start = time.perf_counter()
            library.catalog.tag(brochures[n].id, ["Ausbildung"])
            times.append(time.perf_counter() - start)
        caught_up, changed = catch_up_time(library, brochures)
        library.close()
    return [
        ("catalog", f"{count} brochures, catalog.json {size_mb:.1f} MB"),
        ("tag write p50", f"{percentile(times, 50) * 1000:.1f} ms"),
        ("tag write p95 (budget ≤ 50 ms)", f"{percentile(times, 95) * 1000:.1f} ms"),
        (
            f"index catch-up, {changed} of {count} changed elsewhere (≤ 1 s)",
            f"{caught_up * 1000:.0f} ms",
        ),
    ]


def catch_up_time(library, brochures) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """This machine's index brought up to a catalog another machine changed: three titles, a
    tag, a removal and one brochure imported there (its PDF read here)."""
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.search.manage import catch_up, mark_in_step, open_index

    from .common import SAMPLES

    index = open_index(library)
    for brochure in library.catalog.brochures():  # as they are now (the tag writes above)
        index.add_brochure(brochure, [])
    index.commit()
    mark_in_step(library, index)
    for n in (10, 2000, 5000):  # the other machine's edits
        library.catalog.update(brochures[n].id, title=f"Neuer Titel {n}")
    library.catalog.tag(brochures[7000].id, ["Leuchtturm"])
    library.catalog.remove(brochures[9000].id)
    import_paths(library, [sorted(SAMPLES.glob("*.pdf"))[0]])
    start = time.perf_counter()
    changed = catch_up(library, index)
    seconds = time.perf_counter() - start
    index.close()
    return seconds, changed
