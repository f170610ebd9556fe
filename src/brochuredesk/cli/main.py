"""The command line's entry point (DESIGN.md §7): the parser assembled from the command
modules, then one command run. A thin layer over core: it never imports Qt or PyMuPDF itself,
and each command imports what it needs when it runs, so `brochuredesk search` starts fast."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from brochuredesk import __version__
from brochuredesk.cli.output import EXIT_FAILED, Output, utf8_when_redirected, warn
from brochuredesk.core.errors import BrochureDeskError

# The command modules and the commands each adds: only the one a command line names is
# loaded (its parser built), all of them for --help or a command we do not know.
GROUPS = {
    "cmd_upkeep": ("watch", "editions", "ocr", "check", "demo"),
    "cmd_brochures": ("import", "list", "show", "tag", "untag", "edit", "unlock", "remove"),
    "cmd_search": ("search", "reindex", "abbreviation"),
    "cmd_examples": ("example", "export"),
    "cmd_notes": ("note",),
}
_WITH_VALUE = ("--library", "--self-check")


def command_of(argv: Sequence[str]) -> str | None:
    """The command a command line names (the first word that is not an option or its value)."""
    words = iter(argv)
    for word in words:
        if word in _WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


class _Formatter(argparse.HelpFormatter):
    """argparse's own help layout, with the terminal's width read as `shutil` reads it but
    without importing it: argparse makes a formatter for every argument it adds, and
    `shutil` brings bz2, lzma and zlib along, 6 ms of every command (docs/performance.md)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _columns() - 2)


def _columns() -> int:
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """Every parser of the CLI, its sub-commands' too (argparse makes those of the same
    class), lays its help out with _Formatter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser = _Parser(
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
    wanted = [name for name, commands in GROUPS.items() if command in commands] or list(GROUPS)
    for name in wanted:
        _group(name).add_parsers(sub, common)
    return parser


def _group(name: str) -> ModuleType:
    """One command module, imported by name as written here: PyInstaller bundles what it
    sees imported (importlib.import_module with a computed name left them out of the .deb)."""
    if name == "cmd_upkeep":
        from brochuredesk.cli import cmd_upkeep

        return cmd_upkeep
    if name == "cmd_brochures":
        from brochuredesk.cli import cmd_brochures

        return cmd_brochures
    if name == "cmd_search":
        from brochuredesk.cli import cmd_search

        return cmd_search
    if name == "cmd_notes":
        from brochuredesk.cli import cmd_notes

        return cmd_notes
    from brochuredesk.cli import cmd_examples

    return cmd_examples


def main(argv: Sequence[str] | None = None) -> int:
    utf8_when_redirected()
    arguments = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(command_of(arguments))
    args = parser.parse_args(arguments)
    if args.self_check is not None:
        from brochuredesk.selfcheck import run

        library = Path(args.library) if args.library else None
        return run(args.self_check, library, getattr(args, "paths", ()) or ())
    if not args.command:
        from brochuredesk.cli.cmd_upkeep import open_app

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
    except BrokenPipeError:  # `brochuredesk search … | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 141  # as a shell tool killed by SIGPIPE
