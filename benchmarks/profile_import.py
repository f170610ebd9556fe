"""Where the import's CPU time goes, against bare PyMuPDF (docs/performance.md):

    python -m benchmarks.profile_import [FOLDER]

In one process: bare text and cover, then our steps (read_pdf, index_texts + vocabulary,
render_cover).
Then the real pipeline: CPU of the workers (`extract_all`) and of the main process
(`import_paths`), from getrusage.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .common import CORPUS, SAMPLES


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def in_process(files: list[Path]) -> None:
    import pymupdf

    from brochuredesk.core.extract import pdf
    from brochuredesk.core.text.normalize import index_texts, vocabulary

    text = cover = 0.0
    for f in files:
        start = time.process_time()
        with pymupdf.open(f) as doc:
            for page in doc:
                page.get_text()
            middle = time.process_time()
            page = doc[0]
            zoom = min(pdf.THUMB_MAX_W / page.rect.width, pdf.THUMB_MAX_H / page.rect.height)
            page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("jpg")
        text, cover = text + middle - start, cover + time.process_time() - middle
    print(f"bare, one process:  text {text:.2f}  cover {cover:.2f}  = {text + cover:.2f} CPU s")
    read = normalise = ours_cover = 0.0
    seen: set[bytes] = set()  # as a worker keeps it
    for f in files:
        a = time.process_time()
        extraction, doc = pdf.read_pdf(f, "")
        b = time.process_time()
        vocabulary(index_texts(extraction.pages), seen)
        c = time.process_time()
        if extraction.page_count and extraction.status != "locked":
            pdf.render_cover(doc)
        doc.close()
        d = time.process_time()
        read, normalise, ours_cover = read + b - a, normalise + c - b, ours_cover + d - c
    total = read + normalise + ours_cover
    print(f"ours, one process:  read_pdf {read:.2f}  index_texts {normalise:.2f}  "
          f"cover {ours_cover:.2f}  = {total:.2f} CPU s")  # fmt: skip


def pipeline(folder: Path, files: list[Path]) -> None:
    from brochuredesk.core.extract.pool import Job, extract_all
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index

    children, main = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
    start = time.perf_counter()
    for _ in extract_all([Job(str(f), f) for f in files]):
        pass
    print(f"extract_all:        wall {time.perf_counter() - start:.2f} s  workers "
          f"{_cpu(resource.RUSAGE_CHILDREN) - children:.2f}  main "
          f"{_cpu(resource.RUSAGE_SELF) - main:.2f} CPU s")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        children, main = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
        start = time.perf_counter()
        with open_library(Path(tmp) / "lib") as library:
            index = open_index(library)
            import_paths(library, [folder], index=index)
            index.close()
        print(f"import_paths:       wall {time.perf_counter() - start:.2f} s  workers "
              f"{_cpu(resource.RUSAGE_CHILDREN) - children:.2f}  main "
              f"{_cpu(resource.RUSAGE_SELF) - main:.2f} CPU s")  # fmt: skip
        shutil.rmtree(Path(tmp) / "lib", ignore_errors=True)


def main() -> None:
    default = CORPUS / "german" if (CORPUS / "german").is_dir() else SAMPLES
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    files = sorted(folder.glob("*.pdf"), key=lambda p: -p.stat().st_size)
    print(f"{folder}: {len(files)} files")
    in_process(files)
    pipeline(folder, files)


if __name__ == "__main__":
    main()
