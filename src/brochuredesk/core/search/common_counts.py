"""Per-brochure page counts of the very common words people search for ('und', 'Region').

A query for a word on most pages ranks brochures by how many of their pages have it. Counting
that reads the word's whole page list (120 000 entries at 3 000 brochures: 28 ms, the largest
part of such a search). The counts are therefore taken once per word and kept in the index:
the next query reads one row per brochure. They stay right because every change of a
brochure's pages marks it in `common_stale` — by a trigger on `brochure_pages`, which every
writer of the index maintains, whatever its version — and the kept counts of marked
brochures are taken again before the next commit or the next read.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS common_terms(
    expression TEXT PRIMARY KEY,
    counted INTEGER NOT NULL  -- order of counting: the oldest go first beyond KEPT
);
CREATE TABLE IF NOT EXISTS common_counts(
    expression TEXT NOT NULL,
    seq INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    first INTEGER NOT NULL,  -- rowid of the first matching page
    PRIMARY KEY(expression, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS common_stale(seq INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS common_pages_added AFTER INSERT ON brochure_pages BEGIN
    INSERT OR IGNORE INTO common_stale VALUES(NEW.seq);
END;
CREATE TRIGGER IF NOT EXISTS common_pages_removed AFTER DELETE ON brochure_pages BEGIN
    DELETE FROM common_counts WHERE seq = OLD.seq;
END;
"""
TABLES = ("common_terms", "common_counts", "common_stale")
KEPT = 64  # words whose counts are kept (a few MB at 3 000 brochures)

Row = tuple[int, int, int]  # brochure seq, matching pages, rowid of the first


def count(db: sqlite3.Connection, expression: str, page_bits: int) -> list[Row]:
    """The counts, taken from the word's page list (the slow way)."""
    rows = db.execute(
        f"SELECT rowid >> {page_bits}, count(*), min(rowid) FROM pages_fts "  # noqa: S608
        "WHERE pages_fts MATCH ? GROUP BY 1",
        (expression,),
    )
    return [(int(seq), int(pages), int(first)) for seq, pages, first in rows]


def kept(db: sqlite3.Connection, expression: str, writable: bool, page_bits: int) -> list[Row]:
    """The counts for `expression`: kept ones when there are, else counted (and kept when
    the index is writable and no write of others is pending)."""
    free = writable and not db.in_transaction
    try:
        stale = db.execute("SELECT 1 FROM common_stale LIMIT 1").fetchone() is not None
        if stale and free:
            refresh(db, page_bits)
            db.commit()
            stale = False
        known = db.execute("SELECT 1 FROM common_terms WHERE expression=?", (expression,))
        if not stale and known.fetchone():
            rows = db.execute(
                "SELECT seq, pages, first FROM common_counts WHERE expression=?", (expression,)
            )
            return [(int(seq), int(pages), int(first)) for seq, pages, first in rows]
    except sqlite3.OperationalError:  # a read-only index from before the counts were kept
        return count(db, expression, page_bits)
    found = count(db, expression, page_bits)
    if free:
        _keep(db, expression, found)
        db.commit()
    return found


def _keep(db: sqlite3.Connection, expression: str, rows: list[Row]) -> None:
    db.execute(
        "INSERT OR REPLACE INTO common_terms "
        "SELECT ?, coalesce(max(counted), 0) + 1 FROM common_terms",
        (expression,),
    )
    db.execute("DELETE FROM common_counts WHERE expression=?", (expression,))
    db.executemany(
        "INSERT INTO common_counts VALUES(?,?,?,?)", [(expression, *row) for row in rows]
    )
    old = db.execute(
        "SELECT expression FROM common_terms ORDER BY counted DESC LIMIT -1 OFFSET ?", (KEPT,)
    ).fetchall()
    for (gone,) in old:
        db.execute("DELETE FROM common_terms WHERE expression=?", (gone,))
        db.execute("DELETE FROM common_counts WHERE expression=?", (gone,))


def refresh(db: sqlite3.Connection, page_bits: int) -> None:
    """Take the kept counts of the brochures whose pages changed again (in the caller's
    transaction): one pass per kept word over the changed brochures' span of pages."""
    stale = [int(seq) for (seq,) in db.execute("SELECT seq FROM common_stale")]
    if not stale:
        return
    low, high = min(stale) << page_bits, ((max(stale) + 1) << page_bits) - 1
    marks = ",".join("?" * len(stale)) if len(stale) < 500 else None
    for (expression,) in db.execute("SELECT expression FROM common_terms").fetchall():
        if marks:
            db.execute(
                f"DELETE FROM common_counts WHERE expression=? AND seq IN ({marks})",  # noqa: S608
                (expression, *stale),
            )
        else:
            db.execute(
                "DELETE FROM common_counts WHERE expression=? AND seq BETWEEN ? AND ?",
                (expression, min(stale), max(stale)),
            )
        db.execute(
            f"INSERT OR REPLACE INTO common_counts SELECT ?, rowid >> {page_bits}, count(*), "  # noqa: S608
            "min(rowid) FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ? "
            "GROUP BY 2",
            (expression, expression, low, high),
        )
    db.execute("DELETE FROM common_stale")
