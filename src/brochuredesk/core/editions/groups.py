"""The library's edition groups: worked out from the catalog and the index's fingerprints,
kept in each brochure's `edition_group`, corrected by the user's own joins and splits.

The user's decisions are catalog settings (lists of id pairs), so they survive every
regrouping: `editions_joined` pairs are always editions, `editions_split` pairs never.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from brochuredesk.core.editions.fingerprint import Group, Member, find_groups, member_of
from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.library.folder import Library

JOINED = "editions_joined"
SPLIT = "editions_split"


def _pairs(library: Library, key: str) -> list[tuple[str, str]]:
    stored = library.catalog.setting(key, []) or []
    return [(a, b) for a, b in (p for p in stored if isinstance(p, list) and len(p) == 2)]


def members(library: Library, sketches: Mapping[str, list[int]]) -> list[Member]:
    found = []
    for record in library.catalog.iter_records():
        member = member_of(record)
        member.sketch = list(sketches.get(record["id"], []))
        found.append(member)
    return found


def groups(library: Library, sketches: Mapping[str, list[int]]) -> list[Group]:
    return find_groups(members(library, sketches), _pairs(library, JOINED), _pairs(library, SPLIT))


def regroup(library: Library, sketches: Mapping[str, list[int]]) -> list[str]:
    """Work the groups out again and store each brochure's group id; the ids whose group
    changed (nothing is written when none did, or when the library is read-only)."""
    wanted = {member: group.id for group in groups(library, sketches) for member in group.members}
    changes = {
        record["id"]: {"edition_group": wanted.get(record["id"], "")}
        for record in library.catalog.iter_records()
        if record.get("edition_group", "") != wanted.get(record["id"], "")
    }
    if changes and not library.read_only:
        library.catalog.update_many(changes, touch=False)
    return list(changes)


def join(
    library: Library, brochure_ids: Iterable[str], sketches: Mapping[str, list[int]]
) -> list[str]:
    """Make these brochures (two or more) editions of one publication, whatever the guess
    said; the ids whose group changed."""
    library.require_writable()
    ids = [library.catalog.resolve(ref) for ref in brochure_ids]
    if len(set(ids)) < 2:
        raise BrochureDeskError("editions_need_two")
    joined = _pairs(library, JOINED)
    split = [p for p in _pairs(library, SPLIT) if not set(p) <= set(ids)]
    joined += [(ids[0], other) for other in ids[1:] if (ids[0], other) not in joined]
    library.catalog.set_setting(JOINED, [list(p) for p in joined])
    library.catalog.set_setting(SPLIT, [list(p) for p in split])
    return regroup(library, sketches)


def split(library: Library, brochure_id: str, sketches: Mapping[str, list[int]]) -> list[str]:
    """Take a brochure out of its edition group: it is never grouped with those again."""
    library.require_writable()
    ref = library.catalog.resolve(brochure_id)
    record = library.catalog.get(ref)
    if not record.edition_group:
        raise BrochureDeskError("not_an_edition")
    others = [
        r["id"]
        for r in library.catalog.iter_records()
        if r.get("edition_group") == record.edition_group and r["id"] != ref
    ]
    joined = [p for p in _pairs(library, JOINED) if ref not in p]
    split_pairs = _pairs(library, SPLIT)
    split_pairs += [(ref, other) for other in others if (ref, other) not in split_pairs]
    library.catalog.set_setting(JOINED, [list(p) for p in joined])
    library.catalog.set_setting(SPLIT, [list(p) for p in split_pairs])
    return regroup(library, sketches)
