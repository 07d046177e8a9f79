"""A per-file time limit, so one pathological file cannot stall a sweep.

In the main thread of a POSIX process (the in-process run, each worker process) it uses
an interval timer (SIGALRM). In another thread (a Dask worker runs its tasks in threads)
a timer thread raises the same exception in the reading thread, as the signal would:
CPython delivers it at the next bytecode, like a signal handler. Either way, code inside
a C extension is interrupted as soon as it returns to Python; a file stuck in native
code is the worker watchdogs' business. Elsewhere (no setitimer, not CPython) it is a
no-op and the size limits alone apply.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class FileTimeout(Exception):
    """The file took longer than its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    if seconds <= 0:
        yield
        return
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
        return
    if sys.implementation.name == "cpython":
        with _thread_alarm(seconds):
            yield
        return
    yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expired(signum: int, frame: FrameType | None) -> None:
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_alarm(seconds: float) -> Iterator[None]:
    """FileTimeout raised in this thread after ``seconds``, never after the block ends."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def expired() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(FileTimeout))

    timer = threading.Timer(seconds, expired)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:  # raised too late to land inside: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
