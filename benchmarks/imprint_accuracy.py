"""Publisher and year as the app reads them, beside what each real brochure states.

`python -m benchmarks.imprint_accuracy` imports ../shared/corpus/german into a temporary
library and prints one row per file; benchmarks/data/imprint_truth.tsv holds what a reader of
each document finds in it (alternatives separated by '|', empty where the document states none).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from brochuredesk.core.extract.metadata_guess import fold
from brochuredesk.core.library.records import Brochure

TRUTH = Path(__file__).resolve().parent / "data" / "imprint_truth.tsv"


def load_truth() -> dict[str, tuple[list[str], list[str]]]:
    """file name → (publisher alternatives, year alternatives)."""
    truth = {}
    for line in TRUTH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, publisher, year = [*line.split("\t"), "", ""][:3]
        truth[name] = (publisher.split("|"), year.split("|"))
    return truth


def publisher_right(value: str, stated: list[str]) -> bool:
    """Empty where none is stated; otherwise naming the stated body (either contains the other:
    'Bundesgeschäftsführung der Partei Die Linke' names 'Die Linke')."""
    guess = fold(" ".join(value.split()))
    for option in stated:
        want = fold(" ".join(option.split()))
        if (not want and not guess) or (want and guess and (want in guess or guess in want)):
            return True
    return False


def judge(brochure: Brochure, truth: tuple[list[str], list[str]]) -> tuple[bool, bool]:
    return (
        publisher_right(brochure.publisher, truth[0]),
        (str(brochure.year) if brochure.year else "") in truth[1],
    )


def main() -> None:
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library

    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "german"
    truth = load_truth()
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "lib")
        import_paths(library, [corpus])
        right = [0, 0]
        print("| file | publisher (app) | stated | year (app) | stated |\n|---|---|---|---|---|")
        for brochure in sorted(library.catalog.brochures(), key=lambda b: b.original_filename):
            row = truth[brochure.original_filename]
            ok = judge(brochure, row)
            right = [right[0] + ok[0], right[1] + ok[1]]
            review = " (review)" if "publisher" in brochure.review else ""
            print(
                f"| {brochure.original_filename} | {brochure.publisher or '—'}{review}"
                f"{'' if ok[0] else ' ✗'} | {' or '.join(o or '—' for o in row[0])} "
                f"| {brochure.year or '—'}{'' if ok[1] else ' ✗'} | "
                f"{' or '.join(o or '—' for o in row[1])} |"
            )
        print(f"\npublisher right {right[0]}/{len(truth)}, year right {right[1]}/{len(truth)}")
        library.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
