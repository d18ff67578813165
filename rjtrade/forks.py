"""Work done in a forked child process, beside the parent's own work (Linux).

The child inherits everything already imported and computed; only the result travels
back, pickled through a pipe. An error in the child comes back as an RjtradeError
naming it. Where the system cannot fork safely (Windows, macOS) the work is done when
its result is asked for, in the same process.
"""

from __future__ import annotations

import multiprocessing
import sys
import warnings

from .errors import RjtradeError

CONTEXT = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def _run(target, args, sender) -> None:
    try:
        sender.send(target(*args))
    except Exception as error:
        sender.send(RjtradeError(f"{target.__name__} failed in a worker process: {error!r}"))
    finally:
        sender.close()


class Forked:
    """`target(*args)` started now in a forked child; `result()` waits for it and returns it."""

    def __init__(self, target, *args):
        self.target, self.args, self.process = target, args, None
        if CONTEXT is not None:
            self.receiver, sender = CONTEXT.Pipe(duplex=False)
            self.process = CONTEXT.Process(
                target=_run, args=(target, args, sender)
            )  # may fork in turn
            with warnings.catch_warnings():
                # Python 3.12+ warns about any thread at fork time; the only others here are
                # numpy's OpenBLAS and pyarrow's jemalloc pools, idle and fork-aware.
                warnings.filterwarnings(
                    "ignore", "This process .* is multi-threaded", DeprecationWarning
                )
                self.process.start()
            sender.close()

    def result(self):
        if self.process is None:
            return self.target(*self.args)
        try:
            value = self.receiver.recv()
        except EOFError:
            self.process.join()
            value = RjtradeError(f"a worker process stopped (exit code {self.process.exitcode})")
        self.stop()
        if isinstance(value, Exception):
            raise value
        return value

    def stop(self) -> None:
        """End the child: nothing to stop once it has sent its result; after an error elsewhere, stops it."""
        if self.process is not None:
            self.process.terminate()
            self.process.join()
            self.receiver.close()
