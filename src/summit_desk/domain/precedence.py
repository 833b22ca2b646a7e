"""Diplomatic precedence as the office's rules: who is invited and in which order they rank.

The practice followed (issue #7): missions rank by the alphabetical order of their States' names
in the host's protocol (Convention on Special Missions, art. 16), here Persian, unless the rules
choose English, a drawn first country or an agreed list; inside a country by the delegations'
order, inside a delegation by the notified rank; ambassadors among themselves by the date they
took up their post (Vienna Convention on Diplomatic Relations, art. 16). The host delegation's
head presides unless the rules name someone. Advisers and interpreters are not ranked: they sit
behind their head of delegation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summit_desk.domain.names import persian_sort_key
from summit_desk.domain.seating import (
    CountryOrder,
    HostPlace,
    PrecedencePerson,
    SeatingRules,
)

ANY_CATEGORY = "*"
AMBASSADOR = "AMB"
HEAD = "HOD"


@dataclass(frozen=True, slots=True)
class PrecedenceOrder:
    """A session's invited people in order: the principals, presiding first, then who sits
    behind whom (an adviser's or interpreter's ref with their head's ref, "" for none)."""

    principals: tuple[str, ...]
    behind: tuple[tuple[str, str], ...] = ()
    presiding: str | None = None  # the principal in the chair, when there is one

    @property
    def refs(self) -> tuple[str, ...]:
        """Everyone the order places: the session's invited people."""
        return self.principals + tuple(ref for ref, _ in self.behind)


def is_invited(rules: SeatingRules, *, ref: str, category: str, delegation: str) -> bool:
    """Whether the rules invite someone: by category, whole delegation or name, unless excluded."""
    if ref in rules.exclude_refs:
        return False
    return (
        category in rules.invite_categories
        or delegation in rules.invite_delegations
        or ref in rules.invite_refs
    )


def precedence_order(
    people: Sequence[PrecedencePerson], rules: SeatingRules, presiding: str | None = None
) -> PrecedenceOrder:
    """The invited among ``people`` in order of precedence under ``rules``.

    ``presiding`` (a ref) overrides the rules' presiding person; a presiding person who is not
    among ``people`` gives way to the default, the host delegation's head.
    """
    invited = [p for p in people if _invited(p, rules)]
    chair = _presiding(people, invited, rules, presiding)
    seated = [p for p in invited if p.category not in rules.behind_categories or p is chair]
    countries = country_ranks(invited, rules)
    ranked = sorted((p for p in seated if p is not chair), key=lambda p: _key(p, rules, countries))
    principals = [chair, *ranked] if chair is not None else ranked
    behind = [p for p in invited if p not in principals]
    return PrecedenceOrder(
        principals=tuple(p.ref for p in principals),
        behind=_behind(behind, principals),
        presiding=chair.ref if chair is not None else None,
    )


def _invited(person: PrecedencePerson, rules: SeatingRules) -> bool:
    return is_invited(rules, ref=person.ref, category=person.category, delegation=person.delegation)


def _presiding(
    people: Sequence[PrecedencePerson],
    invited: Sequence[PrecedencePerson],
    rules: SeatingRules,
    wanted: str | None,
) -> PrecedencePerson | None:
    for ref in (wanted, rules.presiding):
        named = [p for p in people if ref and p.ref == ref]
        if named:
            return named[0]
    # By default the host delegation's head; when its head is not invited (a specialised
    # panel), the host delegation's first-ranked invited member.
    host = [p for p in invited if p.delegation_host and p.category not in rules.behind_categories]
    return min(host, key=lambda p: (p.category != HEAD, p.rank, p.ref), default=None)


def country_ranks(people: Iterable[PrecedencePerson], rules: SeatingRules) -> dict[str | None, int]:
    """Each country's place (0 first) under the rules; no country (an organisation) is last."""
    names: dict[str, PrecedencePerson] = {}
    for person in people:
        if person.country is not None:
            names.setdefault(person.country, person)
    persian = sorted(names, key=lambda c: (persian_sort_key(names[c].country_fa), c))
    if rules.country_order is CountryOrder.ENGLISH:
        order = sorted(names, key=lambda c: (names[c].country_en.casefold(), c))
    elif rules.country_order is CountryOrder.DRAWN and rules.drawn_first in persian:
        start = persian.index(rules.drawn_first)
        order = persian[start:] + persian[:start]
    elif rules.country_order is CountryOrder.CUSTOM:
        listed = [c for c in rules.custom_countries if c in names]
        order = listed + [c for c in persian if c not in listed]
    else:
        order = persian
    hosts = [c for c in order if names[c].country_host]
    if rules.host_place is HostPlace.FIRST:
        order = hosts + [c for c in order if c not in hosts]
    elif rules.host_place is HostPlace.LAST:
        order = [c for c in order if c not in hosts] + hosts
    ranks: dict[str | None, int] = {code: i for i, code in enumerate(order)}
    ranks[None] = len(order)
    return ranks


def _block(category: str, rules: SeatingRules) -> int:
    blocks = rules.category_blocks
    if category in blocks:
        return blocks.index(category)
    return blocks.index(ANY_CATEGORY) if ANY_CATEGORY in blocks else len(blocks)


def _key(
    person: PrecedencePerson, rules: SeatingRules, countries: dict[str | None, int]
) -> tuple[object, ...]:
    name = persian_sort_key(person.sort_name)
    block = _block(person.category, rules)
    if person.category == AMBASSADOR:
        # By the date they took up their post; the undated after them, by name.
        dated = person.precedence_date
        day = dated.toordinal() if dated is not None else 0
        return (block, dated is None, day, 0, 0, "", 0, name, person.ref)
    country = countries.get(person.country, len(countries))
    return (block, False, 0, country, person.delegation_order, person.delegation, person.rank,
            name, person.ref)  # fmt: skip


def _behind(
    people: Sequence[PrecedencePerson], principals: Sequence[PrecedencePerson]
) -> tuple[tuple[str, str], ...]:
    """Each adviser or interpreter with the head they sit behind: their delegation's head among
    the principals, else its first-ranked principal, else nobody ("")."""
    place = {p.ref: i for i, p in enumerate(principals)}
    heads: dict[str, PrecedencePerson] = {}
    for p in sorted(principals, key=lambda p: (p.category != HEAD, p.rank, place[p.ref])):
        heads.setdefault(p.delegation, p)

    def head_of(person: PrecedencePerson) -> str:
        head = heads.get(person.delegation)
        return head.ref if head is not None else ""

    def key(person: PrecedencePerson) -> tuple[object, ...]:
        head = head_of(person)
        return (place.get(head, len(place)), person.rank, persian_sort_key(person.sort_name),
                person.ref)  # fmt: skip

    return tuple((p.ref, head_of(p)) for p in sorted(people, key=key))
