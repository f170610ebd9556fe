"""Notes and highlights of one's own: a note on a page of a brochure, with the words it
highlights there (its quote) when it was made on a selection."""

from __future__ import annotations

import os
from typing import Any

from brochuredesk.core.plain import datarecord, fields

COLORS = {  # highlight colours offered, as RGB fractions (the annotated PDF uses them too)
    "yellow": (1.0, 0.88, 0.3),
    "green": (0.56, 0.87, 0.5),
    "blue": (0.55, 0.78, 1.0),
    "pink": (1.0, 0.6, 0.8),
}


@datarecord
class Note:
    id: str
    brochure_id: str
    page: int  # 1-based physical page
    created: str
    modified: str
    text: str = ""  # the note itself (may be empty for a bare highlight)
    quote: str = ""  # the words highlighted on the page ("" for a note on the whole page)
    color: str = "yellow"

    def to_record(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Note:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in record.items() if k in names})

    def to_json(self) -> dict[str, Any]:
        return self.to_record()


def new_note_id() -> str:
    return "n" + os.urandom(6).hex()[:11]
