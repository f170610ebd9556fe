"""Linux packages of the PyInstaller bundle: a .deb and a tarball.

    python packaging/build_linux.py deb       ->  dist/brochuredesk_<version>_<arch>.deb
    python packaging/build_linux.py tarball   ->  dist/brochuredesk-<version>-linux-<arch>.tar.gz

Build the bundle first (packaging/bundle.py; `make deb` does both). The .deb installs the bundle
to /opt/brochuredesk, links /usr/bin/brochuredesk to it, and adds the desktop entry, the
AppStream metainfo and the icons in the hicolor sizes. Its Depends: are the Debian packages that
own the libraries the bundle links to but does not carry (found with ldd and dpkg -S), so a
machine without, say, the XCB cursor library gets it with the package.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from bundle import BUNDLE, DIST  # noqa: E402
from icons import APP_ID, write_icons  # noqa: E402

from brochuredesk import __version__  # noqa: E402

PACKAGE = "brochuredesk"
PREFIX = Path("opt") / PACKAGE
LINUX = HERE / "linux"
MAINTAINER = "BrochureDesk developers <brochuredesk@users.noreply.github.com>"
DESCRIPTION = """\
Catalog and search PDF brochures, collect good-practice examples
 BrochureDesk turns a folder of downloaded PDF brochures into a searchable,
 tagged catalog with covers, titles, publishers and dates, with a search that
 understands German (umlauts, compounds, word forms). Good-practice examples
 inside the brochures become records of their own and can be exported as a
 dossier PDF, CSV or JSON. Everything works offline."""


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def external_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of the system libraries the bundle's ELF files load, sonames ldd cannot find)."""
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    library_dirs = sorted({str(p.parent) for p in elves})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(library_dirs))
    found: set[str] = set()
    missing: set[str] = set()
    for elf in elves:
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (not found|(\S+) \(0x)", line)
            if not match:
                continue
            if match.group(2) == "not found":
                missing.add(match.group(1))
            elif not Path(match.group(3)).resolve().is_relative_to(bundle.resolve()):
                found.add(match.group(3))
    return found, missing


def owning_package(path: str) -> str:
    """The Debian package that ships `path` (tried as given and with /usr merged or not)."""
    candidates = [path, str(Path(path).resolve())]
    candidates += [c.removeprefix("/usr") for c in candidates if c.startswith("/usr/lib")]
    candidates += ["/usr" + c for c in candidates if c.startswith("/lib")]
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"no Debian package ships {path}: install it before building the .deb")


def glibc_version() -> str:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], check=True, capture_output=True, text=True
    ).stdout
    return re.match(r"[\d.]+", out).group(0).rstrip(".")  # type: ignore[union-attr]


def depends(bundle: Path) -> list[str]:
    found, missing = external_libraries(bundle)
    if missing:
        raise SystemExit(
            "the bundle needs libraries this machine lacks, so their packages are unknown: "
            + ", ".join(sorted(missing))
            + " (run scripts/install-system-deps as root)"
        )
    packages = {owning_package(p) for p in found} - {"libc6"}
    return [f"libc6 (>= {glibc_version()})", *sorted(packages)]


SYSTEM_LIBRARY_DIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
)
KEEP_CARRIED = ("libpython",)  # the interpreter the bundle was built with, not Debian's


def left_to_debian(tree: Path) -> list[str]:
    """Take out of the .deb the system libraries PyInstaller copied beside the program
    (libstdc++, GLib, X11, cairo, SQLite …) that a Debian package ships under the same name:
    the package becomes a dependency instead (depends() finds it through ldd), as Debian
    packages do; the tarball keeps carrying them for other distributions. The names taken."""
    taken = []
    for path in sorted((tree / "_internal").glob("lib*.so*")):
        if path.name.startswith(KEEP_CARRIED) or path.is_symlink():
            continue
        system = next((Path(d) / path.name for d in SYSTEM_LIBRARY_DIRS
                       if (Path(d) / path.name).exists()), None)  # fmt: skip
        if system is None:
            continue
        result = subprocess.run(["dpkg", "-S", str(system.resolve())], capture_output=True)
        if result.returncode == 0:
            path.unlink()
            taken.append(path.name)
    return taken


def _tree_size_kib(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )


def stage_deb(bundle: Path, stage: Path) -> Path:
    """The package's file tree under `stage`/root, with DEBIAN/control."""
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"no bundle at {bundle}: run `python packaging/bundle.py` first")
    root = stage / "root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    left_to_debian(root / PREFIX)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    share = root / "usr" / "share"
    for folder, name in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copyfile(LINUX / name, share / folder / name)
    icons = stage / "icons"
    write_icons(icons)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX / "copyright", doc / "copyright")
    for path in root.rglob("*"):  # lintian-clean modes whatever the umask was
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_tree_size_kib(root)}\n"
        f"Depends: {', '.join(depends(root / PREFIX))}\n"
        # Scanned brochures are read by MuPDF's own Tesseract, which needs only the data.
        "Recommends: tesseract-ocr-deu, tesseract-ocr-eng\n"
        "Section: text\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    return root


def build_deb(bundle: Path = BUNDLE, out_dir: Path = DIST) -> Path:
    root = stage_deb(bundle, out_dir / "deb-stage")
    out = out_dir / f"{PACKAGE}_{__version__}_{architecture()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root.parent)
    return out


def build_tarball(bundle: Path = BUNDLE, out_dir: Path = DIST) -> Path:
    out = out_dir / f"{PACKAGE}-{__version__}-linux-{os.uname().machine}.tar.gz"
    subprocess.run(
        ["tar", "-czf", str(out), "--owner=0", "--group=0",
         f"--transform=s,^{PACKAGE},{PACKAGE}-{__version__},", "-C", str(bundle.parent), bundle.name],
        check=True,
    )  # fmt: skip
    return out


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "deb"
    builders = {"deb": build_deb, "tarball": build_tarball}
    if target not in builders:
        raise SystemExit(f"usage: {sys.argv[0]} [deb|tarball]")
    print(builders[target]())
