"""Long lists handed to the database a slice at a time: an ``IN (...)`` list or an executemany
stays within what SQLite and PostgreSQL take in one statement (``itertools.batched`` is 3.12's)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``, in order; none for no items."""
    if size < 1:
        raise ValueError("a batch holds at least one item")
    for start in range(0, len(items), size):
        yield items[start : start + size]
