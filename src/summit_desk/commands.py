"""What each `summit-desk` command does: open the database, call a service, print the answer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.errors import DatabaseUnavailable, SummitDeskError
from summit_desk.domain.persian import format_moment, to_persian_digits
from summit_desk.domain.values import CheckInResult, CheckInStatus, PersonSummary, Role

# Handlers found by name, kept in modules of their own (issue #8: the journal by USB stick,
# operators and the record; issue #7: seating).
from summit_desk.journal_commands import journal  # noqa: F401
from summit_desk.record_commands import audit, logged_in, operators  # noqa: F401
from summit_desk.seating_commands import placecards, seating  # noqa: F401
from summit_desk.services.context import DeskContext

EXIT_OK = 0
EXIT_NOT_CHECKED_IN = 3  # checkin: at least one code was not checked in


def _open(args: argparse.Namespace, *, role: Role = Role.ADMIN, **extra: Any) -> DeskContext:
    database = open_database(getattr(args, "db", None))
    upgrade(database)
    return DeskContext(database=database, operator="cli", role=role, desk="cli", **extra)


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _digits(text: object, lang: str) -> str:
    return to_persian_digits(text) if lang == "fa" else str(text)


def demo(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.demo import DemoService

    context = _open(args)
    _confirm_server_wipe(args, context)
    report = DemoService(context).create(people=args.people, force=args.force)
    event = report.event
    if lang == "fa":
        print(f"رویداد نمایشی «{event.name_fa}» در {context.database.label} ساخته شد:")
        people, synthetic = _digits(report.people, lang), _digits(report.synthetic_people, lang)
        print(f"  {people} نفر ({synthetic} نفر ساختگی)")
    else:
        print(f"Created the demo event '{event.name_en}' in {context.database.label}:")
        print(f"  {report.people} people ({report.synthetic_people} synthetic)")
    from summit_desk.domain.messages import render

    print(render("operator.demo_accounts", lang))  # never at a real event: it says so
    return EXIT_OK


def _confirm_server_wipe(args: argparse.Namespace, context: DeskContext) -> None:
    """A server's event is every desk's: replacing it needs the admin's explicit yes, because
    no copy is kept there (SQLite keeps a before-reset copy of the file)."""
    from summit_desk.services.event import EventService

    database = context.database
    server_wipe = args.force and not database.is_sqlite and not args.yes_wipe_server_database
    if server_wipe and EventService(context).info() is not None:
        raise SummitDeskError("demo.server_force", target=database.label)


def backup(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.domain.messages import render
    from summit_desk.services.backup import BackupService

    context = _open(args)
    report = BackupService(context).backup_to(args.out)
    print(render("backup.done", lang, **report.message_params(context.database.label)))
    return EXIT_OK


def import_(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.importing import ImportService

    context = _open(args)
    report = ImportService(context).run(
        args.file, dry_run=args.dry_run, create_delegations=args.create_delegations
    )
    print(report.message(lang))
    return EXIT_OK


def export(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.exporting import ExportService

    context = _open(args)
    report = ExportService(context).export(
        args.kind, args.out, include_sensitive=args.include_sensitive, day=args.day
    )
    print(report.message(lang))
    return EXIT_OK


def person_json(p: PersonSummary) -> dict[str, object]:
    return {
        "ref": p.ref,
        "name_fa": p.name.name_fa,
        "name_latin": p.name.name_latin,
        "name_native": p.name.name_native or None,
        "title_fa": p.name.title_fa or None,
        "title_en": p.name.title_en or None,
        "delegation": p.delegation_code,
        "delegation_fa": p.delegation_fa,
        "delegation_en": p.delegation_en,
        "country": p.country_code,
        "category": p.category,
        "rank": p.rank,
        "checked_in": p.checked_in_at is not None,
        "checked_in_at": p.checked_in_at.isoformat() if p.checked_in_at else None,
        "checked_in_desk": p.checked_in_desk,
    }


def find(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.event import EventService
    from summit_desk.services.people import PeopleService

    context = _open(args, role=Role.DESK)
    EventService(context).require_event()
    found = PeopleService(context).find(args.query, day=args.day, limit=args.limit or 50)
    if args.json:
        _print_json([person_json(p) for p in found])
        return EXIT_OK
    if not found:
        print("کسی پیدا نشد" if lang == "fa" else "Nobody found", file=sys.stderr)
        return EXIT_OK
    for p in found:
        state = (
            format_moment(p.checked_in_at, lang) + f" ({p.checked_in_desk})"
            if p.checked_in_at
            else ("نیامده" if lang == "fa" else "not arrived")
        )
        names = " / ".join(n for n in (p.name.name_fa, p.name.name_latin, p.name.name_native) if n)
        delegation = p.delegation_fa if lang == "fa" else p.delegation_en
        print(f"{p.ref}\t{names}\t{delegation}\t{p.category}\t{state}")
    return EXIT_OK


def stats(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.event import EventService
    from summit_desk.services.stats import StatsService

    context = _open(args, role=Role.DESK)
    event = EventService(context).require_event()
    result = StatsService(context).compute()
    if args.json:
        _print_json({"event": event.code, **result.as_json()})
        return EXIT_OK
    name = event.name_fa if lang == "fa" else event.name_en
    print(name)
    print(("نفرات" if lang == "fa" else "People") + f": {_digits(result.people, lang)}")
    for day, arrived in result.arrived.items():
        print(f"  {day}: {_digits(arrived, lang)} " + ("ورود" if lang == "fa" else "arrived"))
    for title, rows in (
        (("کشورها", "Countries"), result.countries),
        (("هیئت‌ها", "Delegations"), result.delegations),
        (("دسته‌ها", "Categories"), result.categories),
    ):
        print(title[0] if lang == "fa" else title[1])
        for row in rows:
            label = row.name_fa if lang == "fa" else row.name_en
            arrivals = " ".join(_digits(v, lang) for v in row.arrived.values())
            print(f"  {row.key:<8}{label:<40}{_digits(row.people, lang):>6}   {arrivals}")
    if result.sessions:
        print("ورود به نشست‌ها" if lang == "fa" else "Entered sessions")
        for row in result.sessions:
            label = row.name_fa if lang == "fa" else row.name_en
            print(f"  {row.key:<8}{label:<40}{_digits(row.people, lang):>6}")
    return EXIT_OK


def sessions(args: argparse.Namespace, lang: str) -> int:
    from summit_desk.services.event import EventService

    context = _open(args, role=Role.DESK)
    service = EventService(context)
    service.require_event()
    found = service.sessions()
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "code": s.code,
                    "kind": s.kind.value,
                    "name_fa": s.name_fa,
                    "name_en": s.name_en,
                    "day": s.day.isoformat(),
                    "starts": s.starts.strftime("%H:%M"),
                    "ends": s.ends.strftime("%H:%M"),
                    "room_fa": s.room_fa,
                    "room_en": s.room_en,
                    "topics": [{"name_fa": fa, "name_en": en} for fa, en in s.topics],
                }
                for s in found
            ]
        )
        return EXIT_OK
    for s in found:
        name = s.name_fa if lang == "fa" else s.name_en
        when = f"{s.day.isoformat()} {s.starts:%H:%M}–{s.ends:%H:%M}"
        print(f"{s.code:<10}{_digits(when, lang)}  {name}")
        for fa, en in s.topics:
            print(f"{'':<12}· {fa if lang == 'fa' else en}")
    return EXIT_OK


def _codes(args: argparse.Namespace) -> Iterator[str]:
    yield from args.codes
    if args.stdin:
        for line in sys.stdin:
            if line.strip():
                yield line


def checkin(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import DBAPIError

    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.event import EventService
    from summit_desk.services.offline import server_unanswered

    raw, target, day = "", "", args.day
    try:
        context = _open(args, role=Role.DESK, day_override=args.day)
        target, day = context.database.label, context.today()
        context = logged_in(replace(context, desk=args.desk), args.operator, Role.DESK)
        EventService(context).require_event()
        scanner = CheckInService(context).scan
        scan = _door_scanner(context, args.session) if args.session else scanner
        worst = EXIT_OK
        for raw in _codes(args):
            result = scan(raw)
            if result.status is not CheckInStatus.CHECKED_IN:
                worst = EXIT_NOT_CHECKED_IN
            if args.json:
                print(json.dumps(result.as_json(), ensure_ascii=False), flush=True)
            else:
                print(_checkin_line(result.as_json(), lang), flush=True)
        return worst
    except (DBAPIError, DatabaseUnavailable) as exc:
        # A one-shot command does not fall back to a desk's local journal: its check-ins
        # would wait there, unseen by every other desk, until a window on this machine merged
        # them. It says that the server is away, in the user's language, and stops.
        if not server_unanswered(exc):
            raise
        target = exc.params.get("target", target) if isinstance(exc, SummitDeskError) else target
        if not raw:
            raise DatabaseUnavailable("checkin.server_unreachable", target=target) from None
        code = raw.strip()
        if args.json:
            lost = CheckInResult(CheckInStatus.ERROR, code, day, detail="checkin.server_lost")
            print(json.dumps(lost.as_json(), ensure_ascii=False), flush=True)
        raise DatabaseUnavailable("checkin.server_lost", target=target, scanned=code) from None


def _door_scanner(context: DeskContext, session_key: str) -> Callable[[str], CheckInResult]:
    """At a panel's door: each code is an entry into the session (checked once, up front)."""
    from summit_desk.services.door import DoorService

    door = DoorService(context)
    programme = door.session(session_key)
    return lambda raw: door.scan_into(raw, programme)


