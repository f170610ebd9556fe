"""Notes of one's own on pages: `note add|list|edit|remove`, and `export annotated`, a copy of
a brochure with them as annotations any PDF reader shows."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from brochuredesk.cli.output import EXIT_OK, Output, t
from brochuredesk.cli.session import open_read, writing


def cmd_note(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.notes.edit import add_note, edit_note, remove_note

    if args.action == "list":
        with open_read(args) as library:
            ref = library.catalog.resolve(args.id) if args.id else None
            notes = library.catalog.notes(ref)
            titles = {b["id"]: b["title"] for b in library.catalog.iter_records()}
        if out.as_json:
            out.json({"notes": [n.to_json() for n in notes]})
            return EXIT_OK
        for note in notes:
            quote = f"„{note.quote}“ " if note.quote else ""
            out.line(f"{note.id}  {titles.get(note.brochure_id, '')}, {t('p.', 'S.')} {note.page}")
            out.line(f"    {quote}{note.text}")
        n = len(notes)
        out.line(t(f"{n} note{'s' * (n != 1)}", f"{n} Notiz{'en' * (n != 1)}"))
        return EXIT_OK
    with writing(args, in_step=True) as (library, index):
        if args.action == "add":
            note = add_note(library, index, args.id, args.page, args.text or "",
                            args.quote or "", args.color or "yellow")  # fmt: skip
        elif args.action == "edit":
            note = edit_note(library, index, args.id, page=args.page, text=args.text,
                             quote=args.quote, color=args.color)  # fmt: skip
        else:
            note = remove_note(library, index, args.id)
    if out.as_json:
        out.json(note.to_json())
    else:
        verb = {"add": t("added", "angelegt"), "edit": t("changed", "geändert")}
        verb["remove"] = t("removed", "entfernt")
        out.line(f"{note.id}  {t('p.', 'S.')} {note.page}  ({verb[args.action]})")
    return EXIT_OK


def cmd_annotated(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.examples.export import write_atomically
    from brochuredesk.core.notes.annotated import write_annotated

    with open_read(args) as library:
        brochure = library.catalog.get(args.id)
        notes = library.catalog.notes(brochure.id)
        source = library.file_path(brochure)
        placed: list[int] = []
        written = write_atomically(
            Path(args.output),
            lambda path: placed.append(write_annotated(source, brochure.password, notes, path)),
            force=args.force,
        )
    if out.as_json:
        out.json({"file": str(written), "notes": placed[0] if placed else 0})
    else:
        n = placed[0] if placed else 0
        out.line(t(f"{n} notes → {written}", f"{n} Notizen → {written}"))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("note", help="notes of your own on pages of a brochure")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="a note on a page (a quote: highlighted)"
    )
    add.add_argument("id", metavar="BROCHURE_ID")
    add.add_argument("--page", type=int, required=True)
    add.add_argument("--text", help="the note")
    add.add_argument("--quote", help="the words on the page it highlights")
    add.add_argument("--color", choices=["yellow", "green", "blue", "pink"])
    edit = actions.add_parser("edit", parents=[common], help="change a note")
    edit.add_argument("id", metavar="NOTE_ID")
    edit.add_argument("--page", type=int)
    edit.add_argument("--text")
    edit.add_argument("--quote")
    edit.add_argument("--color", choices=["yellow", "green", "blue", "pink"])
    listing = actions.add_parser("list", parents=[common], help="notes (of one brochure)")
    listing.add_argument("id", metavar="BROCHURE_ID", nargs="?")
    remove = actions.add_parser("remove", parents=[common], help="delete a note")
    remove.add_argument("id", metavar="NOTE_ID")
    p.set_defaults(func=cmd_note)
