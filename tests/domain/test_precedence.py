"""The demo summit's order of precedence under each of the office's rules, written out by hand."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from summit_desk.assets import resource
from summit_desk.domain.precedence import is_invited, precedence_order
from summit_desk.domain.rooms import rules_for
from summit_desk.domain.seating import CountryOrder, HostPlace, PrecedencePerson, SeatingRules

EVENT = json.loads(resource("demo", "event.json").read_text(encoding="utf-8"))


def demo_people() -> list[PrecedencePerson]:
    countries = {c["code"]: c for c in EVENT["countries"]}
    delegations = {d["code"]: d for d in EVENT["delegations"]}
    people = []
    for p in EVENT["people"]:
        d = delegations[p["delegation"]]
        c = countries.get(d["country"] or "", {})
        people.append(
            PrecedencePerson(
                ref=p["ref"],
                category=p["category"],
                delegation=d["code"],
                delegation_order=d["order"],
                delegation_host=d["host"],
                country=d["country"],
                country_fa=c.get("name_fa", ""),
                country_en=c.get("name_en", ""),
                country_host=c.get("host", False),
                rank=p["rank"],
                sort_name=f"{p['family_name_fa']} {p['given_name_fa']}",
            )
        )
    return people


HEADS = SeatingRules(session="GEN", room="khazar-hall", invite_categories=("HOD",))


def heads_under(**options: Any) -> tuple[str, ...]:
    return precedence_order(demo_people(), replace(HEADS, **options)).principals


# Persian names of the countries: ایران, ترکمنستان, جمهوری آذربایجان, روسیه, قزاقستان.
# English: Azerbaijan, Iran, Kazakhstan, Russia, Turkmenistan. Inside a country, the delegations'
# order (Gilan, Mazandaran, Golestan, Hormozgan, Sistan and Baluchestan; Astrakhan, Dagestan,
# Kalmykia; Baku, Lankaran, Sumgait; Mangystau, Atyrau). The Governor of Gilan presides.


def test_persian_alphabetical_order_of_countries_is_the_default() -> None:
    assert heads_under() == (
        "GIL-001",  # presiding
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",  # ایران
        "BLK-001",  # ترکمنستان
        "BAK-001", "LAN-001", "SUM-001",  # جمهوری آذربایجان
        "AST-001", "DAG-001", "KAL-001",  # روسیه
        "MAN-001", "ATY-001",  # قزاقستان
    )  # fmt: skip


def test_english_alphabetical_order_of_countries() -> None:
    assert heads_under(country_order=CountryOrder.ENGLISH) == (
        "GIL-001",
        "BAK-001", "LAN-001", "SUM-001",  # Azerbaijan
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",  # Iran
        "MAN-001", "ATY-001",  # Kazakhstan
        "AST-001", "DAG-001", "KAL-001",  # Russia
        "BLK-001",  # Turkmenistan
    )  # fmt: skip


def test_a_drawn_first_country_then_persian_order_wrapping_round() -> None:
    assert heads_under(country_order=CountryOrder.DRAWN, drawn_first="RU") == (
        "GIL-001",
        "AST-001", "DAG-001", "KAL-001",  # روسیه, drawn
        "MAN-001", "ATY-001",  # قزاقستان
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",  # ایران, wrapping round
        "BLK-001",  # ترکمنستان
        "BAK-001", "LAN-001", "SUM-001",  # جمهوری آذربایجان
    )  # fmt: skip


def test_a_custom_order_agreed_by_the_delegations() -> None:
    assert heads_under(
        country_order=CountryOrder.CUSTOM, custom_countries=("KZ", "TM", "AZ", "RU")
    ) == (
        "GIL-001",
        "MAN-001", "ATY-001",  # KZ
        "BLK-001",  # TM
        "BAK-001", "LAN-001", "SUM-001",  # AZ
        "AST-001", "DAG-001", "KAL-001",  # RU
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",  # not listed: after, in Persian order
    )  # fmt: skip


def test_the_host_country_first_or_last_when_the_rules_say() -> None:
    assert heads_under(country_order=CountryOrder.ENGLISH, host_place=HostPlace.FIRST) == (
        "GIL-001",
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",
        "BAK-001", "LAN-001", "SUM-001",
        "MAN-001", "ATY-001",
        "AST-001", "DAG-001", "KAL-001",
        "BLK-001",
    )  # fmt: skip
    assert heads_under(host_place=HostPlace.LAST) == (
        "GIL-001",
        "BLK-001",
        "BAK-001", "LAN-001", "SUM-001",
        "AST-001", "DAG-001", "KAL-001",
        "MAN-001", "ATY-001",
        "MAZ-001", "GOL-001", "HRM-001", "SIB-001",
    )  # fmt: skip


def test_another_presiding_person_takes_the_chair_and_the_host_keeps_its_place() -> None:
    order = precedence_order(demo_people(), HEADS, presiding="AST-001")
    assert order.presiding == "AST-001"
    assert order.principals == (
        "AST-001",
        "GIL-001", "MAZ-001", "GOL-001", "HRM-001", "SIB-001",
        "BLK-001",
        "BAK-001", "LAN-001", "SUM-001",
        "DAG-001", "KAL-001",
        "MAN-001", "ATY-001",
    )  # fmt: skip
    # The rules may name the presiding person too; the argument wins over them.
    ruled = replace(HEADS, presiding="BAK-001")
    assert precedence_order(demo_people(), ruled).presiding == "BAK-001"
    assert precedence_order(demo_people(), ruled, presiding="KAL-001").presiding == "KAL-001"


def test_persian_collation_puts_pe_before_te_which_code_points_do_not() -> None:
    # پاکستان (Pakistan) before تاجیکستان (Tajikistan): پ is U+067E, after ت U+062A.
    def observer(ref: str, country: str, name_fa: str) -> PrecedencePerson:
        return PrecedencePerson(ref, "HOD", ref, 1, False, country, name_fa, ref, False, 1)

    people = [observer("TJ-1", "TJ", "تاجیکستان"), observer("PK-1", "PK", "پاکستان")]
    assert precedence_order(people, HEADS).principals == ("PK-1", "TJ-1")
    english = replace(HEADS, country_order=CountryOrder.ENGLISH)
    assert precedence_order(people, english).principals == ("PK-1", "TJ-1")  # "PK-1" < "TJ-1"


def test_ambassadors_rank_by_the_date_they_took_up_their_post_the_undated_by_name() -> None:
    dates = {
        "DRU-001": date(2021, 3, 1),
        "DAZ-001": date(2019, 6, 10),
        "DKZ-001": date(2023, 1, 15),
    }
    people = [replace(p, precedence_date=dates.get(p.ref)) for p in demo_people()]
    rules = replace(HEADS, invite_categories=("AMB",))
    assert precedence_order(people, rules, presiding="").principals[:8] == (
        # The host delegation (Gilan) is not invited: nobody presides.
        "DAZ-001", "DRU-001", "DKZ-001",  # 2019, 2021, 2023
        # Undated, by family name in Persian order: بابایف, حسین‌پور, رضایی, شیخ‌الاسلامی, قاسمی
        "DTM-001", "DIR-002", "DIR-004", "DIR-001", "DIR-003",
    )  # fmt: skip
    # No dates at all, as in the demo: all by name (آسقاراولی … قاسمی before قره‌باغلی).
    assert precedence_order(demo_people(), rules).principals == (
        "DKZ-001", "DTM-001", "DIR-002", "DIR-004", "DIR-001", "DRU-001", "DIR-003", "DAZ-001",
    )  # fmt: skip


def test_the_general_panel_blocks_heads_ministers_ambassadors_organisations_chambers() -> None:
    rules = rules_for("GEN")
    assert rules is not None
    order = precedence_order(demo_people(), rules)
    principals = order.principals
    assert principals[0] == "GIL-001"
    assert principals[14:21] == tuple(f"GOV-00{i}" for i in range(1, 8))  # ministers by rank
    assert all(ref[:3] in ("DRU", "DAZ", "DKZ", "DTM", "DIR") for ref in principals[21:29])
    assert principals[29:35] == ("ECO-001", "ECO-002", "ECO-003", "ECO-004", "TCS-001", "TCS-002")
    # Chambers by country in Persian order: Iran, Turkmenistan, Azerbaijan, Russia, Kazakhstan.
    chambers = [ref[:3] for ref in principals[35:49]]
    assert list(dict.fromkeys(chambers)) == ["CIR", "CTM", "CAZ", "CRU", "CKZ"]
    assert principals[49:] == ("GUE-001", "GUE-002", "GUE-003", "GUE-004", "GUE-005")
    # Each deputy sits behind their own head of delegation, in the heads' order.
    assert order.behind[:3] == (
        ("GIL-002", "GIL-001"), ("MAZ-002", "MAZ-001"), ("GOL-002", "GOL-001"),
    )  # fmt: skip
    assert len(order.behind) == 14
    assert set(order.refs) == set(principals) | {ref for ref, _ in order.behind}


def test_a_specialised_panel_is_presided_by_the_host_delegations_first_invited_member() -> None:
    rules = rules_for("ECON")
    assert rules is not None
    order = precedence_order(demo_people(), rules)
    assert order.principals[:3] == ("GIL-003", "GOV-004", "GOV-005")
    assert order.principals[3:7] == ("MAZ-002", "GOL-005", "HRM-003", "SIB-007")
    assert len(order.principals) == 23


def test_an_interpreter_with_no_head_in_the_session_sits_behind_nobody() -> None:
    rules = replace(HEADS, invite_refs=("SCT-012", "GIL-009"), behind_categories=("INT", "DEL"))
    order = precedence_order(demo_people(), rules)
    assert ("GIL-009", "GIL-001") in order.behind
    assert ("SCT-012", "") in order.behind
    assert order.behind[-1] == ("SCT-012", "")  # the headless after those who have a head


def test_invitation_by_category_delegation_or_name_unless_excluded() -> None:
    rules = SeatingRules(
        session="X",
        room="r",
        invite_categories=("HOD",),
        invite_delegations=("GOV",),
        invite_refs=("ECO-001",),
        exclude_refs=("GOV-007", "BLK-001"),
    )
    assert is_invited(rules, ref="GIL-001", category="HOD", delegation="GIL")
    assert is_invited(rules, ref="GOV-012", category="DEL", delegation="GOV")
    assert is_invited(rules, ref="ECO-001", category="ORG", delegation="ECO")
    assert not is_invited(rules, ref="ECO-002", category="ORG", delegation="ECO")
    assert not is_invited(rules, ref="GOV-007", category="MIN", delegation="GOV")
    assert not is_invited(rules, ref="BLK-001", category="HOD", delegation="BLK")
    assert "BLK-001" not in precedence_order(demo_people(), rules).refs
