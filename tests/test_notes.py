"""Notes of one's own: added on a page with a quote, listed, found by search (the hit says it
is a note), exported as a Highlight annotation over the quote that carries the note, synced
through the change logs, gone with their brochure."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from conftest import SAMPLES
from test_cli import run, run_json

from brochuredesk.core.library import changelog
from brochuredesk.core.library.fold import fold


def test_a_note_with_a_quote_is_listed_found_and_exported_as_a_highlight(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    added = {b["title"]: b for b in run_json(lib, "import", str(SAMPLES))["added"]}
    brochure = added["Clusterservice Aus- und Weiterbildung"]
    source = lib / "files" / brochure["original_filename"]
    with pymupdf.open(source) as doc:
        page_text = doc[1].get_text()
    quote = next(line.strip() for line in page_text.splitlines() if len(line.split()) >= 3)

    note = run_json(lib, "note", "add", brochure["id"], "--page", "2", "--quote", quote,
                    "--text", "Für den Bericht an den Vorstand: Zahlen prüfen", "--color", "green")  # fmt: skip
    assert (note["page"], note["quote"], note["color"]) == (2, quote, "green")
    whole_page = run_json(
        lib, "note", "add", brochure["id"], "--page", "3", "--text", "Seite lesen"
    )
    listed = run_json(lib, "note", "list", brochure["id"])["notes"]
    assert [n["id"] for n in listed] == [note["id"], whole_page["id"]]

    hits = run_json(lib, "search", "Vorstand")["results"]
    assert [(r["kind"], r["id"], r["page"]) for r in hits] == [("note", note["id"], 2)]
    assert hits[0]["title"] == brochure["title"]
    assert "Notiz" in run(lib, "search", "Vorstand", env={"BROCHUREDESK_LANG": "de"}).stdout

    copy = tmp_path / "mit Notizen.pdf"
    exported = run_json(lib, "export", "annotated", brochure["id"], "-o", str(copy))
    assert exported["notes"] == 2
    with pymupdf.open(copy) as doc:
        second, third = doc[1], doc[2]  # held: an annotation needs its page alive
        (highlight,) = [a for a in second.annots() if a.type[1] == "Highlight"]
        assert highlight.info["content"] == "Für den Bericht an den Vorstand: Zahlen prüfen"
        (want,) = second.search_for(quote)[:1]
        assert highlight.rect.intersects(want)  # over the quoted words
        (sticky,) = list(third.annots())
        assert sticky.info["content"] == "Seite lesen"
    with pymupdf.open(source) as original:
        page = original[1]
        assert not list(page.annots())  # the library's file is never changed

    changed = run_json(lib, "note", "edit", note["id"], "--text", "Erledigt")
    assert changed["text"] == "Erledigt" and changed["quote"] == quote
    assert run_json(lib, "search", "Vorstand")["results"] == []
    folded = fold(changelog.all_ops(lib))["notes"]
    assert {r["id"]: r["text"] for r in folded.values()} == {
        note["id"]: "Erledigt",
        whole_page["id"]: "Seite lesen",
    }

    refused = run(lib, "note", "add", brochure["id"], "--page", "99", "--text", "x", check=False)
    assert refused.returncode == 1 and "99" in refused.stderr
    run(lib, "remove", brochure["id"])
    assert run_json(lib, "note", "list")["notes"] == []
    run(lib, "check")


def test_an_examples_notes_are_on_its_fact_page_in_the_dossier(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    added = {b["title"]: b for b in run_json(lib, "import", str(SAMPLES))["added"]}
    brochure = added["Clusterservice Aus- und Weiterbildung"]
    example = run_json(
        lib, "example", "add", brochure["id"], "--pages", "2-3", "--title", "Lernfabrik"
    )
    run(lib, "note", "add", brochure["id"], "--page", "3", "--text", "Ansprechpartnerin anrufen")
    run(lib, "note", "add", brochure["id"], "--page", "5", "--text", "gehört nicht dazu")
    target = tmp_path / "Dossier.pdf"
    run(lib, "export", "dossier", example["id"], "-o", str(target), env={"BROCHUREDESK_LANG": "de"})
    with pymupdf.open(target) as doc:
        facts = " ".join(doc[2].get_text().split())
    assert "Meine Notizen" in facts and "S. 3: Ansprechpartnerin anrufen" in facts
    assert "gehört nicht dazu" not in facts  # a note outside the example's pages
