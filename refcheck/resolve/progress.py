"""A one-line progress bar on stderr, shown only on a terminal and only when checking takes more
than a moment (no dependency: a carriage return and a bar are enough)."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO


class Progress:
    def __init__(
        self, total: int, enabled: bool, stream: TextIO | None = None, delay: float = 0.7
    ) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.delay = delay
        self._started = time.monotonic()
        self._last = 0.0
        self._shown = False
        self._lock = threading.Lock()

    def advance(self, count: int = 1) -> None:
        with self._lock:
            self.done += count
            if not self.enabled:
                return
            now = time.monotonic()
            if now - self._started < self.delay or now - self._last < 0.1:
                return
            self._last = now
            self._shown = True
            width = 30
            filled = int(width * self.done / max(1, self.total))
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\rrefcheck: checking DOIs and links [{bar}] {self.done}/{self.total}"
            )
            self.stream.flush()

    def close(self) -> None:
        with self._lock:
            if self._shown:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._shown = False
