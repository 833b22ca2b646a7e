"""The hash chain of the check-in journal and the audit log: each entry holds the hash of the one
before it, so that a row altered, inserted or removed after the fact breaks the chain there.

An entry's hash is SHA-256 over a canonical serialisation of its fields (JSON, keys sorted, times
in UTC to the microsecond) followed by the previous entry's hash. The serialisation never
changes: a database chained by one version of the program is verified by every later one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

GENESIS = ""  # the "previous hash" of the first entry of a chain

Field = str | int | bool | date | datetime | UUID | None


def canonical(value: Field) -> str | int | bool | None:
    """One field as it is hashed: times in UTC (SQLite hands them back naive, and they are UTC)."""
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def entry_hash(fields: Mapping[str, Field], previous: str) -> str:
    body = json.dumps(
        {name: canonical(value) for name, value in fields.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{body}\n{previous}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainedEntry:
    """One stored entry: its id (the order of the chain), its fields, and its two hashes."""

    id: int
    fields: Mapping[str, Field]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first entry of a chain that does not hold: ``reason`` is ``altered`` (its hash is
    not the hash of its fields) or ``link`` (it does not follow the entry before it: an entry
    was inserted before it, removed before it, or the one before it was rewritten)."""

    entry_id: int
    reason: str


def first_break(entries: Iterable[ChainedEntry]) -> tuple[int, ChainBreak | None]:
    """(entries checked, the first break or None) walking a chain in its order."""
    previous = GENESIS
    count = 0
    for entry in entries:
        count += 1
        if entry.prev_hash != previous:
            return count, ChainBreak(entry.id, "link")
        if entry_hash(entry.fields, entry.prev_hash) != entry.hash:
            return count, ChainBreak(entry.id, "altered")
        previous = entry.hash
    return count, None
