"""A per-file time limit, so one pathological file cannot stall a sweep.

Uses an interval timer (SIGALRM) where the platform and thread allow it: POSIX, main
thread, which is where both the in-process run and each worker process analyse files.
Elsewhere (Windows, a caller's thread) it is a no-op and the size limits alone apply.
Code inside a C extension is interrupted as soon as it returns to Python.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class FileTimeout(Exception):
    """The file took longer than its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
