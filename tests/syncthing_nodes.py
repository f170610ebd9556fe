"""Real Syncthing nodes for the team-library tests: each with its own home, talking to the
others on 127.0.0.1 only, with discovery, relays, NAT traversal, usage and crash reporting
off, so nothing leaves the machine. A test waits on Syncthing's REST API (every folder idle,
nothing needed, every peer at 100 %) instead of sleeping."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FOLDER = "bibliothek"
API_KEY = "brochuredesk-test-key"


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Node:
    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.home / "syncthing.log"

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": API_KEY},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def start(self) -> None:
        env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart"],
                stdout=log, stderr=subprocess.STDOUT, env=env,
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.api("/rest/system/ping")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"syncthing {self.name} did not start: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def _configure(node: Node, peers: list[Node]) -> None:
    path = node.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None
    gui.find("address").text = f"127.0.0.1:{node.gui_port}"  # type: ignore[union-attr]
    gui.find("apikey").text = API_KEY  # type: ignore[union-attr]
    options = root.find("options")
    assert options is not None
    for name, value in {
        "listenAddress": f"tcp://127.0.0.1:{node.listen_port}",
        "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
        "relaysEnabled": "false", "natEnabled": "false", "startBrowser": "false",
        "urAccepted": "-1", "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
        "stunKeepaliveStartS": "0", "stunKeepaliveMinS": "0", "announceLANAddresses": "false",
    }.items():  # fmt: skip
        element = options.find(name)
        if element is None:
            element = ET.SubElement(options, name)
        element.text = value
    for stun in options.findall("stunServer"):
        options.remove(stun)
    for peer in peers:
        device = ET.SubElement(root, "device", id=peer.device_id, name=peer.name,
                               compression="metadata", introducer="false")  # fmt: skip
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
    folder = ET.Element(
        "folder", id=FOLDER, label=FOLDER, path=str(node.folder), type="sendreceive",
        rescanIntervalS="3600", fsWatcherEnabled="true", fsWatcherDelayS="1",
        ignorePerms="false", autoNormalize="true",
    )  # fmt: skip
    for member in [node, *peers]:
        ET.SubElement(folder, "device", id=member.device_id)
    root.insert(0, folder)
    tree.write(path)


@contextmanager
def nodes(base: Path, count: int) -> Iterator[list[Node]]:
    made = []
    for number in range(count):
        home = base / f"syncthing-{number}"
        folder = base / f"machine-{number}" / "Bibliothek"
        folder.mkdir(parents=True, exist_ok=True)
        node = Node(f"machine-{number}", home, folder, _free_port(), _free_port())
        out = subprocess.run(
            ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        node.device_id = next(
            line.split("Device ID:")[1].strip() for line in (out.stdout + out.stderr).splitlines()
            if "Device ID:" in line
        )  # fmt: skip
        made.append(node)
    for node in made:
        _configure(node, [peer for peer in made if peer is not node])
    try:
        for node in made:
            node.start()
        yield made
    finally:
        for node in made:
            node.stop()


def settle(machines: list[Node], timeout: float = 120) -> None:
    """Rescan every folder, then wait until each node is idle with nothing left to pull and
    every peer has everything: the state two quiet polls in a row agree on."""
    for node in machines:
        node.api(f"/rest/db/scan?folder={FOLDER}", method="POST")
    deadline = time.monotonic() + timeout
    quiet = 0
    last: list[Any] = []
    while time.monotonic() < deadline:
        states = []
        done = True
        for node in machines:
            status = node.api(f"/rest/db/status?folder={FOLDER}")
            states.append((status["state"], status["globalFiles"], status["sequence"]))
            if status["state"] != "idle" or status["needTotalItems"]:
                done = False
            for peer in machines:
                if peer is not node:
                    completion = node.api(
                        f"/rest/db/completion?folder={FOLDER}&device={peer.device_id}"
                    )
                    if completion["completion"] < 100 or completion["needItems"]:
                        done = False
        quiet = quiet + 1 if done and states == last else 0
        if quiet >= 2:
            return
        last = states
        time.sleep(0.5)
    raise TimeoutError("Syncthing did not settle")
