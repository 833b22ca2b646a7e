"""Badges for whole delegations in protocol order, the print log, reprints and reissues."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from support.desk import make_context

from summit_desk.db import badges as badge_db
from summit_desk.domain.errors import NotFound, PermissionDenied, SummitDeskError
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.badges import BadgeSelection, BadgeService
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext


@pytest.fixture
def demo(demo_event: DeskContext) -> DeskContext:
    return demo_event


def as_role(context: DeskContext, role: Role) -> DeskContext:
    return make_context(context.database, role=role, operator=role.value, day=date(2025, 11, 18))


def test_a_delegation_prints_in_protocol_order_head_first(demo: DeskContext) -> None:
    badges = BadgeService(demo).select(BadgeSelection(delegation="گیلان"))
    assert badges[0].category_code == "HOD"
    assert {b.delegation_code for b in badges} == {"GIL"}
    assert len(badges) >= 5


def test_all_badges_are_sorted_by_country_then_delegation(demo: DeskContext) -> None:
    badges = BadgeService(demo).select(BadgeSelection())
    countries = [b.country_code for b in badges if b.country_code]
    first_seen = list(dict.fromkeys(countries))
    assert first_seen == ["IR", "RU", "AZ", "KZ", "TM"]
    # Each delegation's badges come together.
    seen: list[str] = []
    for b in badges:
        if not seen or seen[-1] != b.delegation_code:
            assert b.delegation_code not in seen
            seen.append(b.delegation_code)


def test_selection_by_category_and_refs(demo: DeskContext) -> None:
    service = BadgeService(demo)
    heads = service.select(BadgeSelection(category="hod"))
    assert len(heads) == 14 and all(b.category_code == "HOD" for b in heads)
    two = service.select(BadgeSelection(refs=("BAK-001", "AST-001")))
    assert {b.ref for b in two} == {"BAK-001", "AST-001"}
    with pytest.raises(NotFound) as caught:
        service.select(BadgeSelection(refs=("NOPE-1",)))
    assert "NOPE-1" in caught.value.message("en")
    with pytest.raises(NotFound) as unknown:
        service.select(BadgeSelection(delegation="Atlantis"))
    assert "GIL" in unknown.value.message("en")


def test_every_print_is_logged_and_a_reprint_is_noticed(demo: DeskContext) -> None:
    service = BadgeService(as_role(demo, Role.DESK))
    badges = service.select(BadgeSelection(refs=("GIL-001",)))
    assert service.record_prints(badges, "a6") == 0
    assert service.record_prints(badges, "a6", reason="printer jam") == 1
    log = service.print_log("GIL-001")
    assert [(r.version, r.reason, r.operator) for r in log] == [
        (1, "", "desk"),
        (1, "printer jam", "desk"),
    ]


def test_the_badges_printed_before_are_found_for_a_whole_batch_in_one_query(
    demo: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = BadgeService(as_role(demo, Role.DESK))
    everyone = desk.select(BadgeSelection())
    printed = desk.select(BadgeSelection(refs=("GIL-001", "AST-001")))
    desk.record_prints(printed, "a6")
    statements: list[str] = []

    def count(*args: object) -> None:
        if str(args[2]).startswith("SELECT"):  # not the BEGIN of the reading transaction
            statements.append(str(args[2]))

    event.listen(demo.database.engine, "before_cursor_execute", count)
    try:
        before = desk.printed_before([b.code for b in everyone])
    finally:
        event.remove(demo.database.engine, "before_cursor_execute", count)
    assert before == {b.code for b in printed}
    assert len(everyone) > 100 and len(statements) == 1
    # A reissue's new version has not been printed; the old one, which was, stays so.
    (reissued,) = BadgeService(as_role(demo, Role.SUPERVISOR)).reissue(["GIL-001"], "lost")
    codes = [reissued.code, printed[0].code, printed[1].code]
    assert desk.printed_before(codes) == {printed[0].code, printed[1].code}
    # Long lists are asked in chunks, with the same answer.
    monkeypatch.setattr(badge_db, "_CHUNK", 2)
    assert desk.printed_before([b.code for b in everyone]) == {b.code for b in printed}
    assert desk.printed_before([]) == set()


def test_a_reissue_needs_a_supervisor_and_a_reason(demo: DeskContext) -> None:
    with pytest.raises(PermissionDenied):
        BadgeService(as_role(demo, Role.DESK)).reissue(["GIL-001"], "lost")
    with pytest.raises(SummitDeskError):
        BadgeService(as_role(demo, Role.SUPERVISOR)).reissue(["GIL-001"], "  ")


def test_after_a_reissue_the_old_code_scans_as_replaced(demo: DeskContext) -> None:
    supervisor = as_role(demo, Role.SUPERVISOR)
    (old,) = BadgeService(supervisor).select(BadgeSelection(refs=("AST-001",)))
    (new,) = BadgeService(supervisor).reissue(["AST-001"], "badge lost")
    assert new.version == old.version + 1 and new.code != old.code
    desk = CheckInService(as_role(demo, Role.DESK))
    replaced = desk.scan(old.code)
    assert replaced.status is CheckInStatus.REPLACED
    assert replaced.current_badge_version == new.version
    assert desk.scan(new.code).status is CheckInStatus.CHECKED_IN


def test_a_revoked_badge_scans_as_revoked(demo: DeskContext) -> None:
    supervisor = as_role(demo, Role.SUPERVISOR)
    (badge,) = BadgeService(supervisor).select(BadgeSelection(refs=("MAN-001",)))
    BadgeService(supervisor).revoke("MAN-001", "left the delegation")
    assert CheckInService(supervisor).scan(badge.code).status is CheckInStatus.REVOKED


def test_badge_codes_hold_no_personal_data(demo: DeskContext) -> None:
    for b in BadgeService(demo).select(BadgeSelection()):
        for value in (b.ref, b.name.given_name_latin, b.name.family_name_latin):
            if len(value) >= 4:
                assert value.upper().replace("-", "") not in b.code
