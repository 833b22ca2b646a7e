"""`summit-desk journal export|merge FILE`: the check-in journal carried on a USB stick between
desks that never share a LAN (issue #8, item 1). A desk on PostgreSQL whose server is gone
exports its local journal with ``--db`` naming that file (``journal-….sqlite`` in the data
folder). The file carries the audit log's entries too: merged, each keeps its time, desk and
operator (services.journal)."""

from __future__ import annotations

import argparse

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.messages import render
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.journal import JournalService


def journal(args: argparse.Namespace, lang: str) -> int:
    from pathlib import Path

    database = open_database(getattr(args, "db", None), create=args.action == "export")
    upgrade(database)
    context = DeskContext(database=database, operator="cli", role=Role.SUPERVISOR, desk="cli")
    service = JournalService(context)
    path = Path(args.file)
    if args.action == "export":
        count = service.export(path)
        print(render("journal.exported", lang, count=count, path=path))
        return 0
    report = service.merge(path)
    print(
        render(
            "journal.merged",
            lang,
            read=report.read,
            added=report.added,
            known=report.known,
            unmatched=len(report.unmatched),
        )
    )
    if report.audit_added or report.audit_known:
        print(
            render("journal.merged_audit", lang, added=report.audit_added, known=report.audit_known)
        )
    flagged = len(service.double_admissions())
    if flagged:
        print(render("journal.double_admissions", lang, count=flagged))
    return 0
