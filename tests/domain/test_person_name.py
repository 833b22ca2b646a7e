"""A person's name as place cards, lists and the desk say it."""

from __future__ import annotations

from summit_desk.domain.person_name import NAME_FIELDS, PersonName

AMLASHI = PersonName(
    given_name_fa="پیمان",
    family_name_fa="املشی",
    given_name_latin="Peyman",
    family_name_latin="Amlashi",
    honorific_fa="جناب آقای",
    honorific_en="H.E.",
)


def test_a_name_is_given_then_family_name_and_a_card_puts_the_form_of_address_first() -> None:
    assert (AMLASHI.name_fa, AMLASHI.name_latin) == ("پیمان املشی", "Peyman Amlashi")
    assert AMLASHI.addressed_fa == "جناب آقای پیمان املشی"
    assert AMLASHI.addressed_latin == "H.E. Peyman Amlashi"


def test_without_a_form_of_address_the_name_stands_alone_and_an_address_needs_a_name() -> None:
    plain = PersonName(given_name_latin="Rəşad", family_name_latin="Əliyev", honorific_fa="جناب")
    assert plain.addressed_latin == "Rəşad Əliyev"
    assert plain.addressed_fa == ""  # «جناب» alone names nobody
    assert plain.display_name == "Rəşad Əliyev"


def test_the_one_name_shown_is_persian_then_latin_then_native() -> None:
    assert AMLASHI.display_name == "پیمان املشی"
    assert PersonName(name_native="Игорь Бабушкин").display_name == "Игорь Бабушкин"
    assert PersonName().display_name == ""


def test_its_fields_are_the_people_columns_and_import_headers() -> None:
    assert NAME_FIELDS == (
        "given_name_fa", "family_name_fa", "given_name_latin", "family_name_latin",
        "name_native", "title_fa", "title_en", "honorific_fa", "honorific_en",
    )  # fmt: skip
