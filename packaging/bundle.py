"""Build the PyInstaller one-folder bundle: icons first, then the spec.

    python packaging/bundle.py        ->  dist/brochuredesk/brochuredesk[.exe]  (+ BrochureDesk.app on macOS)

Run it with the project's virtualenv (PyInstaller is in the `dev` extra). The same command runs
on Linux, Windows and macOS (the release workflow calls it on each).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from icons import write_icons  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "brochuredesk"


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("brochuredesk.exe" if sys.platform == "win32" else "brochuredesk")


def build_bundle(
    dist: Path = DIST, work: Path = ROOT / "build" / "pyinstaller", *, clean: bool = True
) -> Path:
    """The bundle folder `dist`/brochuredesk, built from the spec (icons rendered first)."""
    write_icons(ROOT / "build" / "icons")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(HERE / "brochuredesk.spec"),
    ]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "brochuredesk"


if __name__ == "__main__":
    print(executable(build_bundle(clean="--no-clean" not in sys.argv)))
