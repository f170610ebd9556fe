"""Several machines on copies of one library that a sync service carries between them: every
machine ends with the same catalog, and every edit one of them reported done is there unless
a later edit of the same field overrode it. Machines are separate cache folders (their ids and
locks), the sync service is this test: whole files copied in random order, some held back a
round, catalog.json overwritten or turned into a conflict copy when both sides changed it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from team_ops import Mix, assert_kept, brochure, run_batch, tables

from brochuredesk.core.library import changelog
from brochuredesk.core.library.example_records import Example, new_example_id
from brochuredesk.core.library.fold import fold
from brochuredesk.core.library.folder import open_library

MACHINES = 3


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "backups" not in p.parts
    }


class SyncService:
    """A sync service as Nextcloud or Dropbox run one: a server holds the newest version of
    each file; a machine uploads what changed there since its last sync and downloads what
    changed on the server, file by file in random order, some held back to a later round. A
    file changed on both sides since their last sync becomes a conflict copy beside it."""

    def __init__(self, folders: list[Path], rng: random.Random) -> None:
        self.folders = folders
        self.rng = rng
        self.server: dict[str, tuple[int, bytes]] = {}
        self.known: list[dict[str, tuple[int, bytes]]] = [{} for _ in folders]
        self.conflicts = 0

    def round(self, hold_back: float = 0.3) -> None:
        for machine in self.rng.sample(range(len(self.folders)), len(self.folders)):
            self.sync(machine, hold_back)

    def sync(self, machine: int, hold_back: float) -> None:
        folder = self.folders[machine]
        local = files_of(folder)
        names = sorted(set(local) | set(self.server))
        self.rng.shuffle(names)
        for name in names:
            if self.rng.random() < hold_back:
                continue
            version, data = self.known[machine].get(name, (0, b""))
            here = local.get(name)
            changed_here = here is not None and here != data
            on_server = self.server.get(name)
            changed_there = on_server is not None and on_server[0] > version
            if changed_here and changed_there:
                assert on_server is not None
                stem, dot, ext = name.rpartition(".")
                copy = f"{stem} (conflicted copy {self.rng.randrange(10**6):06d}){dot}{ext}"
                self.conflicts += 1
                self.server[copy] = (1, here)  # the loser is kept as a copy …
                self._put(folder / name, on_server[1])  # … and the server's version wins
                self.known[machine][name] = on_server
            elif changed_here:
                assert here is not None
                self.server[name] = ((on_server or (0, b""))[0] + 1, here)
                self.known[machine][name] = self.server[name]
            elif changed_there:
                assert on_server is not None
                self._put(folder / name, on_server[1])
                self.known[machine][name] = on_server

    @staticmethod
    def _put(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".sync-{path.name}")
        tmp.write_bytes(data)
        os.replace(tmp, path)

    def settle(self) -> None:
        for _ in range(4):
            self.round(hold_back=0.0)


def as_machine(cache: Path) -> None:
    os.environ["BROCHUREDESK_CACHE"] = str(cache)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_machines_converge_and_keep_every_edit(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "cache-0"))
    rng = random.Random(seed)
    folders = [tmp_path / f"machine-{n}" / "Bibliothek" for n in range(MACHINES)]
    caches = [tmp_path / f"cache-{n}" for n in range(MACHINES)]
    as_machine(caches[0])
    with open_library(folders[0]) as library:
        library.catalog.add([brochure(n) for n in range(12)])
    for folder in folders[1:]:
        shutil.copytree(folders[0], folder)
    sync = SyncService(folders, rng)
    titles: dict[str, list[str]] = {}  # brochure → titles set, in the order they were set
    tags: dict[tuple[str, str], bool] = {}  # (brochure, tag) → present after the last op on it
    removed: set[str] = set()
    examples: dict[str, str] = {}  # example id → brochure
    gone_examples: set[str] = set()
    next_brochure = 100
    operations = 0
    while operations < 1000:
        machine = rng.randrange(MACHINES)
        as_machine(caches[machine])
        with open_library(folders[machine]) as library:
            alive = [b.id for b in library.catalog.brochures()]
            for _ in range(rng.randint(1, 6)):
                time.sleep(0.002)  # the clocks of two edits differ (as edits of people do)
                kind = rng.random()
                target = rng.choice(alive) if alive else None
                if target is None or kind < 0.08:
                    new = brochure(next_brochure)
                    next_brochure += 1
                    library.catalog.add([new])
                    alive.append(new.id)
                elif kind < 0.40:
                    title = f"Titel {seed}-{operations}"
                    library.catalog.update(target, title=title)
                    titles.setdefault(target, []).append(title)
                elif kind < 0.65:
                    tag = rng.choice(["Ausbildung", "Cluster", "Handwerk", "KMU"])
                    if rng.random() < 0.6:
                        library.catalog.tag(target, [tag])
                        tags[(target, tag.casefold())] = True
                    else:
                        library.catalog.untag(target, [tag])
                        tags[(target, tag.casefold())] = False
                elif kind < 0.80:
                    stamp = "2026-12-01T10:00:00+01:00"
                    example = Example(
                        new_example_id(), target, 1, 2, f"Beispiel {operations}", stamp, stamp
                    )
                    library.catalog.add_example(example)
                    examples[example.id] = target
                elif kind < 0.90 and examples:
                    ref = rng.choice(sorted(examples))
                    if ref in {e.id for e in library.catalog.examples()}:
                        if rng.random() < 0.7:
                            library.catalog.update_example(ref, summary=f"Kurz {operations}")
                        else:
                            library.catalog.remove_example(ref)
                            gone_examples.add(ref)
                elif len(alive) > 4:
                    library.catalog.remove(target)
                    alive.remove(target)
                    removed.add(target)
                operations += 1
        if rng.random() < 0.5:
            sync.round()
    sync.settle()
    finals = []
    for machine in range(MACHINES):
        as_machine(caches[machine])
        with open_library(folders[machine]) as library:  # takes in what the others wrote
            assert not library.merged_conflicts or all(
                m.brochures == 0 for m in library.merged_conflicts
            )
        finals.append(tables(folders[machine]))
    assert finals[0] == finals[1] == finals[2]
    final = {b["id"]: b for b in finals[0]["brochures"]}  # type: ignore[index]
    assert not removed & set(final)  # a removal holds
    final_examples = {e["id"] for e in finals[0]["examples"]}  # type: ignore[index]
    assert final_examples and not gone_examples & final_examples
    for brochure_id, history in titles.items():
        if brochure_id in final:
            assert final[brochure_id]["title"] == history[-1]  # the last title set wins
    for (brochure_id, tag), present in tags.items():
        if brochure_id in final:
            held = {t.casefold() for t in final[brochure_id]["tags"]}
            assert (tag in held) is present, (brochure_id, tag)
    # The snapshot is what the logs say: every machine's edits are in its log.
    ops = changelog.all_ops(folders[0])
    folded = fold(ops)
    assert sorted(folded["brochures"].values(), key=lambda r: r["id"]) == finals[0]["brochures"]
    assert not list(folders[0].glob("catalog (*).json"))  # conflict copies tidied away


KILLED_WRITER = """
import sys
from brochuredesk.core.library.folder import open_library
library = open_library(sys.argv[1])
ids = [b.id for b in library.catalog.brochures()]
number = 0
while True:
    target = ids[number % len(ids)]
    library.catalog.tag(target, [f"T{number}"])
    print(f"{target} T{number}", flush=True)
    number += 1
