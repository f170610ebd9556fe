"""A WebDAV share as Nextcloud and ownCloud offer one, with each machine synced to it the way
their desktop clients do (two-way, on a schedule, conflicts kept as copies): `rclone serve
webdav` on 127.0.0.1 is the server, `rclone bisync` between a machine's library folder and the
share is its client. Nothing leaves the machine; no rclone configuration file is read."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVE_TIMEOUT = 30.0


def available() -> bool:
    return shutil.which("rclone") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Share:
    def __init__(self, base: Path, port: int) -> None:
        self.base = base
        self.remote = f":webdav,url='http://127.0.0.1:{port}/',vendor=owncloud:"
        self.env = {**os.environ, "RCLONE_CONFIG": str(base / "no-rclone.conf")}

    def sync(self, folder: Path, first: bool = False) -> None:
        """One run of the machine's sync client: both ways, conflicts kept as copies."""
        state = self.base / "bisync" / folder.parent.name
        state.mkdir(parents=True, exist_ok=True)
        command = ["rclone", "bisync", str(folder), self.remote, "--workdir", str(state),
                   "--force", "--retries", "3", "--check-sync", "false"]  # fmt: skip
        if first:
            command.append("--resync")
        done = subprocess.run(command, capture_output=True, text=True, env=self.env, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"rclone bisync failed: {done.stderr[-2000:]}")


@contextmanager
def webdav_share(base: Path) -> Iterator[Share]:
    """A WebDAV server on 127.0.0.1 serving `base/server`, stopped on leaving."""
    served = base / "server"
    served.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    share = Share(base, port)
    log = (base / "rclone-serve.log").open("wb")
    server = subprocess.Popen(
        ["rclone", "serve", "webdav", str(served), "--addr", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, env=share.env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + SERVE_TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("rclone serve webdav did not start") from None
                time.sleep(0.1)
        yield share
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
