"""The command line's entry point (DESIGN.md §7): the parser assembled from the command
modules, then one command run. A thin layer over core: it never imports Qt or PyMuPDF itself,
and each command imports what it needs when it runs, so `brochuredesk search` starts fast."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from brochuredesk import __version__
from brochuredesk.cli import cmd_brochures, cmd_examples, cmd_search, cmd_upkeep
from brochuredesk.cli.output import EXIT_FAILED, Output, utf8_when_redirected, warn
from brochuredesk.core.errors import BrochureDeskError


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
    for commands in (cmd_upkeep, cmd_brochures, cmd_search, cmd_examples):
        commands.add_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    utf8_when_redirected()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check is not None:
        from brochuredesk.selfcheck import run

        library = Path(args.library) if args.library else None
        return run(args.self_check, library, getattr(args, "paths", ()) or ())
    if not args.command:
        return cmd_upkeep.open_app(Path(args.library) if args.library else None)
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
