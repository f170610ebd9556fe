"""File names that are safe on Windows, macOS and Linux, whatever the PDF was called."""

from __future__ import annotations

import re
import unicodedata

_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
_RESERVED |= {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME_BYTES = 180  # leaves room below the 255-byte limit and Windows' MAX_PATH habits


def safe_filename(name: str, default: str = "brochure.pdf") -> str:
    """`name` made safe to create anywhere: NFC, no path separators or reserved names, short."""
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name).strip().strip(".").strip()
    if not name or set(name) <= {".", "_", " "}:
        name = default
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 8 or not ext.isalnum():
        stem, ext = name, "pdf"
    stem = stem.strip(" .") or "brochure"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = f".{ext.lower()}"
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem.rstrip(" .") + suffix


def numbered(name: str, number: int) -> str:
    """'Name (2).pdf' for the second file that wants 'Name.pdf'."""
    stem, _, ext = name.rpartition(".")
    return f"{stem} ({number}).{ext}"
