"""Entry point: `brochuredesk` and `python -m brochuredesk`."""

from __future__ import annotations

import sys


def main() -> int:
    if getattr(sys, "frozen", False):  # worker processes of a frozen (PyInstaller) app
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if argv == ["--version"]:  # answered before the CLI and all it imports are loaded
        from brochuredesk import __version__

        print(f"BrochureDesk {__version__}")
        return 0
    from brochuredesk.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
