"""Countries → delegations → people, in protocol order: the roster as the tree's nodes, in plain
Python (no Qt), so that the thread pool builds it next to the query and ``RosterModel.set_tree``
(roster_model.py) only swaps it in.

The text filter is applied while the tree is built, with the desk's folded search terms: a
person matches when every term is in their search key (so «علي» finds «علی» and "федоров" finds
«Фёдоров»), a delegation or country that matches brings all its people. Filtering 50,000 people
in the worker takes a few hundredths of a second; a proxy model would instead call into Python
for every row and its parents on the GUI thread, for about a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from summit_desk.services.roster import Roster, RosterCountry, RosterDelegation, RosterPerson


class NodeKind(IntEnum):
    COUNTRY = 0
    DELEGATION = 1
    PERSON = 2


Item = RosterCountry | RosterDelegation | RosterPerson


@dataclass(frozen=True, slots=True)
class Node:
    kind: NodeKind
    key: str
    parent: int  # the parent's node id, -1 for a country
    row: int
    children: tuple[int, ...]
    item: Item


@dataclass(frozen=True, slots=True)
class RosterTree:
    roster: Roster  # everyone, whatever the filter: the counts are of whole delegations
    terms: tuple[str, ...]  # the folded search terms the tree was filtered with
    nodes: tuple[Node, ...]  # a node's id is its place here, carried as the index's internalId
    top: tuple[int, ...]
    by_key: dict[str, int]
    shape: tuple[tuple[str, int], ...]  # equal shapes: the same nodes in the same places

    @property
    def shown_people(self) -> int:
        return sum(1 for n in self.nodes if n.kind == NodeKind.PERSON)


def _matches(key: str, terms: tuple[str, ...]) -> bool:
    return bool(key) and all(term in key for term in terms)


def build_tree(roster: Roster, terms: tuple[str, ...] = ()) -> RosterTree:
    """The nodes of ``roster`` (of those matching ``terms``), numbered depth first so that the
    same roster always gives the same ids."""
    nodes: list[Node | None] = []

    def reserve() -> int:
        nodes.append(None)
        return len(nodes) - 1

    top: list[int] = []
    for country in roster.countries:
        whole_country = not terms or _matches(country.search_key, terms)
        c_id = reserve()
        delegations: list[int] = []
        for delegation in country.delegations:
            whole = whole_country or _matches(delegation.search_key, terms)
            people = (
                delegation.people
                if whole
                else [p for p in delegation.people if _matches(p.search_key, terms)]
            )
            if not whole and not people:
                continue
            d_id = reserve()
            person_ids: list[int] = []
            for p_row, person in enumerate(people):
                p_id = reserve()
                person_ids.append(p_id)
                nodes[p_id] = Node(NodeKind.PERSON, f"p:{person.id}", d_id, p_row, (), person)
            nodes[d_id] = Node(
                NodeKind.DELEGATION,
                f"d:{delegation.code}",
                c_id,
                len(delegations),
                tuple(person_ids),
                delegation,
            )
            delegations.append(d_id)
        if not delegations and not whole_country:
            del nodes[c_id:]
            continue
        nodes[c_id] = Node(
            NodeKind.COUNTRY, f"c:{country.code}", -1, len(top), tuple(delegations), country
        )
        top.append(c_id)
    done = tuple(n for n in nodes if n is not None)
    assert len(done) == len(nodes)
    return RosterTree(
        roster=roster,
        terms=terms,
        nodes=done,
        top=tuple(top),
        by_key={n.key: i for i, n in enumerate(done)},
        shape=tuple((n.key, n.parent) for n in done),
    )
