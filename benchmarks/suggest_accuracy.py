"""Example suggestions scored against what a reader marks in the brochures.

`python -m benchmarks.suggest_accuracy [FOLDER]` prints, first, the app's own path (import,
layout, fitted scorer) on our generated house styles (tests/data/example_brochures/truth.json,
written with scripts/make_example_brochures.py) or on FOLDER with a truth.json of that form;
then found / precision / range / organisation per file, cross-validated by publisher (each
publisher scored by weights fitted without it, benchmarks/fit_suggest.py), for the real
publications of ../shared/corpus/practice, our generated styles and ../shared/corpus/german
(candidates per brochure).
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.core.extract.metadata_guess import fold

ROOT = Path(__file__).resolve().parents[1]
BROCHURES = ROOT / "tests" / "data" / "example_brochures"


@dataclass
class Score:
    expected: int = 0
    suggested: int = 0
    found: int = 0
    facts_right: int = 0  # organisation and region both right
    pages_exact: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.suggested if self.suggested else 1.0


def _same(a: str, b: str) -> bool:
    a, b = fold(" ".join(a.split())), fold(" ".join(b.split()))
    return bool(a and b) and (a in b or b in a)


def score(found: dict[str, list[Candidate]], truth: dict[str, list[dict[str, Any]]]) -> Score:
    result = Score()
    for name, wanted in truth.items():
        offered = list(found.get(name, []))
        result.expected += len(wanted)
        result.suggested += len(offered)
        for example in wanted:
            match = next(
                (c for c in offered if c.first_page == example["first"] and _same(c.title, example["title"])),
                None,
            )  # fmt: skip
            if match is None:
                result.misses.append(f"{name} p. {example['first']}: {example['title']}")
                continue
            offered.remove(match)
            result.found += 1
            regions = (
                example["region"] if isinstance(example["region"], list) else [example["region"]]
            )
            if _same(match.organisation, example["organisation"]) and any(
                _same(match.region, r) for r in regions
            ):
                result.facts_right += 1
            else:
                result.misses.append(
                    f"{name} p. {example['first']}: facts {match.organisation!r}, {match.region!r}"
                )
            if match.last_page == example["last"]:
                result.pages_exact += 1
            else:
                result.misses.append(
                    f"{name} p. {example['first']}: ends {match.last_page}, not {example['last']}"
                )
    return result


def suggestions_for(folder: Path) -> dict[str, list[Candidate]]:
    """Import `folder` into a fresh library and suggest in every brochure."""
    from brochuredesk.core.examples.good_practice import layout_reader
    from brochuredesk.core.examples.good_practice import suggestions_for as app_suggestions
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index

    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "lib")
        index = open_index(library)
        try:
            import_paths(library, [folder], index=index)
            found = {}
            with layout_reader(library) as reader:
                for brochure in library.catalog.brochures():
                    found[brochure.original_filename] = app_suggestions(
                        library, index, brochure, include_dismissed=True, reader=reader
                    )
            return found
        finally:
            index.close()
            library.close()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else BROCHURES
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    result = score(suggestions_for(folder), truth)
    print(f"examples {result.expected}, suggested {result.suggested}, found {result.found}")
    print(f"recall {result.recall:.0%}, precision {result.precision:.0%}")
    print(f"organisation and region right {result.facts_right}/{result.found}")
    print(f"page range exact {result.pages_exact}/{result.found}")
    for miss in result.misses:
        print("  ", miss)
    if folder == BROCHURES:
        from benchmarks.fit_suggest import collect, cross_validate, table
        from benchmarks.suggest_data import generated, german, practice

        with tempfile.TemporaryDirectory() as tmp:
            data = collect(generated() + practice() + german(), Path(tmp))
        outcome = cross_validate(data)
        print(f"\nCross-validated by publisher (threshold {outcome['threshold']:.2f}):")
        for title, part in (("real publications, ../shared/corpus/practice", "practice"),
                            ("our generated house styles", "generated"),
                            ("../shared/corpus/german", "german")):  # fmt: skip
            rows = {
                name: value for name, value in outcome["results"].items()
                if (part == "practice") != value[0].labelled.publisher.startswith(("generated", "german"))
                and (part == "practice" or value[0].labelled.publisher.startswith(part))
            }  # fmt: skip
            print(f"\n{title}\n")
            print(table({"results": rows}))


if __name__ == "__main__":
    main()
