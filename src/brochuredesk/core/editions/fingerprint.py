"""Editions of one publication: which brochures are the 2016, 2017 and 2018 "Stand" of one text.

Two brochures are editions when they have the same title and the same publisher, or when most
of their text is the same. The text test compares fingerprints taken at import (in the worker,
from the pages it has read anyway): a bottom-k MinHash sketch over the brochure's sentences,
with digits masked, so an edition that updates its figures and dates keeps its sentences. A
sentence is a cheap shingle: one hash per sentence instead of one per word keeps the import
within its budget, and sentences survive a new layout where lines and pages do not.

The estimate of the Jaccard similarity of two sketches is the share of the k smallest hashes of
their union that both hold (Broder 1997); candidates come from an inverted index over sketch
values, so a library of thousands is grouped without comparing every pair.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from brochuredesk.core.plain import datarecord, field

SKETCH_SIZE = 64
MIN_SENTENCES = 12  # fewer distinct sentences than this: too little text to compare
MIN_WORDS = 5  # shorter "sentences" are headings, captions and page furniture
SAME_TEXT = 0.4  # estimated Jaccard of two sketches above which two texts are editions
SHARED_VALUES = 8  # sketch values two brochures must share to be compared at all
COMMON_VALUE = 40  # a value in more sketches than this is boilerplate (a funding note)

_SENTENCE_END = re.compile(rb"[.!?:;]\s")
# Punctuation and spaces only: numbers other than years name another publication ("Heft 3",
# "Ausgabe 2/2022" is an issue of a newsletter, not an edition of the one before).
_TITLE_NOISE = re.compile(r"[\W_]+")
_YEARS = re.compile(r"\b(19|20)\d\d\b")


def fingerprint(pages: Sequence[str]) -> list[int]:
    """The sketch of a brochure's text: its SKETCH_SIZE smallest sentence hashes."""
    # Bytes all the way: replace, translate and lower run in C over the whole text at once
    # (the str forms with a regex for digits and a split for spaces cost five times as much).
    data = " ".join(pages).encode("utf-8", "surrogatepass").replace(b"\n", b" ")
    data = data.translate(None, b"0123456789").lower()
    hashes = {
        zlib.crc32(sentence)
        for sentence in _SENTENCE_END.split(data)
        if sentence.count(b" ") >= MIN_WORDS - 1
    }
    if len(hashes) < MIN_SENTENCES:
        return []
    return sorted(heapq.nsmallest(SKETCH_SIZE, hashes))


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the sentence sets two sketches stand for."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(SKETCH_SIZE, set(a) | set(b))
    shared = set(a) & set(b)
    return sum(1 for value in union if value in shared) / len(union)


def title_key(title: str) -> str:
    """The title without years, case and punctuation: "Stand 2017" is not the name, but
    "Heft 3" is."""
    text = unicodedata.normalize("NFKC", _YEARS.sub(" ", title)).casefold()
    return " ".join(_TITLE_NOISE.sub(" ", text).split())


def publisher_key(publisher: str) -> str:
    return " ".join(
        _TITLE_NOISE.sub(" ", unicodedata.normalize("NFKC", publisher)).split()
    ).casefold()


@datarecord
class Member:
    """What grouping needs of a brochure."""

    id: str
    title: str
    publisher: str
    date: str  # as precise as known, "" when no year is stated
    added: str
    language: str = ""
    sketch: list[int] = field(default_factory=list)


@datarecord
class Group:
    id: str
    members: list[str]  # newest first
    reason: str  # "title" (same title and publisher), "text" (largely the same text), "joined"


def newest_first(members: Iterable[Member]) -> list[Member]:
    """The stated date decides; a brochure without one counts as older; then the later import."""
    return sorted(members, key=lambda m: (m.date or "", m.added), reverse=True)


