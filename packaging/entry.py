"""Start script of the frozen app (PyInstaller needs a file, not a module)."""

import sys

from brochuredesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
