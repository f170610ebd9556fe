"""Publisher and year on the 60 real German brochures of the shared corpus, against what each
document states (benchmarks/data/imprint_truth.tsv, read by a person, not by the app)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_dir

from benchmarks.imprint_accuracy import judge, load_truth
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library

pytestmark = [pytest.mark.slow, pytest.mark.corpus]


def test_publisher_and_year_as_the_documents_state_them(tmp_path: Path) -> None:
    truth = load_truth()
    library = open_library(tmp_path / "lib")
    try:
        import_paths(library, [corpus_dir("german")])
        brochures = library.catalog.brochures()
        assert {b.original_filename for b in brochures} == set(truth)
        verdicts = {b.original_filename: judge(b, truth[b.original_filename]) for b in brochures}
        wrong_publisher = sorted(name for name, (p, _) in verdicts.items() if not p)
        wrong_year = sorted(name for name, (_, y) in verdicts.items() if not y)
        assert len(wrong_publisher) <= 3, wrong_publisher
        assert len(wrong_year) <= 2, wrong_year
        # no year comes from the file's own creation date: the flyers that state none have none
        flyer = next(b for b in brochures if b.original_filename == "andibraeu_flyer.pdf")
        assert flyer.year is None and flyer.date == ""
        assert flyer.pdf_metadata["creationDate"].startswith("D:2021")
    finally:
        library.close()


def test_a_publisher_set_by_hand_is_no_longer_marked_for_review(tmp_path: Path) -> None:
    library = open_library(tmp_path / "lib")
    try:
        import_paths(library, [corpus_dir("german") / "datenanfragen_gebuehrenordnung.pdf"])
        (brochure,) = library.catalog.brochures()
        assert brochure.publisher == "Datenanfragen.de e. V." and brochure.review == ["publisher"]
        updated = library.catalog.update(brochure.id, publisher="Datenanfragen.de e. V.")
        assert updated.review == []
    finally:
        library.close()
