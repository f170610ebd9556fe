"""Did you mean …? The closest words of the index's own vocabulary to a word that finds nothing.

Candidates are the indexed words that share the typed word's first or last three letters (four
or five for long words): two range scans, a few thousand words even in a vocabulary of a
million. rapidfuzz measures
the optimal-string-alignment distance (a swap of two letters is one edit), in the spelling
search already folds (Fachkräfte, fachkraefte and fachkrafte are one word). The allowed distance
grows with the word: none below five letters (`und` never becomes `uns`), one up to eight, two
beyond. Among equally close words a slip to a neighbouring key on a German keyboard wins, then
the word more pages hold.

The distance is our own few lines (`osa_distance`): a band of the table two edits wide, given
up as soon as a row is past the limit. rapidfuzz did it in C, but a correction is looked for
only when a word finds nothing, among a few thousand candidates (3 ms here), and its 6 MB of
compiled code were the price of the CSL processor in the installer (docs/performance.md).
"""

from __future__ import annotations

import re

from brochuredesk.core.search.engine import SearchOutcome, item_expression
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.query import parse
from brochuredesk.core.text.normalize import inflections, stem, surface

MIN_LENGTH = 5
_KEYBOARD = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _row_no, _row in enumerate(_KEYBOARD):
    for _col, _key in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_key, set())
        for _r in (_row_no - 1, _row_no, _row_no + 1):
            if 0 <= _r < len(_KEYBOARD):
                for _c in (_col - 1, _col, _col + 1):
                    if 0 <= _c < len(_KEYBOARD[_r]) and (_r, _c) != (_row_no, _col):
                        near.add(_KEYBOARD[_r][_c])


def max_distance(word: str) -> int:
    return 0 if len(word) < MIN_LENGTH else 1 if len(word) <= 8 else 2


def correction(index: SearchIndex, word: str) -> str | None:
    """The indexed word closest to `word`, or None when none is close enough."""
    typed = surface(word)
    limit = max_distance(typed)
    if not limit or not typed.isalpha():
        return None
    # the longer the word, the longer the start and end a candidate must share: a few
    # thousand candidates even where a million words end in -ung
    edge = 3 if len(typed) <= 9 else 4 if len(typed) <= 13 else 5
    candidates = index.words_near(
        typed[:edge], typed[-edge:], len(typed) - limit, len(typed) + limit
    )
    candidates.discard(typed)
    close = [
        (found, distance)
        for found in candidates
        if (distance := osa_distance(typed, found, limit)) <= limit
    ]
    pages = index.page_frequencies([found for found, _ in close]) if close else {}
    if not pages:
        return None

    def preference(word: str) -> tuple[float, int]:
        distance = next(found[1] for found in close if found[0] == word)
        return (distance - 0.5 * _neighbour_slip(typed, word), -pages[word])

    return min(pages, key=preference)


def osa_distance(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance of a and b (insertions, deletions, substitutions
    and swaps of two neighbouring letters, each one edit), or limit + 1 once it is sure to be
    more than `limit`."""
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    start = 0  # a common start and end cost nothing (candidates share one or the other)
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return min(max(len(a), len(b)), over)
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [over] * len(b)
        low, high = max(1, i - limit), min(len(b), i + limit)
        for j in range(low, high + 1):
            cost = a[i - 1] != b[j - 1]
            best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if cost and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            row[j] = best
        if min(row[max(0, i - limit) : high + 1]) > limit:
            return over
        before, previous = previous, row
    return min(previous[len(b)], over)


_LINKS = ("", "s", "es", "n", "en", "e")  # Fugen: Nachwuchs|förderung, Arbeit|s|markt


def compound_parts(index: SearchIndex, word: str) -> str | None:
    """A compound the library never writes as one word, searched as its parts: for
    'Nachwuchsförderung' the pages with 'Nachwuchs' and 'Förderung' ('Förderung des
    wissenschaftlichen Nachwuchses'). Each part has four letters at least and stands in the
    library; of the ways to split, the one whose rarer part more pages hold."""
    typed = surface(word)
    if len(typed) < 2 * 4 or not typed.isalpha():
        return None

    def token(part: str) -> tuple[str, bool]:
        """The part's index token, and whether the library writes the part itself."""
        found = index.tokens([part, *inflections(stem(part))]) if len(part) >= 4 else []
        return (found[0][1], found[0][0] == part) if found else ("", False)

    # as typed where folding kept the length ('Förderung', not 'forderung')
    shown = word if len(word) == len(typed) else typed
    splits = []  # (head, tail, their tokens, written as such)
    for cut in range(4, len(typed) - 3):
        head, tail = typed[:cut], typed[cut:]
        tail_token, tail_itself = token(tail)
        if not tail_token:
            continue
        for link in _LINKS:
            part = head[: len(head) - len(link)] if link else head
            head_token, head_itself = token(part) if head.endswith(link) else ("", False)
            if head_token:
                splits.append((shown[: len(part)], shown[cut:], head_token, tail_token,
                               head_itself + tail_itself))  # fmt: skip
    if not splits:
        return None
    pages = index.page_frequencies(sorted({t for split in splits for t in split[2:4]}))
    # parts the library writes as such first ('Nachwuchs', 'Arbeit'), then the split whose
    # rarer part more pages hold
    head, tail, *_ = max(splits, key=lambda s: (s[4], min(pages.get(s[2], 0), pages.get(s[3], 0))))
    if word[:1].isupper():
        head = head[:1].upper() + head[1:]
    return f"{head} {tail[:1].upper() + tail[1:]}"


def _neighbour_slip(typed: str, candidate: str) -> bool:
    """One letter replaced by a key next to it ('Fachkrüfte' for 'Fachkräfte')."""
    if len(typed) != len(candidate):
        return False
    changed = [(a, b) for a, b in zip(typed, candidate, strict=True) if a != b]
    return len(changed) == 1 and changed[0][1] in _NEIGHBOURS.get(changed[0][0], set())


def corrected_query(index: SearchIndex, text: str) -> str:
    """`text` with each word that matches nothing replaced by its correction; '' when there
    is nothing to correct."""
    corrected = text
    for clause in parse(text).clauses:
        for item in clause:
            if item.prefix or item.is_phrase or item.column is not None:
                continue
            word = item.words[0]
            if index.tokens([surface(word), *inflections(stem(word))]):
                continue  # the word stands in the library: the other words found nothing
            expression = item_expression(item, index, compound=True)
            if index.count_pages(expression, up_to=1) or any(index.record_hits(expression)):
                continue
            better = correction(index, word) or compound_parts(index, word)
            if better:
                pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
                corrected = re.sub(pattern, better.replace("\\", r"\\"), corrected, count=1)
    return corrected if corrected != text else ""


def spelled_as_found(outcome: SearchOutcome, corrected: str) -> str:
    """The corrected query in the spelling its best page uses ('Teilnehmerakquise', not the
    folded 'teilnehmerakquise')."""
    shown = corrected
    for result in outcome.results[:3]:
        for hit in result.hits:
            for start, end in hit.highlights:
                found = hit.snippet[start:end]
                pattern = rf"(?<![\w-]){re.escape(surface(found))}(?![\w-])"
                shown = re.sub(pattern, lambda _, f=found: f, shown)  # type: ignore[misc]
    return shown
