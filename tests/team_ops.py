"""The operation mix the team-library tests run on each machine, whatever carries the files
(a simulated sync service or real Syncthing nodes): brochures added, retitled, tagged and
untagged, removed; examples added, retitled, removed; notes added. Each batch runs in a process
of its own that reports each operation when done, so a test can kill it at any moment and still
know what a user was told had happened."""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from brochuredesk.core.library.records import Brochure

TAGS = ("Ausbildung", "Cluster", "KMU")


def brochure(number: int) -> Brochure:
    sha = hashlib.sha256(f"broschüre {number}".encode()).hexdigest()
    return Brochure(
        id=sha[:12], sha256=sha, title=f"Broschüre {number}", original_filename=f"b{number}.pdf",
        file=f"files/b{number}.pdf", file_size=1000, page_count=4,
        added="2026-12-01T10:00:00+01:00", modified="2026-12-01T10:00:00+01:00",
    )  # fmt: skip


def tables(folder: Path, names: tuple[str, ...] = ("brochures", "examples")) -> dict[str, Any]:
    data = orjson.loads((folder / "catalog.json").read_bytes())
    return {name: sorted(data.get(name, {}).values(), key=lambda r: r["id"]) for name in names}


MACHINE_PROCESS = """
import sys, orjson
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
NOW = "2026-12-08T10:00:00+01:00"
folder, batch = sys.argv[1], orjson.loads(sys.stdin.buffer.read())
with open_library(folder) as library:
    catalog = library.catalog
    for op in batch:
        kind, target, value = op
        if kind == "add":
            catalog.add([Brochure.from_record(value)])
        elif kind == "import":  # a real PDF: its file travels with the library
            from pathlib import Path
            from brochuredesk.core.importer.pipeline import import_paths
            report = import_paths(library, [Path(value)])
            if not (report.added or report.duplicates):
                continue
        elif kind in ("example_title", "example_remove"):
            if target not in {e.id for e in catalog.examples()}:
                continue
            if kind == "example_title":
                catalog.update_example(target, title=value)
            else:
                catalog.remove_example(target)
        elif target not in catalog:
            continue  # not here (yet, or no longer): nothing done, nothing reported
        elif kind == "title":
            catalog.update(target, title=value)
        elif kind == "tag":
            catalog.tag(target, [value])
        elif kind == "untag":
            catalog.untag(target, [value])
        elif kind == "remove":
            catalog.remove(target)
        elif kind == "example":
            catalog.add_example(Example(id=value[0], brochure_id=target, first_page=1,
                                        last_page=1, title=value[1], created=NOW, modified=NOW))
        elif kind == "note":
            catalog.add_note(Note(id=value[0], brochure_id=target, page=1, created=NOW,
                                  modified=NOW, text=value[1]))
        print(orjson.dumps(op).decode(), flush=True)  # reported done
"""


class Mix:
    """Random batches of operations over the brochures and examples the test knows of."""

    def __init__(
        self, rng: random.Random, alive: list[str], notes: bool = False, pdfs: Path | None = None
    ) -> None:
        self.rng = rng
        self.pdfs = pdfs  # where to write real PDFs to import (else catalog records are added)
        self.imported: dict[str, str] = {}  # brochure id -> the word only its PDF holds
        self.alive = list(alive)
        self.examples: list[str] = []
        self.notes = notes
        self.next_brochure = 500
        self.count = 0

    def batch(self) -> list[list[Any]]:
        rng, batch = self.rng, []
        for _ in range(rng.randint(10, 30)):
            kind = rng.random()
            target = rng.choice(self.alive)
            label = f"{self.count}-{len(batch)}"
            if kind < 0.08 and self.pdfs is not None:
                path, word = unique_pdf(self.pdfs, self.next_brochure)
                self.next_brochure += 1
                brochure_id = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
                batch.append(["import", brochure_id, str(path)])
                self.alive.append(brochure_id)
                self.imported[brochure_id] = word
            elif kind < 0.08:
                new = brochure(self.next_brochure)
                self.next_brochure += 1
                batch.append(["add", new.id, new.to_record()])
                self.alive.append(new.id)
            elif kind < 0.40:
                batch.append(["title", target, f"Titel {label}"])
            elif kind < 0.75:
                tag = rng.choice(TAGS)
                batch.append(["tag" if rng.random() < 0.6 else "untag", target, tag])
            elif kind < 0.85 and self.notes:
                example_id = f"{rng.getrandbits(48):012x}"
                batch.append(["example", target, [example_id, f"Beispiel {label}"]])
                self.examples.append(example_id)
            elif kind < 0.90 and self.notes and self.examples:
                which = rng.choice(self.examples)
                if rng.random() < 0.7:
                    batch.append(["example_title", which, f"Beispiel {label}"])
                else:
                    batch.append(["example_remove", which, None])
                    self.examples.remove(which)
            elif kind < 0.95 and self.notes:
                batch.append(["note", target, [f"{rng.getrandbits(48):012x}", f"Notiz {label}"]])
            elif len(self.alive) > 5:
                batch.append(["remove", target, None])
                self.alive.remove(target)
        self.count += len(batch)
        return batch


