"""`python -m benchmarks {processes,import,search,catalog,…,all} [--size small|full]`: prints a table."""

from __future__ import annotations

import argparse

from . import (
    bench_app,
    bench_catalog,
    bench_import,
    bench_processes,
    bench_scale,
    bench_search,
    peers,
)
from .common import header

SUITES = {
    "processes": bench_processes,  # whole processes as users start them: CLI and import
    "import": bench_import,
    "search": bench_search,
    "catalog": bench_catalog,
    "app": bench_app,
    "peers": peers,
    "scale": bench_scale,
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("suite", choices=[*SUITES, "all"])
    parser.add_argument("--size", choices=["small", "full"], default="small")
    args = parser.parse_args()
    print(header())
    print(f"# size: {args.size}")
    for name, module in SUITES.items():
        if args.suite in (name, "all"):
            for label, value in module.main(args.size):
                print(f"| {label:48} | {value} |", flush=True)


if __name__ == "__main__":
    main()
