"""Mutational fuzzing of PDF bytes through the import workers.

    python scripts/fuzz_import.py --cases 2000 [--seed 1] [--timeout 5]

Takes the sample brochures (and the shared corpus's German PDFs when present), damages them
the ways files get damaged (flipped bytes, cut off, a range duplicated or zeroed, a number in a
dictionary changed, the xref table broken) and sends each through `extract_all`, the worker
pool the import uses. Every case must end as a read brochure or a readable error, within the
time limit; the process running this must survive all of them. Prints a summary (and writes
the cases that failed differently to --keep).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from brochuredesk.core.extract.pool import Job, extract_all  # noqa: E402

SEEDS = sorted((ROOT / "resources" / "samples").glob("*.pdf"))
NUMBER = re.compile(rb"\d+")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four damages of the kinds real files show."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        at = rng.randrange(max(1, len(out)))
        if kind == 0:  # flipped bits
            for _ in range(rng.randint(1, 32)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        elif kind == 1:  # cut off (an interrupted download)
            del out[max(64, at) :]
        elif kind == 2:  # a range written twice
            size = rng.randint(1, 4096)
            out[at:at] = out[at : at + size]
        elif kind == 3:  # a range zeroed
            size = rng.randint(1, 4096)
            out[at : at + size] = bytes(len(out[at : at + size]))
        elif kind == 4:  # a number changed (lengths, counts, object numbers, offsets)
            numbers = list(NUMBER.finditer(out))
            if numbers:
                match = rng.choice(numbers)
                value = str(rng.choice([0, 1, -1, 2**31, 10**9, rng.randrange(100000)]))
                out[match.start() : match.end()] = value.encode()
        else:  # the xref table or the trailer broken
            for marker in (b"xref", b"trailer", b"startxref", b"/Root", b"/Pages"):
                i = out.rfind(marker)
                if i >= 0 and rng.random() < 0.5:
                    out[i : i + len(marker)] = bytes(rng.randrange(256) for _ in marker)
    return bytes(out)


def run(cases: int, seed: int, timeout: float, work: Path, extra: list[Path]) -> Counter[str]:
    rng = random.Random(seed)
    sources = [p.read_bytes() for p in SEEDS + extra]
    work.mkdir(parents=True, exist_ok=True)
    jobs = []
    for number in range(cases):
        path = work / f"case-{number:05d}.pdf"
        path.write_bytes(mutate(rng.choice(sources), rng))
        jobs.append(Job(str(number), path))
    outcomes: Counter[str] = Counter()
    for outcome in extract_all(jobs, timeout=timeout):
        if outcome.extraction is not None:
            outcomes["read" if not outcome.warnings else "read with warnings"] += 1
        elif "stopped after" in outcome.error:
            outcomes["timed out"] += 1
        elif "crashed" in outcome.error or "ended" in outcome.error:
            outcomes["worker crashed (replaced)"] += 1
        else:
            outcomes["refused: " + outcome.error.split(":")[0][:40]] += 1
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/brochuredesk-fuzz"))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "german")
    args = parser.parse_args()
    extra = sorted(args.corpus.glob("*.pdf"))[:10] if args.corpus.is_dir() else []
    started = time.monotonic()
    outcomes = run(args.cases, args.seed, args.timeout, args.work, extra)
    elapsed = time.monotonic() - started
    print(f"{sum(outcomes.values())} of {args.cases} cases finished in {elapsed:.0f} s "
          f"(seed {args.seed}, {len(SEEDS) + len(extra)} seed files)")  # fmt: skip
    for kind, count in outcomes.most_common():
        print(f"  {count:6d}  {kind}")
    return 0 if sum(outcomes.values()) == args.cases else 1


if __name__ == "__main__":
    sys.exit(main())