def unique_pdf(folder: Path, number: int) -> tuple[Path, str]:
    """A small brochure whose text holds a word no other one has."""
    from pdfs import make_pdf

    word = f"Stichwort{number}x"
    lines = [f"Broschüre {number}", f"Fachkräfte im Verbund, {word}, für die Region."]
    return make_pdf(folder / f"neu-{number}.pdf", [lines], title_size=20), word


SEARCH_ALL = """
import sys, json
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index, search
folder, words = sys.argv[1], json.loads(sys.stdin.read())
missing = []
with open_library(folder) as library:
    index = open_index(library)
    for brochure_id, word in words.items():
        if brochure_id in library.catalog:
            found = {r.brochure_id for r in search(library, index, word, correct=False).results}
            if brochure_id not in found:
                missing.append(brochure_id)
    index.close()
print(json.dumps(missing))
"""


def unsearchable(folder: Path, env: dict[str, str], words: dict[str, str]) -> list[str]:
    """The brochures of `words` (id -> its word) in the catalog that searching the machine's
    index for their word does not find."""
    done = subprocess.run(
        [sys.executable, "-c", SEARCH_ALL, str(folder)], input=orjson.dumps(words).decode(),
        capture_output=True, text=True, env=env, timeout=600, check=True,
    )  # fmt: skip
    return list(orjson.loads(done.stdout))


def run_batch(
    folder: Path, env: dict[str, str], batch: list[list[Any]], rng: random.Random, kill: float
) -> list[tuple[list[Any], bool]]:
    """Run `batch` on the machine of `env` in a process of its own, SIGKILLed at a random
    moment with probability `kill`; each operation with whether it was reported done."""
    process = subprocess.Popen(
        [sys.executable, "-c", MACHINE_PROCESS, str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(orjson.dumps(batch))
    process.stdin.close()
    if rng.random() < kill:
        time.sleep(rng.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
    out = process.stdout.read().decode()
    process.wait(timeout=60)
    reported = [orjson.loads(line) for line in out.splitlines() if line.startswith("[")]
    return [(op, op in reported) for op in batch]


def assert_kept(attempts: list[tuple[list[Any], bool]], final: dict[str, Any]) -> None:
    """Every operation reported done has its effect in `final` (tables()), unless a later
    operation on the same field overrode it or its brochure is gone."""
    brochures = {b["id"]: b for b in final["brochures"]}
    examples = {e["id"]: e for e in final.get("examples", [])}
    notes = {n["id"]: n for n in final.get("notes", [])}
    for number, (op, done) in enumerate(attempts):
        kind, target, value = op
        later = [o for o, _ in attempts[number + 1 :] if o[1] == target]
        if not done:
            continue
        if kind == "remove":
            assert target not in brochures, op
        elif kind == "example_remove":
            assert target not in examples, op
        elif kind == "example_title" and target in examples:
            if not any(o[0] == "example_title" for o in later):
                assert examples[target]["title"] == value, op
        elif target not in brochures:
            continue  # removed later (by this machine or another)
        elif kind == "title" and not any(o[0] == "title" for o in later):
            assert brochures[target]["title"] == value, op
        elif kind in ("tag", "untag") and not any(
            o[2] == value for o in later if o[0] in ("tag", "untag")
        ):
            held = {t.casefold() for t in brochures[target]["tags"]}
            assert (str(value).casefold() in held) is (kind == "tag"), op
        elif kind == "example":
            removed = any(o[0] == "example_remove" and o[1] == value[0] for o, _ in attempts)
            assert removed or value[0] in examples, op
        elif kind == "note" and "notes" in final:
            assert value[0] in notes, op
