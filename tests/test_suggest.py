"""Suggested examples: the sample brochures' examples are all found, with their facts, and
the German corpus (programmes, manuals, newsletters) gets almost no candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, corpus_dir

from brochuredesk.core.examples.facts import read_facts
from brochuredesk.core.examples.good_practice import accept_suggestion, add_example, suggestions_for
from brochuredesk.core.examples.suggest import suggest
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index

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
    assert sum(len(c) for c in found.values()) <= 10  # 60 programmes, manuals, newsletters


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


def test_examples_in_house_styles_unlike_ours_are_found_with_facts_and_page_ranges() -> None:
    from benchmarks.suggest_accuracy import BROCHURES, score, suggestions_for

    truth = json.loads((BROCHURES / "truth.json").read_text(encoding="utf-8"))
    result = score(suggestions_for(BROCHURES), truth)
    assert result.expected >= 25  # eight brochures, five tools' worth of layouts
    assert result.recall >= 0.9 and result.precision >= 0.8, result.misses
    assert result.facts_right >= 0.8 * result.found, result.misses
    assert result.pages_exact >= 0.8 * result.found, result.misses


def test_facts_are_read_from_a_facts_box_or_from_the_text() -> None:
    box = read_facts(
        "Werde Foodstarter\nfoodRegio e. V.\nClusterinitiative\nfoodRegio e. V.\nBundesland\n"
        "Schleswig-Holstein\nBranche\nErnährungswirtschaft\nHandlungsfelder\n"
        "Nachwuchsförderung,\nAusbildung\nKontakt\nwww.foodregio.de"
    )
    assert (box.organisation, box.region, box.sector) == (
        "foodRegio e. V.", "Schleswig-Holstein", "Ernährungswirtschaft"
    )  # fmt: skip
    assert box.fields == ["Ausbildung", "Nachwuchsförderung"] and box.url == "www.foodregio.de"
    # a bare domain is a web address too, the domain of an e-mail address is not
    assert read_facts("Sanaro\nWeb: sanaro.de\nText.").url == "sanaro.de"
    assert read_facts("Sanaro\nKontakt: team@sanaro.de\nText.").url == ""
    # a city names the Land; a seat after the legal form is not part of the name
    seat = read_facts("Gläserne Werkstatt\nTräger: Silicon Saxony e. V., Dresden\nText.")
    assert (seat.organisation, seat.region) == ("Silicon Saxony e. V.", "Sachsen")
    near = read_facts("Bäckerei der Zukunft\nBackhaus Hansen GmbH in Lübeck backt mit Azubis.")
    assert (near.organisation, near.region) == ("Backhaus Hansen GmbH", "Schleswig-Holstein")
    # abroad: region and country as written; legal forms of other countries
    abroad = read_facts("Organisation: Business Sweden AB\nRegion: Blekinge\nCountry: Sweden")
    assert (abroad.organisation, abroad.region) == ("Business Sweden AB", "Blekinge, Sweden")
    assert read_facts("Clúster Digital S.r.l.\nLombardia").organisation == "Clúster Digital S.r.l."
    # a network without a legal form, under its title
    assert read_facts("Zimmerer-Akademie\nNetzwerk Holzbau Oberfranken\nDie Idee").organisation == (
        "Netzwerk Holzbau Oberfranken"
    )


def test_an_accepted_suggestion_keeps_the_facts_it_was_found_with(tmp_path: Path) -> None:
    from benchmarks.suggest_accuracy import BROCHURES

    with open_library(tmp_path / "lib") as library:
        index = open_index(library)
        report = import_paths(library, [BROCHURES / "ministerium.pdf"], index=index)
        brochure = report.added[0]
        first = suggestions_for(library, index, brochure)[0]
        example = accept_suggestion(library, index, brochure.id, first, title="Foodstarter")
        assert (example.title, example.pages) == ("Foodstarter", "5")
        assert (example.organisation, example.region) == ("foodRegio e. V.", "Schleswig-Holstein")
        assert example.fields_of_action == ["Ausbildung", "Nachwuchsförderung"]
        assert example.url == "www.foodregio.de" and "Foodstarter" in example.excerpt
        assert suggestions_for(library, index, brochure)[0].title == (
            "Azubi-Camp Photonik"
        )  # the accepted page is taken
        index.close()


def test_cli_suggests_across_the_library(tmp_path: Path) -> None:
    from test_cli import run, run_json

    from benchmarks.suggest_accuracy import BROCHURES

    lib = tmp_path / "lib"
    run_json(lib, "import", str(BROCHURES / "jahresbericht.pdf"), str(BROCHURES / "positionspapier.pdf"),
             str(BROCHURES / "eu_casestudies.pdf"))  # fmt: skip
    found = run_json(lib, "example", "suggest", "--all-brochures")["candidates"]
    brochures = {b["id"]: b["original_filename"] for b in run_json(lib, "list")["brochures"]}
    per_file = sorted({brochures[c["brochure_id"]] for c in found})
    assert per_file == ["eu_casestudies.pdf", "jahresbericht.pdf"]
    assert len(found) == 9 and all(c["reason"] for c in found)
    assert set(found[0]) >= {"brochure_id", "first_page", "last_page", "title", "organisation",
                             "region", "sector", "fields", "url", "reason"}  # fmt: skip
    usage = run(lib, "example", "suggest", check=False)
    assert usage.returncode == 2 and "--all-brochures" in usage.stderr
