"""The team library on a real sync engine: two Syncthing nodes on loopback share one library
folder; each machine works through the CLI as its user would (its own cache: its own index,
lock and log), Syncthing carries the files, and both end with the same catalog, every edit
kept, removals holding, the other's imports searchable, `check` clean."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES
from syncthing_nodes import available, nodes, settle
from team_ops import Mix, assert_kept, run_batch, tables, unique_pdf, unsearchable

pytestmark = pytest.mark.skipif(not available(), reason="syncthing is not installed")

# More seeds or operations for a longer run: BROCHUREDESK_SYNC_SEEDS=1,2,3,4,5 pytest …
SEEDS = [int(s) for s in os.environ.get("BROCHUREDESK_SYNC_SEEDS", "1,2").split(",")]
OPERATIONS = int(os.environ.get("BROCHUREDESK_SYNC_OPERATIONS", "1000"))


def cli(machine: int, base: Path, folder: Path, *args: str) -> dict:  # type: ignore[type-arg]
    env = {
        **os.environ,
        "BROCHUREDESK_CACHE": str(base / f"cache-{machine}"),
        "BROCHUREDESK_LANG": "en",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(folder), *args, "--json"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout) if proc.stdout.strip() else {}


def catalog(folder: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    data = json.loads((folder / "catalog.json").read_text(encoding="utf-8"))
    return {
        name: sorted(data.get(name, {}).values(), key=lambda r: r["id"])
        for name in ("brochures", "examples", "notes")
    }


def test_two_machines_on_syncthing_keep_every_edit(tmp_path: Path) -> None:
    samples = sorted(SAMPLES.glob("*.pdf"))
    with nodes(tmp_path, 2) as (a, b):
        one = lambda *args: cli(0, tmp_path, a.folder, *args)  # noqa: E731
        two = lambda *args: cli(1, tmp_path, b.folder, *args)  # noqa: E731
        first = one("import", str(samples[0]), str(samples[1]), str(samples[2]))["added"]
        settle([a, b])
        assert {x["id"] for x in two("list")["brochures"]} == {x["id"] for x in first}

        # both machines edit before the next sync, as people do
        target, gone, kept = (x["id"] for x in first)
        one("tag", target, "Beirat")
        one("edit", target, "--title", "Titel von A")
        two("tag", target, "Handwerk")
        example = two("example", "add", kept, "--pages", "1", "--title", "Beispiel von B")
        two("note", "add", kept, "--page", "1", "--text", "Notiz von B")
        one("remove", gone)  # while B imports
        added = two("import", str(samples[3]))["added"]
        settle([a, b])
        two("list")  # B takes in A's logs
        one("list")  # and A takes in B's
        settle([a, b])

        assert catalog(a.folder) == catalog(b.folder)
        final = {x["id"]: x for x in catalog(a.folder)["brochures"]}
        assert gone not in final and added[0]["id"] in final
        assert set(final[target]["tags"]) == {"Beirat", "Handwerk"}
        assert final[target]["title"] == "Titel von A"
        assert [e["id"] for e in catalog(a.folder)["examples"]] == [example["id"]]
        assert [n["text"] for n in catalog(a.folder)["notes"]] == ["Notiz von B"]
        # B's import is searchable on A (A's index reads the file Syncthing brought)
        title_word = added[0]["title"].split()[0]
        assert any(r["id"] == added[0]["id"] for r in one("search", title_word)["results"])
        for machine, node in ((0, a), (1, b)):
            report = cli(machine, tmp_path, node.folder, "check")
            assert report.get("clean", True), report
        leftovers = [p.name for p in a.folder.rglob("*sync-conflict*")]
        assert leftovers == []


@pytest.mark.parametrize("seed", SEEDS)
def test_three_machines_on_syncthing_survive_kills_and_a_restart(tmp_path: Path, seed: int) -> None:
    """Three machines edit one library while Syncthing carries it between them: a thousand
    operations (brochures added, retitled, tagged, removed; examples added, retitled, removed;
    notes), a fifth of the processes SIGKILLed at a random moment, one machine's Syncthing
    stopped mid-burst and started again while its user goes on working. Afterwards every
    catalog is the same, everything a process reported done is there (or a later edit's
    value), and no conflict copy is left."""
    rng = random.Random(seed)
    caches = [tmp_path / f"cache-{n}" for n in range(3)]
    env = [dict(os.environ, BROCHUREDESK_CACHE=str(cache)) for cache in caches]
    with nodes(tmp_path, 3) as machines:
        pdfs = tmp_path / "downloads"
        pdfs.mkdir()
        mix = Mix(rng, [], notes=True, pdfs=pdfs)
        first = [unique_pdf(pdfs, n) for n in range(10)]  # real brochures, as users start
        ops = [
            ["import", hashlib.sha256(p.read_bytes()).hexdigest()[:12], str(p)] for p, _ in first
        ]
        run_batch(machines[0].folder, env[0], ops, rng, kill=0)
        mix.alive = [op[1] for op in ops]
        mix.imported = {op[1]: word for op, (_, word) in zip(ops, first, strict=True)}
        settle(machines)
        attempts: list[tuple[list[object], bool]] = []
        stop_at = rng.randrange(OPERATIONS // 4, OPERATIONS // 2)
        down = None
        while mix.count < OPERATIONS:
            n = rng.randrange(3)
            attempts += run_batch(machines[n].folder, env[n], mix.batch(), rng, kill=0.2)
            if down is None and mix.count >= stop_at:
                down = machines[rng.randrange(3)]
                down.stop()  # its user goes on working; the others cannot reach it
                start_at = mix.count + OPERATIONS // 5
            elif down is not None and down.process is None and mix.count >= start_at:
                down.start()
        for _ in range(2):  # each machine takes in the others' logs, and Syncthing carries that
            settle(machines, timeout=300)
            for n, node in enumerate(machines):
                run_batch(node.folder, env[n], [], rng, kill=0)
        settle(machines, timeout=300)
        finals = [tables(node.folder, ("brochures", "examples", "notes")) for node in machines]
        assert finals[0] == finals[1] == finals[2]
        print(
            f"seed {seed}: {len(attempts)} operations, {sum(d for _, d in attempts)} reported, "
            f"{len(finals[0]['brochures'])} brochures, {len(finals[0]['examples'])} examples, "
            f"{len(finals[0]['notes'])} notes"
        )
        assert_kept(attempts, finals[0])  # type: ignore[arg-type]
        assert len(finals[0]["brochures"]) >= 5
        leftovers = [p.name for node in machines for p in node.folder.rglob("*sync-conflict*")]
        assert leftovers == []
        # the imports were real PDFs: every machine finds each one by the word only it holds,
        # and its check finds nothing wrong (the files the catalog names all arrived)
        imported = {i: w for i, w in mix.imported.items() if any(b["id"] == i for b in
                    finals[0]["brochures"])}  # fmt: skip
        assert len(imported) >= 10
        for n, node in enumerate(machines):
            assert unsearchable(node.folder, env[n], imported) == [], n
            report = cli(n, tmp_path, node.folder, "check")
            assert report["clean"] and report["findings"] == [], report
