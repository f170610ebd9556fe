"""Where a downloaded PDF came from, as the browser left it on the file: the page it was
downloaded from and the page that linked to it.

- Linux (Chrome, Firefox, wget --xattr): the extended attributes `user.xdg.origin.url` and
  `user.xdg.referrer.url`.
- macOS: `com.apple.metadata:kMDItemWhereFroms`, a binary property list of [url, referrer].
- Windows: the `Zone.Identifier` alternate data stream, an INI text with `HostUrl=` and
  `ReferrerUrl=` (written by every browser with the "mark of the web").

Nothing here fails an import: a file system without such marks, or an unreadable one, gives
no source. `about:blank`, `blob:` and `data:` addresses say nothing and are dropped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import plistlib
import sys
from pathlib import Path
from urllib.parse import urlsplit

from brochuredesk.core.plain import datarecord

LINUX_ORIGIN, LINUX_REFERRER = "user.xdg.origin.url", "user.xdg.referrer.url"
MAC_WHERE_FROMS = "com.apple.metadata:kMDItemWhereFroms"
ZONE_STREAM = ":Zone.Identifier"


@datarecord(frozen=True)
class Provenance:
    source_url: str = ""
    referrer_url: str = ""


def read_provenance(path: Path) -> Provenance:
    """The download marks of one file, on whichever system it lies."""
    try:
        if sys.platform == "win32":
            return parse_zone_identifier(_read_stream(path))
        if sys.platform == "darwin":
            return parse_where_froms(_mac_xattr(path, MAC_WHERE_FROMS))
        return Provenance(
            _clean(_linux_xattr(path, LINUX_ORIGIN)), _clean(_linux_xattr(path, LINUX_REFERRER))
        )
    except (OSError, ValueError):
        return Provenance()


def parse_zone_identifier(text: str) -> Provenance:
    """`[ZoneTransfer]` / `ZoneId=3` / `ReferrerUrl=…` / `HostUrl=…` as Windows keeps it."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep:
            values[name.strip().casefold()] = value.strip()
    return Provenance(_clean(values.get("hosturl", "")), _clean(values.get("referrerurl", "")))


def parse_where_froms(data: bytes) -> Provenance:
    """macOS's list of where a file came from: the download address first, then the page."""
    if not data:
        return Provenance()
    try:
        urls = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError):
        return Provenance()
    if not isinstance(urls, list):
        return Provenance()
    texts = [_clean(u) for u in urls if isinstance(u, str)]
    texts = [u for u in texts if u]
    return Provenance(texts[0] if texts else "", texts[1] if len(texts) > 1 else "")


def host_of(url: str) -> str:
    """'www.clusterplattform.de' → 'clusterplattform.de': what a reader recognises."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _clean(value: str | bytes) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    text = text.strip().strip("\x00")
    if not text or text.startswith(("about:", "blob:", "data:")):
        return ""
    return text if urlsplit(text).scheme in ("http", "https", "ftp") else ""


def _linux_xattr(path: Path, name: str) -> bytes:
    getxattr = getattr(os, "getxattr", None)
    if getxattr is None:
        return b""
    try:
        return bytes(getxattr(path, name))
    except OSError:
        return b""  # no such attribute, or a file system without them


def _mac_xattr(path: Path, name: str) -> bytes:
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    getxattr = libc.getxattr
    getxattr.restype = ctypes.c_ssize_t
    getxattr.argtypes = [
        ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32,
        ctypes.c_int,
    ]  # fmt: skip
    encoded, key = os.fsencode(path), name.encode()
    size = getxattr(encoded, key, None, 0, 0, 0)
    if size <= 0:
        return b""
    buffer = ctypes.create_string_buffer(size)
    got = getxattr(encoded, key, buffer, size, 0, 0)
    return buffer.raw[:got] if got > 0 else b""


def _read_stream(path: Path) -> str:
    try:
        with open(str(path) + ZONE_STREAM, encoding="utf-8", errors="replace") as stream:
            return stream.read(4096)
    except OSError:
        return ""
