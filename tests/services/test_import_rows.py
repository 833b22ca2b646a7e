"""The import's row checks stand alone: a table and a snapshot of the event in, the problems
and the people to write out, with no database behind them."""

from __future__ import annotations

from summit_desk.db.models import Category, Country, Delegation
from summit_desk.services.import_rows import Planner, Reference
from summit_desk.services.tabular_read import Table

HEADER = ("ref", "country", "delegation", "category", "given_name_fa", "family_name_fa")


def reference() -> Reference:
    iran = Country(id=1, code="IR", name_fa="ایران", name_en="Iran", name_native="", order=1)
    gilan = Delegation(
        id=1, code="GIL", country_id=1, kind="regional", host=True,
        name_fa="گیلان", name_en="Gilan", name_native="", order=1,
    )  # fmt: skip
    head = Category(
        code="HOD", name_fa="رئیس هیئت", name_en="Head of delegation", colour="#000000",
        zones="", precedence=1, notify_on_arrival=True,
    )  # fmt: skip
    return Reference([iran], [gilan], [head], existing_refs={"GIL-001"})


def table(*rows: tuple[str, ...]) -> Table:
    numbered = tuple((n, row) for n, row in enumerate(rows, start=2))
    return Table(HEADER, 1, numbered, len(rows), "csv")


def test_a_valid_row_becomes_a_new_person_with_the_next_free_ref() -> None:
    planner = Planner(reference(), create_delegations=False)
    plan = planner.plan(table(("", "ایران", "گیلان", "hod", "پیمان", "املشی")))
    assert plan.problems == []
    assert [(e.ref, e.delegation, e.category) for _, e in planner.entries] == [
        ("GIL-2", "GIL", "HOD")
    ]
    assert planner.refs_to_update() == []
    plan = planner.changes(known_names=[], people=[])
    assert (plan.created, plan.updated, [e.ref for e in plan.changes]) == (1, 0, ["GIL-2"])


def test_every_problem_of_a_row_is_named_with_its_cell() -> None:
    planner = Planner(reference(), create_delegations=False)
    plan = planner.plan(table(("X-1", "Atlantis", "Nowhere", "VIP", "", "")))
    found = {(p.code, p.row, p.column) for p in plan.problems}
    assert found == {
        ("import.no_name", 2, "given_name_fa"),
        ("import.unknown_category", 2, "category"),
        ("import.unknown_country", 2, "country"),
        ("import.unknown_delegation", 2, "delegation"),
    }
    assert planner.entries == []


def test_a_known_ref_is_refused_when_the_desk_only_registers() -> None:
    planner = Planner(reference(), create_delegations=False, new_only=True)
    plan = planner.plan(table(("GIL-001", "IR", "GIL", "HOD", "پیمان", "املشی")))
    assert [(p.code, p.column) for p in plan.problems] == [("import.ref_exists", "ref")]
