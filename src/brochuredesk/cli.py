"""The command line (DESIGN.md §7): a thin layer over core. Never imports Qt or PyMuPDF itself,
so `brochuredesk search` starts fast."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from brochuredesk import __version__
from brochuredesk.core.errors import BrochureDeskError, InvalidValueError
from brochuredesk.core.library.folder import Library, default_library_path, open_library
from brochuredesk.core.library.records import Brochure

if TYPE_CHECKING:
    from brochuredesk.core.examples.suggest import Candidate

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Output:
    """Where results go: one JSON document on stdout with --json, readable text otherwise."""

    def __init__(self, as_json: bool, stream: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stream = stream or sys.stdout
        self.color = not as_json and self.stream.isatty() and not os.environ.get("NO_COLOR")

    def json(self, document: Any) -> None:
        """One compact JSON document and a newline (orjson: 10× faster than json.dump with
        indentation, which cost a listing of 3 000 brochures a quarter of a second)."""
        self.stream.write(orjson.dumps(document).decode() + "\n")

    def line(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def bold(self, text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if self.color else text

    def mark(self, text: str) -> str:
        return f"\x1b[1;33m{text}\x1b[0m" if self.color else f"«{text}»"


def warn(text: str) -> None:
    print(text, file=sys.stderr)


class ProgressBar:
    """A progress bar on stderr, shown only on a terminal and only after the first second.
    With BROCHUREDESK_PROGRESS=lines every step is a line "progress DONE/TOTAL" instead, for
    scripts and front ends that read the progress of a command."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.monotonic()
        self.lines = os.environ.get("BROCHUREDESK_PROGRESS") == "lines"
        self.enabled = sys.stderr.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.lines:
            sys.stderr.write(f"progress {done}/{total}\n")
            sys.stderr.flush()
            return
        if not self.enabled or time.monotonic() - self.started < 1.0 or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "█" * filled + "░" * (width - filled)
        sys.stderr.write(f"\r{self.label} {bar} {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


# -- commands ---------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.pipeline import ImportEvent, import_paths
    from brochuredesk.core.search.manage import mark_in_step, open_index

    with open_library(args.library) as library:
        library.require_writable()
        index = open_index(library)
        bar = ProgressBar("Import")
        ocr_bar = ProgressBar("OCR")

        def progress(event: ImportEvent) -> None:
            if event.stage == "extract":
                bar(event.done, event.total)
            elif event.stage == "ocr":  # a scan's pages, read by OCR (seconds each)
                ocr_bar(event.done, event.total)

        try:
            report = import_paths(
                library,
                args.paths,
                index=index,
                link=args.link,
                timeout=args.timeout,
                progress=progress,
            )
            mark_in_step(library, index)
        finally:
            bar.close()
            ocr_bar.close()
            index.close()
    if out.as_json:
        out.json(report.to_json())
    else:
        for brochure in report.added:
            out.line(f"+ {brochure.id}  {brochure.title}  ({brochure.page_count} S.)")
        for path, existing in report.duplicates:
            out.line(f"= {path}: {_t('duplicate of', 'Duplikat von')} {existing}")
        summary = _t(
            f"{len(report.added)} added, {len(report.duplicates)} duplicates, "
            f"{len(report.failed)} failed",
            f"{len(report.added)} hinzugefügt, {len(report.duplicates)} Duplikate, "
            f"{len(report.failed)} fehlgeschlagen",
        )
        out.line(summary)
    for path, reason in report.failed:
        warn(f"! {path}: {reason}")
    for path, message in report.warnings:
        warn(f"~ {path}: {message}")
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    with _open_read(args) as library:
        if out.as_json:  # straight from the records: thousands of Brochure objects cost more
            listed = []
            for record in sorted(library.catalog.iter_records(), key=_title_key):
                summary = Brochure.summary_of(record)
                summary["file"] = library.file_of(summary["file"], bool(record.get("linked")))
                listed.append(summary)
            out.json({"brochures": listed})
            return EXIT_OK
        records = library.catalog.iter_records()
        brochures = sorted(
            (Brochure.from_record(r, outline=False) for r in records),
            key=lambda b: b.title.casefold(),
        )
        for b in brochures:
            meta = " · ".join(x for x in (b.publisher, str(b.year or "")) if x)
            tags = f"  [{', '.join(b.tags)}]" if b.tags else ""
            status = f"  ({b.status})" if b.status != "ok" else ""
            out.line(f"{b.id}  {out.bold(b.title)}{'  — ' + meta if meta else ''}{tags}{status}")
        out.line(_count(len(brochures), "brochure", "Broschüre"))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    with _open_read(args) as library:
        brochure = library.catalog.get(args.id)
        _print_brochure(library, brochure, out)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace, out: Output) -> int:
    return _edit(args, out, lambda lib: lib.catalog.tag(args.id, args.tags))


