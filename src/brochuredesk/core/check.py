"""`brochuredesk check [--repair]`: is the library whole, and mend what can be rebuilt.

Checks the catalog (parses, schema), every brochure's file (present, same SHA-256), covers,
and that the search index holds exactly the catalog's brochures. Repair rebuilds covers and the
index from the files; a corrupt catalog is replaced by the newest backup that parses — the
corrupt file is kept beside it, never deleted. In a team library it also notes, without
calling the library unclean, files another machine imported that the sync service has not
brought yet and machines whose change logs have not moved for a month.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from brochuredesk.core.errors import CatalogCorruptError
from brochuredesk.core.extract.pool import Job, extract_all
from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.importer.pipeline import sha256_of
from brochuredesk.core.library.changelog import machine_id
from brochuredesk.core.library.folder import CATALOG_NAME, Library, checked_stamp_path, open_library
from brochuredesk.core.library.records import STATUS_MISSING, STATUS_OK
from brochuredesk.core.library.storage import parse_catalog, restore_candidates
from brochuredesk.core.library.team import (
    MARKER,
    arriving,
    missing_syncthing_marker,
    quiet_machines,
    removed_brochures,
)
from brochuredesk.core.plain import datarecord, field, json_dumps


@datarecord
class Finding:
    kind: str  # catalog | file | thumbnail | index
    subject: str  # a brochure id or a path
    problem: str
    repaired: bool = False


@datarecord
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    brochures: int = 0
    notices: list[Finding] = field(default_factory=list)  # how a team library is doing

    @property
    def clean(self) -> bool:
        return all(f.repaired for f in self.findings)

    def to_json(self) -> dict[str, object]:
        return {
            "brochures": self.brochures,
            "clean": self.clean,
            "findings": [f.__dict__ for f in self.findings],
            "notices": [f.__dict__ for f in self.notices],
        }


def restore_catalog(root: Path) -> Path | None:
    """Put the newest backup that parses in place of a corrupt catalog; the backup used."""
    catalog = root / CATALOG_NAME
    for backup in restore_candidates(root / "backups"):
        try:
            parse_catalog(backup, backup.read_bytes(), root / "backups")
        except (CatalogCorruptError, OSError):
            continue
        stamp = time.strftime("%Y%m%dT%H%M%S")
        shutil.copyfile(catalog, root / f"{CATALOG_NAME}.corrupt-{stamp}")
        shutil.copyfile(backup, root / f".{CATALOG_NAME}.restore")
        (root / f".{CATALOG_NAME}.restore").replace(catalog)
        return backup
    return _rebuild_from_logs(root)


def _rebuild_from_logs(root: Path) -> Path | None:
    """No backup parses, but the change logs are there: the catalog is what they say (the
    meta's library id is new, so this machine's index is rebuilt)."""
    from brochuredesk.core.library.changelog import all_ops, log_files, sizes
    from brochuredesk.core.library.fold import fold

    if not log_files(root):
        return None
    catalog = root / CATALOG_NAME
    tables: dict[str, object] = dict(fold(all_ops(root)))
    tables["meta"] = {"1": {"schema_version": 1, "restored": time.strftime("%Y-%m-%d"),
                            "logs": sizes(root)}}  # fmt: skip
    stamp = time.strftime("%Y%m%dT%H%M%S")
    with contextlib.suppress(OSError):
        shutil.copyfile(catalog, root / f"{CATALOG_NAME}.corrupt-{stamp}")
    atomic_write(catalog, json_dumps(tables))
    return root / "changes"


def check_library(root: Path, *, repair: bool = False) -> CheckReport:
    report = CheckReport()
    with contextlib.suppress(OSError):  # every record is checked, not only a changed file's
        checked_stamp_path(Path(root)).unlink()
    try:
        library = open_library(root, read_only=not repair)
    except CatalogCorruptError as exc:
        finding = Finding("catalog", str(root / CATALOG_NAME), str(exc))
        report.findings.append(finding)
        if not repair:
            return report
        used = restore_catalog(root)
        if used is None:
            finding.problem += " — no readable backup"
            return report
        finding.repaired = True
        finding.problem += f" — restored from {used.name}"
        library = open_library(root)
    with library:
        _check_contents(library, report, repair)
    return report


def _check_contents(library: Library, report: CheckReport, repair: bool) -> None:
    from brochuredesk.core.library.changelog import damaged_lines, log_files
    from brochuredesk.core.library.conflicts import conflict_copies
    from brochuredesk.core.search.index import IndexUnusableError, SearchIndex
    from brochuredesk.core.search.manage import CATALOG_SEEN, catalog_stamp, open_index, rebuild

    for merged in library.merged_conflicts:
        report.findings.append(
            Finding(
                "conflict", merged.name,
                f"a sync service's conflict copy: merged ({merged.brochures} brochures, "
                f"{merged.examples} examples taken), moved to backups/conflicts",
                repaired=True,
            )
        )  # fmt: skip
    for log in log_files(library.root):
        damaged = damaged_lines(log)
        if damaged:
            report.findings.append(
                Finding(
                    "changes", log.name,
                    f"{damaged} damaged line(s) of a change log skipped; the rest counts",
                    repaired=True,
                )
            )  # fmt: skip
    if library.read_only:
        for copy in conflict_copies(library.root):
            report.findings.append(
                Finding("conflict", copy.name, "a sync service's conflict copy: --repair merges it")
            )

    brochures = library.catalog.brochures()
    report.brochures = len(brochures)
    pages = {b.id: b.page_count for b in brochures}
    examples = library.catalog.examples()
    removed = removed_brochures(library.root, {e.brochure_id for e in examples} - set(pages))
    for example in examples:  # user data: reported, never dropped
        if example.brochure_id in removed:  # removed on one machine, the example added on
            report.notices.append(  # another before the removal reached it: kept, said
                Finding("example", example.id, f"its brochure {example.brochure_id} was removed")
            )
        elif example.brochure_id not in pages:
            report.findings.append(
                Finding("example", example.id, f"its brochure {example.brochure_id} is gone")
            )
        elif not 1 <= example.first_page <= example.last_page <= max(1, pages[example.brochure_id]):
            report.findings.append(
                Finding("example", example.id, f"pages {example.pages} are not in its brochure")
            )
    _team_notices(library, report)
    on_its_way = arriving(
        library.root, machine_id(), (b.id for b in brochures if not library.file_path(b).is_file())
    )
    needs_cover: list[Job] = []
    for brochure in brochures:
        path = library.file_path(brochure)
        if brochure.id in on_its_way:
            report.notices.append(
                Finding(
                    "arriving", brochure.id, f"another machine imported it; not here yet: {path}"
                )
            )
            continue
        if not path.is_file():
            report.findings.append(Finding("file", brochure.id, f"missing: {path}"))
            if repair and brochure.status != STATUS_MISSING:
                library.catalog.update(brochure.id, status=STATUS_MISSING)
            continue
        if sha256_of(path) != brochure.sha256:
            report.findings.append(Finding("file", brochure.id, f"changed since import: {path}"))
            continue
        if brochure.status == STATUS_MISSING and repair:
            library.catalog.update(brochure.id, status=STATUS_OK)
        thumb = library.thumbnail_path(brochure)
        if brochure.status != "locked" and (thumb is None or not _is_jpeg(thumb)):
            report.findings.append(Finding("thumbnail", brochure.id, "cover image missing"))
            needs_cover.append(Job(brochure.sha256, path, brochure.password, with_index=False))
    if repair and needs_cover:
        by_sha = {b.sha256: b for b in brochures}
        for outcome in extract_all(needs_cover):
            if outcome.cover:
                brochure = by_sha[outcome.job.key]
                target = library.thumbnails_dir / f"{brochure.id}.jpg"
                atomic_write(target, outcome.cover, durable=False)
                library.catalog.update(brochure.id, thumbnail=f"thumbnails/{target.name}")
                _mark(report, "thumbnail", brochure.id)

    behind = False
    try:
        index = SearchIndex(library.index_path, read_only=True)
        indexed = set(index.indexed_brochures())
        # Another machine's imports and removals, taken in with the catalog but not yet by
        # this machine's index: it catches up row by row when next opened, no damage.
        behind = index.info(CATALOG_SEEN) != catalog_stamp(library)
        index.close()
    except IndexUnusableError as exc:
        report.findings.append(Finding("index", str(library.index_path), f"unusable: {exc}"))
        indexed = None
    expected = {b.id for b in brochures}
    if indexed is not None and indexed != expected and not behind:
        missing, extra = expected - indexed, indexed - expected
        report.findings.append(
            Finding("index", str(library.index_path), f"{len(missing)} missing, {len(extra)} extra")
        )
    if repair and any(f.kind == "index" for f in report.findings):
        index = open_index(library)  # rebuilds an unusable index by itself
        if indexed is not None:
            rebuild(library, index)
        index.close()
        for finding in report.findings:
            if finding.kind == "index":
                finding.repaired = True


def _team_notices(library: Library, report: CheckReport) -> None:
    """Other machines whose change logs have not moved for long: a laptop that stopped
    syncing (its edits reach nobody) or one that left the team."""
    shared = missing_syncthing_marker(library.root)
    if shared is not None:
        report.notices.append(
            Finding("syncthing", str(shared), f"Syncthing's folder marker {MARKER} is missing")
        )
    for machine in quiet_machines(library.root, machine_id()):
        days = int((time.time() - machine.last_change) // 86400)
        report.notices.append(
            Finding("machine", machine.name, f"its change log has not changed for {days} days")
        )


def _mark(report: CheckReport, kind: str, subject: str) -> None:
    for finding in report.findings:
        if finding.kind == kind and finding.subject == subject:
            finding.repaired = True


def _is_jpeg(path: Path) -> bool:
    """A whole JPEG: its start marker, and its end marker (a truncated cover lacks it)."""
    try:
        with path.open("rb") as handle:
            if handle.read(3) != b"\xff\xd8\xff":
                return False
            handle.seek(-2, os.SEEK_END)
            return handle.read(2) == b"\xff\xd9"
    except OSError:
        return False
