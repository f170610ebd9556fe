"""Every string the UI translates has its German text in the shipped translation, under the
class it is asked for in (moving code between classes changes that: run `make translations`)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → whether a finished translation is there."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            found[(name, message.findtext("source") or "")] = done
    return found


def test_the_german_translation_covers_every_ui_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "brochuredesk" / "ui").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    asked = set(_messages(fresh))
    shipped = _messages(ROOT / "resources" / "translations" / "brochuredesk_de.ts")
    missing = sorted(key for key in asked if not shipped.get(key))
    assert not missing, f"no German text (run `make translations`): {missing[:10]}"
