"""Hostile PDFs, written byte by byte or with PyMuPDF: each is small on disk and attacks one
part of the reader (renderer, text extraction, parser, memory, link handling)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pymupdf


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A classic PDF file from numbered objects (1-based) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + (
        packed + b"\nendstream"
    )


def _page_doc(
    content: bytes,
    resources: bytes = b"<< >>",
    extra_objects: list[bytes] | None = None,
    media_box: bytes = b"[0 0 595 842]",
) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources %s /Contents 4 0 R >>"
        % (media_box, resources),
        _stream(content),
        *(extra_objects or []),
    ]
    return _pdf(objects)


def many_operators(path: Path, count: int = 3_000_000) -> Path:
    """One page with millions of tiny strokes: a few hundred KB that take the renderer long."""
    path.write_bytes(_page_doc(b"0.1 w\n" + b"10 10 m 500 800 l S\n" * count))
    return path


def nested_forms(path: Path, depth: int = 9, fanout: int = 10) -> Path:
    """Form XObjects that each draw the next one `fanout` times: fanout**depth text draws
    from a few KB, which keeps text extraction and rendering busy for minutes."""
    first = 5  # object number of the first form
    forms = []
    for level in range(depth):
        number = first + level
        if level == depth - 1:
            body = b"BT /F1 4 Tf 10 10 Td (Wiederholung) Tj ET"
            resources = b"<< /Font << /F1 %d 0 R >> >>" % (first + depth)
        else:
            body = b"".join(b"q 1 0 0 1 %d 0 cm /X Do Q\n" % i for i in range(fanout))
            resources = b"<< /XObject << /X %d 0 R >> >>" % (number + 1)
        forms.append(
            _stream(
                body, b"/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources " + resources
            )
        )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    path.write_bytes(
        _page_doc(
            b"/X0 Do\n", resources=b"<< /XObject << /X0 5 0 R >> >>", extra_objects=[*forms, font]
        )
    )
    return path


def huge_page(path: Path) -> Path:
    """A page of 200 000 × 200 000 points: rendering it at any zoom would need terabytes."""
    content = b"BT /F1 2000 Tf 1000 190000 Td (Riesenseite Broschuere) Tj ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    path.write_bytes(
        _page_doc(content, b"<< /Font << /F1 5 0 R >> >>", [font], media_box=b"[0 0 200000 200000]")
    )
    return path


def many_pages(path: Path, count: int = 5000) -> Path:
    doc = pymupdf.open()
    for number in range(1, count + 1):
        page = doc.new_page(width=300, height=400)
        page.insert_text((40, 60), f"Seite {number} der Fachkräfte-Broschüre", fontsize=9)
    doc.set_metadata({"title": "Fünftausend Seiten"})
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def scripts_and_links(path: Path) -> Path:
    """JavaScript on open, a Launch action, and links to file://, http:// and https://."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Verweise und Skripte in einer Broschüre", fontsize=14)
    targets = [
        ("http://example.org/cluster", 120),
        ("https://example.org/sicher", 160),
        ("file:///etc/passwd", 200),
        ("javascript:app.alert('x')", 240),
    ]
    for uri, y in targets:
        page.insert_text((72, y), uri, fontsize=10)
        page.insert_link(
            {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(70, y - 12, 400, y + 4), "uri": uri}
        )
    page.insert_link(
        {"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(70, 268, 400, 284), "file": "/bin/sh"}
    )
    page.insert_text((72, 280), "Programm starten", fontsize=10)
    catalog = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, "<< /S /JavaScript /JS (app.launchURL('http://example.org/evil');) >>")
    doc.xref_set_key(catalog, "OpenAction", f"{js} 0 R")
    doc.save(path)
    doc.close()
    return path


def deeply_nested(path: Path, depth: int = 200_000) -> Path:
    """An object nested 200 000 arrays deep, referenced from the page: a recursive parser
    without a limit overflows its stack."""
    nested = b"[" * depth + b"1" + b"]" * depth
    path.write_bytes(_page_doc(b"BT ET", b"<< /Deep 5 0 R >>", [nested]))
    return path


def zip_named_pdf(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("broschuere.txt", "Kein PDF, sondern ein ZIP-Archiv")
    return path


def html_named_pdf(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>")
    return path


ALL = {
    "operators.pdf": many_operators,
    "nested-forms.pdf": nested_forms,
    "huge-page.pdf": huge_page,
    "5000-pages.pdf": many_pages,
    "scripts-and-links.pdf": scripts_and_links,
    "deeply-nested.pdf": deeply_nested,
    "archive.pdf": zip_named_pdf,
    "error-page.pdf": html_named_pdf,
}
