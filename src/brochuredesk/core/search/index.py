"""The full-text index (index.sqlite): one FTS5 row per page, one per record's metadata.

A cache: everything here can be rebuilt from the catalog and files/. A missing, corrupt or
outdated index is detected on open (IndexUnusableError) so the caller rebuilds it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from brochuredesk.core.errors import BrochureDeskError, StorageWriteError
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import json_dumps
from brochuredesk.core.search import common_counts
from brochuredesk.core.text.abbreviations import key as abbreviation_key
from brochuredesk.core.text.abbreviations import learn
from brochuredesk.core.text.normalize import MIN_COMPOUND, index_text, index_texts, vocabulary

# Bump when the schema or the normalisation changes: old indexes are rebuilt.
INDEX_VERSION = "11"  # 11: the records' source column (where a brochure was downloaded)
PAGE_BITS = 16  # up to 65 535 pages per brochure
PAGE_MASK = (1 << PAGE_BITS) - 1
RECORD_COLUMNS = (
    "title", "publisher", "tags", "org", "region", "sector", "fields", "other", "source",
)  # fmt: skip
TOKENIZER = "unicode61 remove_diacritics 2"
MAX_TAIL_WORDS = 400  # compounds one query word may stand at the end of

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS brochures(
    seq INTEGER PRIMARY KEY,
    brochure_id TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS pages(
    rowid INTEGER PRIMARY KEY,  -- seq << PAGE_BITS | page: the brochure is in the rowid
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(
    body, tokenize="{TOKENIZER}"
);
-- The words of the indexed texts by their surface form, reversed (compounds ending in a
-- word are a range of keys), with the FTS5 token when it differs ('' when it is the same):
-- which forms of a word, and which compounds ending in it, a query should name.
CREATE TABLE IF NOT EXISTS vocabulary(
    reversed TEXT NOT NULL,
    token TEXT NOT NULL,
    PRIMARY KEY(reversed, token)
) WITHOUT ROWID;
-- Abbreviations the brochures define ("Long Form (ABK)"), by brochure, looked up both ways.
CREATE TABLE IF NOT EXISTS abbreviations(
    seq INTEGER NOT NULL,
    short TEXT NOT NULL,
    long TEXT NOT NULL,
    short_key TEXT NOT NULL,
    long_key TEXT NOT NULL,
    PRIMARY KEY(seq, short_key, long_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS abbreviations_short ON abbreviations(short_key);
CREATE INDEX IF NOT EXISTS abbreviations_long ON abbreviations(long_key);
-- How many pages each brochure has indexed: kept on write, so that a query never counts them.
CREATE TABLE IF NOT EXISTS brochure_pages(seq INTEGER PRIMARY KEY, pages INTEGER NOT NULL);
-- Each brochure's text fingerprint (editions/fingerprint.py): a sketch of 32-bit sentence hashes.
CREATE TABLE IF NOT EXISTS fingerprints(seq INTEGER PRIMARY KEY, sketch BLOB NOT NULL);
-- What each metadata row was made from (record_stamp): a catalog changed elsewhere (another
-- machine, a sync) is brought in row by row, not by a rebuild.
CREATE TABLE IF NOT EXISTS record_stamps(ref TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records(
    rowid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL UNIQUE,
    brochure_id TEXT NOT NULL,
    year INTEGER,
    page INTEGER  -- an example's first page
);
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
    {", ".join(RECORD_COLUMNS)}, tokenize="{TOKENIZER}"
);
{common_counts.SCHEMA}"""


def brochure_values(brochure: Brochure) -> dict[str, str]:
    """What a brochure's metadata row holds, by column."""
    return {
        "title": f"{brochure.title}\n{brochure.subtitle}",
        "publisher": brochure.publisher,
        "tags": "\n".join(brochure.tags),
        "other": f"{brochure.original_filename}\n{brochure.notes}",
        "source": f"{brochure.source_url}\n{brochure.referrer_url}",
    }


def example_values(example: Example) -> dict[str, str]:
    return {
        "title": example.title,
        "org": example.organisation,
        "region": example.region,
        "sector": example.sector,
        "fields": "\n".join(example.fields_of_action),
        "tags": "\n".join(example.tags),
        "other": "\n".join((example.summary, example.excerpt, example.notes, example.url)),
    }


