"""Commands that look after the library and keep it current by itself: `check`, `demo`,
`editions`, `ocr`, `watch` (DESIGN.md §7)."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brochuredesk.cli.output import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Output,
    ProgressBar,
    count,
    t,
    warn,
)
from brochuredesk.cli.session import open_read, open_write, with_index, writing

if TYPE_CHECKING:
    from brochuredesk.core.library.folder import Library


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.check import check_library
    from brochuredesk.core.library.folder import default_library_path

    root = Path(args.library) if args.library else default_library_path()
    report = check_library(root, repair=args.repair)
    if out.as_json:
        out.json(report.to_json())
    else:
        for f in report.findings:
            state = t("repaired", "repariert") if f.repaired else t("found", "gefunden")
            out.line(f"[{state}] {f.kind} {f.subject}: {f.problem}")
        for f in report.notices:
            out.line(_notice(f.kind, f.subject, f.problem))
        if not report.findings:
            out.line(
                t(
                    f"{report.brochures} brochures, all fine",
                    f"{report.brochures} Broschüren, alles in Ordnung",
                )
            )
        elif not report.clean and not args.repair:
            out.line(
                t(
                    "Run 'check --repair' to mend what can be rebuilt.",
                    "Mit 'check --repair' wird repariert, was sich wiederherstellen lässt.",
                )
            )
    return EXIT_OK if report.clean else EXIT_FAILED


def _notice(kind: str, subject: str, problem: str) -> str:
    """A line on how the team library is doing (no fault of the library)."""
    if kind == "arriving":
        return t(
            f"[on its way] {subject}: imported on another machine, its file has not arrived yet",
            f"[Datei kommt noch] {subject}: auf einem anderen Rechner importiert, die Datei "
            "ist noch nicht angekommen",
        )
    if kind == "example":
        brochure = problem.split()[2] if len(problem.split()) > 2 else ""
        return t(
            f"[note] example {subject}: its brochure {brochure} was removed on another machine "
            "after the example was added; the example is kept (remove it, or import the "
            "brochure again)",
            f"[Hinweis] Beispiel {subject}: seine Broschüre {brochure} wurde auf einem anderen "
            "Rechner entfernt, nachdem das Beispiel angelegt war; das Beispiel bleibt erhalten "
            "(entfernen oder die Broschüre wieder importieren)",
        )
    if kind == "syncthing":
        return t(
            f"[note] {subject}: Syncthing's folder marker .stfolder is missing, so Syncthing "
            "has stopped syncing this folder; make it again (an empty folder named .stfolder)",
            f"[Hinweis] {subject}: Syncthings Ordnermarkierung .stfolder fehlt, Syncthing "
            "gleicht diesen Ordner nicht mehr ab; legen Sie sie wieder an (ein leerer Ordner "
            ".stfolder)",
        )
    days = "".join(c for c in problem if c.isdigit())
    return t(
        f"[note] machine {subject}: its change log has not changed for {days} days",
        f"[Hinweis] Rechner {subject}: sein Änderungsprotokoll ist seit {days} Tagen unverändert",
    )


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    """A library of the sample brochures, opened in the app (listed with --no-gui)."""
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import default_library_path
    from brochuredesk.resources import samples_dir

    root = Path(args.library) if args.library else default_library_path().with_name("Demo")
    with open_write(root) as library, with_index(library) as index:
        import_paths(library, [samples_dir()], index=index)
    args.library = str(root)
    if args.no_gui or args.json:
        out.line(t(f"Demo library: {root}", f"Demo-Bibliothek: {root}"))
        from brochuredesk.cli.cmd_brochures import cmd_list

        return cmd_list(args, out)
    return open_app(root)


def open_app(library: Path | None) -> int:
    try:
        from brochuredesk.ui.app import run_app
    except ImportError as exc:
        warn(
            t(
                f"brochuredesk: the desktop app cannot start ({exc}); install PySide6-Essentials",
                f"brochuredesk: die Desktop-App kann nicht starten ({exc}); PySide6-Essentials installieren",
            )
        )
        return EXIT_USAGE
    return run_app(library)


def cmd_editions(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.editions import groups as edition_groups

    action = getattr(args, "action", None)
    if action in ("join", "split"):
        with writing(args) as (library, index):
            sketches = index.sketches()
            if action == "join":
                edition_groups.join(library, args.ids, sketches)
            else:
                edition_groups.split(library, args.id, sketches)
            return _print_groups(library, out, _stored_groups(library))
    with open_read(args) as library:
        return _print_groups(library, out, _stored_groups(library))


def _stored_groups(library: Library) -> list[dict[str, Any]]:
    """The groups as the catalog holds them (worked out at import, join and split)."""
    from brochuredesk.core.editions.fingerprint import Member, member_of, newest_first

    grouped: dict[str, list[Member]] = {}
    titles: dict[str, str] = {}
    for record in library.catalog.iter_records():
        group = record.get("edition_group", "")
        if group:
            grouped.setdefault(group, []).append(member_of(record))
            titles[record["id"]] = record.get("title", "")
    reasons = _reasons(library)
    groups = []
    for group_id, members in grouped.items():
        ordered = [m.id for m in newest_first(members)]
        groups.append(
            {"id": group_id, "brochure_ids": ordered, "reason": reasons.get(group_id, "")}
        )
    groups.sort(key=lambda g: titles[g["brochure_ids"][0]].casefold())
    return groups


def _reasons(library: Library) -> dict[str, str]:
    from brochuredesk.core.editions import groups as edition_groups
    from brochuredesk.core.search.index import IndexUnusableError, SearchIndex

    try:
        index = SearchIndex(library.index_path, read_only=True)
    except (IndexUnusableError, OSError):
        return {}
    try:
        return {g.id: g.reason for g in edition_groups.groups(library, index.sketches())}
    finally:
        index.close()


def _print_groups(library: Library, out: Output, groups: list[dict[str, Any]]) -> int:
    if out.as_json:
        out.json({"groups": groups})
        return EXIT_OK
    reasons = {
        "title": t("same title and publisher", "gleicher Titel und Herausgeber"),
        "text": t("largely the same text", "weitgehend gleicher Text"),
        "joined": t("joined by hand", "von Hand zusammengefasst"),
    }
    for group in groups:
        out.line(f"{out.bold(group['id'])}  ({reasons.get(group['reason'], group['reason'])})")
        for number, brochure_id in enumerate(group["brochure_ids"]):
            b = library.catalog.get(brochure_id)
            newest = t("newest", "neueste") if number == 0 else t("earlier", "früher")
            out.line(f"  {b.id}  {b.title}  — {b.date or '?'}  [{newest}]")
    out.line(count(len(groups), "group", "Gruppe"))
    return EXIT_OK


def cmd_ocr(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.errors import BrochureDeskError
    from brochuredesk.core.extract import ocr
    from brochuredesk.core.importer.pipeline import reread
    from brochuredesk.core.library.records import STATUS_NO_TEXT
    from brochuredesk.core.search.manage import open_index

    if not ocr.available():
        raise BrochureDeskError("ocr_unavailable")
    with open_write(args.library) as library:
        library.require_writable()
        if args.ids:
            targets = [library.catalog.get(ref) for ref in args.ids]
        else:
            targets = [b for b in library.catalog.brochures() if b.status == STATUS_NO_TEXT]
        index = open_index(library)
        done: list[dict[str, Any]] = []
        failed: list[dict[str, str]] = []
        try:
            for brochure in targets:
                bar = ProgressBar(f"OCR {brochure.original_filename[:30]}")
                try:
                    fresh = reread(
                        library, brochure.id, index=index, all_scans=True, timeout=args.timeout,
                        on_ocr=bar,
                    )  # fmt: skip
                except BrochureDeskError as exc:
                    failed.append({"id": brochure.id, "error": str(exc)})
                    continue
                finally:
                    bar.close()
                done.append({"id": fresh.id, "title": fresh.title, "ocr_pages": fresh.ocr_pages})
        finally:
            index.close()
    if out.as_json:
        out.json({"done": done, "failed": failed})
    else:
        for item in done:
            pages = len(item["ocr_pages"])
            out.line(f"{item['id']}  {item['title']}  — OCR: {count(pages, 'page', 'Seite')}")
        if not targets:
            out.line(t("No brochure without text.", "Keine Broschüre ohne Text."))
    for item in failed:
        warn(f"! {item['id']}: {item['error']}")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_watch(args: argparse.Namespace, out: Output) -> int:
    from brochuredesk.core.importer.watch import FolderWatch, SeenFiles, run
    from brochuredesk.core.importer.watch_import import (
        WatchedFolder,
        import_ready,
        link_chooser,
        watched_folders,
    )
    from brochuredesk.core.search.manage import open_index

    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with open_write(args.library) as library:
        library.require_writable()
        if args.folders:
            folders = [
                WatchedFolder(str(Path(f).expanduser().absolute()), args.link) for f in args.folders
            ]
        else:
            folders = watched_folders(library.library_id)  # those set for this library
        if not folders:
            warn(
                t(
                    "brochuredesk watch: no folder named and none set in Preferences",
                    "brochuredesk watch: kein Ordner genannt und keiner in den Einstellungen",
                )
            )
            return 2
        index = open_index(library)
        watch = FolderWatch([Path(f.path) for f in folders], SeenFiles.of_library(library.root))
        link_for = link_chooser(folders)
        for folder in folders:
            warn(t(f"Watching {folder.path}", f"Beobachte {folder.path}"))

        def handle(paths: list[Path]) -> None:
            report = import_ready(library, index, watch, paths, link_for)
            for brochure in report.added:
                item = {
                    "id": brochure.id,
                    "title": brochure.title,
                    "file": brochure.original_filename,
                }
                if out.as_json:
                    out.json({"added": item})
                else:
                    out.line(f"+ {brochure.id}  {brochure.title}  ({brochure.original_filename})")
                out.stream.flush()
            for path, reason in report.failed:
                warn(f"! {path}: {reason}")

        try:
            run(watch, handle, stop)
        finally:
            index.close()
    warn(t("Stopped watching.", "Beobachtung beendet."))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "watch", parents=[common], help="import PDFs that appear in folders until Ctrl+C"
    )
    p.add_argument("folders", nargs="*", metavar="FOLDER", help="default: those in Preferences")
    p.add_argument("--link", action="store_true", help="keep files in place, do not copy")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("editions", parents=[common], help="groups of editions of one publication")
    p.set_defaults(func=cmd_editions)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    join = actions.add_parser("join", parents=[common], help="make brochures editions of one")
    join.add_argument("ids", nargs="+", metavar="ID")
    join.set_defaults(func=cmd_editions)
    split = actions.add_parser("split", parents=[common], help="take a brochure out of its group")
    split.add_argument("id", metavar="ID")
    split.set_defaults(func=cmd_editions)

    p = sub.add_parser("ocr", parents=[common], help="OCR brochures without a text layer")
    p.add_argument("ids", nargs="*", metavar="ID", help="default: every brochure without text")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per page")
    p.set_defaults(func=cmd_ocr)

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
