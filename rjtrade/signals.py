"""Signal handlers replaced for the length of a block, then put back.

Python runs signal handlers in the main thread, whichever of the process's threads the
system handed a signal to, and only the main thread may replace them; elsewhere the
handlers are left as they are.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def handled(signums, handler: Callable) -> Iterator[None]:
    """`handler` for each of the signals while the block runs (main thread only)."""
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in signums:
            previous[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, signal.SIG_DFL if before is None else before)
