"""Suggested examples: the sample brochures' examples are all found, with their facts, and
the German corpus (programmes, manuals, newsletters) gets almost no candidates."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, corpus_dir

from brochuredesk.core.good_practice import add_example
from brochuredesk.core.importer import import_paths
from brochuredesk.core.library import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.core.suggest import suggest

# What a reader of the sample brochures marks as good practice (title → organisation, pages).
EXPECTED = {
    "Werde Foodstarter": ("foodRegio e.V.", "6"),
    "Photonik-Akademie": ("Photonics BW e.V.", "7"),
    "Composite-Ausbildungsverbund": ("Carbon Composites e.V.", "6"),
    "Tischlerei Holzwerk": ("Tischlerei Holzwerk GmbH", "6"),
    "Energie-Scouts": ("OLEC e.V.", "5"),
}


def _candidates(root: Path, source: Path) -> dict[str, list]:  # type: ignore[type-arg]
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [source], index=index)
        found = {}
        for brochure in library.catalog.brochures():
            pages = index.page_texts(brochure.id, range(1, brochure.page_count + 1))
            found[brochure.original_filename] = suggest(brochure, pages, [])
        index.close()
    return found


def test_samples_examples_are_suggested_with_their_facts(tmp_path: Path) -> None:
    found = _candidates(tmp_path / "lib", SAMPLES)
    candidates = [c for cs in found.values() for c in cs]
    got = {c.title: (c.organisation, c.pages) for c in candidates}
    assert got == EXPECTED  # recall 5/5, precision 5/5
    food = next(c for c in candidates if c.title == "Werde Foodstarter")
    assert (food.region, food.sector) == ("Schleswig-Holstein", "Ernährungswirtschaft")


def test_pages_already_taken_are_not_suggested_again(tmp_path: Path) -> None:
    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        report = import_paths(library, [SAMPLES / "OLEC_Newsletter_2_2022.pdf"], index=index)
        brochure = report.added[0]
        add_example(library, index, brochure.id, "5", "Energie-Scouts")
        pages = index.page_texts(brochure.id, range(1, brochure.page_count + 1))
        assert suggest(brochure, pages, library.catalog.examples(brochure.id)) == []
        index.close()


@pytest.mark.slow
@pytest.mark.corpus
def test_german_corpus_gets_at_most_a_handful_per_brochure(tmp_path: Path) -> None:
    found = _candidates(tmp_path / "lib", corpus_dir("german"))
    assert max(len(c) for c in found.values()) <= 5


def test_a_dismissed_suggestion_is_not_offered_again_until_asked(tmp_path: Path) -> None:
    from test_cli import run, run_json

    lib = tmp_path / "lib"
    run_json(lib, "import", str(SAMPLES / "Clusterservice_Aus-_und_Weiterbildung.pdf"))
    brochure = run_json(lib, "list")["brochures"][0]["id"]
    assert run(lib, "list").stdout.endswith("\n1 brochure\n")  # singular, not "1 brochures"
    before = run_json(lib, "example", "suggest", brochure)["candidates"]
    assert [c["title"] for c in before] == ["Werde Foodstarter", "Photonik-Akademie"]

    assert "Dismissed: Photonik-Akademie" in run(lib, "example", "dismiss", brochure, "7").stdout
    after = run_json(lib, "example", "suggest", brochure)["candidates"]
    assert [c["title"] for c in after] == ["Werde Foodstarter"]
    listing = run(lib, "example", "suggest", brochure).stdout
    assert "1 candidate\n" in listing and "1 dismissed (show them with --all)" in listing
    every = run_json(lib, "example", "suggest", brochure, "--all")["candidates"]
    assert [(c["title"], c["dismissed"]) for c in every] == [
        ("Werde Foodstarter", False), ("Photonik-Akademie", True)
    ]  # fmt: skip

    wrong = run(lib, "example", "dismiss", brochure, "3", check=False)
    assert wrong.returncode == 1 and "no suggestion starts on page 3" in wrong.stderr
    # The dismissal lives in the catalog: another library opened on the same folder sees it.
    with open_library(lib) as library:
        assert library.catalog.setting("dismissed_suggestions") == {
            brochure: ["7:photonik-akademie"]
        }
