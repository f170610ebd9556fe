"""Plain records and JSON (core/plain.py): what the records and the files they are written to
rely on, the same as with `dataclasses` and orjson, which the CLI no longer imports to start."""

from __future__ import annotations

import subprocess
import sys

import orjson
import pytest

from brochuredesk.core.plain import (
    FrozenInstanceError,
    asdict,
    datarecord,
    field,
    fields,
    json_dumps,
    json_loads,
    replace,
)


@datarecord
class Entry:
    title: str
    tags: list[str] = field(default_factory=list)
    page: int = 0


@datarecord
class Profile(Entry):
    region: str = ""


@datarecord(frozen=True)
class Key:
    kind: str
    number: int = 1


def test_records_behave_as_dataclasses_do() -> None:
    first, second = Entry("A"), Entry("A")
    assert first == second and first != Entry("B")
    first.tags.append("x")
    assert second.tags == []  # each record gets its own list
    assert repr(Entry("A", ["t"], 3)) == "Entry(title='A', tags=['t'], page=3)"
    assert [f.name for f in fields(Profile)] == ["title", "tags", "page", "region"]
    profile = Profile("Wiehl", region="Nordrhein-Westfalen")
    assert asdict(profile) == {
        "title": "Wiehl", "tags": [], "page": 0, "region": "Nordrhein-Westfalen",
    }  # fmt: skip
    assert replace(profile, page=9) == Profile("Wiehl", [], 9, "Nordrhein-Westfalen")
    assert {Key("a"), Key("a"), Key("b", 2)} == {Key("a"), Key("b", 2)}
    with pytest.raises(FrozenInstanceError):
        Key("a").number = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(first)  # equal by value and changeable: not hashable, as a dataclass
    with pytest.raises(TypeError):
        Entry()  # type: ignore[call-arg]


VALUES = [
    {"title": "Fachkräfte\n\t\x04/\u2028", "year": None, "score": 95.614, "tags": [], "o": {}},
    [1.0, 1e20, 0.1, -0.0, True, False, 12345678901234],
]


@pytest.mark.parametrize("value", VALUES)
def test_json_is_written_byte_for_byte_as_orjson_writes_it(value: object) -> None:
    """Catalogs, change logs and index stamps written by an older version (orjson) and by this
    one compare equal: a stamp that changed would make every brochure look changed."""
    for indent, sort_keys in ((False, False), (False, True), (True, False), (True, True)):
        option = (orjson.OPT_INDENT_2 if indent else 0) | (orjson.OPT_SORT_KEYS if sort_keys else 0)
        probe = (
            "import sys, json; from brochuredesk.core.plain import json_dumps;"
            f"sys.stdout.buffer.write(json_dumps(json.loads(sys.argv[1]), indent={indent},"
            f" sort_keys={sort_keys}));"
            "assert 'orjson' not in sys.modules"
        )
        small = subprocess.run(
            [sys.executable, "-c", probe, orjson.dumps(value).decode()],
            capture_output=True, check=True, timeout=60,
        ).stdout  # fmt: skip
        assert small == orjson.dumps(value, option=option)
        assert json_loads(small) == json_loads(json_dumps(value, indent=indent))
