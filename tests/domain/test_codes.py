"""Badge codes: random, compact, free of personal data, and recognised through scanner noise."""

from __future__ import annotations

import pytest
import qrcode
from hypothesis import given
from hypothesis import strategies as st

from summit_desk.domain.codes import (
    CODE_LENGTH,
    RANDOM_BITS,
    clean_scan,
    is_badge_code,
    new_badge_code,
)


def test_a_code_carries_at_least_128_random_bits() -> None:
    assert RANDOM_BITS >= 128
    codes = {new_badge_code() for _ in range(2_000)}
    assert len(codes) == 2_000
    assert all(is_badge_code(c) and len(c) == CODE_LENGTH for c in codes)


def test_the_code_fits_a_small_qr_symbol_at_level_m() -> None:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(new_badge_code())
    qr.make(fit=True)
    # Alphanumeric mode: 28 characters fit version 2 (25×25 modules) at level M.
    assert qr.version <= 2


def test_characters_are_spread_over_the_alphabet() -> None:
    body = "".join(new_badge_code()[2:] for _ in range(500))
    assert len(set(body)) == 32


@pytest.mark.parametrize(
    "noise",
    ["{code}\r\n", "]Q1{code}", "SCAN:{code}\t", "  {code}  ", "{code}\x00\x1b"],
)
def test_scanner_noise_is_cleaned(noise: str) -> None:
    code = new_badge_code()
    assert clean_scan(noise.format(code=code)) == code


def test_a_code_typed_under_the_persian_keyboard_layout_is_recognised() -> None:
    code = new_badge_code()
    latin_to_persian = {
        "A": "ش", "B": "ذ", "C": "ز", "D": "ی", "E": "ث", "F": "ب", "G": "ل", "H": "ا", "J": "ت",
        "K": "ن", "M": "ئ", "N": "د", "P": "ح", "Q": "ض", "R": "ق", "S": "س", "T": "ف", "V": "ر",
        "W": "ص", "X": "ط", "Y": "غ", "Z": "ظ",
    }  # fmt: skip
    typed = "".join(latin_to_persian.get(c, c) for c in code)
    typed = typed.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert clean_scan(typed) == code


def test_look_alike_letters_typed_by_hand_are_read_as_digits() -> None:
    code = "SD" + "0" * 13 + "1" * 13
    assert clean_scan("SD" + "O" * 13 + "l" * 13) == code


@given(st.text(max_size=40))
def test_noise_never_becomes_a_code(text: str) -> None:
    cleaned = clean_scan(text)
    assert not is_badge_code(cleaned) or cleaned in text.upper() or "SD" in text.upper()
