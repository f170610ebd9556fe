"""The command line as a user runs it: a separate process, JSON on stdout, exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, corpus_dir
from pdfs import make_pdf

from brochuredesk.core.library.folder import open_library


def run(
    library: Path, *args: str, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BROCHUREDESK_LANG": "en", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def run_json(library: Path, *args: str) -> Any:
    return json.loads(run(library, *args, "--json").stdout)


def test_import_list_show_tag_edit_search(tmp_path: Path) -> None:
    lib = tmp_path / "Meine Bibliothek"
    imported = run_json(lib, "import", str(SAMPLES))
    assert len(imported["added"]) == 5 and imported["failed"] == []
    assert set(imported["added"][0]) >= {"id", "title", "original_filename", "page_count"}

    listing = run_json(lib, "list")["brochures"]
    assert {b["title"] for b in listing} >= {"Clusterservice Aus- und Weiterbildung"}
    entry = next(b for b in listing if b["title"].startswith("Clusterservice"))
    assert set(entry) >= {"id", "sha256", "title", "publisher", "year", "page_count", "file"}
    assert Path(entry["file"]).is_file() and entry["year"] == 2018

    run(lib, "tag", entry["id"][:8], "Ausbildung", "Good Practice")
    run(lib, "untag", entry["id"], "Ausbildung")
    run(lib, "edit", entry["id"], "--title", "Clusterservice Fachkräfte", "--year", "2019")
    shown = run_json(lib, "show", entry["id"])
    assert shown["tags"] == ["Good Practice"]
    assert (shown["title"], shown["year"]) == ("Clusterservice Fachkräfte", 2019)
    assert "password" not in shown

    found = run_json(lib, "search", "Nachwuchsförderung", "--limit", "3")
    assert found["query"] == "Nachwuchsförderung" and found["total"] >= 2
    first = found["results"][0]
    assert first["kind"] == "brochure" and Path(first["file"]).is_file()
    assert first["hits"][0]["page"] >= 1 and "Nachwuchs" in first["hits"][0]["snippet"]
    by_tag = run_json(lib, "search", "tag:practice")["results"]
    assert [r["id"] for r in by_tag] == [entry["id"]]
    by_title = run_json(lib, "search", "title:fachkräfte")["results"]
    assert entry["id"] in [r["id"] for r in by_title]

    again = run_json(lib, "import", str(SAMPLES))
    assert again["added"] == [] and len(again["duplicates"]) == 5


def test_exit_codes_and_messages(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    good = make_pdf(tmp_path / "gut.pdf", [["Ein gutes Dokument"]])
    (tmp_path / "kaputt.pdf").write_text("<html>404</html>")
    partial = run(lib, "import", str(good), str(tmp_path / "kaputt.pdf"), "--json", check=False)
    assert partial.returncode == 1
    assert json.loads(partial.stdout)["failed"][0]["error"] == "not a PDF"
    assert run(lib, "frobnicate", check=False).returncode == 2
    missing = run(lib, "show", "ffffffff", check=False)
    assert missing.returncode == 1 and "no brochure with id ffffffff" in missing.stderr
    german = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(lib), "show", "ffff"],
        capture_output=True,
        text=True,
        env=dict(os.environ, BROCHUREDESK_LANG="de"),
    )
    assert "keine Broschüre mit der Kennung ffff" in german.stderr


def test_read_commands_work_while_another_process_writes(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    run(lib, "import", str(SAMPLES / "OLEC_Newsletter_2_2022.pdf"))
    with open_library(lib):  # the app holds the lock
        assert len(run_json(lib, "list")["brochures"]) == 1
        locked = run(lib, "tag", "x", "y", check=False)
        assert locked.returncode == 1 and "in use by another BrochureDesk" in locked.stderr


def test_search_does_not_import_pymupdf_or_qt(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    run(lib, "import", str(SAMPLES / "OLEC_Newsletter_2_2022.pdf"))
    code = (
        "import sys, runpy; sys.argv=['brochuredesk','--library',sys.argv[1],'search','Wärme'];"
        "from brochuredesk.cli.main import main; main(sys.argv[1:]);"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('pymupdf','fitz','PySide6')];"
        "print('LOADED', bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(lib)], capture_output=True, text=True, check=True
    ).stdout
    assert "LOADED []" in out


@pytest.mark.slow
@pytest.mark.corpus
def test_kill_during_import_then_rerun_adds_every_file_exactly_once(tmp_path: Path) -> None:
    german = corpus_dir("german")
    expected = len(list(german.glob("*.pdf")))
    lib = tmp_path / "lib"
    for delay in (1.0, 2.5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "brochuredesk", "--library", str(lib), "import", str(german)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        with open_library(lib) as library:  # opens: the catalog is valid
            assert len(library.catalog) <= expected
    result = run_json(lib, "import", str(german))
    listing = run_json(lib, "list")["brochures"]
    assert len(listing) == expected
    assert len({b["sha256"] for b in listing}) == expected
    assert len(result["added"]) + len(result["duplicates"]) == expected
    files = list((lib / "files").iterdir())  # no partial copies left behind
    assert len(files) == expected
    search = run_json(lib, "search", "Barrierefreiheit")["results"]
    assert search and search[0]["original_filename"] == "rzby_leitfaden_barrierefreiheit.pdf"


@pytest.mark.slow
@pytest.mark.corpus
def test_workers_leave_with_a_killed_import_and_free_the_library(tmp_path: Path) -> None:
    """Only the import process is killed (not its group): its PDF workers must not linger
    holding the library."""
    lib = tmp_path / "lib"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "brochuredesk",
            "--library",
            str(lib),
            "import",
            str(corpus_dir("german")),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(2.0)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 30
    while True:
        try:
            with open_library(lib):
                break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_list_json_says_what_show_says_for_copied_and_linked_brochures(tmp_path: Path) -> None:
    """`list --json` is made from the records directly (no Brochure per row): each entry
    holds what the brochure's own summary and file path say."""
    from brochuredesk.core.library.records import Brochure

    lib = tmp_path / "lib"
    run(lib, "import", str(SAMPLES / "OLEC_Newsletter_2_2022.pdf"))
    run(lib, "import", "--link", str(SAMPLES))
    run(lib, "tag", run_json(lib, "list")["brochures"][0]["id"], "Netzwerk")
    listed = run_json(lib, "list")["brochures"]
    with open_library(lib) as library:
        brochures = sorted(library.catalog.brochures(), key=lambda b: b.title.casefold())
        expected = [{**b.summary(), "file": str(library.file_path(b))} for b in brochures]
        assert {b.linked for b in brochures} == {True, False}
    assert listed == expected
    assert all(Path(entry["file"]).is_file() for entry in listed)
    assert any(entry["tags"] == ["Netzwerk"] for entry in listed)
    assert Brochure.summary_of({"id": "x"})["tags"] == [] and "year" in Brochure.summary_of({})