def cmd_untag(args: argparse.Namespace, out: Output) -> int:
    return _edit(args, out, lambda lib: lib.catalog.untag(args.id, args.tags))


def cmd_edit(args: argparse.Namespace, out: Output) -> int:
    changes: dict[str, Any] = {}
    for name in ("title", "subtitle", "publisher", "language", "notes"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = " ".join(value.split()) if name != "notes" else value
    if args.year is not None:
        if args.year == "":
            changes["year"], changes["date"] = None, ""
        elif not (args.year.isdigit() and 1000 <= int(args.year) <= 2999):
            raise InvalidValueError(value=args.year)
        else:
            changes["year"], changes["date"] = int(args.year), args.year
    if args.date is not None:
        changes["date"] = args.date
    return _edit(args, out, lambda lib: lib.catalog.update(args.id, **changes))


def cmd_unlock(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.pipeline import reread
    from brochuredesk.core.search.manage import open_index

    password = args.password if args.password is not None else getpass.getpass()
    with open_library(args.library) as library:
        index = open_index(library)
        try:
            brochure = reread(library, args.id, password=password, index=index)
        finally:
            index.close()
        _print_brochure(library, brochure, out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.editions.fingerprint import newest_editions
    from brochuredesk.core.extract.page_labels import shown_page
    from brochuredesk.core.search.manage import open_index, search

    query = " ".join(args.query)
    with _open_read(args) as library:
        index = open_index(library)
        try:
            outcome = search(library, index, query, limit=args.limit, correct=not args.exact)
        finally:
            index.close()
        brochures = {b["id"]: b for b in library.catalog.iter_records()}
        shown = {brochures[r.brochure_id].get("edition_group") for r in outcome.results}
        newer = newest_editions(b for b in brochures.values() if b.get("edition_group") in shown)
        if out.as_json:
            results = []
            examples = (
                {e.id: e for e in library.catalog.examples()}
                if any(r.kind == "example" for r in outcome.results)
                else {}
            )
            for r in outcome.results:
                b = Brochure.from_record(brochures[r.brochure_id])
                if r.kind == "example" and r.id in examples:
                    record = examples[r.id].to_json()
                    record.update(
                        kind="example",
                        file=str(library.file_path(b)),
                        original_filename=b.original_filename,
                        brochure_title=b.title,
                        score=round(r.score, 3),
                        hits=[
                            {"page": h.page, "snippet": h.snippet, "highlights": h.highlights}
                            for h in r.hits
                        ],
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
                            {"page": h.page, "snippet": h.snippet, "highlights": h.highlights}
                            | ({"ocr": True} if h.page in b.ocr_pages else {})
                            for h in r.hits
                        ],
                    }
                    | ({"newer_edition": newer[b.id]} if b.id in newer else {})
                )
            document: dict[str, Any] = {"query": query, "total": outcome.total}
            if outcome.corrected_query:
                document["corrected_query"] = outcome.corrected_query
            out.json({**document, "results": results})
            return EXIT_OK
        if outcome.corrected_query:
            out.line(
                _t(
                    f"No results for ‘{query}’ — results for ‘{outcome.corrected_query}’",
                    f"Keine Treffer für ‚{query}‘ — Ergebnisse für ‚{outcome.corrected_query}‘",
                )
            )
        example_titles = {e.id: e.title for e in library.catalog.examples()}
        for r in outcome.results:
            b = Brochure.from_record(brochures[r.brochure_id])
            meta = " · ".join(x for x in (b.publisher, str(b.year or "")) if x)
            if r.kind == "example":
                label = _t("Good practice", "Good Practice")
                out.line(f"{label}: {out.bold(example_titles.get(r.id, r.id))}  [{r.id}]")
                out.line(f"  {b.title}{'  — ' + meta if meta else ''}")
                continue
            out.line(f"{out.bold(b.title)}  [{b.id}]{'  — ' + meta if meta else ''}")
            out.line(f"  {library.file_path(b)}")
            if b.id in newer:
                n = Brochure.from_record(brochures[newer[b.id]], outline=False)
                out.line(
                    f"  {_t('earlier edition; newest', 'frühere Ausgabe; neueste')}: {n.title} ({n.date or '?'}) [{n.id}]"
                )
            for hit in r.hits:
                ocr = " (OCR)" if hit.page in b.ocr_pages else ""
                out.line(
                    f"  {_t('p.', 'S.')} {shown_page(b.page_labels, hit.page)}{ocr}: "
                    f"{_marked(hit.snippet, hit.highlights, out)}"
                )
        out.line(_count(outcome.total, "brochure", "Broschüre", " found", " gefunden"))
    return EXIT_OK


def _suggestions(args: argparse.Namespace, out: Output) -> int:
    """`example suggest ID [--all]` or `example suggest --all-brochures` lists candidates;
    `example dismiss ID PAGE` hides the one starting on PAGE from now on (the app's Dismiss
    does the same)."""
    from brochuredesk.core.examples import good_practice
    from brochuredesk.core.search.manage import open_index

    if not args.id and not getattr(args, "all_brochures", False):
        warn(_t("name a brochure or use --all-brochures", "Broschüre angeben oder --all-brochures"))
        return EXIT_USAGE
    opener = open_library(args.library) if args.action == "dismiss" else _open_read(args)
    offered: list[tuple[Brochure, Candidate, bool]] = []
    with opener as library:
        every = getattr(args, "all_brochures", False) and not args.id
        brochures = (
            [b for b in library.catalog.brochures() if b.status == "ok"]
            if every
            else [library.catalog.get(args.id)]
        )
        index = open_index(library)
        try:
            with good_practice.layout_reader(library) as reader:
                for brochure in brochures:
                    dismissed = good_practice.dismissed_suggestions(library, brochure.id)
                    for c in good_practice.suggestions_for(library, index, brochure, True, reader):
                        offered.append((brochure, c, c.key in dismissed))
        finally:
            index.close()
        if args.action == "dismiss":
            chosen = [c for _, c, gone in offered if c.first_page == args.page and not gone]
            if not chosen:
                raise InvalidValueError("no_suggestion", page=args.page)
            good_practice.dismiss_suggestion(library, brochures[0].id, chosen[0].key)
            out.line(_t(f"Dismissed: {chosen[0].title}", f"Verworfen: {chosen[0].title}"))
            return EXIT_OK
    shown = [(b, c, gone) for b, c, gone in offered if args.all or not gone]
    if out.as_json:
        out.json(
            {
                "candidates": [
                    {"brochure_id": b.id, **c.__dict__, "dismissed": gone} for b, c, gone in shown
                ]
            }
        )
        return EXIT_OK
    heading = ""
    for b, c, gone in shown:
        if len(brochures) > 1 and b.title != heading:
            heading = b.title
            out.line(out.bold(f"{b.title} ({b.id})"))
        facts = " · ".join(x for x in (c.organisation, c.region, c.sector) if x)
        mark = _t("  (dismissed)", "  (verworfen)") if gone else ""
        out.line(
            f"{_t('p.', 'S.')} {c.pages}: {out.bold(c.title)}{'  — ' + facts if facts else ''}{mark}"
        )
    n = len(shown)
    out.line(_t(f"{n} candidate{'s' * (n != 1)}", f"{n} Vorschl{'äge' if n != 1 else 'ag'}"))
    hidden = sum(gone for _, _, gone in offered) if not args.all else 0
    if hidden:
        out.line(
            _t(
                f"{hidden} dismissed (show them with --all)",
                f"{hidden} verworfen (--all zeigt sie)",
            )
        )
    return EXIT_OK


def cmd_example(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.examples import good_practice
    from brochuredesk.core.search.manage import open_index

    if args.action in ("suggest", "dismiss"):
        return _suggestions(args, out)
    if args.action == "list":
        with _open_read(args) as library:
            examples = library.catalog.examples(
                library.catalog.resolve(args.brochure) if args.brochure else None
            )
            if out.as_json:
                out.json({"examples": [e.to_json() for e in examples]})
                return EXIT_OK
            titles = {b["id"]: b["title"] for b in library.catalog.iter_records()}
            for e in examples:
                meta = " · ".join(x for x in (e.organisation, e.region, e.sector) if x)
                out.line(f"{e.id}  {out.bold(e.title)}{'  — ' + meta if meta else ''}")
                out.line(
                    f"    {titles.get(e.brochure_id, e.brochure_id)}, {_t('p.', 'S.')} {e.pages}"
                )
            out.line(_count(len(examples), "example", "Beispiel"))
        return EXIT_OK
    fields = {
        "title": getattr(args, "title", None),
        "organisation": getattr(args, "org", None),
        "region": getattr(args, "region", None),
        "sector": getattr(args, "sector", None),
        "fields_of_action": getattr(args, "field", None),
        "summary": getattr(args, "summary", None),
        "url": getattr(args, "url", None),
        "tags": getattr(args, "tag", None),
        "notes": getattr(args, "notes", None),
    }
    with open_library(args.library) as library:
        index = open_index(library)
        try:
            if args.action == "add":
                fields.pop("title")
                example = good_practice.add_example(
                    library, index, args.id, args.pages, args.title, **fields
                )
            elif args.action == "edit":
                example = good_practice.edit_example(
                    library, index, args.id, pages=args.pages, **fields
                )
            else:
                example = good_practice.remove_example(library, index, args.id)
        finally:
            index.close()
    if out.as_json:
        out.json(example.to_json())
    else:
        verb = {"add": _t("added", "angelegt"), "edit": _t("changed", "geändert")}
        verb["remove"] = _t("removed", "entfernt")
        out.line(f"{example.id}  {example.title}  ({verb[args.action]})")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.examples import export
    from brochuredesk.core.i18n import language

    with _open_read(args) as library:
        rows = export.rows_for(library, args.examples)
        target = Path(args.output)
        if args.format == "csv":
            written = export.export_csv(rows, target, force=args.force, german=language() == "de")
        elif args.format == "json":
            written = export.export_json(rows, target, force=args.force)
        else:
            written = export.export_dossier(
                rows, target, title=args.title or "", subtitle=args.subtitle or "",
                force=args.force, german=language() == "de",
            )  # fmt: skip
    if out.as_json:
        out.json({"file": str(written), "examples": len(rows)})
    else:
        out.line(_t(f"{len(rows)} examples → {written}", f"{len(rows)} Beispiele → {written}"))
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.facts_refresh import refresh_facts
    from brochuredesk.core.search.manage import empty_index, rebuild

    with open_library(args.library) as library:
        index = empty_index(library)
        bar = ProgressBar(_t("Indexing", "Indizieren"))
        try:
            count = rebuild(library, index, bar, timeout=args.timeout)
            refresh_facts(library, index)  # facts an older version guessed, read again
        finally:
            bar.close()
            index.close()
    if out.as_json:
        out.json({"indexed": count})
    else:
        out.line(_count(count, "brochure", "Broschüre", " indexed", " indiziert"))
    return EXIT_OK


def cmd_abbreviation(args: argparse.Namespace, out: Output) -> int:
    """`abbreviation add ABK "Long form"`, `remove ABK ["Long form"]`, `list`."""
    from brochuredesk.core.search.manage import add_abbreviation, remove_abbreviation
    from brochuredesk.core.text.abbreviations import SHIPPED, USER_ABBREVIATIONS

    if args.action == "list":
        with _open_read(args) as library:
            mine = library.catalog.setting(USER_ABBREVIATIONS, {})
        if out.as_json:
            out.json({"user": mine, "shipped": {k: list(v) for k, v in SHIPPED.items()}})
            return EXIT_OK
        for short, longs in sorted({**SHIPPED, **mine}.items(), key=lambda kv: kv[0].casefold()):
            own = _t("  (yours)", "  (eigene)") if short in mine else ""
            out.line(f"{out.bold(short)} = {' | '.join(longs)}{own}")
        return EXIT_OK
    with open_library(args.library) as library:
        if args.action == "add":
            add_abbreviation(library, args.short, args.long)
            out.line(
                _t(f"Added: {args.short} = {args.long}", f"Hinzugefügt: {args.short} = {args.long}")
            )
        else:
            gone = remove_abbreviation(library, args.short, args.long)
            out.line(_count(gone, "pair", "Paar", " removed", " entfernt"))
            if not gone:
                return EXIT_FAILED
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.check import check_library

    root = Path(args.library) if args.library else default_library_path()
    report = check_library(root, repair=args.repair)
    if out.as_json:
        out.json(report.to_json())
    else:
        for f in report.findings:
            state = _t("repaired", "repariert") if f.repaired else _t("found", "gefunden")
            out.line(f"[{state}] {f.kind} {f.subject}: {f.problem}")
        if not report.findings:
            out.line(
                _t(
                    f"{report.brochures} brochures, all fine",
                    f"{report.brochures} Broschüren, alles in Ordnung",
                )
            )
        elif not report.clean and not args.repair:
            out.line(
                _t(
                    "Run 'check --repair' to mend what can be rebuilt.",
                    "Mit 'check --repair' wird repariert, was sich wiederherstellen lässt.",
                )
            )
    return EXIT_OK if report.clean else EXIT_FAILED


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    """A library of the sample brochures, opened in the app (listed with --no-gui)."""
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.search.manage import open_index

    root = Path(args.library) if args.library else default_library_path().with_name("Demo")
    with open_library(root) as library:
        index = open_index(library)
        try:
            import_paths(library, [samples_dir()], index=index)
        finally:
            index.close()
    args.library = str(root)
    if args.no_gui or args.json:
        out.line(_t(f"Demo library: {root}", f"Demo-Bibliothek: {root}"))
        return cmd_list(args, out)
    return open_app(root)


def samples_dir() -> Path:
    """The sample brochures: beside the package when installed, in the checkout otherwise."""
    for candidate in (
        Path(__file__).resolve().parent / "samples",
        Path(__file__).resolve().parents[2] / "resources" / "samples",
    ):
        if candidate.is_dir():
            return candidate
    raise BrochureDeskError("no_such_path")


def open_app(library: Path | None) -> int:
    try:
        from brochuredesk.ui.app import run_app
    except ImportError as exc:
        warn(
            _t(
                f"brochuredesk: the desktop app cannot start ({exc}); install PySide6-Essentials",
                f"brochuredesk: die Desktop-App kann nicht starten ({exc}); PySide6-Essentials installieren",
            )
        )
        return EXIT_USAGE
    return run_app(library)


# -- helpers ----------------------------------------------------------------------------------
def _count(n: int, english: str, german: str, en_tail: str = "", de_tail: str = "") -> str:
    """'1 brochure', '5 brochures' / '1 Broschüre', '5 Broschüren' (and 'Beispiel(e)')."""
    en = english if n == 1 else english + "s"
    de = german if n == 1 else german + ("n" if german.endswith("e") else "e")
    return _t(f"{n} {en}{en_tail}", f"{n} {de}{de_tail}")


def _t(english: str, german: str) -> str:
    from brochuredesk.core.i18n import language

    return german if language() == "de" else english


def _open_read(args: argparse.Namespace) -> Library:
    """Reading commands work beside a running app: they fall back to read-only access."""
    return open_library(args.library, fallback_read_only=True)


def _edit(args: argparse.Namespace, out: Output, change: Callable[[Library], Brochure]) -> int:
    from brochuredesk.core.search.manage import mark_in_step, open_index

    with open_library(args.library) as library:
        index = open_index(library)  # brought up to the catalog first, then kept in step
        try:
            brochure = change(library)
            index.update_brochure_metadata(brochure)
            mark_in_step(library, index)
        finally:
            index.close()
        _print_brochure(library, brochure, out)
    return EXIT_OK


def _title_key(record: dict[str, Any]) -> str:
    return str(record.get("title", "")).casefold()


def _summary(library: Library, brochure: Brochure) -> dict[str, Any]:
    summary = brochure.summary()
    summary["file"] = str(library.file_path(brochure))
    return summary


def _print_brochure(library: Library, brochure: Brochure, out: Output) -> None:
    if out.as_json:
        from brochuredesk.core.library.outlines import entries_record

        record = brochure.to_record()
        record["outline"] = entries_record(brochure.outline)
        record.pop("password", None)
        record["file"] = str(library.file_path(brochure))
        thumb = library.thumbnail_path(brochure)
        record["thumbnail"] = str(thumb) if thumb else ""
        out.json(record)
        return
    rows = [
        (_t("Title", "Titel"), brochure.title),
        (_t("Subtitle", "Untertitel"), brochure.subtitle),
        (_t("Publisher", "Herausgeber"), brochure.publisher),
        (_t("Date", "Stand"), brochure.date),
        (_t("Language", "Sprache"), brochure.language),
        (_t("Pages", "Seiten"), str(brochure.page_count)),
        (_t("Tags", "Schlagwörter"), ", ".join(brochure.tags)),
        (_t("Status", "Status"), brochure.status),
        (_t("File", "Datei"), str(library.file_path(brochure))),
        (_t("Original name", "Originalname"), brochure.original_filename),
        (_t("Notes", "Notizen"), brochure.notes),
    ]
    out.line(f"{out.bold(brochure.id)}")
    for label, value in rows:
        if value:
            out.line(f"  {label + ':':14} {value}")
    for warning in brochure.warnings:
        out.line(f"  ! {warning}")
    if brochure.outline:
        out.line(f"  {_t('Contents', 'Inhalt')}:")
        for entry in brochure.outline[:40]:
            out.line(f"    {'  ' * (entry.level - 1)}{entry.title}  …{entry.page}")


def _marked(text: str, ranges: Sequence[tuple[int, int]] | Sequence[list[int]], out: Output) -> str:
    pieces, last = [], 0
    for start, end in ranges:
        pieces += [text[last:start], out.mark(text[start:end])]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


# -- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser = argparse.ArgumentParser(
        prog="brochuredesk",
        description="A searchable catalog of PDF brochures. Without a command: open the app.",
    )
    parser.add_argument("--version", action="version", version=f"BrochureDesk {__version__}")
    parser.add_argument(
        "--library",
        metavar="DIR",
        default=os.environ.get("BROCHUREDESK_LIBRARY") or None,
        help="library folder (default: BROCHUREDESK_LIBRARY or the user data folder)",
    )
    # what an installed build can do here, written to FILE (make windows-check, the release
    # workflow): hidden, not a command users need
    parser.add_argument("--self-check", metavar="FILE", type=Path, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from brochuredesk.cli_upkeep import (
        add_parsers,  # after this module is complete: it imports from it
    )

    add_parsers(sub, common)

    p = sub.add_parser("import", parents=[common], help="import PDF files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--link", action="store_true", help="keep files in place, do not copy")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per file step")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", parents=[common], help="list brochures")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one brochure")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", parents=[common], help="full-text search")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--exact", action="store_true", help="search as typed, no spelling correction")
    p.set_defaults(func=cmd_search)

    for name, func in (("tag", cmd_tag), ("untag", cmd_untag)):
        p = sub.add_parser(name, parents=[common], help=f"{name} a brochure")
        p.add_argument("id")
        p.add_argument("tags", nargs="+", metavar="TAG")
        p.set_defaults(func=func)

    p = sub.add_parser("edit", parents=[common], help="edit a brochure's metadata")
    p.add_argument("id")
    for name in ("title", "subtitle", "publisher", "year", "date", "language", "notes"):
        p.add_argument(f"--{name}")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("unlock", parents=[common], help="read a locked PDF with its password")
    p.add_argument("id")
    p.add_argument("--password", help="(asked for when not given)")
    p.set_defaults(func=cmd_unlock)

    p = sub.add_parser("example", help="good-practice examples inside brochures")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="mark pages of a brochure")
    add.add_argument("id", metavar="BROCHURE_ID")
    add.add_argument("--pages", required=True, help="e.g. 13-14")
    add.add_argument("--title", required=True)
    edit = actions.add_parser("edit", parents=[common], help="change an example")
    edit.add_argument("id", metavar="EXAMPLE_ID")
    edit.add_argument("--pages")
    edit.add_argument("--title")
    for sp in (add, edit):
        sp.add_argument("--org", help="organisation (cluster initiative)")
        sp.add_argument("--region", help="a German Land or free text")
        sp.add_argument("--sector", help="Branche")
        sp.add_argument("--field", action="append", help="field of action (repeatable)")
        sp.add_argument("--tag", action="append", help="tag (repeatable)")
        sp.add_argument("--summary")
        sp.add_argument("--url")
        sp.add_argument("--notes")
        sp.set_defaults(func=cmd_example)
    listing = actions.add_parser("list", parents=[common], help="list examples")
    listing.add_argument("--brochure", help="only this brochure's examples")
    listing.set_defaults(func=cmd_example)
    proposals = actions.add_parser("suggest", parents=[common], help="candidates in a brochure")
    proposals.add_argument("id", metavar="BROCHURE_ID", nargs="?")
    proposals.add_argument(
        "--all-brochures", action="store_true", help="candidates in every brochure of the library"
    )
    proposals.add_argument("--all", action="store_true", help="include dismissed candidates")
    proposals.set_defaults(func=cmd_example)
    dismiss = actions.add_parser(
        "dismiss", parents=[common], help="do not suggest the candidate on PAGE again"
    )
    dismiss.add_argument("id", metavar="BROCHURE_ID")
    dismiss.add_argument("page", type=int, metavar="PAGE")
    dismiss.set_defaults(func=cmd_example)
    remove = actions.add_parser("remove", parents=[common], help="delete an example")
    remove.add_argument("id", metavar="EXAMPLE_ID")
    remove.set_defaults(func=cmd_example)

    p = sub.add_parser("export", parents=[common], help="export examples")
    p.add_argument("format", choices=["dossier", "csv", "json"])
    p.add_argument("examples", nargs="*", metavar="EXAMPLE_ID", help="(all when none)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--title", help="dossier title")
    p.add_argument("--subtitle", help="dossier subtitle, under the title on its cover")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_export)

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

    p = sub.add_parser("check", parents=[common], help="verify the library; --repair mends it")
    p.add_argument(
        "--repair",
        action="store_true",
        help="rebuild covers and index, restore a corrupt catalog from backup",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("demo", parents=[common], help="open the app on a library of samples")
    p.add_argument("--no-gui", action="store_true", help="only build and list the demo library")
    p.set_defaults(func=cmd_demo)
    return parser


def utf8_when_redirected() -> None:
    """Pipes and files get UTF-8, JSON's own encoding. On Windows Python writes a pipe in the
    ANSI code page (cp1252: a script read 'Fachkr\\xe4fte' from `search --json`, seen under
    Wine); a console keeps its own Unicode output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not stream.isatty():
            reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_when_redirected()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check is not None:
        from brochuredesk.selfcheck import run

        library = Path(args.library) if args.library else None
        return run(args.self_check, library, getattr(args, "paths", ()) or ())
    if not args.command:
        return open_app(Path(args.library) if args.library else None)
    out = Output(getattr(args, "json", False))
    try:
        result: int = args.func(args, out)
        return result
    except BrochureDeskError as exc:
        warn(f"brochuredesk: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        warn("brochuredesk: interrupted")
        return 130
    except BrokenPipeError:  # `brochuredesk list | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
