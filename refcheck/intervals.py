"""Sorted, merged half-open intervals of a text with queries by bisection: the spans the readers
skip or have claimed (code, comments, citations already read). Why: checking each candidate
against a list of spans is quadratic on a long line of citations."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Intervals:
    """Half-open intervals, sorted and merged where they touch or overlap."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(i for i in intervals if i[1] > i[0]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.ends, start)
        return i < len(self.starts) and self.starts[i] < max(end, start + 1)

    def ends_inside(self, offset: int, limit: int | None = None) -> bool:
        """True when ``offset`` (the end of a name) falls inside an interval or at its end; with
        ``limit``, only when that interval also ends before ``limit``."""
        i = bisect.bisect_left(self.ends, offset)
        inside = i < len(self.starts) and self.starts[i] < offset
        return inside and (limit is None or self.ends[i] < limit)
