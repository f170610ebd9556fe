"""What a catalog's records must look like to be used.

A catalog edited by hand, or written by a broken tool, can parse as JSON and still hold a
brochure without an id or a page count that is text. Such a catalog is treated like a corrupt
one (left untouched, restorable from a backup) instead of failing somewhere later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _id(value: Any) -> bool:
    return isinstance(value, str) and bool(value) and "/" not in value and "\\" not in value


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _year(value: Any) -> bool:
    return value is None or _count(value)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _counts(value: Any) -> bool:
    return isinstance(value, list) and all(_count(v) for v in value)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _text_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _outline(value: Any) -> bool:
    """A list: its entries are checked one by one where they are read (Brochure.from_record
    leaves out a damaged entry; the outline is read from the PDF again on a re-read), so
    opening a catalog of 70 000 outline entries does not check each of them."""
    return isinstance(value, list)


def outline_entry(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("title"), str)
        and _count(value.get("page"))
        and _count(value.get("level"))
    )


def _label_rules(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(rule, dict)
        and _count(rule.get("startpage"))
        and _count(rule.get("firstpagenum"))
        and isinstance(rule.get("prefix", ""), str)
        and isinstance(rule.get("style", ""), str)
        for rule in value
    )


REQUIRED_BROCHURE: dict[str, Check] = {
    "id": _id, "sha256": _text, "title": _text, "original_filename": _text, "file": _text,
    "file_size": _count, "page_count": _count, "added": _text, "modified": _text,
}  # fmt: skip
OPTIONAL_BROCHURE: dict[str, Check] = {
    "subtitle": _text, "publisher": _text, "date": _text, "year": _year, "language": _text,
    "linked": _flag, "pdf_metadata": _text_map, "outline": _outline, "tags": _texts,
    "notes": _text, "status": _text, "message": _text, "warnings": _texts, "thumbnail": _text,
    "password": _text, "review": _texts, "edited": _texts, "page_labels": _label_rules,
    "ocr_pages": _counts, "edition_group": _text, "source_url": _text, "referrer_url": _text,
    "inbox": _flag, "evaluated": _flag,
}  # fmt: skip
REQUIRED_EXAMPLE: dict[str, Check] = {
    "id": _id, "brochure_id": _id, "first_page": _count, "last_page": _count, "title": _text,
    "created": _text, "modified": _text,
}  # fmt: skip
OPTIONAL_EXAMPLE: dict[str, Check] = {
    "organisation": _text, "region": _text, "sector": _text, "fields_of_action": _texts,
    "summary": _text, "excerpt": _text, "url": _text, "tags": _texts, "notes": _text,
}  # fmt: skip


REQUIRED_NOTE: dict[str, Check] = {
    "id": _id, "brochure_id": _id, "page": _count, "created": _text, "modified": _text,
}  # fmt: skip
OPTIONAL_NOTE: dict[str, Check] = {"text": _text, "quote": _text, "color": _text}


def problems(data: Mapping[str, Any], limit: int = 5) -> list[str]:
    """What is wrong with the records of a parsed catalog (at most `limit` findings)."""
    found: list[str] = []
    for table in ("brochures", "examples", "notes", "meta", "settings"):
        for key, record in data.get(table, {}).items():
            if not key.isdigit() or not key.isascii():  # TinyDB's document ids are numbers
                found.append(f"{table}: record key {key!r} is not a number")
            elif not isinstance(record, dict):
                found.append(f"{table}: record {key} is not a record")
            if len(found) >= limit:
                return found
    if found:
        return found
    tables = (
        ("brochures", "brochure", REQUIRED_BROCHURE, OPTIONAL_BROCHURE),
        ("examples", "example", REQUIRED_EXAMPLE, OPTIONAL_EXAMPLE),
        ("notes", "note", REQUIRED_NOTE, OPTIONAL_NOTE),
    )
    for table, noun, required, optional in tables:
        for key, record in data.get(table, {}).items():
            problem = _record_problem(record, required, optional)
            if problem:
                found.append(f"{noun} record {key}: {problem}")
                if len(found) >= limit:
                    return found
    for key, record in data.get("meta", {}).items():
        version = record.get("schema_version", 1) if isinstance(record, dict) else None
        if not _count(version):
            found.append(f"meta record {key}: schema_version is not a number")
    return found


def _record_problem(record: Any, required: dict[str, Check], optional: dict[str, Check]) -> str:
    if not isinstance(record, dict):
        return "not a record"
    for name in required:
        if name not in record:
            return f"'{name}' is missing"
    for name, value in record.items():
        check = required.get(name) or optional.get(name)
        if check is None:
            continue  # a field of a newer version: kept as it is
        if check is _text:
            if type(value) is not str:  # most fields: one type comparison, no call
                return f"'{name}' has a wrong value"
        elif not check(value):
            return f"'{name}' has a wrong value"
    return ""