def _checkin_line(result: dict[str, Any], lang: str) -> str:
    name = result.get("name_fa") if lang == "fa" else result.get("name_latin")
    parts: Iterable[object] = (
        result["status"],
        result["code"],
        name or "",
        result.get("desk") or "",
    )
    return "\t".join(str(p) for p in parts)


def badges(args: argparse.Namespace, lang: str) -> int:
    """Print badges to a PDF; every print is logged, a reissue first gives new versions."""

    from summit_desk.domain.messages import render
    from summit_desk.printing.badge_layouts import builtin_layout, load_layout
    from summit_desk.printing.badges import BadgeRenderer
    from summit_desk.services.badges import BadgeSelection, BadgeService
    from summit_desk.services.photos import PhotoService

    layout_arg = str(args.layout)
    layout = (
        load_layout(Path(layout_arg))
        if layout_arg.endswith(".toml")
        else builtin_layout(layout_arg)
    )
    role = Role.SUPERVISOR if args.reissue else Role.DESK
    context = logged_in(_open(args, role=Role.DESK), args.operator, role)
    service = BadgeService(context)
    selection = BadgeSelection(args.delegation, args.category, tuple(args.ref))
    if args.reissue:
        if not args.ref:
            raise SummitDeskError("badges.reissue_needs_refs")
        chosen = service.reissue(list(args.ref), args.reissue)
    else:
        chosen = service.select(selection)
    slot = layout.design.photo  # photos are read from the database only for a photo slot
    required = slot.required if slot is not None else None
    drawn = PhotoService(context).for_layout(chosen, required, layout_arg)
    report = BadgeRenderer(layout, service.event_header()).render(drawn, args.out)
    reason = args.reissue or args.reason
    reprinted = service.record_prints(chosen, layout_arg, reason)
    print(
        render(
            "badges.printed",
            lang,
            count=report.badges,
            pages=report.pages,
            path=args.out,
            layout=layout_arg,
        )
    )
    if reprinted:
        print(render("badges.reprinted", lang, count=reprinted), file=sys.stderr)
    for ref, field in report.overflowed:
        print(render("badges.overflowed", lang, ref=ref, field=field), file=sys.stderr)
    return EXIT_OK


def photos(args: argparse.Namespace, lang: str) -> int:
    """Import a folder of photos named after refs, all or nothing; the report lists refused
    files, photos without a person and people without a photo."""
    from summit_desk.services.photos import PhotoService

    context = _open(args)
    report = PhotoService(context).import_folder(args.folder, dry_run=args.dry_run)
    print(report.message(lang))
    return EXIT_OK
