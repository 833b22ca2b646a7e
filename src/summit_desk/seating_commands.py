"""The protocol office's commands (issue #7): a session's seating plan and lists, and its place
cards. Handlers are found by name through ``commands``, as ``record_commands``' are."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.seating import SeatingPlan
from summit_desk.domain.values import Role


def plan_json(plan: SeatingPlan) -> dict[str, object]:
    """The plan as `seating --json` prints it: each seat in order of precedence."""
    return {
        "session": plan.session,
        "room": plan.room.key,
        "chair": plan.room.chair,
        "seats": [
            {
                "label": seat.label,
                "precedence": seat.order,
                "ref": seat.ref,
                "chair": seat.chair,
                "row": seat.row,
                "locked": seat.locked,
            }
            for seat in sorted(plan.seats, key=lambda s: s.order)
        ],
        "conflicts": [
            {"kind": c.kind.value, "ref": c.ref, "seats": list(c.labels)} for c in plan.conflicts
        ],
    }


def _write_pdf(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise SummitDeskError("file.unwritable", path=str(path), reason=exc.strerror) from exc


def seating(args: argparse.Namespace, lang: str) -> int:
    """The session's seating plan and list as a PDF; with --auto, assigned from the rules."""
    from summit_desk.commands import EXIT_OK, _open, _print_json
    from summit_desk.domain.messages import render
    from summit_desk.printing.seating_plan import render_seating
    from summit_desk.services.badges import BadgeService
    from summit_desk.services.seating import SeatingService

    # --auto changes the seating: a supervisor's work (the command line acts as one).
    context = _open(args, role=Role.SUPERVISOR if args.auto else Role.DESK)
    service = SeatingService(context)
    plan = service.assign_auto(args.session) if args.auto else service.plan(args.session)
    _write_pdf(args.out, render_seating(plan, BadgeService(context).event_header()))
    seated = sum(1 for s in plan.seats if s.ref is not None)
    message = render(
        "seating.printed",
        lang,
        path=str(args.out),
        seated=seated,
        seats=len(plan.seats),
        conflicts=len(plan.conflicts),
    )
    if args.json:
        _print_json(plan_json(plan))
        print(message, file=sys.stderr)
    else:
        print(message)
    return EXIT_OK


def placecards(args: argparse.Namespace, lang: str) -> int:
    """Tent cards for everyone seated in the session, in the seats' order of precedence."""
    from summit_desk.commands import EXIT_OK, _open
    from summit_desk.domain.messages import render
    from summit_desk.printing.place_cards import render_place_cards
    from summit_desk.services.badges import BadgeService
    from summit_desk.services.seating import SeatingService

    context = _open(args, role=Role.DESK)
    plan = SeatingService(context).plan(args.session)
    count = sum(1 for s in plan.seats if s.ref is not None)
    if not count:
        raise SummitDeskError("placecards.none", session=plan.session)
    _write_pdf(args.out, render_place_cards(plan, BadgeService(context).event_header()))
    print(render("placecards.printed", lang, count=count, path=str(args.out)))
    return EXIT_OK
