"""Commands about brochures: `import`, `list`, `show`, `tag`, `untag`, `edit`, `unlock`,
`remove`."""

from __future__ import annotations

import argparse
import getpass
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brochuredesk.cli.output import EXIT_FAILED, EXIT_OK, Output, ProgressBar, count, t, warn
from brochuredesk.cli.session import open_read, writing

if TYPE_CHECKING:
    from brochuredesk.core.library.folder import Library
    from brochuredesk.core.library.records import Brochure


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.pipeline import ImportEvent, import_paths
    from brochuredesk.core.importer.provenance import Provenance

    with writing(args, in_step=True) as (library, index):
        library.require_writable()
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
                origin=Provenance(args.source_url) if args.source_url else None,
            )
        finally:
            bar.close()
            ocr_bar.close()
    if out.as_json:
        out.json(report.to_json())
    else:
        for brochure in report.added:
            out.line(f"+ {brochure.id}  {brochure.title}  ({brochure.page_count} S.)")
        for path, existing in report.duplicates:
            out.line(f"= {path}: {t('duplicate of', 'Duplikat von')} {existing}")
        summary = t(
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
    from brochuredesk.core.library.records import Brochure

    with open_read(args) as library:
        if out.as_json:
            from brochuredesk.core.library.documents import listing_document

            out.json(listing_document(library))
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
        out.line(count(len(brochures), "brochure", "Broschüre"))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    with open_read(args) as library:
        brochure = library.catalog.get(args.id)
        print_brochure(library, brochure, out)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace, out: Output) -> int:
    return _edit(args, out, lambda lib: lib.catalog.tag(args.id, args.tags))


def cmd_untag(args: argparse.Namespace, out: Output) -> int:
    return _edit(args, out, lambda lib: lib.catalog.untag(args.id, args.tags))


def cmd_edit(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.errors import InvalidDateError, InvalidValueError

    changes: dict[str, Any] = {}
    for name in ("title", "subtitle", "publisher", "language", "notes", "source_url"):
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
        from brochuredesk.core.text.dates import parse_date, year_of

        date = parse_date(args.date)  # "12.06.2019", "06/2019", "2019-06-12"
        if date is None:
            raise InvalidDateError(value=args.date)
        changes["date"], changes["year"] = date, year_of(date)
    return _edit(args, out, lambda lib: lib.catalog.update(args.id, **changes))


def cmd_unlock(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.pipeline import reread

    password = args.password if args.password is not None else getpass.getpass()
    with writing(args) as (library, index):
        brochure = reread(library, args.id, password=password, index=index)
        print_brochure(library, brochure, out)
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, out: Output) -> int:
    """Take brochures out of the library with their examples, cover and index rows: logged
    like every edit, so another machine's catalog loses them too. The library's own copy of
    the PDF is deleted unless --keep-file moves it to a folder; a linked file stays put."""
    from brochuredesk.core import removal
    from brochuredesk.core.text.filenames import numbered

    keep = Path(args.keep_file).expanduser() if args.keep_file is not None else None
    if keep is not None and not keep.is_dir():
        warn(t(f"not a folder: {keep}", f"kein Ordner: {keep}"))
        return EXIT_FAILED
    gone = []
    with writing(args, in_step=True) as (library, index):
        ids = [library.catalog.resolve(ref) for ref in args.ids]  # all known before any goes
        for brochure_id in dict.fromkeys(ids):
            held = removal.remove(library, index, brochure_id)
            kept = None
            if keep is not None and held.held_file is not None:
                name = held.brochure.original_filename or f"{brochure_id}.pdf"
                kept = keep / name
                for number in range(2, 10000):
                    if not kept.exists():
                        break
                    kept = keep / numbered(name, number)
                shutil.move(str(held.held_file), str(kept))
                held.held_file = None
            removal.let_go(held)
            gone.append((held.brochure, kept))
    if out.as_json:
        out.json(
            {
                "removed": [
                    {"id": b.id, "title": b.title, "file_kept": str(k) if k else None}
                    for b, k in gone
                ]
            }
        )
        return EXIT_OK
    for brochure, kept in gone:
        line = f"- {brochure.id}  {brochure.title}"
        out.line(line + (f"  → {kept}" if kept else ""))
    out.line(count(len(gone), "brochure", "Broschüre", " removed", " entfernt"))
    return EXIT_OK


def _edit(args: argparse.Namespace, out: Output, change: Callable[[Library], Brochure]) -> int:
    with writing(args, in_step=True) as (library, index):
        brochure = change(library)
        index.update_brochure_metadata(brochure)
        print_brochure(library, brochure, out)
    return EXIT_OK


def print_brochure(library: Library, brochure: Brochure, out: Output) -> None:
    if out.as_json:
        from brochuredesk.core.library.documents import brochure_document

        out.json(brochure_document(library, brochure))
        return
    rows = [
        (t("Title", "Titel"), brochure.title),
        (t("Subtitle", "Untertitel"), brochure.subtitle),
        (t("Publisher", "Herausgeber"), brochure.publisher),
        (t("Date", "Stand"), brochure.date),
        (t("Language", "Sprache"), brochure.language),
        (t("Pages", "Seiten"), str(brochure.page_count)),
        (t("Tags", "Schlagwörter"), ", ".join(brochure.tags)),
        (t("Status", "Status"), brochure.status),
        (t("File", "Datei"), str(library.file_path(brochure))),
        (t("Original name", "Originalname"), brochure.original_filename),
        (t("Notes", "Notizen"), brochure.notes),
    ]
    out.line(f"{out.bold(brochure.id)}")
    for label, value in rows:
        if value:
            out.line(f"  {label + ':':14} {value}")
    for warning in brochure.warnings:
        out.line(f"  ! {warning}")
    if brochure.outline:
        out.line(f"  {t('Contents', 'Inhalt')}:")
        for entry in brochure.outline[:40]:
            out.line(f"    {'  ' * (entry.level - 1)}{entry.title}  …{entry.page}")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import PDF files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--link", action="store_true", help="keep files in place, do not copy")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per file step")
    p.add_argument(
        "--source-url", metavar="URL", help="where the files came from (else their download marks)"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", parents=[common], help="list brochures")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one brochure")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)

    for name, func in (("tag", cmd_tag), ("untag", cmd_untag)):
        p = sub.add_parser(name, parents=[common], help=f"{name} a brochure")
        p.add_argument("id")
        p.add_argument("tags", nargs="+", metavar="TAG")
        p.set_defaults(func=func)

    p = sub.add_parser("edit", parents=[common], help="edit a brochure's metadata")
    p.add_argument("id")
    for name in ("title", "subtitle", "publisher", "year", "language", "notes"):
        p.add_argument(f"--{name}")
    p.add_argument("--date", help="2019, 06/2019, 12.06.2019 or 2019-06-12")
    p.add_argument("--source-url", metavar="URL", help="where it was downloaded from")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser(
        "remove", parents=[common], help="take brochures out of the library (and their examples)"
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument(
        "--keep-file",
        nargs="?",
        const=".",
        metavar="FOLDER",
        help="move the library's copy of each PDF to FOLDER (default: here) instead of deleting it",
    )
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("unlock", parents=[common], help="read a locked PDF with its password")
    p.add_argument("id")
    p.add_argument("--password", help="(asked for when not given)")
    p.set_defaults(func=cmd_unlock)
