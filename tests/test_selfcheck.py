"""The hidden `--self-check FILE` an installed build runs (make windows-check, the release
workflow): it imports, searches an umlaut word and a phrase, draws covers, reads the catalog
back, and says so in a JSON file; a failing step is reported, not hidden."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brochuredesk.cli.main import main


def test_self_check_writes_what_the_build_can_do(tmp_path: Path) -> None:
    out = tmp_path / "result" / "self-check.json"
    assert main(["--library", str(tmp_path / "lib"), "--self-check", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"] is True
    checks = result["checks"]
    assert checks["import"]["in_library"] >= 3 and not checks["import"]["failed"]
    assert checks["search"] == {"query": "Fachkräfte", "hits": checks["search"]["hits"]}
    assert checks["search"]["hits"] > 0 and checks["phrase"]["hits"] > 0
    assert checks["cover"]["all"] is True
    assert checks["catalog"]["brochures"] == checks["import"]["in_library"]
    assert result["python"].startswith("3.") and result["qt"].startswith("6.")
    # a download's mark (here the xdg xattr; on Windows the Zone.Identifier stream) is read
    marks = checks["download_marks"]
    assert marks["read"] is True or marks["supported"] is False, marks
    # a citation as the app copies it: the CSL styles and terms are in the build
    assert ": " in checks["citation"]["din"] and ". (" in checks["citation"]["apa"]


def test_a_failing_step_is_reported_and_fails_the_check(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "catalog.json").write_text("{ not json", encoding="utf-8")  # a damaged catalog
    out = tmp_path / "self-check.json"
    assert main(["--library", str(library), "--self-check", str(out)]) == 1
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"] is False
    assert "error" in result["checks"]["import"]


def test_json_on_a_pipe_is_utf8_even_where_python_would_write_the_ansi_code_page(
    tmp_path: Path,
) -> None:
    """Windows writes a pipe in cp1252 (seen in `make windows-check`: 'Fachkr\\xe4fte'); the
    same code path on Linux, with Python told to use cp1252 as Windows does."""
    import os
    import subprocess
    import sys

    library = tmp_path / "lib"
    assert main(["--library", str(library), "--self-check", str(tmp_path / "sc.json")]) == 0
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(library), "search",
         "Fachkräfte", "--json"],
        capture_output=True, env=env, check=True, timeout=120,
    )  # fmt: skip
    document = json.loads(done.stdout.decode("utf-8"))
    assert document["query"] == "Fachkräfte" and document["total"] > 0


def test_a_catalog_write_waits_while_windows_says_another_process_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file a reader has open ('used by another process', 32):
    the same write path on Linux, with os.replace answering as Windows does twice."""
    import os

    from brochuredesk.core import fsutil
    from brochuredesk.core.errors import StorageWriteError

    calls = []
    real_replace = os.replace

    def windows_replace(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) <= 2:
            error = PermissionError(13, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", windows_replace)
    target = tmp_path / "catalog.json"
    target.write_bytes(b"old")
    fsutil.atomic_write(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary left behind

    calls.clear()  # a real permission problem is not waited for, and says so
    monkeypatch.setattr(
        os, "replace", lambda s, t: (_ for _ in ()).throw(PermissionError(13, "denied"))
    )
    with pytest.raises(StorageWriteError):
        fsutil.atomic_write(target, b"newer")
    assert target.read_bytes() == b"new"


def test_version_is_answered_before_the_cli_and_its_imports_load() -> None:
    """`brochuredesk --version` took 9× an empty interpreter's start (the whole CLI, the
    catalog, multiprocessing); scripts call it to check for the program (issue: fast CLI)."""
    import subprocess
    import sys

    probe = (
        "import sys; sys.argv = ['brochuredesk', '--version'];"
        "from brochuredesk.__main__ import main; code = main();"
        "print(code, sorted(m for m in ('brochuredesk.cli', 'multiprocessing', 'pymupdf',"
        " 'tinydb', 'orjson') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("BrochureDesk ")
    assert lines[1] == "0 []"
