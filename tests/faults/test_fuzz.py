"""Fuzzing: the query parser and search take any text; the catalog loader takes any bytes and
any JSON without crashing or writing; damaged PDF bytes go through the import workers without
bringing down the process or outliving the time limit."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brochuredesk.core.errors import CatalogCorruptError, CatalogTooNewError
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search
from brochuredesk.core.search.query import parse

QUERY_PIECES = st.sampled_from(
    ['"', "-", "*", "OR", "title:", "tag:", "year:", "2018..", "..", "org:", "type:example",
     "Fachkräfte", "ß", "Ä", "(", ")", ":", "'", "\\", "\x00", "😀", "  ", "NEAR", "AND", "^"]
)  # fmt: skip
QUERIES = st.one_of(st.text(max_size=80), st.lists(QUERY_PIECES, max_size=12).map("".join))


@given(QUERIES)
@settings(max_examples=400, deadline=None)
def test_the_parser_takes_any_text(text: str) -> None:
    query = parse(text)
    assert query.text == text


@pytest.fixture(scope="module")
def sample_library(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("fuzz") / "lib"
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [SAMPLES], index=index)
        yield library, index
        index.close()


@given(QUERIES)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_search_answers_any_query(sample_library, text: str) -> None:  # type: ignore[no-untyped-def]
    library, index = sample_library
    outcome = search(library, index, text)
    assert outcome.total >= 0


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)  # fmt: skip
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=6), st.integers()), "sha256": st.text(max_size=4),
        "title": JSON, "original_filename": st.text(max_size=5), "file": st.text(max_size=8),
        "file_size": JSON, "page_count": st.one_of(st.integers(), st.text(max_size=3)),
        "added": st.text(max_size=3), "modified": st.text(max_size=3), "tags": JSON,
        "outline": JSON, "year": JSON,
    },
)  # fmt: skip
CATALOGS = st.one_of(
    st.binary(max_size=200),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(
        st.sampled_from(["brochures", "examples", "meta", "settings", "andere"]),
        st.dictionaries(st.text(max_size=3), st.one_of(RECORD, JSON), max_size=3),
        max_size=4,
    ).map(lambda v: json.dumps(v).encode()),
)


@given(CATALOGS)
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_catalog_loader_takes_any_file_and_never_writes_it(tmp_path: Path, raw: bytes) -> None:
    root = tmp_path / "lib"
    root.mkdir(exist_ok=True)
    (root / "catalog.json").write_bytes(raw)
    try:
        with open_library(root) as library:
            brochures = library.catalog.brochures()
            examples = library.catalog.examples()
            assert all(library.file_path(b).is_relative_to(root) or b.linked for b in brochures)
            assert isinstance(examples, list)
            written = (root / "catalog.json").read_bytes()
            assert written == raw or json.loads(written)  # only a schema bump may write
    except (CatalogCorruptError, CatalogTooNewError) as exc:
        assert str(exc)  # a message for the user
        assert (root / "catalog.json").read_bytes() == raw


def _fuzzer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "fuzz_import", ROOT / "scripts" / "fuzz_import.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_damaged_pdf_bytes_never_bring_the_import_down(tmp_path: Path) -> None:
    """A fixed number of mutated PDFs (scripts/fuzz_import.py runs thousands)."""
    fuzzer = _fuzzer()
    cases = 150
    outcomes = fuzzer.run(cases, seed=20261127, timeout=5.0, work=tmp_path, extra=[])
    assert sum(outcomes.values()) == cases  # every case ended, none was lost
    assert outcomes["read"] + outcomes["read with warnings"] > 0  # the mutations are not all fatal
    assert any(kind.startswith("refused") for kind in outcomes)  # … nor all harmless
