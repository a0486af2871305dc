"""Stopping a corpus run: signals in the calling process, and workers that never outlive it.

- ``stop_on_signals`` turns SIGTERM (and SIGINT) into an ``Interrupted`` exception in the
  calling process while a run is going, so that ``finally`` blocks run: the pool's
  workers are terminated and the outputs are closed and marked partial. Python's default
  SIGTERM action ends the process at once, leaving the workers alive under pid 1.
- ``guard_worker`` runs in each worker as it starts: the worker ignores SIGINT (a Ctrl-C
  reaches the whole process group; the calling process decides, and ends the workers),
  SIGTERM and SIGHUP end it,
  and a daemon thread ends the worker when its parent is gone (killed with SIGKILL, or by
  a SIGTERM it did not handle), checked every ``PARENT_POLL`` seconds.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

__all__ = ["PARENT_POLL", "Interrupted", "guard_worker", "stop_on_signals"]

PARENT_POLL = 0.5
"""Seconds between a worker's checks that the process that started it is still alive."""

_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """A corpus run was stopped by a signal (``signum``); a ``KeyboardInterrupt``, so code
    that stops on Ctrl-C stops on SIGTERM too."""

    def __init__(self, signum: int, report: object = None) -> None:
        self.signum = signum
        self.name = signal.Signals(signum).name
        self.report = report
        """What the run had done when it stopped (``CorpusReport`` for ``write_corpus``)."""
        super().__init__(f"stopped by {self.name}")

    @classmethod
    def of(cls, error: KeyboardInterrupt, report: object = None) -> Interrupted:
        """``error`` (a plain ``KeyboardInterrupt`` is SIGINT) with ``report`` attached."""
        signum = error.signum if isinstance(error, Interrupted) else signal.SIGINT
        return cls(signum, report)

    @property
    def exit_status(self) -> int:
        """The shell's status for a process ended by this signal: 128 + its number."""
        return 128 + self.signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def stop_on_signals(signals: tuple[int, ...] = _SIGNALS) -> Iterator[None]:
    """While the block runs, SIGTERM, SIGINT and SIGHUP raise ``Interrupted``; the handlers
    in place before are restored after. Outside the main thread (where Python cannot set
    handlers) it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _raise) for signum in signals}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _watch(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL)
        if os.getppid() != parent:  # re-parented: the process that started us is gone
            os._exit(1)


def guard_worker() -> None:
    """Run in a worker process as it starts (the pool initializer calls it). A forked
    worker inherits the caller's handlers: SIGTERM must end it (``terminate`` sends it),
    not raise ``Interrupted`` inside a task."""
    for signum in _SIGNALS:
        signal.signal(signum, signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL)
    threading.Thread(
        target=_watch, args=(os.getppid(),), name="debateparse-parent-watch", daemon=True
    ).start()
