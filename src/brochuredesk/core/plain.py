"""Plain records: the part of `dataclasses` our records use, without its import.

`dataclasses` imports `inspect` (and with it `ast`, `dis`, `tokenize`): 10 ms of every CLI
call, a tenth of `search --json` (docs/performance.md). `datarecord` makes the same `__init__`,
`__repr__`, `__eq__` (and for `frozen=True` the same immutability and hash) from the class's
annotations and defaults; `field`, `fields`, `asdict` and `replace` behave as their
namesakes for the records of this project. Type checkers read `datarecord` as a dataclass
(`typing.dataclass_transform`, PEP 681).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Field:
    __slots__ = ("default", "default_factory", "name", "repr")

    def __init__(self, default: Any, default_factory: Any, repr: bool) -> None:
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.repr = repr


def field(
    *, default: Any = MISSING, default_factory: Callable[[], Any] | Any = MISSING, repr: bool = True
) -> Any:
    return Field(default, default_factory, repr)


class FrozenInstanceError(AttributeError):
    pass


def fields(record_or_class: Any) -> tuple[Field, ...]:
    cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
    found: tuple[Field, ...] = getattr(cls, "__record_fields__")  # noqa: B009 - set by _build
    return found


def asdict(value: Any) -> Any:
    """The record as plain dicts and lists, nested records, lists and dicts copied."""
    if hasattr(type(value), "__record_fields__"):
        return {f.name: asdict(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [asdict(v) for v in value]
    if isinstance(value, tuple):
        return tuple(asdict(v) for v in value)
    if isinstance(value, dict):
        return {asdict(k): asdict(v) for k, v in value.items()}
    return value


def replace(value: T, **changes: Any) -> T:
    """A copy of the record with `changes`."""
    current = {f.name: getattr(value, f.name) for f in fields(value)}
    current.update(changes)
    return type(value)(**current)


@overload
def datarecord(cls: type[T], /) -> type[T]: ...


@overload
def datarecord(*, frozen: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(field, Field))
def datarecord(cls: Any = None, /, *, frozen: bool = False) -> Any:
    """Make `cls` a record of its annotated fields (see the module's docstring)."""

    def wrap(cls: type[T]) -> type[T]:
        built: type[T] = _build(cls, frozen)
        return built

    return wrap if cls is None else wrap(cls)


def _build(cls: Any, frozen: bool) -> Any:
    inherited = [
        f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "__record_fields__", ())
    ]
    own: list[Field] = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, MISSING)
        spec = value if isinstance(value, Field) else Field(value, MISSING, True)
        spec.name = name
        if isinstance(value, Field):
            if spec.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        own.append(spec)
    by_name = {f.name: f for f in inherited}
    by_name.update({f.name: f for f in own})
    specs = tuple(by_name.values())
    cls.__record_fields__ = specs
    namespace: dict[str, Any] = {"MISSING": MISSING, "_setattr": object.__setattr__}
    params, body = [], []
    defaulted = False
    for f in specs:
        if f.default_factory is not MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=MISSING")
            value = f"_factory_{f.name}() if {f.name} is MISSING else {f.name}"
            defaulted = True
        elif f.default is not MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
            value = f.name
            defaulted = True
        else:
            if defaulted:
                raise TypeError(f"{cls.__name__}: field {f.name} without a default after one with")
            params.append(f.name)
            value = f.name
        body.append(
            f"  _setattr(self, {f.name!r}, {value})" if frozen else f"  self.{f.name} = {value}"
        )
    if hasattr(cls, "__post_init__"):
        body.append("  self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "  pass")
    exec(source, namespace)  # noqa: S102 - the code is built from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    shown = tuple(f.name for f in specs if f.repr)
    names = tuple(f.name for f in specs)

    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)

    if "__repr__" not in cls.__dict__:
        cls.__repr__ = __repr__
    if "__eq__" not in cls.__dict__:
        cls.__eq__ = __eq__
    if frozen:

        def __setattr__(self: Any, name: str, value: Any) -> None:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self: Any, name: str) -> None:
            raise FrozenInstanceError(f"cannot delete field {name!r}")

        def __hash__(self: Any) -> int:
            return hash(tuple(getattr(self, n) for n in names))

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
        if "__hash__" not in cls.__dict__ or cls.__dict__["__hash__"] is None:
            cls.__hash__ = __hash__
    elif "__hash__" not in cls.__dict__:
        cls.__hash__ = None  # as a dataclass with eq: equal by value, so not hashable
    return cls


# Plain JSON. Importing orjson costs 12 ms (it imports dataclasses, uuid, datetime and
# zoneinfo to serialise them): more than `json` needs to read a catalog of a thousand
# brochures (~100 MB/s). But orjson writes six times faster (2 ms/MB against 13), and a catalog
# that is read is written again after an edit: from 1 MB on (about 1 000 brochures) orjson is
# imported at the first read and used from then on; below it `json` does both. The bytes
# written are the same either way (compact, UTF-8, keys as given or sorted).
LARGE_JSON = 1024 * 1024  # bytes
JSONDecodeError = ValueError  # json's and orjson's decode errors are both ValueErrors


def json_loads(data: bytes | str) -> Any:
    if len(data) > LARGE_JSON or "orjson" in sys.modules:
        import orjson

        return orjson.loads(data)
    import json

    return json.loads(data)


def json_dumps(value: Any, *, indent: bool = False, sort_keys: bool = False) -> bytes:
    if "orjson" in sys.modules:
        import orjson

        option = (orjson.OPT_INDENT_2 if indent else 0) | (orjson.OPT_SORT_KEYS if sort_keys else 0)
        return orjson.dumps(value, option=option)
    import json

    text = json.dumps(
        value,
        ensure_ascii=False,
        sort_keys=sort_keys,
        indent=2 if indent else None,
        separators=(",", ": ") if indent else (",", ":"),
    )
    return text.encode("utf-8")
