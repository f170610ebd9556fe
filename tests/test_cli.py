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
    # a date as Germans write it is kept as ISO with its year; one that is none changes nothing
    run(lib, "edit", entry["id"], "--date", "12.06.2019")
    shown = run_json(lib, "show", entry["id"])
    assert (shown["date"], shown["year"]) == ("2019-06-12", 2019)
    wrong = run(lib, "edit", entry["id"], "--date", "31.06.2019", check=False)
    assert wrong.returncode == 1 and "invalid date: 31.06.2019" in wrong.stderr
    assert run_json(lib, "show", entry["id"])["date"] == "2019-06-12"

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


# What a search on a small library never needs: MuPDF and Qt, and the modules whose import
# alone cost `search --json` a third of its time (docs/performance.md): dataclasses with
# inspect and ast, OpenSSL's hashlib, uuid, tempfile, and orjson (which imports the others).
NOT_ON_SEARCH = (
    "pymupdf", "fitz", "PySide6", "dataclasses", "inspect", "ast", "_hashlib", "uuid",
    "tempfile", "orjson",
)  # fmt: skip


def test_search_does_not_import_what_it_does_not_need(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    run(lib, "import", str(SAMPLES / "OLEC_Newsletter_2_2022.pdf"))
    code = (
        "import sys; sys.argv=['brochuredesk','--library',sys.argv[1],'search','Wärme','--json'];"
        "from brochuredesk.cli.main import main; main(sys.argv[1:]);"
        f"bad=[m for m in sys.modules if m.split('.')[0] in {NOT_ON_SEARCH!r}];"
        "print('LOADED', sorted(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(lib)], capture_output=True, text=True, check=True
    ).stdout
    assert '"query":"Wärme"' in out
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


def test_remove_takes_brochures_out_and_the_logs_carry_it(tmp_path: Path) -> None:
    """`remove ID…`: gone from list and search, its examples and copy with it (or the copy
    moved out with --keep-file); logged, so another machine's fold loses it too; an unknown
    id removes nothing and says so."""
    from brochuredesk.core.library import changelog
    from brochuredesk.core.library.fold import fold

    lib = tmp_path / "lib"
    added = {b["title"]: b for b in run_json(lib, "import", str(SAMPLES))["added"]}
    cluster = added["Clusterservice Aus- und Weiterbildung"]
    leitfaden = next(b for t, b in added.items() if t.startswith("Leitfaden"))
    run(lib, "example", "add", cluster["id"], "--pages", "2", "--title", "Ein Beispiel")
    copy = lib / "files" / cluster["original_filename"]
    assert copy.is_file()

    refused = run(lib, "remove", cluster["id"], "nichtda", check=False)
    assert refused.returncode == 1 and "nichtda" in refused.stderr
    assert len(run_json(lib, "list")["brochures"]) == 5  # nothing removed

    gone = run_json(lib, "remove", cluster["id"][:8])["removed"]
    assert gone == [{"id": cluster["id"], "title": cluster["title"], "file_kept": None}]
    assert not copy.exists()
    assert run_json(lib, "example", "list")["examples"] == []
    listing = {b["id"] for b in run_json(lib, "list")["brochures"]}
    assert cluster["id"] not in listing and len(listing) == 4
    assert all(
        r["id"] != cluster["id"] for r in run_json(lib, "search", "Weiterbildung")["results"]
    )

    outside = tmp_path / "behalten"
    outside.mkdir()
    kept = run_json(lib, "remove", leitfaden["id"], "--keep-file", str(outside))["removed"]
    assert Path(kept[0]["file_kept"]) == outside / leitfaden["original_filename"]
    assert (outside / leitfaden["original_filename"]).read_bytes()[:5] == b"%PDF-"

    folded = fold(changelog.all_ops(lib))["brochures"].values()
    assert {r["id"] for r in folded} == listing - {leitfaden["id"]}
    run(lib, "check")  # exit 0: no file, cover or index row left dangling
