"""One name however it is spelt: "BÜNDNIS 90 / DIE GRÜNEN" and "BÜNDNIS 90/DIE GRÜNEN",
"Bertelsmann-Stiftung" and "Bertelsmann Stiftung" are one publisher to a reader, and one
entry in the sidebar."""

from __future__ import annotations

import re
import unicodedata

_JOINERS = re.compile(r"\s*([/&+|])\s*")
_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")


def name_key(name: str) -> str:
    """What two spellings of one name share: case, spacing around slashes and dashes, a
    dash for a space, and stray punctuation at the ends do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _JOINERS.sub(r"\1", text)
    text = _DASHES.sub(" ", text)
    return " ".join(text.split()).strip(" .,;:")
