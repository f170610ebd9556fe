"""The app's own folders stay where platformdirs put them in earlier versions: a user's
default library and this machine's cache are found again after the update."""

from __future__ import annotations

import sys

import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix

from brochuredesk.core.library.user_dirs import APP_NAME, user_dir

CASES = [
    {},  # no XDG variables
    {"XDG_DATA_HOME": "/srv/data", "XDG_CONFIG_HOME": "/srv/conf", "XDG_CACHE_HOME": "/srv/c"},
    {"XDG_DATA_HOME": "relative/data", "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": "  "},
]


@pytest.mark.parametrize("env", CASES)
@pytest.mark.parametrize(("platform", "reference"), [("linux", Unix), ("darwin", MacOS)])
def test_each_folder_is_where_platformdirs_puts_it(monkeypatch, tmp_path, env, platform, reference):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform)
    dirs = reference(APP_NAME, appauthor=False)
    assert str(user_dir("data")) == dirs.user_data_dir
    assert str(user_dir("config")) == dirs.user_config_dir
    assert str(user_dir("cache")) == dirs.user_cache_dir


def test_a_home_of_root_gives_no_double_slash(monkeypatch):
    monkeypatch.setenv("HOME", "/")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert str(user_dir("cache")) == f"/.cache/{APP_NAME}"
    assert Unix(APP_NAME, appauthor=False).user_cache_dir == f"/.cache/{APP_NAME}"
