"""Cyrillic in Latin letters in the search key: a Russian or Kazakh name registered in one
script is found by the other (issue #9, item 12)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summit_desk.domain.names import name_tokens, search_key, search_terms
from summit_desk.domain.translit import latin_spellings, to_latin

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KAZAKH = "әғқңөұүһі"


def finds(query: str, *registered: str) -> bool:
    key = search_key(*registered)
    return all(term in key for term in search_terms(query))


@pytest.mark.parametrize(
    ("typed", "registered"),
    [
        ("babushkin", "Бабушкин"),  # the case: Cyrillic only
        ("бабушкин", "Babushkin"),  # and the other way round: Latin only
        ("БАБУШКИН", "BABUSHKIN"),
        ("babuškin", "Бабушкин"),  # ISO 9, with its háček
        ("babuskin", "Бабушкин"),  # ISO 9 without it
        ("yuriy", "Юрий"),  # older passports and the press
        ("iurii", "Юрий"),  # the passport's (ICAO 9303)
        ("юрий", "Iurii"),
        ("shchukin", "Щукин"),
        ("Щукин", "Shchukin"),
        ("tsvetaeva", "Цветаева"),
        ("khabarov", "Хабаров"),
        ("zhanibek", "Жәнібек"),  # Kazakh: ә and і
        ("nurlan", "Нұрлан"),
        ("нұрлан", "Nurlan"),
        ("kasym", "Қасым"),
        ("қасым", "Kasym"),
        ("shahmar", "Шаһмар"),  # Kazakh passports write һ as h
        ("shakhmar", "Шаһмар"),  # a Russian keyboard types х for it
        ("oteuli", "Өтеулі"),
        ("ғани", "Gani"),
        ("бабу", "Babushkin"),  # a prefix while typing
        ("igor petrov", "Игорь Петров"),
    ],
)
def test_a_name_in_one_script_is_found_by_the_other(typed: str, registered: str) -> None:
    assert finds(typed, registered)


def test_a_different_name_is_still_not_found() -> None:
    assert not finds("babushkin", "Бабурин")
    assert not finds("петров", "Ivanov")


def test_a_one_letter_query_in_cyrillic_finds_the_latin_tokens() -> None:
    assert any(t.startswith(to_latin("б")) for t in name_tokens("Babushkin"))
    assert any(t.startswith("b") for t in name_tokens("Бабушкин"))


def test_latin_and_persian_fields_are_folded_as_before() -> None:
    assert search_key("Məmmədov", "علی‌اکبر") == "mammadov علیاکبر"


cyrillic_words = st.text(alphabet=RUSSIAN + RUSSIAN.upper() + KAZAKH, min_size=1, max_size=14)
cyrillic_names = st.lists(cyrillic_words, min_size=1, max_size=3).map(" ".join)


@given(cyrillic_names)
def test_a_cyrillic_name_and_its_passport_spelling_find_each_other(name: str) -> None:
    latin = to_latin(name).title()  # as the passport's page prints it
    assert finds(latin, name)
    assert finds(name, latin)


@given(cyrillic_names)
def test_every_latin_spelling_of_a_cyrillic_name_finds_it(name: str) -> None:
    for spelling in latin_spellings(name):
        assert finds(spelling, name)


@given(cyrillic_names, st.integers(min_value=1, max_value=14))
def test_typing_a_cyrillic_name_letter_by_letter_keeps_finding_it(name: str, cut: int) -> None:
    prefix = name[:cut]
    if prefix.strip():
        assert finds(prefix, name)
        assert finds(prefix, to_latin(name))
