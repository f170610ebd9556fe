"""Searches that forgive, on the real German corpus: typos (20 queries of our own making),
abbreviations and long forms, the document about a topic first.

`python -m benchmarks.search_forgiving` imports ../shared/corpus/german into a temporary
library and prints each row with the top result; a row counts when the intended brochure is
in the top 3.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus" / "german").resolve()

# (query, the brochure it means)
TYPOS = [
    ("Teilnehmerakqiuse", "bertelsmann_infos_nachrekrutierung.pdf"),
    ("Bevölkerunswandel", "btw2013_wahlprogramm_cdu.pdf"),
    ("Screenraeder", "rzby_leitfaden_barrierefreiheit.pdf"),
    ("Barrierefreiheitt", "rzby_leitfaden_barrierefreiheit.pdf"),
    ("Hackaton Verwaltung", "okfde_hackathon_leitfaden.pdf"),
    ("Skolelinx", "debian-edu-bookworm-manual-de.pdf"),
    ("Mindestlohngestz", "tl_milog-formular.pdf"),
    ("handgestochenem Notensazt", "lilypond_essay.de.pdf"),
    ("Gebührenordnug", "datenanfragen_gebuehrenordnung.pdf"),
    ("Jahresabschlus Technologiestiftung", "tsb_jahresabschluss_2021.pdf"),
    ("Wikimeida", "wmde_jahresbericht2016.pdf"),
    ("Bibliografie biblatx", "tl_biblatex-de-Benutzerhandbuch.pdf"),
    ("mikrotypographisch", "tl_microtype-DE.pdf"),
    ("Freifnk Router", "andibraeu_flyer.pdf"),
    ("Bürgerforun", "bertelsmann_buergerforum_A5_2014.pdf"),
    ("Nachrekrutiernug", "bertelsmann_infos_nachrekrutierung.pdf"),
    ("Kommunalwahlprogram Münster SPD", "muenster_kw2014_spd.pdf"),
    ("Gemeindebreif Jena", "emk_jena_gemeindebrief_2023-02.pdf"),
    ("phonetishe Zeichen TIPA", "tl_tipaman-de.pdf"),
    ("Installationsanleitung Texlive", "tl_texlive-de.pdf"),
]
ABBREVIATIONS = [
    ("BMBF", "btw2013_wahlprogramm_spd.pdf"),  # "Bundesministerium für Bildung und Forschung"
    ("BND", "btw2025_gruene-wp.pdf"),  # "Bundesnachrichtendienst"
    ("Bundesausbildungsförderungsgesetz", "btw2013_wahlprogramm_gruene.pdf"),  # "BAföG"
    ("DSGVO", "btw2025_cdu-csu-wp.pdf"),  # "Datenschutz-Grundverordnung"
    ("Datenschutz-Grundverordnung", "btw2025_afd-wp.pdf"),  # "DSGVO"
]
RANKING = [
    ("Bilanz", "tsb_jahresabschluss_2021.pdf"),
    ("Bürgerbeteiligung", "bertelsmann_buergerforum_handbuch.pdf"),
]
SETS = {"typos": TYPOS, "abbreviations": ABBREVIATIONS, "ranking": RANKING}


def rank_of(library, index, query: str, wanted: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """(1-based place of `wanted` among the results or 0, the corrected query)."""
    from brochuredesk.core.search.manage import search

    outcome = search(library, index, query, 10)
    names = [library.catalog.get(r.brochure_id).original_filename for r in outcome.results]
    place = names.index(wanted) + 1 if wanted in names else 0
    return place, outcome.corrected_query


def main() -> None:
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "lib")
        index = open_index(library)
        import_paths(library, [folder], index=index)
        for name, rows in SETS.items():
            good = 0
            print(f"\n{name}")
            for query, wanted in rows:
                started = time.perf_counter()
                place, corrected = rank_of(library, index, query, wanted)
                took = (time.perf_counter() - started) * 1000
                good += 0 < place <= 3
                note = f" → {corrected}" if corrected else ""
                print(f"  {'top 3' if 0 < place <= 3 else 'MISS '} #{place or '-'}  {query}{note}"
                      f"  ({wanted}, {took:.0f} ms)")  # fmt: skip
            print(f"  {good}/{len(rows)} in the top 3")
        index.close()
        library.close()


if __name__ == "__main__":
    main()
