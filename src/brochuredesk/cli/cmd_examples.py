"""Commands about good-practice examples: `example add|edit|remove|list|suggest|dismiss`,
`export`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brochuredesk.cli.output import EXIT_OK, EXIT_USAGE, Output, count, t, warn
from brochuredesk.cli.session import open_read, open_write, with_index, writing

if TYPE_CHECKING:
    from brochuredesk.core.examples.suggest import Candidate
    from brochuredesk.core.library.records import Brochure


def cmd_example(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.examples import good_practice

    if args.action in ("suggest", "dismiss"):
        return _suggestions(args, out)
    if args.action == "list":
        with open_read(args) as library:
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
                    f"    {titles.get(e.brochure_id, e.brochure_id)}, {t('p.', 'S.')} {e.pages}"
                )
            out.line(count(len(examples), "example", "Beispiel"))
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
    with writing(args) as (library, index):
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
    if out.as_json:
        out.json(example.to_json())
    else:
        verb = {"add": t("added", "angelegt"), "edit": t("changed", "geändert")}
        verb["remove"] = t("removed", "entfernt")
        out.line(f"{example.id}  {example.title}  ({verb[args.action]})")
    return EXIT_OK


def _suggestions(args: argparse.Namespace, out: Output) -> int:
    """`example suggest ID [--all]` or `example suggest --all-brochures` lists candidates;
    `example dismiss ID PAGE` hides the one starting on PAGE from now on (the app's Dismiss
    does the same)."""
    from brochuredesk.core.errors import InvalidValueError
    from brochuredesk.core.examples import good_practice

    if not args.id and not getattr(args, "all_brochures", False):
        warn(t("name a brochure or use --all-brochures", "Broschüre angeben oder --all-brochures"))
        return EXIT_USAGE
    opener = open_write(args.library) if args.action == "dismiss" else open_read(args)
    offered: list[tuple[Brochure, Candidate, bool]] = []
    with opener as library:
        every = getattr(args, "all_brochures", False) and not args.id
        brochures = (
            [b for b in library.catalog.brochures() if b.status == "ok"]
            if every
            else [library.catalog.get(args.id)]
        )
        with with_index(library) as index, good_practice.layout_reader(library) as reader:
            for brochure in brochures:
                dismissed = good_practice.dismissed_suggestions(library, brochure.id)
                for c in good_practice.suggestions_for(library, index, brochure, True, reader):
                    offered.append((brochure, c, c.key in dismissed))
        if args.action == "dismiss":
            chosen = [c for _, c, gone in offered if c.first_page == args.page and not gone]
            if not chosen:
                raise InvalidValueError("no_suggestion", page=args.page)
            good_practice.dismiss_suggestion(library, brochures[0].id, chosen[0].key)
            out.line(t(f"Dismissed: {chosen[0].title}", f"Verworfen: {chosen[0].title}"))
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
        mark = t("  (dismissed)", "  (verworfen)") if gone else ""
        out.line(
            f"{t('p.', 'S.')} {c.pages}: {out.bold(c.title)}{'  — ' + facts if facts else ''}{mark}"
        )
    n = len(shown)
    out.line(t(f"{n} candidate{'s' * (n != 1)}", f"{n} Vorschl{'äge' if n != 1 else 'ag'}"))
    hidden = sum(gone for _, _, gone in offered) if not args.all else 0
    if hidden:
        out.line(
            t(
                f"{hidden} dismissed (show them with --all)",
                f"{hidden} verworfen (--all zeigt sie)",
            )
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.examples import export
    from brochuredesk.core.examples.rows import rows_for
    from brochuredesk.core.i18n import language

    if args.format in CITATIONS:
        return _export_citations(args, out)
    if args.format == "annotated":
        from brochuredesk.cli.cmd_notes import cmd_annotated

        if len(args.examples) != 1:
            warn(t("name one brochure", "eine Broschüre angeben"))
            return EXIT_USAGE
        args.id = args.examples[0]
        return cmd_annotated(args, out)
    with open_read(args) as library:
        rows = rows_for(library, args.examples)
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
        out.line(t(f"{len(rows)} examples → {written}", f"{len(rows)} Beispiele → {written}"))
    return EXIT_OK


CITATIONS = ("ris", "bibtex", "csl-json")


def _export_citations(args: argparse.Namespace, out: Output) -> int:
    """Brochures and examples (ids of either; all when none) for a reference manager."""
    from brochuredesk.core.citations import cited, render
    from brochuredesk.core.examples.export import write_atomically

    with open_read(args) as library:
        items = cited(library.catalog, args.examples)
    text = render(items, args.format)
    written = write_atomically(
        Path(args.output), lambda path: path.write_text(text, encoding="utf-8", newline=""),
        force=args.force,
    )  # fmt: skip
    if out.as_json:
        out.json({"file": str(written), "items": len(items)})
    else:
        out.line(t(f"{len(items)} citations → {written}", f"{len(items)} Zitate → {written}"))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
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

    p = sub.add_parser(
        "export", parents=[common], help="export examples; cite brochures and examples"
    )
    p.add_argument("format", choices=["dossier", "csv", "json", *CITATIONS, "annotated"])
    p.add_argument(
        "examples", nargs="*", metavar="ID",
        help="examples (all when none); for ris, bibtex and csl-json brochures too",
    )  # fmt: skip
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--title", help="dossier title")
    p.add_argument("--subtitle", help="dossier subtitle, under the title on its cover")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_export)
