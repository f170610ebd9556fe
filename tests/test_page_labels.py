"""Printed page numbers: the PDF's label rules kept at import, shown beside the physical page."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from test_cli import run, run_json

from brochuredesk.core.extract.page_labels import label_of, rules_of, shown_page


def _labelled(path: Path, rules: list[dict[str, object]], pages: int = 8) -> Path:
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        doc.new_page().insert_text((72, 100), f"Seite {number} mit Kennzahl{number}", fontsize=12)
    doc.set_page_labels(rules)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def test_labels_follow_the_rules_roman_then_arabic_with_prefixes(tmp_path: Path) -> None:
    rules = [
        {"startpage": 0, "prefix": "U", "style": "D", "firstpagenum": 1},
        {"startpage": 2, "prefix": "", "style": "r", "firstpagenum": 1},
        {"startpage": 5, "prefix": "", "style": "D", "firstpagenum": 1},
    ]
    with pymupdf.open(_labelled(tmp_path / "a.pdf", rules)) as doc:
        kept = rules_of(doc)
        expected = [doc[i].get_label() for i in range(doc.page_count)]
    assert [label_of(kept, page) for page in range(1, 9)] == expected
    assert expected == ["U1", "U2", "i", "ii", "iii", "1", "2", "3"]
    assert shown_page(kept, 4) == "ii (PDF 4)" and shown_page(kept, 3) == "i (PDF 3)"
    with pymupdf.open(_labelled(tmp_path / "plain.pdf", [{"startpage": 0, "style": "D"}])) as doc:
        assert rules_of(doc) == []  # labels that are the page numbers are not kept


def test_a_hit_names_the_printed_page_beside_the_physical_one(tmp_path: Path) -> None:
    rules = [
        {"startpage": 0, "prefix": "", "style": "r", "firstpagenum": 1},
        {"startpage": 3, "prefix": "", "style": "D", "firstpagenum": 1},
    ]
    lib = tmp_path / "lib"
    run(lib, "import", str(_labelled(tmp_path / "in" / "bericht.pdf", rules)))
    text = run(lib, "search", "Kennzahl6").stdout
    assert "p. 3 (PDF 6):" in text
    hits = run_json(lib, "search", "Kennzahl6")["results"][0]["hits"]
    assert hits[0]["page"] == 6  # JSON stays physical (DESIGN.md §4)
