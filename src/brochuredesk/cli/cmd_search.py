"""Commands about finding: `search`, `abbreviation`, `reindex`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from brochuredesk.cli.output import EXIT_FAILED, EXIT_OK, Output, ProgressBar, count, marked, t
from brochuredesk.cli.session import open_read, open_write, with_index

if TYPE_CHECKING:
    from brochuredesk.core.library.folder import Library
    from brochuredesk.core.search.documents import Answer


def cmd_search(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.search.documents import answer, search_document

    query = " ".join(args.query)
    with open_read(args) as library:
        with with_index(library) as index:
            found = answer(library, index, query, limit=args.limit, correct=not args.exact)
        if out.as_json:
            out.json(search_document(library, found))
        else:
            _print_answer(library, found, out)
    return EXIT_OK


def _print_answer(library: Library, found: Answer, out: Output) -> None:
    from brochuredesk.core.extract.page_labels import shown_page

    query, outcome = found.query, found.outcome
    if outcome.corrected_query:
        out.line(
            t(
                f"No results for ‘{query}’ — results for ‘{outcome.corrected_query}’",
                f"Keine Treffer für ‚{query}‘ — Ergebnisse für ‚{outcome.corrected_query}‘",
            )
        )
    example_titles = {e.id: e.title for e in library.catalog.examples()}
    notes = found.notes
    for r in outcome.results:
        b = found.brochure(r.brochure_id)
        meta = " · ".join(x for x in (b.publisher, str(b.year or "")) if x)
        if r.kind == "note" and r.id in notes:
            note = notes[r.id]
            shown = note.text or f"„{note.quote}“"
            out.line(f"{t('Note', 'Notiz')}: {out.bold(shown)}  [{note.id}]")
            page = f"{t('p.', 'S.')} {shown_page(b.page_labels, note.page)}"
            out.line(f"  {b.title}, {page}{'  — ' + meta if meta else ''}")
            continue
        if r.kind == "example":
            label = t("Good practice", "Good Practice")
            out.line(f"{label}: {out.bold(example_titles.get(r.id, r.id))}  [{r.id}]")
            out.line(f"  {b.title}{'  — ' + meta if meta else ''}")
            continue
        out.line(f"{out.bold(b.title)}  [{b.id}]{'  — ' + meta if meta else ''}")
        out.line(f"  {library.file_path(b)}")
        if b.id in found.newer:
            n = found.brochure(found.newer[b.id], outline=False)
            out.line(
                f"  {t('earlier edition; newest', 'frühere Ausgabe; neueste')}: {n.title} ({n.date or '?'}) [{n.id}]"
            )
        for hit in r.hits:
            ocr = " (OCR)" if hit.page in b.ocr_pages else ""
            out.line(
                f"  {t('p.', 'S.')} {shown_page(b.page_labels, hit.page)}{ocr}: "
                f"{marked(hit.snippet, hit.highlights, out)}"
            )
    out.line(count(outcome.total, "brochure", "Broschüre", " found", " gefunden"))


def cmd_abbreviation(args: argparse.Namespace, out: Output) -> int:
    """`abbreviation add ABK "Long form"`, `remove ABK ["Long form"]`, `list`."""
    from brochuredesk.core.search.manage import add_abbreviation, remove_abbreviation
    from brochuredesk.core.text.abbreviations import SHIPPED, USER_ABBREVIATIONS

    if args.action == "list":
        with open_read(args) as library:
            mine = library.catalog.setting(USER_ABBREVIATIONS, {})
        if out.as_json:
            out.json({"user": mine, "shipped": {k: list(v) for k, v in SHIPPED.items()}})
            return EXIT_OK
        for short, longs in sorted({**SHIPPED, **mine}.items(), key=lambda kv: kv[0].casefold()):
            own = t("  (yours)", "  (eigene)") if short in mine else ""
            out.line(f"{out.bold(short)} = {' | '.join(longs)}{own}")
        return EXIT_OK
    with open_write(args.library) as library:
        if args.action == "add":
            add_abbreviation(library, args.short, args.long)
            out.line(
                t(f"Added: {args.short} = {args.long}", f"Hinzugefügt: {args.short} = {args.long}")
            )
        else:
            gone = remove_abbreviation(library, args.short, args.long)
            out.line(count(gone, "pair", "Paar", " removed", " entfernt"))
            if not gone:
                return EXIT_FAILED
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.facts_refresh import refresh_facts
    from brochuredesk.core.search.manage import empty_index, rebuild

    with open_write(args.library) as library:
        index = empty_index(library)
        bar = ProgressBar(t("Indexing", "Indizieren"))
        try:
            indexed = rebuild(library, index, bar, timeout=args.timeout)
            refresh_facts(library, index)  # facts an older version guessed, read again
        finally:
            bar.close()
            index.close()
    if out.as_json:
        out.json({"indexed": indexed})
    else:
        out.line(count(indexed, "brochure", "Broschüre", " indexed", " indiziert"))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("search", parents=[common], help="full-text search")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--exact", action="store_true", help="search as typed, no spelling correction")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("reindex", parents=[common], help="rebuild the full-text index")
    p.add_argument("--timeout", type=float, default=20.0)
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser(
        "abbreviation", parents=[common], help="abbreviations search finds both ways"
    )
    pairs = p.add_subparsers(dest="action", required=True)
    adding = pairs.add_parser("add", parents=[common], help='ABK "Long form": a pair of yours')
    adding.add_argument("short", metavar="ABK")
    adding.add_argument("long", metavar="LONG_FORM")
    removing = pairs.add_parser("remove", parents=[common], help="forget a pair of yours")
    removing.add_argument("short", metavar="ABK")
    removing.add_argument("long", metavar="LONG_FORM", nargs="?")
    pairs.add_parser("list", parents=[common], help="the shipped pairs and yours")
    p.set_defaults(func=cmd_abbreviation)
