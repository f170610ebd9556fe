"""Good-practice examples: records that point at pages of a brochure, with their own fields."""

from __future__ import annotations

import os
import re
from typing import Any

from brochuredesk.core.errors import InvalidValueError
from brochuredesk.core.plain import asdict, datarecord, field, fields

FIELDS_OF_ACTION = [
    "Ausbildung",
    "Weiterbildung",
    "Fachkräftesicherung",
    "Fachkräfteakquise",
    "Nachwuchsförderung",
    "Weiterqualifizierung",
    "Digitalisierung",
    "Internationalisierung",
    "Innovation",
    "Vernetzung",
]
LAENDER = [
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
    "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz",
    "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
]  # fmt: skip
EXCERPT_CHARS = 4000


@datarecord
class Example:
    id: str
    brochure_id: str
    first_page: int  # 1-based physical pages
    last_page: int
    title: str
    created: str
    modified: str
    organisation: str = ""
    region: str = ""
    sector: str = ""
    fields_of_action: list[str] = field(default_factory=list)
    summary: str = ""
    excerpt: str = ""
    url: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def pages(self) -> str:
        return page_range(self.first_page, self.last_page)

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = asdict(self)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Example:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in record.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        record = self.to_record()
        record["pages"] = [self.first_page, self.last_page]
        return record


def page_range(first: int, last: int) -> str:
    """'13' or '13-14', as people write pages."""
    return str(first) if first == last else f"{first}-{last}"


def new_example_id() -> str:
    return os.urandom(6).hex()  # 48 random bits, as uuid4().hex[:12] gave (uuid: 3 ms to import)


def parse_pages(text: str, page_count: int) -> tuple[int, int]:
    """'13-14' or '13' → (13, 14) within the brochure; InvalidValueError otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*", text or "")
    if not match:
        raise InvalidValueError("invalid_pages", value=text, count=page_count)
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not 1 <= first <= last <= max(1, page_count):
        raise InvalidValueError("invalid_pages", value=text, count=page_count)
    return first, last


def normalise_region(region: str) -> str:
    """A German Land in its proper spelling when it is one ('schleswig-holstein', 'SH'…)."""
    cleaned = " ".join(region.split())
    short = {"BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
             "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
             "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "NRW": "Nordrhein-Westfalen",
             "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt",
             "SH": "Schleswig-Holstein", "TH": "Thüringen"}  # fmt: skip
    if cleaned.upper() in short:
        return short[cleaned.upper()]
    for land in LAENDER:
        if land.casefold() == cleaned.casefold():
            return land
    return cleaned


def clean_list(values: list[str]) -> list[str]:
    """Trimmed, without blanks or case-insensitive repeats, in the given order."""
    seen: set[str] = set()
    out = []
    for value in values:
        value = " ".join(value.split())
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out
