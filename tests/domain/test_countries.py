"""The country look-up of an import reads its table from ``resources/countries.json``.

This first version compares every entry of the table that was written in ``countries.py`` with
the data file, and every name's look-up, before the old table goes.
"""

from __future__ import annotations

from summit_desk.domain.countries import (
    _TABLE,
    IsoCountry,
    countries,
    country_key,
    find_country,
)


def test_the_data_file_holds_every_entry_of_the_old_table_in_its_order() -> None:
    assert countries() == tuple(IsoCountry(*row) for row in _TABLE)
    assert len(countries()) == 249


def test_every_name_finds_what_the_old_table_found() -> None:
    old: dict[str, IsoCountry] = {}
    for row in _TABLE:
        country = IsoCountry(*row)
        for name in country.names:
            old.setdefault(country_key(name), country)
    for key, country in old.items():
        assert find_country(key) == country, key
    for row in _TABLE:
        for name in IsoCountry(*row).names:
            written = (name, name.upper(), name.lower(), f"  {name} ", name.replace("ی", "ي"))
            for text in written:
                assert find_country(text) == old[country_key(text)], text


def test_a_text_that_names_no_country_finds_none() -> None:
    assert find_country("Atlantis") is None
    assert find_country("") is None
    assert find_country("   ") is None
