"""The user's own folders for the app (data, cache, settings), where platformdirs puts them.

On Linux and macOS the rule is short (an absolute XDG variable, else the platform's folder
under the home) and is written out here: importing platformdirs costs every command 9 ms
(its Unix module brings tempfile, shutil and random), a quarter of what `brochuredesk
search` may take. On Windows the folders are the shell's known folders, read by platformdirs.
tests/test_user_dirs.py holds each rule to what platformdirs answers, so a user's library
and cache stay where earlier versions put them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from brochuredesk import APP_NAME

# kind: (XDG variable, folder under the home on Linux, on macOS)
_KINDS = {
    "data": ("XDG_DATA_HOME", ".local/share", "Library/Application Support"),
    "config": ("XDG_CONFIG_HOME", ".config", "Library/Application Support"),
    "cache": ("XDG_CACHE_HOME", ".cache", "Library/Caches"),
}


def user_dir(kind: str) -> Path:
    """The app's folder of this kind: "data", "config" or "cache" (not created here)."""
    if sys.platform == "win32":
        return _windows(kind)
    variable, linux, mac = _KINDS[kind]
    base = os.environ.get(variable, "")
    if base.startswith("/"):
        return Path(base) / APP_NAME
    # unset, empty or relative: the spec says to ignore it
    return Path(_home()) / (mac if sys.platform == "darwin" else linux) / APP_NAME


def _home() -> str:
    home = os.environ.get("HOME", "")
    if home.startswith("/"):
        return home.rstrip("/") or "/"
    import pwd  # HOME unset or relative: the account's own home, as platformdirs does

    return pwd.getpwuid(os.getuid()).pw_dir


def _windows(kind: str) -> Path:
    import platformdirs

    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