def find_groups(
    members: Sequence[Member],
    joined: Iterable[tuple[str, str]] = (),
    split: Iterable[tuple[str, str]] = (),
) -> list[Group]:
    """Groups of two or more editions. `joined` pairs are editions whatever they say; `split`
    pairs never are (a user's decision beats the guess, in both directions)."""
    by_id = {m.id: m for m in members}
    never = {frozenset(pair) for pair in split}
    parent = {m.id: m.id for m in members}
    reasons: dict[str, str] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def link(a: str, b: str, reason: str) -> None:
        if a not in parent or b not in parent or frozenset((a, b)) in never:
            return
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
            reasons[ra] = reasons.get(ra) or reasons.pop(rb, "") or reason

    for a, b in joined:
        link(a, b, "joined")
    for pair_a, pair_b in _same_title_pairs(members):
        link(pair_a, pair_b, "title")
    for pair_a, pair_b in _same_text_pairs(members):
        link(pair_a, pair_b, "text")

    grouped: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        grouped[root(member.id)].append(member)
    groups = []
    for top, group in grouped.items():
        if len(group) < 2 or not _respects(group, never):
            groups.extend(_split_apart(group, never, reasons.get(top, "text")))
            continue
        ordered = [m.id for m in newest_first(group)]
        groups.append(Group(min(ordered), ordered, reasons.get(top, "text")))
    groups.sort(key=lambda g: by_id[g.members[0]].title.casefold())
    return groups


def _respects(group: list[Member], never: set[frozenset[str]]) -> bool:
    ids = {m.id for m in group}
    return not any(pair <= ids for pair in never)


def _split_apart(group: list[Member], never: set[frozenset[str]], reason: str) -> list[Group]:
    """A chain a–b–c where the user split a from c: keep the newest with those it may share
    a group with, the rest form their own group (again under the same rule)."""
    if len(group) < 2:
        return []
    ordered = newest_first(group)
    kept = [ordered[0]]
    rest = []
    for member in ordered[1:]:
        if any(frozenset((member.id, k.id)) in never for k in kept):
            rest.append(member)
        else:
            kept.append(member)
    groups = []
    if len(kept) >= 2:
        ids = [m.id for m in kept]
        groups.append(Group(min(ids), ids, reason))
    return groups + _split_apart(rest, never, reason)


def _same_title_pairs(members: Sequence[Member]) -> Iterable[tuple[str, str]]:
    """Same title, same (stated) publisher, same language: a title alone ("Jahresbericht") is
    no proof, and the English version of a brochure is a translation, not an edition."""
    seen: dict[tuple[str, str, str], str] = {}
    for member in members:
        title, publisher = title_key(member.title), publisher_key(member.publisher)
        if len(title) < 4 or not publisher:
            continue
        first = seen.setdefault((title, publisher, member.language), member.id)
        if first != member.id:
            yield first, member.id


def _same_text_pairs(members: Sequence[Member]) -> Iterable[tuple[str, str]]:
    holders: dict[int, list[int]] = defaultdict(list)
    sketches = [m.sketch for m in members]
    for number, sketch in enumerate(sketches):
        for value in sketch:
            holders[value].append(number)
    for number, sketch in enumerate(sketches):
        shared: dict[int, int] = defaultdict(int)
        for value in sketch:
            others = holders[value]
            if len(others) > COMMON_VALUE:
                continue
            for other in others:
                if other > number:
                    shared[other] += 1
        for other, count in shared.items():
            if count >= SHARED_VALUES and similarity(sketch, sketches[other]) >= SAME_TEXT:
                yield members[number].id, members[other].id


def groups_by_member(groups: Iterable[Group]) -> Mapping[str, Group]:
    return {member: group for group in groups for member in group.members}


def member_of(record: Mapping[str, Any]) -> Member:
    """A catalog record as grouping sees it (without its sketch)."""
    year = record.get("year")
    return Member(
        id=record["id"],
        title=record.get("title", ""),
        publisher=record.get("publisher", ""),
        date=record.get("date", "") or (str(year) if year else ""),
        added=record.get("added", ""),
        language=record.get("language", ""),
    )


def newest_editions(records: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """For each brochure that is an earlier edition: the id of its group's newest."""
    # newest_first's order, from the three fields it looks at (no Member per record: this
    # runs over the whole library at every start and search).
    grouped: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for record in records:
        group = record.get("edition_group")
        if group:
            year = record.get("year")
            date = record.get("date", "") or (str(year) if year else "")
            grouped[group].append((date, record.get("added", ""), record["id"]))
    newer = {}
    for members in grouped.values():
        ordered = sorted(members, key=lambda m: (m[0], m[1]), reverse=True)
        newer.update({m[2]: ordered[0][2] for m in ordered[1:]})
    return newer
