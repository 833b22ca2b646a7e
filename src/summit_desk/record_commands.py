"""The `summit-desk operators` and `summit-desk audit` commands (issue #8, items 6 and 7)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext

EXIT_OK = 0
EXIT_TAMPERED = 4  # audit verify: a chain of the record does not hold


def _read_pin(prompt: str) -> str:
    """A PIN from the terminal (not echoed) or one line of stdin: never from the command line,
    where every user of the machine can read it."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def logged_in(context: DeskContext, name: str | None, needed: Role) -> DeskContext:
    """The command acting as ``name`` once their PIN is given (their name goes into the journal
    and the audit log), or as the anonymous ``cli`` desk when no name is given."""
    from summit_desk.services.operators import OperatorService

    if not name:
        return replace(context, operator="cli", role=Role.DESK)
    pin = _read_pin(f"PIN of {name}: ")
    return OperatorService(context).authorise(name, pin, needed, "action.login")


def operators(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.commands import _open
    from summit_desk.domain.messages import render
    from summit_desk.services.operators import OperatorService

    context = _open(args, role=Role.DESK)
    service = OperatorService(context)
    if args.action == "list":
        for operator in service.list():
            print(f"{operator.name}\t{operator.role.value}\t{'active' if operator.active else '-'}")
        return EXIT_OK
    if not args.name:
        raise SummitDeskError("import.required")
    if args.admin:
        pin = _read_pin(f"PIN of {args.admin}: ")
        service = OperatorService(
            service.authorise(args.admin, pin, Role.ADMIN, "action.add_operator")
        )
    pin = _read_pin(f"PIN of {args.name}: ")
    if sys.stdin.isatty() and _read_pin("Again: ") != pin:
        raise SummitDeskError("operator.pin_mismatch")
    added = service.add(args.name, Role(args.role), pin)
    print(render("operator.added", lang, name=added.name, role=added.role.value))
    return EXIT_OK


def audit(args: argparse.Namespace, lang: str) -> int:
    """Walk both hash chains; exit 1 naming the first entry that is not as it was written."""
    from summit_desk.commands import _open
    from summit_desk.domain.messages import render
    from summit_desk.services.audit import AuditService

    worst = EXIT_OK
    for report in AuditService(_open(args, role=Role.DESK)).verify():
        if report.broken is None:
            print(render("audit.verified", lang, table=report.table, count=report.entries,
                         head=report.head))  # fmt: skip
            continue
        worst = EXIT_TAMPERED
        reason = render(f"audit.reason.{report.broken.reason}", lang)
        print(render("audit.broken", lang, table=report.table, entry=report.broken.entry_id,
                     reason=reason), file=sys.stderr)  # fmt: skip
    return worst
