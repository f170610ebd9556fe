"""Installers: the .deb is built, installed, run and removed here; the other recipes are checked
as far as this machine can (the NSIS script compiles, the workflow is a valid workflow)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from brochuredesk import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build_linux  # noqa: E402
import icons  # noqa: E402
from bundle import build_bundle, executable  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "Clusterservice_Aus-_und_Weiterbildung.pdf"
DESKTOP = PACKAGING / "linux" / f"{icons.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{icons.APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/install-system-deps installs it as root)")
    return path


def test_icons_hold_every_size_as_png(tmp_path: Path) -> None:
    icons.write_icons(tmp_path)
    for size in icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{icons.APP_ID}.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert (width, height) == (size, size)
    ico = (tmp_path / "brochuredesk.ico").read_bytes()
    count = struct.unpack("<HHH", ico[:6])[2]
    dims = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert dims == list(icons.ICO_SIZES)
    icns = (tmp_path / "brochuredesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = [], 8
    while offset < len(icns):
        kinds.append(icns[offset : offset + 4])
        assert icns[offset + 8 : offset + 12] == b"\x89PNG"
        offset += struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
    assert b"ic10" in kinds and b"icp4" in kinds  # 1024 and 16 px


def test_desktop_entry_and_metainfo_validate() -> None:
    subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], check=True)
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    release = ET.parse(METAINFO).getroot().find("releases/release")
    assert release is not None and release.get("version") == __version__


def test_nsis_script_compiles_against_a_stand_in_bundle(tmp_path: Path) -> None:
    makensis = tool("makensis")
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "brochuredesk.exe").write_bytes(b"MZ" + b"\0" * 1024)
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ" + b"\0" * 64)
    out = tmp_path / f"BrochureDesk-{__version__}-setup.exe"
    result = subprocess.run(
        [makensis, "-V2", "-WX", f"-DVERSION={__version__}", f"-DBUNDLE={bundle}",
         f"-DOUTFILE={out}", str(PACKAGING / "windows" / "brochuredesk.nsi")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_nsis_script_refuses_to_build_without_a_bundle(tmp_path: Path) -> None:
    result = subprocess.run(
        [tool("makensis"), "-V1", f"-DVERSION={__version__}", f"-DBUNDLE={tmp_path / 'none'}",
         f"-DOUTFILE={tmp_path / 'x.exe'}", str(PACKAGING / "windows" / "brochuredesk.nsi")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0
    assert not (tmp_path / "x.exe").exists()


def test_release_workflow_is_a_valid_github_workflow() -> None:
    checker = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows",
         str(ROOT / ".github" / "workflows" / "release.yml")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, env=env, check=False)


@pytest.mark.slow
def test_deb_builds_installs_runs_and_removes_cleanly(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    tool("dpkg-deb")
    subprocess.run(["dpkg", "--purge", "brochuredesk"], capture_output=True)  # a leftover

    bundle = build_bundle(tmp_path / "dist", tmp_path / "work")
    deb = build_linux.build_deb(bundle, tmp_path / "dist")
    assert deb.stat().st_size <= 60 * 1000 * 1000  # the installer budget (issue: 69 MB)
    control = _run("dpkg-deb", "--field", str(deb), "Depends").stdout
    assert "libc6 (>=" in control and "libegl1" in control
    # system libraries Debian ships are its packages' business, not copies in /opt
    assert "libstdc++6" in control and "libglib2.0-0" in control
    listed = _run("dpkg-deb", "--contents", str(deb)).stdout
    assert "/_internal/libstdc++.so" not in listed and "/_internal/libglib-2.0.so" not in listed
    assert "/_internal/libpython3" in listed  # the interpreter the bundle was built with stays
    assert "PIL/" not in listed and "libssl" not in listed  # nothing here uses Pillow or TLS

    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    try:
        installed = shutil.which("brochuredesk", path="/usr/bin")
        assert installed == "/usr/bin/brochuredesk"
        assert os.path.realpath(installed) == "/opt/brochuredesk/brochuredesk"
        assert _run(installed, "--version").stdout.strip() == f"BrochureDesk {__version__}"

        library = tmp_path / "Bibliothek"
        env = dict(os.environ, BROCHUREDESK_WORKERS="spawn")  # the frozen worker start
        imported = _run(installed, "--library", str(library), "import", str(SAMPLE), env=env)
        assert imported.returncode == 0, imported.stderr
        found = _run(installed, "--library", str(library), "search", "Photonik-Akademie")
        assert "Clusterservice Aus- und Weiterbildung" in found.stdout
        assert "Photonik" in found.stdout

        gui_env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", BROCHUREDESK_QUIT_AFTER_START="1500"
        )
        gui = _run(installed, "--library", str(library), env=gui_env)
        assert gui.returncode == 0, gui.stderr

        share = Path("/usr/share")
        assert (share / "applications" / f"{icons.APP_ID}.desktop").is_file()
        assert (share / "metainfo" / f"{icons.APP_ID}.metainfo.xml").is_file()
        assert (share / "icons/hicolor/256x256/apps" / f"{icons.APP_ID}.png").is_file()
    finally:
        removed = subprocess.run(["dpkg", "--purge", "brochuredesk"], capture_output=True)
    assert removed.returncode == 0
    assert not Path("/opt/brochuredesk").exists()
    assert not Path("/usr/bin/brochuredesk").exists()
    assert _run("dpkg-query", "-W", "brochuredesk").returncode != 0

    tarball = build_linux.build_tarball(bundle, tmp_path / "dist")
    members = _run("tar", "-tzf", str(tarball)).stdout.splitlines()
    top = f"brochuredesk-{__version__}/"
    assert all(m.startswith(top) for m in members)
    assert top + executable(Path("")).name in members
    assert any(m.endswith("brochuredesk/samples/" + SAMPLE.name) for m in members)
