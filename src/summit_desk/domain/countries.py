"""ISO 3166-1 countries with their English and Persian names, as import files name them.

An import's ``country`` cell may hold the alpha-2 code (``IR``), the alpha-3 code (``IRN``), or a
name in English or Persian, written any way the folding of ``names.fold`` forgives (ی/ي, ZWNJ or a
space, case). The table, ``resources/countries.json`` (read once), was generated from Debian's
``iso-codes`` (ISO 3166-1 and its Persian translation), then corrected by hand where that
translation is wrong or not what Iranians write (روسیه, بریتانیا, ترکیه, آمریکا, کره جنوبی …);
the English short names and common aliases (Russia, UK, USA, Turkey …) are added for the same
reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summit_desk.assets import resource
from summit_desk.domain.names import fold


@dataclass(frozen=True, slots=True)
class IsoCountry:
    code: str  # alpha-2, what the database stores
    alpha3: str
    name_en: str
    name_fa: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.code, self.alpha3, self.name_en, self.name_fa, *self.aliases)


def country_key(text: str) -> str:
    """How a country's code or name is compared: folded, without spaces or ZWNJ."""
    return fold(text).replace(" ", "")


@cache
def countries() -> tuple[IsoCountry, ...]:
    """Every country of ``resources/countries.json``, in its order; read once."""
    path = resource("countries.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    return tuple(_country(row, path) for row in rows)


def _country(row: dict[str, Any], path: Path) -> IsoCountry:
    try:
        return IsoCountry(
            code=row["code"],
            alpha3=row["alpha3"],
            name_en=row["name_en"],
            name_fa=row["name_fa"],
            aliases=tuple(row.get("aliases", ())),
        )
    except (KeyError, TypeError) as error:  # a damaged installation, not a user's mistake
        raise ValueError(f"{path}: a country lacks {error} in {row!r}") from error


@cache
def _lookup() -> dict[str, IsoCountry]:
    # The first country to claim a name keeps it, so the file's order settles a shared alias.
    lookup: dict[str, IsoCountry] = {}
    for country in countries():
        for name in country.names:
            lookup.setdefault(country_key(name), country)
    return lookup


def find_country(text: str) -> IsoCountry | None:
    """The ISO country that ``text`` names by code or English or Persian name, if any."""
    key = country_key(text)
    return _lookup().get(key) if key else None
