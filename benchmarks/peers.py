"""Side by side with the tools our users know: Recoll and calibre, on the same PDFs, in the
same run. Needs `apt-get install recollcmd calibre poppler-utils`; a missing tool is skipped
with a message.

- making the files searchable: `brochuredesk import` / `recollindex` / `calibredb add` +
  `calibredb fts_index enable --wait-for-completion`, each from the command line, wall time;
- one search from the command line: `brochuredesk search` / `recollq` / `calibredb
  fts_search`, median of 5;
- the German matching table of DESIGN.md §5 run through all three.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .common import CORPUS, SAMPLES, median, timed

QUERY = "fachkraefte"
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", BROCHUREDESK_LANG="en", LC_ALL="C.UTF-8")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=1800)


def _ours(*args: str) -> list[str]:
    return [sys.executable, "-m", "brochuredesk", *args]


class Tool:
    name = ""
    needs: tuple[str, ...] = ()

    def __init__(self, work: Path) -> None:
        self.work = work

    def available(self) -> bool:
        return all(shutil.which(n) for n in self.needs)

    def index(self, folder: Path) -> None:
        raise NotImplementedError

    def search(self, query: str) -> list[str]:
        """Names of the files found."""
        raise NotImplementedError


class BrochureDesk(Tool):
    name = "BrochureDesk"

    def index(self, folder: Path) -> None:
        self.lib = self.work / "lib"
        _run(*_ours("--library", str(self.lib), "import", str(folder)))

    def search(self, query: str) -> list[str]:
        done = _run(*_ours("--library", str(self.lib), "search", query, "--json", "--limit", "100"))
        return [r["original_filename"] for r in json.loads(done.stdout)["results"]]


class Recoll(Tool):
    name = "Recoll"
    needs = ("recollindex", "recollq", "pdftotext")

    def index(self, folder: Path) -> None:
        self.conf = self.work / "recoll"
        self.conf.mkdir()
        (self.conf / "recoll.conf").write_text(
            f"topdirs = {folder}\nindexstemminglanguages = german\n", encoding="utf-8"
        )
        _run("recollindex", "-c", str(self.conf))

    def search(self, query: str) -> list[str]:
        done = _run("recollq", "-c", str(self.conf), "-s", "german", "-b", query)
        return [Path(line.removeprefix("file://")).name for line in done.stdout.splitlines()
                if line.startswith("file://")]  # fmt: skip


class Calibre(Tool):
    name = "calibre"
    needs = ("calibredb",)

    def index(self, folder: Path) -> None:
        self.lib = self.work / "calibre"
        _run("calibredb", "add", "--library-path", str(self.lib), "-r", str(folder))
        _run("calibredb", "fts_index", "--library-path", str(self.lib), "enable",
             "--wait-for-completion")  # fmt: skip

    def search(self, query: str) -> list[str]:
        done = _run("calibredb", "fts_search", "--library-path", str(self.lib),
                    "--output-format", "json", query)  # fmt: skip
        try:
            hits = json.loads(done.stdout or "[]")
        except json.JSONDecodeError:
            return []
        return [str(h["book_id"]) for h in hits]


def speed(folder: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    times: dict[str, tuple[float, float]] = {}
    for kind in (BrochureDesk, Recoll, Calibre):
        with tempfile.TemporaryDirectory() as tmp:
            tool = kind(Path(tmp))
            if not tool.available():
                rows.append(
                    (
                        f"{tool.name}",
                        "skipped: not installed (apt-get install recollcmd calibre poppler-utils)",
                    )
                )
                continue
            made = timed(lambda: tool.index(folder))  # noqa: B023
            searched = median([timed(lambda: tool.search(QUERY)) for _ in range(5)])  # noqa: B023
            times[tool.name] = (made, searched)
            rows.append((f"{tool.name}: make searchable", f"{made:.1f} s"))
            rows.append((f"{tool.name}: one CLI search ({QUERY})", f"{searched:.3f} s"))
    ours = times.get("BrochureDesk")
    for name in ("Recoll", "calibre"):
        if ours and name in times:
            rows.append((f"ours / {name}: make searchable", f"{ours[0] / times[name][0]:.2f}"))
            rows.append((f"ours / {name}: one CLI search", f"{ours[1] / times[name][1]:.2f}"))
    return rows


# --- DESIGN.md §5: each query must find the files with the text on the right -----------------
DOCS: dict[str, list[str]] = {
    "upper.pdf": ["DIE FACHKRÄFTE VON MORGEN", "Ein Projekt im Cluster Nord."],
    "lower.pdf": ["Wo finden wir fachkräfte?", "Ein Beitrag aus dem Verband Süd."],
    "plural.pdf": ["Fachkräfte gewinnen und halten.", "Ein Leitfaden für Betriebe."],
    "strasse.pdf": ["Die Geschäftsstelle liegt in der Hauptstraße.", "Besuch nach Absprache."],
    "linebreak.pdf": ["Angebote zur Weiter-", "bildung für Beschäftigte im Handwerk."],
    "elided.pdf": ["Alles zur Aus- und Weiterbildung", "in Thüringer Betrieben."],
    "compound.pdf": ["Unsere Weiterbildungsangebote", "stehen allen Mitgliedern offen."],
    "tail.pdf": ["Fachkräftesicherung als Clusteraufgabe", "im ländlichen Raum."],
    "phrase.pdf": ["Mach mit: Werde Foodstarter!", "Die Kampagne der Branche."],
    "apart.pdf": ["Werde Teil des Netzwerks.", "Das Programm Foodstarter läuft seit 2015."],
}
TABLE: list[tuple[str, set[str], set[str]]] = [  # query, must find, must not find
    ("Fachkräfte", {"upper.pdf", "lower.pdf", "plural.pdf"}, set()),
    ("fachkraefte", {"plural.pdf"}, set()),
    ("fachkrafte", {"plural.pdf"}, set()),
    ("strasse", {"strasse.pdf"}, set()),
    ("Weiterbildung", {"linebreak.pdf"}, set()),
    ("Ausbildung", {"elided.pdf"}, set()),
    ("Fachkraft", {"plural.pdf"}, set()),
    ("Weiterbildung", {"compound.pdf"}, set()),
    ("Sicherung", {"tail.pdf"}, set()),
    ('"Werde Foodstarter"', {"phrase.pdf"}, {"apart.pdf"}),
]


def _make_docs(folder: Path) -> None:
    import pymupdf

    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in DOCS.items():
        doc = pymupdf.open()
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 100 + 16 * i), line, fontsize=12)
        doc.set_metadata({"title": name.removesuffix(".pdf")})
        doc.save(folder / name)
        doc.close()


def matching() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        _make_docs(folder)
        results: dict[str, list[bool]] = {}
        for kind in (BrochureDesk, Recoll, Calibre):
            work = Path(tmp) / kind.__name__
            work.mkdir()
            tool = kind(work)
            if not tool.available():
                continue
            tool.index(folder)
            found_by: Callable[[str], set[str]]
            if isinstance(tool, Calibre):
                titles = _calibre_titles(tool)
                found_by = lambda q, t=tool, m=titles: {m.get(i, i) for i in t.search(q)}  # noqa: E731
            else:
                found_by = lambda q, t=tool: set(t.search(q))  # noqa: E731
            results[tool.name] = [
                must <= (got := found_by(query)) and not (got & never)
                for query, must, never in TABLE
            ]
        for number, (query, must, _) in enumerate(TABLE):
            cells = ", ".join(
                f"{name} {'✓' if passed[number] else '✗'}" for name, passed in results.items()
            )
            rows.append((f"§5 {query} → {', '.join(sorted(must))}", cells))
        for name, passed in results.items():
            rows.append((f"§5 rows passed: {name}", f"{sum(passed)} of {len(TABLE)}"))
    return rows


def _calibre_titles(tool: Calibre) -> dict[str, str]:
    listing = _run("calibredb", "list", "--library-path", str(tool.lib), "--fields", "id,title",
                   "--for-machine")  # fmt: skip
    return {str(b["id"]): f"{b['title']}.pdf" for b in json.loads(listing.stdout)}


def main(size: str) -> list[tuple[str, str]]:
    folder = CORPUS / "german" if size == "full" and (CORPUS / "german").is_dir() else SAMPLES
    files = sorted(folder.glob("*.pdf"))
    rows = [("peers corpus", f"{folder.name}: {len(files)} files")]
    versions = []
    for package in ("recollcmd", "calibre", "poppler-utils"):
        if shutil.which("dpkg-query"):
            out = _run("dpkg-query", "-W", "-f=${Package} ${Version}", package)
            if out.returncode == 0:
                versions.append(out.stdout.strip())
    rows.append(("peer versions", "; ".join(versions) or "none installed"))
    return rows + speed(folder) + matching()
