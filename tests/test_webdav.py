"""The team library on a WebDAV share, synced as Nextcloud's and ownCloud's clients do: three
machines, each syncing its library folder both ways with the share now and then, run the
operation mix of the other team-library tests (a fifth of the processes SIGKILLed). After
the last syncs every machine has the same catalog, every reported operation is kept, and no
conflict copy is left in the folder."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from team_ops import Mix, assert_kept, brochure, run_batch, tables
from webdav_share import available, webdav_share

pytestmark = pytest.mark.skipif(not available(), reason="rclone is not installed")

OPERATIONS = int(os.environ.get("BROCHUREDESK_SYNC_OPERATIONS", "1000"))
MACHINES = 3


@pytest.mark.parametrize("seed", [1])
def test_three_machines_on_a_webdav_share_keep_every_edit(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    folders = [tmp_path / f"machine-{n}" / "Bibliothek" for n in range(MACHINES)]
    env = [dict(os.environ, BROCHUREDESK_CACHE=str(tmp_path / f"cache-{n}")) for n in range(3)]
    with webdav_share(tmp_path) as share:
        for folder in folders:
            folder.mkdir(parents=True)
        first = [brochure(n) for n in range(10)]
        run_batch(folders[0], env[0], [["add", b.id, b.to_record()] for b in first], rng, 0)
        for folder in folders:
            share.sync(folder, first=True)
        mix = Mix(rng, [b.id for b in first], notes=True)
        attempts: list[tuple[list[object], bool]] = []
        while mix.count < OPERATIONS:
            n = rng.randrange(MACHINES)
            attempts += run_batch(folders[n], env[n], mix.batch(), rng, kill=0.2)
            if rng.random() < 0.6:
                share.sync(folders[n])
        for _ in range(2):  # every client syncs, each machine takes in the others' logs
            for n, folder in enumerate(folders):
                share.sync(folder)
                run_batch(folder, env[n], [], rng, kill=0)
                share.sync(folder)
        for folder in folders:
            share.sync(folder)
    finals = [tables(folder, ("brochures", "examples", "notes")) for folder in folders]
    assert finals[0] == finals[1] == finals[2]
    assert_kept(attempts, finals[0])  # type: ignore[arg-type]
    # the catalog's conflict copies are merged and kept in backups/conflicts; none elsewhere
    kept = {p for f in folders for p in (f / "backups" / "conflicts").glob("*")}
    leftovers = [
        p.name for f in folders for p in f.rglob("*")
        if p.is_file() and p not in kept and ("conflict" in p.name.lower() or "..path" in p.name)
    ]  # fmt: skip
    print(f"conflict copies merged: {len(kept)}; reported: {sum(d for _, d in attempts)}")
    assert leftovers == [], sorted(set(leftovers))
