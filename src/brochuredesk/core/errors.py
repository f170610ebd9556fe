"""Errors a user can cause or meet: each carries a message key and renders in their language."""

from __future__ import annotations

from brochuredesk.core.i18n import tr


class BrochureDeskError(Exception):
    """Base of every error the front ends show to a user instead of a traceback."""

    key = "write_failed"

    def __init__(self, key: str | None = None, **params: object) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.key)

    def __str__(self) -> str:
        return tr(self.key, **self.params)


class LibraryLockedError(BrochureDeskError):
    key = "library_locked"


class ReadOnlyError(BrochureDeskError):
    key = "library_read_only"


class CatalogCorruptError(BrochureDeskError):
    key = "catalog_corrupt"


class CatalogTooNewError(BrochureDeskError):
    key = "catalog_too_new"


class StorageWriteError(BrochureDeskError):
    """A write failed (disk full, permissions); the previous file is intact."""

    key = "write_failed"


class NotFoundError(BrochureDeskError):
    key = "no_such_brochure"


class AmbiguousIdError(BrochureDeskError):
    key = "ambiguous_id"


class InvalidValueError(BrochureDeskError):
    key = "invalid_year"


class InvalidDateError(BrochureDeskError):
    key = "invalid_date"
