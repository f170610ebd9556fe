"""What every command shares: where its output goes, a progress bar on stderr, the two
languages of its messages, exit codes. Below the commands; imports nothing of ours but i18n."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Output:
    """Where results go: one JSON document on stdout with --json, readable text otherwise."""

    def __init__(self, as_json: bool, stream: TextIO | None = None) -> None:
        self.as_json = as_json
        self.stream = stream or sys.stdout
        self.color = not as_json and self.stream.isatty() and not os.environ.get("NO_COLOR")

    def json(self, document: Any) -> None:
        """One compact JSON document and a newline (compact: json.dump with indentation cost a
        listing of 3 000 brochures a quarter of a second)."""
        from brochuredesk.core.plain import json_dumps  # here: `--version` needs none of it

        self.stream.write(json_dumps(document).decode() + "\n")

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


def count(n: int, english: str, german: str, en_tail: str = "", de_tail: str = "") -> str:
    """'1 brochure', '5 brochures' / '1 Broschüre', '5 Broschüren' (and 'Beispiel(e)')."""
    en = english if n == 1 else english + "s"
    de = german if n == 1 else german + ("n" if german.endswith("e") else "e")
    return t(f"{n} {en}{en_tail}", f"{n} {de}{de_tail}")


def t(english: str, german: str) -> str:
    from brochuredesk.core.i18n import language

    return german if language() == "de" else english


def marked(text: str, ranges: Sequence[tuple[int, int]] | Sequence[list[int]], out: Output) -> str:
    pieces, last = [], 0
    for start, end in ranges:
        pieces += [text[last:start], out.mark(text[start:end])]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def utf8_when_redirected() -> None:
    """Pipes and files get UTF-8, JSON's own encoding. On Windows Python writes a pipe in the
    ANSI code page (cp1252: a script read 'Fachkr\\xe4fte' from `search --json`, seen under
    Wine); a console keeps its own Unicode output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not stream.isatty():
            reconfigure(encoding="utf-8")
