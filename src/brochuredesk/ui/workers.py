"""Background work for the app: tasks on a QThreadPool, results handed back to the GUI thread
through queued signals. Nothing long ever runs on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from brochuredesk.core.errors import BrochureDeskError


class TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the user
    progress = Signal(int, int, str)  # done, total, label


class Task:
    """Runs `func(report_progress, cancel)` on a pool thread.

    Not a QRunnable subclass: the pool is handed the bound `run`, which keeps the task alive
    exactly as long as the thread needs it (a Python-owned QRunnable could be freed by the
    GUI thread while its pool thread is still returning from run()).
    """

    def __init__(self, func: Callable[..., Any], *, wants_progress: bool = False) -> None:
        self.func = func
        self.wants_progress = wants_progress
        self.signals = TaskSignals()
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.func(self._progress, self.cancel) if self.wants_progress else self.func()
        except BrochureDeskError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: show it rather than lose it silently
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(result)

    def _progress(self, done: int, total: int, label: str = "") -> None:
        self.signals.progress.emit(done, total, label)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report back."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        # Tasks stay referenced until their result is delivered: a task (and its signals
        # object) collected earlier would drop the queued result.
        self._running: set[Task] = set()
        self._stopped = False

    def stop(self) -> None:
        """The window is closing: results still queued are no longer handed to it (its
        widgets may already be gone when the queued signal arrives)."""
        self._stopped = True

    def _while_open(self, callback: Callable[..., None]) -> Callable[..., None]:
        def deliver(*args: Any) -> None:
            if not self._stopped:
                callback(*args)

        return deliver

    def start(
        self,
        func: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(func, wants_progress=on_progress is not None)
        self._running.add(task)
        if on_done:
            task.signals.finished.connect(self._while_open(on_done))
        if on_error:
            task.signals.failed.connect(self._while_open(on_error))
        if on_progress:
            task.signals.progress.connect(self._while_open(on_progress))
        task.signals.finished.connect(lambda _=None: self._running.discard(task))
        task.signals.failed.connect(lambda _=None: self._running.discard(task))
        self.pool.start(task.run)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return bool(self.pool.waitForDone(msecs))