"""


@pytest.mark.parametrize("after", [0.3, 0.8, 1.5])
def test_kill_9_mid_write_loses_no_reported_edit(tmp_path: Path, after: float) -> None:
    root = tmp_path / "lib"
    with open_library(root) as library:
        library.catalog.add([brochure(n) for n in range(5)])
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(root)], stdout=subprocess.PIPE, text=True
    )
    time.sleep(after)
    writer.send_signal(signal.SIGKILL)
    out, _ = writer.communicate(timeout=30)
    reported = [line.split() for line in out.splitlines() if line.count(" ") == 1]
    assert reported, "the writer reported nothing before it was killed"
    with open_library(root) as library:  # valid, and brought up to the log
        for brochure_id, tag in reported:
            assert tag in library.catalog.get(brochure_id).tags


def test_machine_processes_killed_at_random_still_converge(tmp_path: Path) -> None:
    """The same as above with each machine's edits made by processes of their own, a fifth of
    them killed with SIGKILL at a random moment: what a process reported done is there unless
    a later edit of the same field overrode it, and the machines still end alike."""
    rng = random.Random(7)
    folders = [tmp_path / f"machine-{n}" / "Bibliothek" for n in range(MACHINES)]
    caches = [tmp_path / f"cache-{n}" for n in range(MACHINES)]
    env = [dict(os.environ, BROCHUREDESK_CACHE=str(cache)) for cache in caches]
    os.environ["BROCHUREDESK_CACHE"] = str(caches[0])
    with open_library(folders[0]) as library:
        library.catalog.add([brochure(n) for n in range(10)])
        alive = [b.id for b in library.catalog.brochures()]
    for folder in folders[1:]:
        shutil.copytree(folders[0], folder)
    sync = SyncService(folders, rng)
    mix = Mix(rng, alive)
    attempts: list[tuple[list[Any], bool]] = []  # every op sent, and whether reported
    while mix.count < 1000:
        machine = rng.randrange(MACHINES)
        attempts += run_batch(folders[machine], env[machine], mix.batch(), rng, kill=0.2)
        if rng.random() < 0.6:
            sync.round()
    sync.settle()
    finals = []
    for machine in range(MACHINES):
        os.environ["BROCHUREDESK_CACHE"] = str(caches[machine])
        with open_library(folders[machine]):
            pass  # takes in what the others wrote
        finals.append(tables(folders[machine]))
    assert finals[0] == finals[1] == finals[2]
    assert_kept(attempts, finals[0])


def test_a_tag_added_again_keeps_its_place_in_the_log_as_in_the_catalog(tmp_path: Path) -> None:
    """Tagging a brochure with a tag it already has changes nothing in the catalog; folding the
    logs must give the same order (it moved the tag to the end, and machines that refolded
    disagreed with the one that wrote it)."""
    folder = tmp_path / "Bibliothek"
    as_machine(tmp_path / "cache")
    with open_library(folder) as library:
        library.catalog.add([brochure(1)])
        ref = library.catalog.brochures()[0].id
        library.catalog.tag(ref, ["Cluster", "KMU"])
        time.sleep(0.002)
        library.catalog.tag(ref, ["Handwerk"])
        time.sleep(0.002)
        library.catalog.tag(ref, ["kmu"])
        written = library.catalog.get(ref).tags
    assert written == ["Cluster", "KMU", "Handwerk"]
    (folded,) = fold(changelog.all_ops(folder))["brochures"].values()
    assert folded["tags"] == written
