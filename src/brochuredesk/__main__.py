"""Entry point: `brochuredesk` and `python -m brochuredesk`."""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()  # worker processes of a frozen (PyInstaller) app
    from .cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
