"""The catalog as all machines' change logs make it (changelog.py): merged field by field.

Operations are applied in clock order, so for each field the last writer wins; list fields
kept as sets (tags, fields of action) merge member by member (one machine adds a tag while
another removes a different one: both happen); a removal of a record wins over edits that
did not see it, a later `put` (the same file imported again) brings it back. Every machine
that holds the same operations folds them into the same catalog, whatever order the sync
service delivered the files in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from brochuredesk.core.library.changelog import Op
from brochuredesk.core.plain import datarecord, field

SET_FIELDS = {"b": ("tags",), "e": ("tags", "fields_of_action"), "n": ()}
TABLES = {"b": "brochures", "e": "examples", "n": "notes"}


@datarecord
class _Record:
    born: str  # clock of its first put: the order records are listed in
    alive: bool = True
    fields: dict[str, Any] = field(default_factory=dict)
    members: dict[str, dict[str, tuple[bool, str, str]]] = field(default_factory=dict)
    # set field → casefolded member → (present, as written, clock it was last added)

    def put(self, table: str, record: dict[str, Any], clock: str) -> None:
        self.alive = True
        self.fields = {k: v for k, v in record.items() if k not in SET_FIELDS[table]}
        for name in SET_FIELDS[table]:
            values = [v for v in record.get(name, []) if isinstance(v, str)]
            present = {v.casefold() for v in values}
            members = self.members.setdefault(name, {})
            for key in list(members):
                if key not in present:
                    members[key] = (False, members[key][1], members[key][2])
            for number, value in enumerate(values):  # their order kept within one clock
                members[value.casefold()] = (True, value, f"{clock}.{number:04d}")

    def change_members(self, name: str, values: Iterable[Any], present: bool, clock: str) -> None:
        members = self.members.setdefault(name, {})
        for number, value in enumerate(v for v in values if isinstance(v, str)):
            key = value.casefold()
            if present and key in members and members[key][0]:
                continue  # already held: it keeps its place, as in the catalog that added it
            if present:
                members[key] = (True, value, f"{clock}.{number:04d}")
            elif key in members:
                members[key] = (False, members[key][1], members[key][2])

    def record(self, table: str) -> dict[str, Any]:
        out = dict(self.fields)
        for name in SET_FIELDS[table]:
            members = self.members.get(name, {})
            listed = sorted((m for m in members.values() if m[0]), key=lambda m: m[2])
            out[name] = [value for _, value, _ in listed]
        return out


def fold(ops: Iterable[Op]) -> dict[str, dict[str, Any]]:
    """Tables of the catalog (brochures, examples, settings) from operations in clock order."""
    records: dict[tuple[str, str], _Record] = {}
    settings: dict[str, Any] = {}
    for op in ops:
        kind, clock = op.get("k"), op["c"]
        if kind == "cfg":
            if isinstance(op.get("f"), dict):
                settings.update(op["f"])
            continue
        table, ref = op.get("t"), op.get("id")
        if table not in TABLES or not isinstance(ref, str):
            continue
        current = records.get((table, ref))
        if kind == "put" and isinstance(op.get("r"), dict):
            if current is None:
                current = records[(table, ref)] = _Record(clock)
            current.put(table, {**op["r"], "id": ref}, clock)
        elif current is None or not current.alive:
            continue  # an edit of a record this fold does not (or no longer) hold
        elif kind == "set" and isinstance(op.get("f"), dict):
            current.fields.update({k: v for k, v in op["f"].items() if k != "id"})
            for name in SET_FIELDS[table]:
                if name in op["f"] and isinstance(op["f"][name], list):
                    _replace_members(current, name, op["f"][name], clock)
                    current.fields.pop(name, None)
        elif kind in ("add", "rem") and op.get("f") in SET_FIELDS[table]:
            current.change_members(op["f"], op.get("v", []), kind == "add", clock)
        elif kind == "del":
            current.alive = False
    tables: dict[str, dict[str, Any]] = {name: {} for name in TABLES.values()}
    for (table, _), record in sorted(records.items(), key=lambda item: item[1].born):
        if record.alive:
            rows = tables[TABLES[table]]
            rows[str(len(rows) + 1)] = record.record(table)
    tables["settings"] = {"1": settings} if settings else {}
    return tables


def _replace_members(record: _Record, name: str, values: list[Any], clock: str) -> None:
    """A whole list set at once (an older writer's `set`): members as given, at this clock."""
    members = record.members.setdefault(name, {})
    wanted = [v for v in values if isinstance(v, str)]
    keys = {v.casefold() for v in wanted}
    for key in list(members):
        if key not in keys:
            members[key] = (False, members[key][1], members[key][2])
    for number, value in enumerate(wanted):
        members[value.casefold()] = (True, value, f"{clock}.{number:04d}")
