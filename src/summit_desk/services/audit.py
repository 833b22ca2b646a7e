"""Verifying the tamper-evident record: the check-in journal and the audit log, each a hash
chain (domain.hash_chain, written by db.audit), walked from its first entry to its last."""

from __future__ import annotations

from dataclasses import dataclass

from summit_desk.db import audit as audit_db
from summit_desk.domain.hash_chain import GENESIS, ChainBreak, first_break
from summit_desk.services.context import DeskContext


@dataclass(frozen=True, slots=True)
class ChainReport:
    table: str  # check_ins or audit_log
    entries: int  # entries walked (up to and with the first break)
    broken: ChainBreak | None
    head: str  # the last entry's hash: written down, it also shows the chain was not rewritten

    @property
    def holds(self) -> bool:
        return self.broken is None


class AuditService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def verify(self) -> list[ChainReport]:
        """Every chain of the record, each with its first break if it has one."""
        reports = []
        with self.context.database.reader() as session:
            for table in audit_db.CHAINS:
                entries = list(audit_db.chain(session, table))
                count, broken = first_break(entries)
                head = entries[-1].hash if entries and broken is None else GENESIS
                reports.append(ChainReport(table, count, broken, head))
        return reports
