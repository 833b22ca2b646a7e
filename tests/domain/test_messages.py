"""Every message exists in Persian and English with the same placeholders."""

from __future__ import annotations

import string

import pytest

from summit_desk.domain.messages import LANGUAGES, MESSAGES, render


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == set(LANGUAGES), code
    assert placeholders(texts["fa"]) == placeholders(texts["en"]), code
    assert texts["fa"] != texts["en"], code


def test_numbers_are_shown_in_persian_digits_in_persian() -> None:
    assert "۱۲" in render("import.where", "fa", row=12, column="email")
    assert "12" in render("import.where", "en", row=12, column="email")


def test_an_unknown_code_still_says_something() -> None:
    assert render("no.such.code", "fa", x=1) == "no.such.code {'x': 1}"
