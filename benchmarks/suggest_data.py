"""Labelled publications for the example suggester: the truth files, how a candidate is
matched to a marked example, and which publisher each file belongs to (for splits that never
fit and measure on one publisher)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from brochuredesk.core.extract.metadata_guess import fold

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "tests" / "data" / "example_brochures"
SHARED = (ROOT / ".." / "shared" / "corpus").resolve()
PRACTICE = SHARED / "practice"
GERMAN = SHARED / "german"
# Examples a reader marks in the German corpus (the rest of it is read as having none).
GERMAN_TRUTH = ROOT / "benchmarks" / "data" / "german_examples.json"


@dataclass
class Marked:
    first: int
    last: int
    title: str
    organisation: str = ""
    regions: list[str] = field(default_factory=list)


@dataclass
class Labelled:
    path: Path
    publisher: str  # the group a split keeps together
    examples: list[Marked]
    doubtful: set[int] = field(default_factory=set)  # pages where a candidate counts neither way
    counted: bool = True  # False: not in the found/precision figures (unlabelled parts)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= 3}


def same_title(candidate: str, marked: str) -> bool:
    a, b = " ".join(fold(candidate).split()), " ".join(fold(marked).split())
    if not a or not b:
        return False
    if (len(a) >= 4 and a in b) or (len(b) >= 4 and b in a):
        return True
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def matches(first_page: int, title: str, marked: Marked) -> bool:
    return marked.first <= first_page <= max(marked.first, marked.last) and same_title(
        title, marked.title
    )


def _pages(text: str) -> set[int]:
    found: set[int] = set()
    for part in str(text).split(","):
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if bounds:
            found.update(range(bounds[0], bounds[-1] + 1))
    return found


def generated() -> list[Labelled]:
    truth = json.loads((GENERATED / "truth.json").read_text(encoding="utf-8"))
    files = []
    for name in sorted(p.name for p in GENERATED.glob("*.pdf")):
        marked = [
            Marked(e["first"], e["last"], e["title"], e["organisation"],
                   e["region"] if isinstance(e["region"], list) else [e["region"]])
            for e in truth.get(name, [])
        ]  # fmt: skip
        files.append(Labelled(GENERATED / name, f"generated:{name}", marked))
    return files


def practice() -> list[Labelled]:
    if not (PRACTICE / "truth.json").is_file():
        return []
    truth = json.loads((PRACTICE / "truth.json").read_text(encoding="utf-8"))["files"]
    files = []
    for name, entry in sorted(truth.items()):
        marked = [
            Marked(e["first_page"], e["last_page"], e["title"], e.get("organisation", ""),
                   [e.get("region", "")])
            for e in entry.get("examples", [])
        ]  # fmt: skip
        doubtful: set[int] = set()
        for d in entry.get("doubtful", []):
            doubtful |= _pages(d.get("pages", ""))
        words = re.sub(r"\W+", " ", entry.get("publisher", name)).split()
        publisher = next((w for w in words if w not in ("The", "Die", "Der")), name)
        files.append(Labelled(PRACTICE / name, publisher, marked, doubtful))
    return files


def german() -> list[Labelled]:
    """The German corpus: programmes, manuals and newsletters with the examples marked in
    benchmarks/data/german_examples.json; files listed there as unread are left out."""
    if not GERMAN.is_dir():
        return []
    truth = json.loads(GERMAN_TRUTH.read_text(encoding="utf-8"))
    files = []
    for path in sorted(GERMAN.glob("*.pdf")):
        entry = truth["files"].get(path.name, {})
        if path.name in truth.get("unread", []):
            continue
        marked = [
            Marked(e["first_page"], e["last_page"], e["title"], e.get("organisation", ""),
                   [e.get("region", "")])
            for e in entry.get("examples", [])
        ]  # fmt: skip
        files.append(Labelled(path, "german:" + path.name.split("_")[0], marked))
    return files
