"""The catalog: brochures, examples and settings in TinyDB tables, with lookups by id."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from brochuredesk.core.errors import AmbiguousIdError, NotFoundError
from brochuredesk.core.library.changelog import Journal, Op
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.fold import SET_FIELDS
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure, OutlineEntry
from brochuredesk.core.library.sidefiles import OCR_TEXTS, OUTLINES, entries_of
from brochuredesk.core.library.storage import CatalogStorage

BROCHURES = "brochures"
EXAMPLES = "examples"
NOTES = "notes"
_SHORT = {EXAMPLES: "e", NOTES: "n"}  # their table in the change logs (fold.TABLES)
SETTINGS = "settings"
META = "meta"


FACTS = frozenset({"title", "subtitle", "publisher", "date", "year", "language"})


def now_iso() -> str:
    from datetime import UTC, datetime  # here: a read-only command writes no time

    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


class Catalog:
    """Typed access to catalog.json. All writes go through the crash-safe storage."""

    def __init__(self, storage: CatalogStorage, journal: Journal | None = None) -> None:
        self.storage = storage
        self.journal = journal  # this machine's change log (None: read-only, no writes)
        self.root = storage.path.parent  # the library folder: outlines/ lives beside us
        self.db = _CatalogDB(storage=_Reuse(storage))
        self.db.default_table_name = BROCHURES
        self._brochures = self.db.table(BROCHURES, cache_size=0)
        self._ids: dict[str, int] | None = None

    # -- meta -------------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        rows = self.db.table(META, cache_size=0).all()
        return dict(rows[0]) if rows else {}

    def set_meta(self, **values: Any) -> None:
        table = self.db.table(META, cache_size=0)
        if table.all():
            table.update(values)
        else:
            table.insert(values)

    # -- brochures --------------------------------------------------------------------------
    def _id_map(self) -> dict[str, int]:
        if self._ids is None or self.storage.read() is not self._seen:
            data = self.storage.read() or {}
            self._seen = data
            raw = data.get(BROCHURES, {})
            self._ids = {doc["id"]: int(doc_id) for doc_id, doc in raw.items()}
        return self._ids

    _seen: object = None

    def _log(self, ops: list[Op]) -> None:
        """Write the operations to this machine's change log before the catalog changes."""
        if self.journal is not None and ops:
            self.journal.append(ops)
            self.storage.folded[self.journal.path.name] = self.journal.path.stat().st_size

    def _field_ops(
        self, table: str, ref: str, current: dict[str, Any], fields: dict[str, Any]
    ) -> list[Op]:
        """A `set` of the plain fields, `add`/`rem` of the members of set fields."""
        ops: list[Op] = []
        plain = {k: v for k, v in fields.items() if k not in SET_FIELDS[table]}
        for name in SET_FIELDS[table]:
            if name not in fields:
                continue
            before = {str(v).casefold() for v in current.get(name, [])}
            after = {str(v).casefold() for v in fields[name]}
            added = [v for v in fields[name] if str(v).casefold() not in before]
            removed = [v for v in current.get(name, []) if str(v).casefold() not in after]
            if added:
                ops.append({"k": "add", "t": table, "id": ref, "f": name, "v": added})
            if removed:
                ops.append({"k": "rem", "t": table, "id": ref, "f": name, "v": removed})
        if plain:
            ops.insert(0, {"k": "set", "t": table, "id": ref, "f": plain})
        return ops

    def forget_ids(self) -> None:
        """The file was replaced by someone else: look the ids up again."""
        self._ids = None

    def __len__(self) -> int:
        return len(self._id_map())

    def __contains__(self, brochure_id: object) -> bool:
        return brochure_id in self._id_map()

    def brochures(self) -> list[Brochure]:
        """Every brochure, without its outline (`outline(id)` reads one)."""
        return [Brochure.from_record(doc, outline=False) for doc in self._brochures.all()]

    def iter_records(self) -> Iterator[dict[str, Any]]:
        data = self.storage.read() or {}
        yield from data.get(BROCHURES, {}).values()

    def sha256_index(self) -> dict[str, str]:
        """sha256 → brochure id, for duplicate detection."""
        return {doc["sha256"]: doc["id"] for doc in self.iter_records()}

    def resolve(self, ref: str) -> str:
        """The full id for `ref`, which may be an id or a unique prefix of one (like git)."""
        return _resolve(ref, self._id_map(), "no_such_brochure")

    def get(self, ref: str) -> Brochure:
        brochure_id = self.resolve(ref)
        doc = self._brochures.get(doc_id=self._id_map()[brochure_id])
        if doc is None or isinstance(doc, list):
            raise NotFoundError(id=ref)
        brochure = Brochure.from_record(dict(doc))
        if "outline" not in doc:
            brochure.outline = OUTLINES.read(self.root, brochure_id)
        return brochure

    def _fields(self, brochure_id: str) -> Brochure:
        """A brochure's fields without its outline (no file read: what an edit looks at)."""
        doc = self._brochures.get(doc_id=self._id_map()[brochure_id])
        if doc is None or isinstance(doc, list):
            raise NotFoundError(id=brochure_id)
        return Brochure.from_record(dict(doc), outline=False)

    def fields_of(self, brochure_ids: Iterable[str]) -> list[Brochure]:
        """These brochures as a list shows them: their fields, no outline read."""
        return [self._fields(self.resolve(i)) for i in brochure_ids]

    def outline(self, brochure_id: str) -> list[OutlineEntry]:
        """One brochure's outline: from its file, or from a record of an older catalog."""
        doc = self._brochures.get(doc_id=self._id_map()[brochure_id])
        if isinstance(doc, dict) and "outline" in doc:
            return entries_of(doc["outline"])
        return OUTLINES.read(self.root, brochure_id)

    def add(self, brochures: Iterable[Brochure]) -> None:
        """Insert new brochures in one write (the import pipeline's batch commit); their
        outlines are written first, so a record never points at an outline still to come."""
        new = {b.id: b for b in brochures if b.id not in self}
        for brochure in new.values():
            if brochure.outline:
                OUTLINES.write(self.root, brochure.id, brochure.outline)
        records = [b.to_record() for b in new.values()]
        if records:
            self._log([{"k": "put", "t": "b", "id": r["id"], "r": r} for r in records])
            self._brochures.insert_multiple(list(records))
            self._ids = None

    def update(self, ref: str, **changes: Any) -> Brochure:
        """Change fields of one brochure; `modified` is set for the user."""
        return self._update(self.resolve(ref), changes)

    def _update(
        self, brochure_id: str, changes: dict[str, Any], tag_op: Op | None = None
    ) -> Brochure:
        """`tag_op`: the tags the user added or removed, logged as asked even where this
        catalog already has (or lacks) them — another machine may have done the opposite
        meanwhile, and the later intent is to win when the logs are folded."""
        changes["modified"] = now_iso()
        self._note_user_facts(self._fields(brochure_id), changes)
        doc_id = self._id_map()[brochure_id]
        current = self._brochures.get(doc_id=doc_id)
        ops = self._field_ops("b", brochure_id, dict(current or {}), changes)
        if tag_op is not None:
            ops = [op for op in ops if op["k"] not in ("add", "rem")] + [tag_op]
        self._log(ops)
        self._brochures.update(changes, doc_ids=[doc_id])
        return self.get(brochure_id)

    def update_several(self, changes: dict[str, dict[str, Any]]) -> list[Brochure]:
        """Change fields of several brochures (id → fields) in one catalog write, each as
        `update` would (a bulk edit of a selection)."""
        stamp = now_iso()
        full = {}
        for ref, fields in changes.items():
            brochure_id = self.resolve(ref)
            fields = {**fields, "modified": stamp}
            self._note_user_facts(self._fields(brochure_id), fields)
            full[brochure_id] = fields
        self.update_many(full, touch=False)
        return [self.get(brochure_id) for brochure_id in full]

    @staticmethod
    def _note_user_facts(current: Brochure, changes: dict[str, Any]) -> None:
        """What the user set is theirs: never guessed again, no longer to check."""
        facts = FACTS & changes.keys()
        if not facts:
            return
        changes["edited"] = sorted(set(current.edited) | facts)
        checked = {"publisher"} & facts | ({"year"} if {"year", "date"} & facts else set())
        if "review" not in changes:
            changes["review"] = [name for name in current.review if name not in checked]

    def update_many(self, changes: dict[str, dict[str, Any]], touch: bool = True) -> None:
        """Change several brochures in one catalog write (id → fields); `touch=False` for
        changes the app makes on its own, which leave `modified` (the user's last edit)."""
        if not changes:
            return
        ids = self._id_map()
        stamp = now_iso()
        records = {r["id"]: r for r in self.iter_records() if r["id"] in changes}
        ops: list[Op] = []
        for ref, fields in changes.items():
            if ref in records:
                full = {**fields, "modified": stamp} if touch else fields
                ops += self._field_ops("b", ref, records[ref], full)
        self._log(ops)

        def apply(doc: MutableMapping[str, Any]) -> None:
            doc.update(changes[doc["id"]])
            if touch:
                doc["modified"] = stamp

        self._brochures.update(apply, doc_ids=[ids[i] for i in changes if i in ids])

    def replace(self, brochure: Brochure) -> None:
        """Store every field of `brochure`, its outline included (after a re-read, an
        unlock or a relink)."""
        OUTLINES.write(self.root, brochure.id, brochure.outline)
        record = brochure.to_record()
        doc_id = self._id_map()[brochure.id]
        self._log([{"k": "put", "t": "b", "id": brochure.id, "r": record}])

        def apply(doc: MutableMapping[str, Any]) -> None:
            doc.pop("outline", None)  # an older catalog's inline copy: the file is it now
            doc.update(record)

        self._brochures.update(apply, doc_ids=[doc_id])

    def remove(self, ref: str) -> Brochure:
        brochure = self.get(ref)
        self._log([{"k": "del", "t": "b", "id": brochure.id}])
        self._brochures.remove(doc_ids=[self._id_map()[brochure.id]])
        self._ids = None
        OUTLINES.remove(self.root, brochure.id)
        OCR_TEXTS.remove(self.root, brochure.id)
        return brochure

    def move_outlines_out(self) -> int:
        """Catalogs written before outlines had their own files: write each inline outline
        to its file, then drop them from the records in one write. How many moved."""
        inline = {
            doc["id"]: entries_of(doc["outline"])
            for doc in self.iter_records()
            if isinstance(doc, dict) and "outline" in doc
        }
        if not inline:
            return 0
        for brochure_id, entries in inline.items():
            OUTLINES.write(self.root, brochure_id, entries)

        def drop(doc: MutableMapping[str, Any]) -> None:
            doc.pop("outline", None)

        ids = self._id_map()
        self._brochures.update(drop, doc_ids=[ids[i] for i in inline if i in ids])
        return len(inline)

    def tag(self, ref: str, tags: Iterable[str]) -> Brochure:
        current = self.get(ref)
        merged = list(current.tags)
        asked = [" ".join(t.split()) for t in tags if t.strip()]
        for tag in asked:
            if tag.casefold() not in {t.casefold() for t in merged}:
                merged.append(tag)
        op: Op = {"k": "add", "t": "b", "id": current.id, "f": "tags", "v": asked}
        return self._update(current.id, {"tags": merged}, op)

    def untag(self, ref: str, tags: Iterable[str]) -> Brochure:
        current = self.get(ref)
        asked = [" ".join(t.split()) for t in tags if t.strip()]
        drop = {t.casefold() for t in asked}
        op: Op = {"k": "rem", "t": "b", "id": current.id, "f": "tags", "v": asked}
        kept = [t for t in current.tags if t.casefold() not in drop]
        return self._update(current.id, {"tags": kept}, op)

    # -- good-practice examples -------------------------------------------------------------
    def examples(self, brochure_id: str | None = None) -> list[Example]:
        rows = self.db.table(EXAMPLES, cache_size=0).all()
        found = [Example.from_record(dict(row)) for row in rows]
        if brochure_id is not None:
            found = [e for e in found if e.brochure_id == brochure_id]
        return sorted(found, key=lambda e: (e.brochure_id, e.first_page, e.title.casefold()))

    def resolve_example(self, ref: str) -> str:
        return _resolve(ref, self._doc_ids(EXAMPLES), "no_such_example")

    def get_example(self, ref: str) -> Example:
        return Example.from_record(self._get(EXAMPLES, ref, "no_such_example"))

    def add_example(self, example: Example) -> Example:
        self._add(EXAMPLES, example.brochure_id, example.id, example.to_record())
        return example

    def update_example(self, ref: str, **changes: Any) -> Example:
        return Example.from_record(self._update_record(EXAMPLES, ref, "no_such_example", changes))

    def remove_example(self, ref: str) -> Example:
        return Example.from_record(self._remove(EXAMPLES, ref, "no_such_example"))

    # -- notes of one's own -----------------------------------------------------------------
    def notes(self, brochure_id: str | None = None) -> list[Note]:
        found = [Note.from_record(dict(r)) for r in self.db.table(NOTES, cache_size=0).all()]
        if brochure_id is not None:
            found = [n for n in found if n.brochure_id == brochure_id]
        return sorted(found, key=lambda n: (n.brochure_id, n.page, n.created))

    def get_note(self, ref: str) -> Note:
        return Note.from_record(self._get(NOTES, ref, "no_such_note"))

    def add_note(self, note: Note) -> Note:
        self._add(NOTES, note.brochure_id, note.id, note.to_record())
        return note

    def update_note(self, ref: str, **changes: Any) -> Note:
        return Note.from_record(self._update_record(NOTES, ref, "no_such_note", changes))

    def remove_note(self, ref: str) -> Note:
        return Note.from_record(self._remove(NOTES, ref, "no_such_note"))

    # -- records that point into a brochure (examples, notes): logged like every edit --------
    def _doc_ids(self, table: str) -> dict[str, int]:
        data = self.storage.read() or {}
        return {doc["id"]: int(doc_id) for doc_id, doc in data.get(table, {}).items()}

    def _get(self, table: str, ref: str, missing: str) -> dict[str, Any]:
        ids = self._doc_ids(table)
        doc = self.db.table(table, cache_size=0).get(doc_id=ids[_resolve(ref, ids, missing)])
        if doc is None or isinstance(doc, list):
            raise NotFoundError(missing, id=ref)
        return dict(doc)

    def _add(self, table: str, brochure_id: str, ref: str, record: dict[str, Any]) -> None:
        self.resolve(brochure_id)  # the brochure must exist
        self._log([{"k": "put", "t": _SHORT[table], "id": ref, "r": record}])
        self.db.table(table, cache_size=0).insert(record)

    def _update_record(
        self, table: str, ref: str, missing: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        current = self._get(table, ref, missing)
        changes["modified"] = now_iso()
        self._log(self._field_ops(_SHORT[table], current["id"], current, changes))
        doc_id = self._doc_ids(table)[current["id"]]
        self.db.table(table, cache_size=0).update(changes, doc_ids=[doc_id])
        return self._get(table, current["id"], missing)

    def _remove(self, table: str, ref: str, missing: str) -> dict[str, Any]:
        current = self._get(table, ref, missing)
        self._log([{"k": "del", "t": _SHORT[table], "id": current["id"]}])
        doc_id = self._doc_ids(table)[current["id"]]
        self.db.table(table, cache_size=0).remove(doc_ids=[doc_id])
        return current

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        rows = self.db.table(SETTINGS, cache_size=0).all()
        return rows[0].get(key, default) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        self._log([{"k": "cfg", "f": {key: value}}])
        table = self.db.table(SETTINGS, cache_size=0)
        if table.all():
            table.update({key: value})
        else:
            table.insert({key: value})


def _resolve(ref: str, ids: Iterable[str], missing: str) -> str:
    """`ref` itself or the one id it is a prefix of; typed errors otherwise."""
    known = set(ids)
    if ref in known:
        return ref
    matches = sorted(i for i in known if ref and i.startswith(ref.lower()))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousIdError(id=ref, matches=", ".join(matches[:5]))
    raise NotFoundError(missing, id=ref)


class _ByDocId(MutableMapping[int, Any]):
    """A stored table (string keys, as JSON has them) as TinyDB's updaters see a table: by
    integer document id, changed in place."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __getitem__(self, doc_id: int) -> Any:
        return self.raw[str(doc_id)]

    def __setitem__(self, doc_id: int, doc: Any) -> None:
        self.raw[str(doc_id)] = doc

    def __delitem__(self, doc_id: int) -> None:
        del self.raw[str(doc_id)]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __iter__(self) -> Iterator[int]:
        return (int(key) for key in self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def clear(self) -> None:
        self.raw.clear()


class _InPlaceTable(Table):
    """TinyDB's table, but a write changes the stored table in place: TinyDB copies the whole
    table twice per write (to integer ids and back), 6 ms of each tag at 10 000 brochures.
    A failed update or write loses nothing: the storage forgets its copy and reads the file
    again."""

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        tables = self._storage.read()
        if tables is None:
            tables = {}
        raw = tables.get(self.name)
        if raw is None:
            raw = tables[self.name] = {}
        try:
            updater(_ByDocId(raw))  # type: ignore[arg-type]  # a dict by behaviour
        except BaseException:
            self._storage.close()  # half changed in memory: read the file again
            raise
        self._storage.write(tables)
        self.clear_cache()


class _CatalogDB(TinyDB):
    table_class = _InPlaceTable


class _Reuse:
    """TinyDB wants a storage class; hand it the instance the library already opened."""

    def __init__(self, storage: CatalogStorage) -> None:
        self._storage = storage

    def __call__(self) -> CatalogStorage:
        return self._storage
