"""Names: the desk finds a person however the name is typed; the stored name stays as entered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summit_desk.domain.errors import InvalidText
from summit_desk.domain.names import (
    BIDI_CONTROLS,
    clean_input,
    fold,
    persian_sort_key,
    search_key,
    search_terms,
)


def found(query: str, *fields: str) -> bool:
    key = search_key(*fields)
    return all(term in key for term in search_terms(query))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("علي اكبر", "علی‌اکبر"),  # Arabic yeh and kaf, a space for the half-space
        ("علی اکبر", "علی‌اکبر"),
        ("علیاکبر", "علی‌اکبر"),
        ("علی‌اکبر", "علی اکبر"),
        ("فاطمه", "فاطمة"),  # teh marbuta
        ("خانه", "خانۀ"),  # heh with yeh above
        ("مصطفی", "مصطفى"),  # alef maksura
        ("۱۲۳", "123"),  # Persian digits
        ("123", "١٢٣"),  # Arabic-Indic digits
        ("محمد", "مُحَمَّد"),  # diacritics
        ("محمد", "محـــمد"),  # tatweel
        ("mammadov", "Məmmədov"),  # Azerbaijani schwa
        ("sumqayit", "Sumqayıt"),  # dotless i
        ("yazmyradow", "Ýazmyradow"),  # Turkmen
        ("игорь", "ИГОРЬ"),
        ("нурлан", "Нұрлан"),  # Kazakh letters from a Russian keyboard
        ("ali-akbar", "Ali Akbar"),
        ("ALI AKBAR", "Ali-Akbar"),
    ],
)
def test_a_name_is_found_however_the_desk_types_it(typed: str, stored: str) -> None:
    assert found(typed, stored)


def test_a_different_name_is_not_found() -> None:
    assert not found("حسن", "حسین")
    assert not found("petrov", "Ivanov")


def test_terms_do_not_match_across_two_fields() -> None:
    # "ali" + "rezaei" in separate fields must not make "alirezaei" a match.
    assert not found("alirezaei", "Ali", "Rezaei")
    assert found("ali rezaei", "Ali", "Rezaei")


def test_the_displayed_name_keeps_what_was_entered() -> None:
    assert clean_input("  علي‌اكبر   حسين  ") == "علي‌اكبر حسين"


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_bidi_override_and_isolate_controls_are_refused(control: str) -> None:
    with pytest.raises(InvalidText) as caught:
        clean_input(f"abc{control}def", "given_name_fa")
    assert caught.value.code == "bidi_control"
    assert f"U+{ord(control):04X}" in caught.value.message("en")
    assert "given_name_fa" in caught.value.message("fa")


def test_persian_alphabetical_order() -> None:
    words = ["گل", "کتاب", "ژاله", "زهره", "چمن", "جواد", "پری", "بهرام", "آرش", "احمد", "یاسر"]
    ordered = sorted(words, key=persian_sort_key)
    assert ordered == [
        "آرش",
        "احمد",
        "بهرام",
        "پری",
        "جواد",
        "چمن",
        "زهره",
        "ژاله",
        "کتاب",
        "گل",
        "یاسر",
    ]
    # Code-point order gets it wrong: پ چ ژ گ are outside the Arabic block's order.
    assert sorted(words) != ordered


def test_arabic_letter_variants_sort_with_their_persian_letter() -> None:
    assert persian_sort_key("علي") == persian_sort_key("علی")
    assert persian_sort_key("كاظم") == persian_sort_key("کاظم")


def test_persian_names_come_before_latin_and_cyrillic() -> None:
    names = ["Zeynalov", "Абаев", "آرش", "Aliyev"]
    assert sorted(names, key=persian_sort_key) == ["آرش", "Aliyev", "Zeynalov", "Абаев"]


names = st.text(
    alphabet=st.characters(
        categories=("L", "M", "Nd", "Zs"),
        exclude_characters="".join(BIDI_CONTROLS),
    ),
    max_size=30,
)


@given(names)
def test_fold_is_idempotent(name: str) -> None:
    assert fold(fold(name)) == fold(name)


@given(names)
def test_a_name_is_always_found_by_itself(name: str) -> None:
    if search_terms(name):
        assert found(name, name)


@given(names, st.sampled_from(["\u200c", " ", "\u0640", ""]))
def test_half_spaces_and_tatweel_never_change_the_match(name: str, noise: str) -> None:
    noisy = noise.join(name)
    if search_terms(name):
        assert found(name, noisy)


@given(names)
def test_upper_and_lower_case_find_each_other(name: str) -> None:
    if search_terms(name.upper()) and search_terms(name.lower()):
        assert found(name.upper(), name.lower()) or fold(name.upper()) != fold(name.lower())


@given(st.lists(names, min_size=2, max_size=8))
def test_sort_key_is_a_total_order(items: list[str]) -> None:
    keys = [persian_sort_key(i) for i in items]
    assert sorted(keys) == sorted(sorted(keys))