def note_values(note: Note) -> dict[str, str]:
    return {"title": note.quote, "other": note.text}


def record_stamp(
    kind: str, brochure_id: str, year: int | None, values: dict[str, str], page: int | None
) -> str:
    raw = json_dumps([kind, brochure_id, year, page, values], sort_keys=True)
    try:
        from _blake2 import blake2b  # CPython's own: no OpenSSL import (5 ms) for a stamp
    except ImportError:
        from hashlib import blake2b
    return blake2b(raw, digest_size=12).hexdigest()


class IndexUnusableError(BrochureDeskError):
    """The index is missing, corrupt or from another version: rebuild it."""

    key = "index_unusable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


def _is_storage_failure(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(part in text for part in ("disk is full", "disk i/o", "unable to open", "readonly"))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read without writing anything; on a read-only medium SQLite cannot create the WAL's
    shared-memory file, so the database is then opened as immutable."""
    uri = path.resolve().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        db.close()
        if os.access(path.parent, os.W_OK):
            raise
        db = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
    return db


def _disk_full(path: Path) -> bool:
    """SQLite reports a full disk as an I/O error when it cannot map its shared memory."""
    try:
        import shutil

        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


class SearchIndex:
    """Owns index.sqlite: schema, writes in transactions, and the raw FTS queries."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._by_id: dict[str, int] | None = None
        self._ids: dict[int, str] = {}
        self._pages: int | None = None
        self._sizes: dict[int, int] | None = None
        self._known_words: set[str] = set()  # tokens in the vocabulary table already
        self._new_words: dict[str, str] = {}  # token → surface, written before a commit
        if read_only:
            if not path.exists():
                raise IndexUnusableError("missing")
            self.db = _connect_read_only(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)  # this machine's cache folder
            self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA busy_timeout = 5000")
        try:
            if not read_only:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.db.executescript(_SCHEMA)
            version = self.db.execute("SELECT value FROM info WHERE key='version'").fetchone()
            if version is None and not read_only:
                # A new index is incomplete until a rebuild (or an empty library) says otherwise.
                self.db.execute("INSERT INTO info VALUES('version', ?)", (INDEX_VERSION,))
                self.db.execute("INSERT INTO info VALUES('complete', '0')")
                self.db.execute("INSERT INTO info VALUES('abbreviations', '1')")
                self.db.execute("INSERT INTO info VALUES('brochure_pages', '1')")
                self.db.execute("INSERT INTO info VALUES('fingerprints', '1')")
                self.db.commit()
            elif version is None or version[0] != INDEX_VERSION:
                raise IndexUnusableError("outdated")
            elif self._info("complete") == "0":
                raise IndexUnusableError("incomplete")
            if not read_only and self._info("brochure_pages") != "1":
                self._count_brochure_pages()
            if not read_only and self._info("fingerprints") != "1":
                self._take_fingerprints()
            self.db.execute(
                "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'zzqxjv'"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            self.db.close()
            if _is_storage_failure(exc):  # a full disk or a read-only folder: not a bad index
                full = "full" in str(exc) or _disk_full(path)
                raise StorageWriteError(
                    "disk_full" if full else "write_failed", path=str(path), reason=str(exc)
                ) from exc
            raise IndexUnusableError(str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise IndexUnusableError(str(exc)) from exc
        except IndexUnusableError:
            self.db.close()
            raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.commit()
        self.db.close()

    # -- writes -----------------------------------------------------------------------------
    def add_brochure(
        self,
        brochure: Brochure,
        pages: Sequence[str],
        texts: Sequence[str] | None = None,
        words: Mapping[str, str] | None = None,
        abbreviations: Iterable[tuple[str, str]] | None = None,
        sketch: Sequence[int] | None = None,
    ) -> None:
        """Index a brochure's pages and metadata, replacing what was there for it.

        `texts` are the pages as index_texts() made them, `words` their vocabulary (or the
        part of it not handed over before), `abbreviations` the pairs they define and `sketch`
        their fingerprint (editions/fingerprint.py), all worked out here when not given."""
        self.remove(brochure.id)
        self._pages = self._sizes = None
        if texts is None or len(texts) != len(pages):
            texts = index_texts(list(pages))
            words = None
        self.add_words(vocabulary(list(texts)) if words is None else words)
        base = self._seq(brochure.id) << PAGE_BITS
        rows = [
            (base | number, page, text)
            for number, (page, text) in enumerate(zip(pages, texts, strict=True), 1)
            if page and number <= PAGE_MASK
        ]
        self.db.executemany("INSERT INTO pages(rowid, text) VALUES(?,?)", [r[:2] for r in rows])
        self.db.execute(
            "INSERT OR REPLACE INTO brochure_pages VALUES(?,?)", (base >> PAGE_BITS, len(rows))
        )
        if abbreviations is None:
            abbreviations = set().union(*map(learn, pages))
        self._add_abbreviations(base >> PAGE_BITS, abbreviations)
        if sketch is None:
            from brochuredesk.core.editions.fingerprint import fingerprint

            sketch = fingerprint(pages)
        self._set_sketch(base >> PAGE_BITS, sketch)
        self.db.executemany(
            "INSERT INTO pages_fts(rowid, body) VALUES(?,?)", [(r[0], r[2]) for r in rows]
        )
        self._set_brochure_record(brochure)

    def add_words(self, words: Mapping[str, str]) -> None:
        """Add words of indexed texts to the vocabulary: token → surface form, as
        normalize.vocabulary gives them."""
        self._new_words.update(words)

    def _write_words(self) -> None:
        """Write the words added since the last commit. Those whose token is their surface
        form (nearly all) go in as one JSON array: a statement per word costs twice as
        much."""
        words, self._new_words = self._new_words, {}
        new = words.keys() - self._known_words
        if new:
            same = [token[::-1] for token in new if words[token] == token]
            try:
                self.db.execute(
                    "INSERT OR IGNORE INTO vocabulary SELECT value, '' FROM json_each(?)",
                    (json_dumps(same).decode(),),
                )
            except sqlite3.OperationalError as exc:  # an SQLite built without JSON
                if "json_each" not in str(exc):
                    raise
                rows = [(word,) for word in same]
                self.db.executemany("INSERT OR IGNORE INTO vocabulary VALUES(?, '')", rows)
            self.db.executemany(
                "INSERT OR IGNORE INTO vocabulary VALUES(?, ?)",
                [(words[t][::-1], t) for t in new if words[t] != t],
            )
            if len(self._known_words) > 1_000_000:
                self._known_words.clear()
            self._known_words |= new

    def tokens(self, forms: Iterable[str]) -> list[tuple[str, str]]:
        """(surface form, FTS5 token) of the words the indexed texts contain whose surface
        form is one of `forms`, in the order of `forms`."""
        self._write_words()
        wanted = list(dict.fromkeys(forms))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"SELECT reversed, token FROM vocabulary WHERE reversed IN ({marks})",  # noqa: S608
            [w[::-1] for w in wanted],
        )
        found: dict[str, list[str]] = {}
        for backwards, token in rows:
            form = backwards[::-1]
            found.setdefault(form, []).append(token or form)
        return [(form, token) for form in wanted for token in found.get(form, [])]

    def words_ending(self, endings: Iterable[str], limit: int = MAX_TAIL_WORDS) -> list[str]:
        """FTS5 tokens of words whose surface form ends with one of `endings` and that are
        compounds, at least MIN_COMPOUND letters and two more than the ending: at most
        `limit`, shortest endings first."""
        self._write_words()
        found: dict[str, None] = {}
        for ending in sorted(set(endings), key=len):
            backwards = ending[::-1]
            rows = self.db.execute(
                "SELECT reversed, token FROM vocabulary WHERE reversed > ? AND reversed < ? "
                "AND length(reversed) >= ? LIMIT ?",
                (
                    backwards,
                    backwards + "\U0010ffff",
                    max(MIN_COMPOUND, len(ending) + 2),
                    limit - len(found),
                ),
            )
            found.update((token or word[::-1], None) for word, token in rows)
            if len(found) >= limit:
                break
        return list(found)

    def words_near(self, prefix: str, suffix: str, shortest: int, longest: int) -> set[str]:
        """Indexed words (FTS5 tokens) that start with `prefix` or end with `suffix`, of
        `shortest`..`longest` letters: the candidates of a spelling correction, found by two
        range scans."""
        self._write_words()
        self._page_terms()
        found = {
            str(term)
            for (term,) in self.db.execute(
                "SELECT term FROM temp.page_terms WHERE term >= ? AND term < ? "
                "AND length(term) BETWEEN ? AND ?",
                (prefix, prefix + "\U0010ffff", shortest, longest),
            )
        }
        backwards = suffix[::-1]
        rows = self.db.execute(
            "SELECT reversed, token FROM vocabulary WHERE reversed >= ? AND reversed < ? "
            "AND length(reversed) BETWEEN ? AND ?",
            (backwards, backwards + "\U0010ffff", shortest, longest),
        )
        found.update(token or word[::-1] for word, token in rows)
        return found

    def page_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many pages hold each of `terms` (FTS5 tokens); absent ones are left out."""
        self._page_terms()
        marks = ",".join("?" * len(terms))
        rows = self.db.execute(
            f"SELECT term, doc FROM temp.page_terms WHERE term IN ({marks})",  # noqa: S608
            list(terms),
        )
        return {str(term): int(doc) for term, doc in rows}

    def _page_terms(self) -> None:
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_terms "
            "USING fts5vocab(main, pages_fts, row)"
        )

    def _seq(self, brochure_id: str) -> int:
        """The brochure's number in this index (the high bits of its pages' rowids)."""
        seq = self._seqs().get(brochure_id)
        if seq is None:
            seq = self.db.execute(
                "INSERT INTO brochures(brochure_id) VALUES(?)", (brochure_id,)
            ).lastrowid
            assert seq is not None
            self._seqs()[brochure_id] = seq
            self._ids[seq] = brochure_id
        return seq

    def _seqs(self) -> dict[str, int]:
        if self._by_id is None:
            self._by_id = dict(self.db.execute("SELECT brochure_id, seq FROM brochures"))
            self._ids = {seq: bid for bid, seq in self._by_id.items()}
        return self._by_id

    def _set_brochure_record(self, brochure: Brochure) -> None:
        """The searchable metadata of a brochure: title, publisher, tags, file name, notes."""
        self.set_record(
            "brochure", brochure.id, brochure.id, brochure.year, brochure_values(brochure)
        )

    def set_record(
        self,
        kind: str,
        ref: str,
        brochure_id: str,
        year: int | None,
        values: dict[str, str],
        page: int | None = None,
    ) -> None:
        """Insert or replace the metadata row of a brochure or an example."""
        self._remove_record(ref)
        self.db.execute(
            "INSERT OR REPLACE INTO record_stamps VALUES(?,?)",
            (ref, record_stamp(kind, brochure_id, year, values, page)),
        )
        cursor = self.db.execute(
            "INSERT INTO records(kind, ref, brochure_id, year, page) VALUES(?,?,?,?,?)",
            (kind, ref, brochure_id, year, page),
        )
        columns = [index_text(values.get(name, "")) for name in RECORD_COLUMNS]
        self.add_words(vocabulary(columns))
        self.db.execute(
            f"INSERT INTO records_fts(rowid, {', '.join(RECORD_COLUMNS)}) "
            f"VALUES(?{', ?' * len(RECORD_COLUMNS)})",
            (cursor.lastrowid, *columns),
        )

    def set_example(self, example: Example, year: int | None) -> None:
        """Make a good-practice example searchable by its fields, summary and excerpt."""
        self.set_record(
            "example", example.id, example.brochure_id, year, example_values(example),
            page=example.first_page,
        )  # fmt: skip
        self.commit()

    def set_note(self, note: Note, year: int | None) -> None:
        """Make a note of one's own searchable by its text and the words it highlights."""
        self.set_record("note", note.id, note.brochure_id, year, note_values(note), page=note.page)
        self.commit()

    def remove_record(self, ref: str) -> None:
        self._remove_record(ref)
        self.commit()

    def example_pages(self, refs: Iterable[str]) -> dict[str, int]:
        """example (or note) id → its first page."""
        wanted = list(refs)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"SELECT ref, page FROM records WHERE kind!='brochure' AND ref IN ({marks})",  # noqa: S608
            wanted,
        )
        return {ref: int(page or 1) for ref, page in rows}

    def set_brochure_record(self, brochure: Brochure) -> None:
        """The metadata row of a brochure, without committing (a batch commits once)."""
        self._set_brochure_record(brochure)

    def info(self, key: str) -> str | None:
        return self._info(key)

    def set_info(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO info VALUES(?,?)", (key, value))

    def update_brochure_metadata(self, brochure: Brochure) -> None:
        """After an edit of title, publisher, tags…: the pages stay as they are."""
        self._set_brochure_record(brochure)
        self.commit()

    def remove(self, brochure_id: str) -> None:
        seq = self._seqs().get(brochure_id)
        if seq is not None:
            low, high = seq << PAGE_BITS, (seq << PAGE_BITS) | PAGE_MASK
            self.db.execute("DELETE FROM pages_fts WHERE rowid BETWEEN ? AND ?", (low, high))
            self.db.execute("DELETE FROM pages WHERE rowid BETWEEN ? AND ?", (low, high))
            self.db.execute("DELETE FROM abbreviations WHERE seq=?", (seq,))
            self.db.execute("DELETE FROM brochure_pages WHERE seq=?", (seq,))
            self.db.execute("DELETE FROM fingerprints WHERE seq=?", (seq,))
            self._pages = self._sizes = None
        self._remove_record(brochure_id)

    def _remove_record(self, ref: str) -> None:
        self.db.execute("DELETE FROM record_stamps WHERE ref=?", (ref,))
        row = self.db.execute("SELECT rowid FROM records WHERE ref=?", (ref,)).fetchone()
        if row:
            self.db.execute("DELETE FROM records_fts WHERE rowid=?", row)
            self.db.execute("DELETE FROM records WHERE rowid=?", row)

    def commit(self) -> None:
        try:
            self._write_words()
            common_counts.refresh(self.db, PAGE_BITS)
            self.db.commit()
        except sqlite3.Error:
            self._known_words.clear()  # what was not committed may be rolled back
            raise

    def _add_abbreviations(self, seq: int, pairs: Iterable[tuple[str, str]]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO abbreviations VALUES(?,?,?,?,?)",
            [(seq, s, long, abbreviation_key(s), abbreviation_key(long)) for s, long in pairs],
        )

    def abbreviations_for(self, key: str) -> list[tuple[str, str]]:
        """(abbreviation, long form) pairs the brochures define whose either side is `key`
        (an abbreviation_key); none from an index made before they were kept."""
        try:
            rows = self.db.execute(
                "SELECT DISTINCT short, long FROM abbreviations WHERE short_key=? "
                "UNION SELECT DISTINCT short, long FROM abbreviations WHERE long_key=?",
                (key, key),
            ).fetchall()
        except sqlite3.OperationalError:  # a read-only index of an older version
            return []
        return [(str(s), str(long)) for s, long in rows]

    def learn_abbreviations(self) -> int:
        """Learn the pairs of the pages indexed before abbreviations were kept (once)."""
        if self.read_only or self._info("abbreviations") == "1":
            return 0
        found = 0
        for rowid, text in self.db.execute("SELECT rowid, text FROM pages").fetchall():
            pairs = learn(text)
            if pairs:
                self._add_abbreviations(rowid >> PAGE_BITS, pairs)
                found += len(pairs)
        self.db.execute("INSERT OR REPLACE INTO info VALUES('abbreviations', '1')")
        self.db.commit()
        return found

    def _info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM info WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_complete(self, complete: bool) -> None:
        """Mark whether the index holds every brochure: a rebuild clears the mark first and
        sets it last, so one that was killed or failed is redone on the next open."""
        self.db.execute(
            "INSERT OR REPLACE INTO info VALUES('complete', ?)", ("1" if complete else "0",)
        )
        self.db.commit()

    def clear(self) -> None:
        self._by_id, self._ids = None, {}
        self._pages = self._sizes = None
        self._known_words.clear()
        self._new_words.clear()
        tables = (
            "brochures", "pages", "pages_fts", "records", "records_fts", "vocabulary",
            "abbreviations", "brochure_pages", "fingerprints", "record_stamps",
            *common_counts.TABLES,
        )  # fmt: skip
        for table in tables:
            self.db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        self.db.commit()

    def _set_sketch(self, seq: int, sketch: Sequence[int]) -> None:
        if sketch:
            blob = array("I", sketch).tobytes()
            self.db.execute("INSERT OR REPLACE INTO fingerprints VALUES(?,?)", (seq, blob))

    def _take_fingerprints(self) -> None:
        """An index from before fingerprints: take them from the page texts it holds."""
        from brochuredesk.core.editions.fingerprint import fingerprint

        for (seq,) in self.db.execute("SELECT seq FROM brochures").fetchall():
            low = seq << PAGE_BITS
            rows = self.db.execute(
                "SELECT text FROM pages WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                (low, low | PAGE_MASK),
            )
            self._set_sketch(seq, fingerprint([text for (text,) in rows]))
        self.db.execute("INSERT OR REPLACE INTO info VALUES('fingerprints', '1')")
        self.db.commit()

    def record_stamps(self) -> dict[str, str]:
        """ref → the stamp of what its metadata row was made from."""
        try:
            return dict(self.db.execute("SELECT ref, stamp FROM record_stamps").fetchall())
        except sqlite3.OperationalError:  # a read-only index from before stamps
            return {}

    def brochures_with_pages(self) -> set[str]:
        """Brochures whose pages are indexed (their page count kept on write)."""
        rows = self.db.execute(
            "SELECT b.brochure_id FROM brochure_pages p JOIN brochures b USING(seq)"
        )
        return {brochure_id for (brochure_id,) in rows}

    def sketches(self) -> dict[str, list[int]]:
        """brochure id → its text fingerprint, for every brochure that has one."""
        try:
            rows = self.db.execute(
                "SELECT b.brochure_id, f.sketch FROM fingerprints f JOIN brochures b USING(seq)"
            ).fetchall()
        except sqlite3.OperationalError:  # a read-only index from before fingerprints
            return {}
        return {brochure_id: array("I", blob).tolist() for brochure_id, blob in rows}

    # -- reads ------------------------------------------------------------------------------
    def indexed_brochures(self) -> dict[str, int]:
        """brochure id → number of indexed pages (for `check`)."""
        counts: dict[str, int] = {}
        for (rowid,) in self.db.execute("SELECT rowid FROM pages"):
            brochure_id = self.brochure_of(rowid)
            counts[brochure_id] = counts.get(brochure_id, 0) + 1
        for (ref,) in self.db.execute("SELECT ref FROM records WHERE kind='brochure'"):
            counts.setdefault(ref, 0)
        return counts

    def brochure_of(self, rowid: int) -> str:
        self._seqs()
        return self._ids.get(rowid >> PAGE_BITS, "")

    def count_pages(self, expression: str, up_to: int | None = None) -> int:
        """How many pages match, counted only `up_to` (a common word's pages are many: its
        first thousands are enough to choose how to rank)."""
        limit = -1 if up_to is None else up_to  # SQLite: a negative limit is none
        row = self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM pages_fts WHERE pages_fts MATCH ? LIMIT ?)",
            (expression, limit),
        ).fetchone()
        return int(row[0])

    def page_count(self) -> int:
        if self._pages is None:
            self._pages = sum(self._brochure_sizes().values())
        return self._pages

    def is_empty(self) -> bool:
        """No page and no record: cheap, whatever the size of the index."""
        return (
            self.db.execute("SELECT 1 FROM pages LIMIT 1").fetchone() is None
            and self.db.execute("SELECT 1 FROM records LIMIT 1").fetchone() is None
        )

    def page_hits(self, expression: str, limit: int) -> list[tuple[str, int, float]]:
        """(brochure id, page, score) of pages matching an FTS5 expression, best first."""
        rows = self.db.execute(
            "SELECT rowid, -rank FROM pages_fts WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit),
        )
        self._seqs()
        ids = self._ids
        return [(ids.get(r >> PAGE_BITS, ""), r & PAGE_MASK, float(s)) for r, s in rows]

    def brochures_matching(self, expression: str) -> set[str]:
        """Every brochure with a page that matches (unranked)."""
        rows = self.db.execute(
            f"SELECT DISTINCT rowid >> {PAGE_BITS} FROM pages_fts WHERE pages_fts MATCH ?",  # noqa: S608
            (expression,),
        )
        seqs = {seq for (seq,) in rows}
        self._seqs()
        return {self._ids[seq] for seq in seqs if seq in self._ids}

    def match_counts(self, expression: str) -> dict[str, tuple[int, int, int]]:
        """brochure id → (matching pages, all its pages, first matching page), counted inside
        SQLite: cheap even when most pages match."""
        rows = common_counts.kept(self.db, expression, not self.read_only, PAGE_BITS)
        sizes = self._brochure_sizes()
        self._seqs()
        return {
            self._ids[seq]: (int(count), sizes.get(seq, int(count)), int(first) & PAGE_MASK)
            for seq, count, first in rows
            if seq in self._ids
        }

    def _brochure_sizes(self) -> dict[int, int]:
        if self._sizes is None:
            try:
                rows = self.db.execute("SELECT seq, pages FROM brochure_pages").fetchall()
                if not rows and self._info("brochure_pages") != "1":
                    raise sqlite3.OperationalError("not counted yet")
            except sqlite3.OperationalError:  # a read-only index of an older version
                rows = self.db.execute(
                    f"SELECT rowid >> {PAGE_BITS}, count(*) FROM pages GROUP BY 1"  # noqa: S608
                ).fetchall()
            self._sizes = {int(seq): int(pages) for seq, pages in rows}
        return self._sizes

    def _count_brochure_pages(self) -> None:
        """Fill brochure_pages for an index made before it was kept (once)."""
        self.db.execute("DELETE FROM brochure_pages")
        self.db.execute(
            f"INSERT INTO brochure_pages SELECT rowid >> {PAGE_BITS}, count(*) FROM pages GROUP BY 1"  # noqa: S608
        )
        self.db.execute("INSERT OR REPLACE INTO info VALUES('brochure_pages', '1')")
        self.db.commit()

    def first_pages(self, expression: str, brochure_id: str, limit: int) -> list[int]:
        """The first pages of one brochure that match, in page order (no ranking)."""
        seq = self._seqs().get(brochure_id)
        if seq is None:
            return []
        rows = self.db.execute(
            "SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid LIMIT ?",
            (expression, seq << PAGE_BITS, (seq << PAGE_BITS) | PAGE_MASK, limit),
        )
        return [r & PAGE_MASK for (r,) in rows]

    def record_hits(self, expression: str) -> Iterator[tuple[str, str, str, float]]:
        """(kind, ref, brochure id, score) of records matching an FTS5 expression."""
        weights = ", ".join(
            str(w) for w in (10.0, 4.0, 4.0, 6.0, 3.0, 3.0, 3.0, 1.0, 1.0)[: len(RECORD_COLUMNS)]
        )
        rows = self.db.execute(
            f"SELECT r.kind, r.ref, r.brochure_id, -bm25(records_fts, {weights}) "  # noqa: S608
            "FROM records_fts f JOIN records r ON r.rowid = f.rowid "
            "WHERE records_fts MATCH ?",
            (expression,),
        )
        for kind, ref, brochure_id, score in rows:
            yield kind, ref, brochure_id, float(score)

    def records_in_years(self, low: int, high: int) -> dict[str, tuple[str, str]]:
        """ref → (kind, brochure id) of records dated within the years."""
        rows = self.db.execute(
            "SELECT ref, kind, brochure_id FROM records WHERE year BETWEEN ? AND ?", (low, high)
        )
        return {ref: (kind, brochure_id) for ref, kind, brochure_id in rows}

    def records_of_kind(self, kind: str) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("SELECT ref, kind, brochure_id FROM records WHERE kind=?", (kind,))
        return {ref: (k, brochure_id) for ref, k, brochure_id in rows}

    def page_texts(self, brochure_id: str, pages: Iterable[int]) -> dict[int, str]:
        seq = self._seqs().get(brochure_id)
        wanted = sorted(set(pages))
        if seq is None or not wanted:
            return {}
        rowids = [(seq << PAGE_BITS) | page for page in wanted]
        marks = ",".join("?" * len(rowids))
        rows = self.db.execute(
            f"SELECT rowid, text FROM pages WHERE rowid IN ({marks})",  # noqa: S608
            rowids,
        )
        return {int(r) & PAGE_MASK: t for r, t in rows}
