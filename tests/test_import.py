"""Importing real PDFs: the samples, generated bad input, and the shared corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, corpus_dir
from pdfs import make_pdf

from brochuredesk.core.importer.pipeline import import_paths, reread
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search


def test_samples_import_with_titles_publishers_dates_covers_and_outline(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        report = import_paths(library, [SAMPLES])
        assert not report.failed and len(report.added) == 5
        by_name = {b.original_filename: b for b in library.catalog.brochures()}
        # the outline is read with one brochure, never with the listing
        listed = by_name["Clusterservice_Aus-_und_Weiterbildung.pdf"]
        clusterservice = library.catalog.get(listed.id)
        assert not listed.outline
    assert clusterservice.title == "Clusterservice Aus- und Weiterbildung"
    assert clusterservice.subtitle.startswith("Wie Innovationscluster Fachkräfte")
    assert clusterservice.publisher.startswith("Bundesministerium für Wirtschaft und Energie")
    assert (clusterservice.date, clusterservice.year) == ("2018-06", 2018)
    assert clusterservice.language == "de"
    assert clusterservice.page_count == 7
    assert any(e.title == "Good Practice: Werde Foodstarter" for e in clusterservice.outline)
    assert by_name["Jahresbericht 2019 Carbon Composites.pdf"].publisher == "Carbon Composites e.V."
    for brochure in by_name.values():
        thumb = library_dir / brochure.thumbnail
        assert thumb.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
        assert (library_dir / brochure.file).read_bytes() == (
            SAMPLES / brochure.original_filename
        ).read_bytes()


def test_same_files_again_are_duplicates_and_nothing_is_added(library_dir: Path) -> None:
    with open_library(library_dir) as library:
        first = import_paths(library, [SAMPLES])
        again = import_paths(library, [SAMPLES, SAMPLES / first.added[0].original_filename])
        assert again.added == [] and len(again.duplicates) == 5
        assert {i for _, i in again.duplicates} == {b.id for b in first.added}
        assert len(library.catalog) == 5


def test_link_keeps_the_file_in_place(library_dir: Path, tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "in place.pdf", [["Ein Dokument, das bleibt, wo es ist."]])
    with open_library(library_dir) as library:
        report = import_paths(library, [source], link=True)
        assert library.file_path(report.added[0]) == source.resolve()
    assert list((library_dir / "files").iterdir()) == []


def test_bad_input_is_reported_and_nothing_is_added(library_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "leer.pdf").write_bytes(b"")
    (bad / "fehlerseite.pdf").write_text("<!DOCTYPE html><html><body>404 Not Found</body></html>")
    (bad / "bericht.pdf").write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a .docx renamed
    with open_library(library_dir) as library:
        report = import_paths(library, [bad, tmp_path / "gibt-es-nicht.pdf"])
        assert report.added == []
        reasons = dict(report.failed)
        assert reasons[str(bad / "leer.pdf")] == "not a PDF (the file is empty)"
        assert reasons[str(bad / "fehlerseite.pdf")] == "not a PDF"
        assert reasons[str(bad / "bericht.pdf")] == "not a PDF"
        assert reasons[str(tmp_path / "gibt-es-nicht.pdf")] == "no such file or folder"
        assert len(library.catalog) == 0


def test_password_protected_pdf_is_catalogued_locked_then_unlocked(
    library_dir: Path, tmp_path: Path
) -> None:
    secret = make_pdf(
        tmp_path / "Geheim.pdf",
        [["Vertraulicher Bericht"], ["Die Nachwuchsförderung beginnt in der Schule."]],
        password="pässwört",
    )
    with open_library(library_dir) as library:
        index = open_index(library)
        report = import_paths(library, [secret], index=index)
        locked = report.added[0]
        assert locked.status == "locked" and locked.title == "Geheim"
        assert search(library, index, "Nachwuchsförderung").results == []
        with pytest.raises(Exception, match="wrong password"):
            reread(library, locked.id, password="falsch", index=index)
        unlocked = reread(library, locked.id, password="pässwört", index=index)
        assert unlocked.status == "ok" and unlocked.page_count == 2
        hits = search(library, index, "Nachwuchsförderung").results
        assert [(r.id, r.hits[0].page) for r in hits] == [(locked.id, 2)]
        index.close()


def test_scanned_pdf_without_text_is_flagged(library_dir: Path, tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 300, 300), fill=(0.2, 0.4, 0.6))
    doc.save(tmp_path / "scan.pdf")
    with open_library(library_dir) as library:
        report = import_paths(library, [tmp_path / "scan.pdf"])
        assert report.added[0].status == "no-text"
        assert any("no searchable text" in w for _, w in report.warnings)


def test_odd_file_names_are_stored_safely(library_dir: Path, tmp_path: Path) -> None:
    names = [
        "Ärger mit Übergrößen – Straße.pdf",
        "CON.pdf",
        "x" * 240 + ".pdf",
        "Mit  Leerzeichen und ?Fragen*.pdf",
    ]
    sources = []
    for i, name in enumerate(names):
        safe_source = tmp_path / f"src{i}" / name.replace("?", "_").replace("*", "_")
        sources.append(make_pdf(safe_source, [[f"Dokument Nummer {i} über Weiterbildung"]]))
    with open_library(library_dir) as library:
        report = import_paths(library, sources)
        assert len(report.added) == 4 and not report.failed
        stored = [library.file_path(b) for b in report.added]
    for path in stored:
        assert path.is_file() and path.parent == library_dir / "files"
        assert len(path.name.encode()) <= 200
        assert path.stem.upper() != "CON"
    assert {b.original_filename for b in report.added} == {s.name for s in sources}


def test_two_different_files_with_the_same_name_both_stay(
    library_dir: Path, tmp_path: Path
) -> None:
    a = make_pdf(tmp_path / "a" / "Flyer.pdf", [["Erster Flyer"]])
    b = make_pdf(tmp_path / "b" / "Flyer.pdf", [["Zweiter Flyer"]])
    with open_library(library_dir) as library:
        report = import_paths(library, [a, b])
        files = sorted(Path(x.file).name for x in report.added)
    assert files == ["Flyer (2).pdf", "Flyer.pdf"]


@pytest.mark.slow
@pytest.mark.corpus
def test_german_corpus_imports_every_file_with_title_and_cover(tmp_path: Path) -> None:
    german = corpus_dir("german")
    count = len(list(german.glob("*.pdf")))
    with open_library(tmp_path / "lib") as library:
        report = import_paths(library, [german])
        assert not report.failed
        assert len(report.added) == count
        for brochure in report.added:
            assert brochure.title.strip()
            assert (library.root / brochure.thumbnail).stat().st_size > 500
        again = import_paths(library, [german])
        assert again.added == [] and len(again.duplicates) == count


@pytest.mark.slow
@pytest.mark.corpus
def test_broken_corpus_never_crashes_or_hangs(tmp_path: Path) -> None:
    broken = corpus_dir("broken")
    files = sorted(broken.glob("*.pdf"))
    with open_library(tmp_path / "lib") as library:
        report = import_paths(library, [broken], timeout=6.0)
        accounted = {b.original_filename for b in report.added}
        accounted |= {Path(p).name for p, _ in report.failed}
        accounted |= {Path(p).name for p, _ in report.duplicates}
        assert accounted == {f.name for f in files}
        reasons = {Path(p).name: r for p, r in report.failed}
        assert reasons["qpdffuzz_70245_zero-byte.pdf"].startswith("not a PDF")
        assert reasons["pymupdf_test_open2_html_named.pdf"] == "not a PDF"
        assert reasons["git_lfs_pointer_named_pdf.pdf"] == "not a PDF"
        assert all(reason.strip() for reason in reasons.values())
        states = {b.original_filename: b for b in report.added}
        assert states["pdfjs_issue6010_1_pw-abc.pdf"].status == "locked"
        hang = states["pymupdf_test_2548_render-hang.pdf"]
        assert hang.thumbnail == "" and any("no cover image" in w for w in hang.warnings)


@pytest.mark.corpus
def test_nfkc_password_unlocks(tmp_path: Path) -> None:
    source = corpus_dir("broken") / "pdfjs_saslprep-r6.pdf"
    copy = tmp_path / "saslprep.pdf"
    shutil.copyfile(source, copy)
    with open_library(tmp_path / "lib") as library:
        report = import_paths(library, [copy])
        assert report.added[0].status == "locked"
        opened = reread(library, report.added[0].id, password="Sª\u00adSLprep")
        assert opened.status != "locked"


def test_outlines_are_rebuilt_with_the_index(library_dir: Path) -> None:
    import shutil as _shutil

    from brochuredesk.core.search.manage import rebuild

    with open_library(library_dir) as library:
        import_paths(library, [SAMPLES / "Clusterservice_Aus-_und_Weiterbildung.pdf"])
        brochure_id = library.catalog.brochures()[0].id
        assert library.catalog.get(brochure_id).outline
        _shutil.rmtree(library_dir / "outlines")
        assert not library.catalog.get(brochure_id).outline
        index = open_index(library)
        rebuild(library, index)
        index.close()
        titles = [e.title for e in library.catalog.get(brochure_id).outline]
    assert "Good Practice: Werde Foodstarter" in titles


def test_where_a_download_came_from_is_kept_found_and_changed(tmp_path: Path) -> None:
    """The browser's download marks (Linux xattrs here; the Windows stream and the macOS plist
    parsed from samples) become the brochure's source; `search source:` finds it, `edit` and
    `import --source-url` set it by hand."""
    import os
    import plistlib

    from test_cli import run, run_json

    from brochuredesk.core.importer.provenance import (
        Provenance,
        host_of,
        parse_where_froms,
        parse_zone_identifier,
    )

    zone = "[ZoneTransfer]\r\nZoneId=3\r\nReferrerUrl=https://www.clusterplattform.de/Publikationen\r\nHostUrl=https://www.clusterplattform.de/a/b.pdf\r\n"
    assert parse_zone_identifier(zone) == Provenance(
        "https://www.clusterplattform.de/a/b.pdf", "https://www.clusterplattform.de/Publikationen"
    )
    plist = plistlib.dumps(
        ["https://www.bmwk.de/x.pdf", "https://www.bmwk.de/"], fmt=plistlib.FMT_BINARY
    )
    assert parse_where_froms(plist) == Provenance(
        "https://www.bmwk.de/x.pdf", "https://www.bmwk.de/"
    )
    assert parse_where_froms(b"kaputt") == Provenance()
    assert (
        parse_zone_identifier("[ZoneTransfer]\nZoneId=3\nHostUrl=about:internet\n") == Provenance()
    )
    assert host_of("https://www.clusterplattform.de/a/b.pdf") == "clusterplattform.de"

    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    marked = downloads / "fachkraefte.pdf"
    shutil.copy(SAMPLES / sorted(p.name for p in SAMPLES.glob("*.pdf"))[0], marked)
    try:
        os.setxattr(marked, "user.xdg.origin.url", b"https://www.clusterplattform.de/a/b.pdf")
        os.setxattr(
            marked, "user.xdg.referrer.url", b"https://www.clusterplattform.de/Publikationen"
        )
    except OSError as exc:
        pytest.skip(f"this file system keeps no user xattrs: {exc}")
    lib = tmp_path / "lib"
    (added,) = run_json(lib, "import", str(marked))["added"]
    shown = run_json(lib, "show", added["id"])
    assert shown["source_url"] == "https://www.clusterplattform.de/a/b.pdf"
    assert shown["referrer_url"] == "https://www.clusterplattform.de/Publikationen"
    found = run_json(lib, "search", "source:clusterplattform")["results"]
    assert [r["id"] for r in found] == [added["id"]]

    run(lib, "edit", added["id"], "--source-url", "https://www.bmwk.de/neu.pdf")
    assert run_json(lib, "show", added["id"])["source_url"] == "https://www.bmwk.de/neu.pdf"
    assert [r["id"] for r in run_json(lib, "search", "quelle:bmwk")["results"]] == [added["id"]]

    other = sorted(SAMPLES.glob("*.pdf"))[1]
    (second,) = run_json(lib, "import", str(other), "--source-url", "https://www.ihk.de/x.pdf")[
        "added"
    ]
    assert run_json(lib, "show", second["id"])["source_url"] == "https://www.ihk.de/x.pdf"
