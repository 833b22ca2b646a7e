"""The figures at the top of the dashboard, worked out from ``StatsService``'s counts for one day.

Plain Python, no Qt: what counts as "complete" or "awaited by protocol" is decided here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from summit_desk.domain.categories import BY_CODE
from summit_desk.services.stats import Stats

HEAD_OF_DELEGATION = "HOD"


@dataclass(frozen=True, slots=True)
class Share:
    part: int
    whole: int


@dataclass(frozen=True, slots=True)
class DashboardTotals:
    day: date | None
    arrived: Share  # people who arrived that day, of everyone registered
    heads: Share  # heads of delegation who arrived, of those registered
    protocol: Share  # everyone protocol is told about on arrival (heads, ministers, ambassadors…)
    delegations: Share  # delegations whose every registered member arrived, of those with people


def dashboard_totals(stats: Stats, day: date | None) -> DashboardTotals:
    key = day.isoformat() if day is not None else ""

    def arrived(row_arrivals: dict[str, int]) -> int:
        return row_arrivals.get(key, 0)

    heads = next((c for c in stats.categories if c.key == HEAD_OF_DELEGATION), None)
    protocol = [
        c for c in stats.categories if c.key in BY_CODE and BY_CODE[c.key].notify_on_arrival
    ]
    staffed = [d for d in stats.delegations if d.people]
    return DashboardTotals(
        day=day,
        arrived=Share(stats.arrived.get(key, 0), stats.people),
        heads=Share(arrived(heads.arrived), heads.people) if heads else Share(0, 0),
        protocol=Share(sum(arrived(c.arrived) for c in protocol), sum(c.people for c in protocol)),
        delegations=Share(sum(1 for d in staffed if arrived(d.arrived) >= d.people), len(staffed)),
    )
