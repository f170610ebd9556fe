"""A search as the CLI contract hands it out (DESIGN.md §7: `search --json`): the results with
their brochures, hits, OCR marks and newer editions, built here once for every front end."""

from __future__ import annotations

from typing import Any

from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord
from brochuredesk.core.search.engine import SearchOutcome
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import search


@datarecord
class Answer:
    """A search's outcome with what showing it needs from the catalog."""

    query: str
    outcome: SearchOutcome
    records: dict[str, dict[str, Any]]  # brochure id → catalog record
    newer: dict[str, str]  # brochure id → id of its newest edition, when it is not that
    examples: dict[str, Example]  # the examples among the results
    notes: dict[str, Note]  # the notes among them

    def brochure(self, brochure_id: str, *, outline: bool = True) -> Brochure:
        return Brochure.from_record(self.records[brochure_id], outline=outline)


def answer(
    library: Library, index: SearchIndex, query: str, *, limit: int, correct: bool = True
) -> Answer:
    outcome = search(library, index, query, limit=limit, correct=correct)
    records = {b["id"]: b for b in library.catalog.iter_records()}
    shown = {records[r.brochure_id].get("edition_group") for r in outcome.results}
    from brochuredesk.core.editions.fingerprint import newest_editions

    newer = newest_editions(b for b in records.values() if b.get("edition_group") in shown)
    examples = (
        {e.id: e for e in library.catalog.examples()}
        if any(r.kind == "example" for r in outcome.results)
        else {}
    )
    notes = (
        {n.id: n for n in library.catalog.notes()}
        if any(r.kind == "note" for r in outcome.results)
        else {}
    )
    return Answer(query, outcome, records, newer, examples, notes)


def search_document(library: Library, found: Answer) -> dict[str, Any]:
    results = []
    for r in found.outcome.results:
        b = found.brochure(r.brochure_id)
        hits = [{"page": h.page, "snippet": h.snippet, "highlights": h.highlights} for h in r.hits]
        if r.kind == "note" and r.id in found.notes:
            note = found.notes[r.id]
            results.append(
                {
                    "kind": "note", **note.to_json(), "title": b.title,
                    "file": str(library.file_path(b)), "score": round(r.score, 3), "hits": hits,
                }
            )  # fmt: skip
            continue
        if r.kind == "example" and r.id in found.examples:
            record = found.examples[r.id].to_json()
            record.update(
                kind="example",
                file=str(library.file_path(b)),
                original_filename=b.original_filename,
                brochure_title=b.title,
                score=round(r.score, 3),
                hits=hits,
            )
            results.append(record)
            continue
        results.append(
            {
                "kind": r.kind,
                "id": r.id,
                "title": b.title,
                "file": str(library.file_path(b)),
                "original_filename": b.original_filename,
                "publisher": b.publisher,
                "year": b.year,
                "score": round(r.score, 3),
                "hits": [
                    hit | ({"ocr": True} if hit["page"] in b.ocr_pages else {}) for hit in hits
                ],
            }
            | ({"newer_edition": found.newer[b.id]} if b.id in found.newer else {})
        )
    document: dict[str, Any] = {"query": found.query, "total": found.outcome.total}
    if found.outcome.corrected_query:
        document["corrected_query"] = found.outcome.corrected_query
    return {**document, "results": results}
