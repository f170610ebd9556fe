"""A very common word's per-brochure counts are kept in the index after its first search and
stay right through every later change of pages — also changes made by a writer that does not
know them (an older version of the app)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from test_team_sync import brochure

from brochuredesk.core.search import common_counts, engine
from brochuredesk.core.search.index import PAGE_BITS, SearchIndex

WORDS = [
    "Förderung",
    "Region",
    "Netzwerk",
    "Mittelstand",
    "Innovation",
    "Forschung",
    "Betrieb",
    "Projekt",
]


def pages(number: int, count: int = 30) -> list[str]:
    rng = random.Random(number)
    made = []
    for _ in range(count):
        words = rng.sample(WORDS, 4)
        if rng.random() < 0.8:
            words.insert(2, "und")
        made.append(" ".join(words))
    return made


def truth(index: SearchIndex, expression: str) -> dict[str, tuple[int, int, int]]:
    rows = common_counts.count(index.db, expression, PAGE_BITS)
    sizes = index._brochure_sizes()
    return {
        index.brochure_of(seq << PAGE_BITS): (n, sizes[seq], first & ((1 << PAGE_BITS) - 1))
        for seq, n, first in rows
    }


def kept_terms(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {e for (e,) in db.execute("SELECT expression FROM common_terms")}


def test_counts_kept_after_the_first_search_and_right_after_every_change(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    index = SearchIndex(path)
    for n in range(100):  # 3 000 pages: "und" is on most of them, past the ranking threshold
        index.add_brochure(brochure(n), pages(n))
    index.commit()
    index.set_complete(True)
    first = engine.run(index, "und", limit=10)
    assert first.total == 100 and '("und")' in kept_terms(path)
    assert index.match_counts('("und")') == truth(index, '("und")')
    again = engine.run(index, "und", limit=10)  # from the kept counts
    assert [r.id for r in again.results] == [r.id for r in first.results]
    assert [[h.page for h in r.hits] for r in again.results] == [
        [h.page for h in r.hits] for r in first.results
    ]

    # A brochure added, one removed, one re-indexed with other pages: counts follow.
    index.add_brochure(brochure(100), pages(100, 60))
    index.remove(brochure(3).id)
    index.add_brochure(brochure(5), ["Region ohne das Wort"] * 10 + pages(55, 5))
    index.commit()
    assert index.match_counts('("und")') == truth(index, '("und")')
    counts = index.match_counts('("und")')
    assert brochure(3).id not in counts and counts[brochure(5).id][2] > 10
    assert engine.run(index, "und", limit=10).total == 100
    index.close()

    # An older writer that knows nothing of the kept counts removes and adds pages directly.
    with sqlite3.connect(path) as db:
        seq = db.execute(
            "SELECT seq FROM brochures WHERE brochure_id=?", (brochure(7).id,)
        ).fetchone()[0]
        low = seq << PAGE_BITS
        db.execute("DELETE FROM pages_fts WHERE rowid BETWEEN ? AND ?", (low, low + 65535))
        db.execute("DELETE FROM pages WHERE rowid BETWEEN ? AND ?", (low, low + 65535))
        db.execute("DELETE FROM brochure_pages WHERE seq=?", (seq,))
        db.execute("INSERT INTO pages_fts(rowid, body) VALUES(?, 'und und und')", (low | 1,))
        db.execute("INSERT INTO pages(rowid, text) VALUES(?, 'und und und')", (low | 1,))
        db.execute("INSERT INTO brochure_pages VALUES(?, 1)", (seq,))
    reopened = SearchIndex(path, read_only=True)  # a read-only reader counts itself
    assert reopened.match_counts('("und")') == truth(reopened, '("und")')
    assert reopened.match_counts('("und")')[brochure(7).id] == (1, 1, 1)
    reopened.close()
    writer = SearchIndex(path)
    assert writer.match_counts('("und")') == truth(writer, '("und")')
    writer.close()


def test_only_the_newest_words_counts_are_kept(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index.sqlite")
    for n in range(3):
        index.add_brochure(brochure(n), pages(n))
    index.commit()
    words = [f'"{w.lower()}"' for w in WORDS] * 10
    for number, word in enumerate(words[: common_counts.KEPT + 5]):
        index.match_counts(f"{word} OR w{number}")
    kept = kept_terms(index.path)
    assert len(kept) == common_counts.KEPT
    assert f"{words[common_counts.KEPT + 4]} OR w{common_counts.KEPT + 4}" in kept
    assert f"{words[0]} OR w0" not in kept
    with sqlite3.connect(index.path) as db:
        orphans = db.execute(
            "SELECT count(*) FROM common_counts WHERE expression NOT IN "
            "(SELECT expression FROM common_terms)"
        ).fetchone()[0]
    assert orphans == 0
    index.close()
