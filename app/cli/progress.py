"""A one-line progress bar on standard error (only when it is a terminal), and Ctrl-C handling.

The bar shows counts and sizes, never file names: names of evidence files can
identify people.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from app.cli.output import is_tty
from app.services.progress import CancelToken


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"


class ProgressBar:
    """Callable as ``progress(done, total, label)``; draws at most ten times a second."""

    WIDTH = 28

    def __init__(self, stream: TextIO, *, enabled: bool | None = None, prefix: str = "",
                 sizes: bool = True) -> None:
        self.stream = stream
        self.sizes = sizes
        self.enabled = is_tty(stream) if enabled is None else enabled
        self.prefix = prefix
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        if total > 0:
            frac = min(1.0, done / total)
            filled = int(frac * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            amount = f"{_size(done)} of {_size(total)}" if self.sizes else ""
            text = f"{self.prefix}{label} [{bar}] {frac * 100:3.0f}% {amount}"
        else:
            text = f"{self.prefix}{label} {_size(done)}"
        self.stream.write("\r" + text + "\033[K")
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False


@contextmanager
def cancel_on_interrupt() -> Iterator[CancelToken]:
    """A token set by the first Ctrl-C; a second Ctrl-C interrupts at once."""
    token = CancelToken()

    def handler(signum: int, frame: Any) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: leave Ctrl-C alone
        yield token
        return
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
