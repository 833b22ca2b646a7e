"""Reading the TOML files that officers edit by hand: typed getters that name the file and key.

A layout file (``resources/layouts/*.toml``) or a room file is read table by table through a
:class:`TomlTable`. Each getter checks one value's type and range and, on a mistake, raises the
file kind's :class:`~summit_desk.domain.errors.SummitDeskError` with ``path``, ``key`` (the
dotted key, ``fields.name_fa.size``) and ``reason``, which starts with the key:
"fields.name_fa.size must be a number, not 'big'". Every key the reader did not ask for is
refused by :meth:`TomlTable.finish`, so a misspelt key is never ignored silently.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, get_args

from summit_desk.domain.errors import SummitDeskError

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class TomlFormat:
    """What one kind of file is called, the error it raises, and the keys of each of its tables."""

    error: str  # the message code, with path, key and reason, e.g. "layout.invalid"
    noun: str  # "a badge layout", in "sise is not a key of a badge layout (a typo?)"
    keys: Mapping[str, tuple[str, ...]]  # the keys of each kind of table; "" is the file's own


def read_toml(path: Path, form: TomlFormat) -> TomlTable:
    """The file's top table; a file that cannot be read or parsed raises ``form.error``."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SummitDeskError(form.error, path=str(path), key="", reason=reason) from error
    except tomllib.TOMLDecodeError as error:
        raise SummitDeskError(form.error, path=str(path), key="", reason=str(error)) from error
    return TomlTable(path, form, "", data, "")


class TomlTable:
    """One table being read: typed getters that name the key on failure, and the keys left over.

    ``kind`` names the table's entry in ``form.keys``: a key outside it is refused at once, before
    anything else ("sise is not a key" rather than "size is missing"); ``None`` lets any key in
    (a table of fields, whose keys are the fields' names) and leaves them to the reader.
    """

    def __init__(
        self,
        source: Path,
        form: TomlFormat,
        prefix: str,
        data: Mapping[str, Any],
        kind: str | None = None,
    ) -> None:
        self.source = source
        self.form = form
        self.prefix = prefix
        self.data = data
        self.used: set[str] = set()
        if kind is not None:
            unknown = sorted(set(data) - set(form.keys[kind]))
            if unknown:
                self.fail(unknown[0], f"is not a key of {form.noun} (a typo?)")

    @property
    def name(self) -> str:
        """The table's own name: ``name_fa`` for ``[fields.name_fa]``."""
        return self.prefix.rpartition(".")[2]

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, problem: str) -> NoReturn:
        """Refuse the file: ``reason`` reads "fields.name_fa.size must be a number, not 'big'"."""
        key = self.key(name)
        raise SummitDeskError(
            self.form.error, path=str(self.source), key=key, reason=f"{key} {problem}"
        )

    def has(self, name: str) -> bool:
        return name in self.data

    def get(self, name: str) -> Any:
        self.used.add(name)
        return self.data.get(name)

    def number(
        self, name: str, default: float | None = None, *, minimum: float = 0.0, above: bool = False
    ) -> float:
        value = self.get(name)
        if value is None:
            if default is None:
                self.fail(name, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail(name, f"must be a number, not {value!r}")
        if value < minimum or (above and value == minimum):
            self.fail(name, f"must be {'above' if above else 'at least'} {minimum:g}")
        return float(value)

    def integer(self, name: str, default: int, *, minimum: int = 1) -> int:
        value = self.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"must be a whole number, not {value!r}")
        if value < minimum:
            self.fail(name, f"must be at least {minimum}")
        return value

    def string(self, name: str, default: str | None = None) -> str:
        value = self.get(name)
        if value is None:
            if default is None:
                self.fail(name, "is missing")
            return default
        if not isinstance(value, str):
            self.fail(name, f"must be text in quotes, not {value!r}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.string(name, default)
        if value not in choices:
            self.fail(name, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def literal(self, name: str, literal: Any, default: str) -> Any:
        """One of the values of the ``Literal`` type ``literal``, typed as that type."""
        return self.choice(name, tuple(get_args(literal)), default)

    def boolean(self, name: str, default: bool) -> bool:
        value = self.get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(name, f"must be true or false, not {value!r}")
        return value

    def colour(self, name: str, default: str | None) -> str | None:
        """A colour written ``#RRGGBB``, upper case; ``default`` when the key is left out."""
        value = self.get(name)
        if value is None:
            return default
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            self.fail(name, f"must be a colour written #RRGGBB, not {value!r}")
        return value.upper()

    def box_mm(self, name: str) -> tuple[float, float, float, float]:
        """``[x, y, width, height]`` in mm as written, with a positive width and height."""
        value = self.get(name)
        if value is None:
            self.fail(name, "is missing")
        if (
            not isinstance(value, list)
            or len(value) != 4
            or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
        ):
            self.fail(name, "must be four numbers [x, y, width, height] in mm, from the top left")
        x, y, width, height = (float(v) for v in value)
        if width <= 0 or height <= 0:
            self.fail(name, "must have a positive width and height")
        return x, y, width, height

    def table(self, name: str, kind: str | None, *, required: bool = False) -> TomlTable | None:
        value = self.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return None
        if not isinstance(value, dict):
            self.fail(name, f"must be a table ([{self.key(name)}])")
        return TomlTable(self.source, self.form, self.key(name), value, kind)

    def required_table(self, name: str, kind: str | None) -> TomlTable:
        table = self.table(name, kind, required=True)
        assert table is not None  # table() refuses a missing one
        return table

    def tables(self, name: str) -> Iterator[TomlTable]:
        """The tables of an array ``[[name]]``, each of the kind ``name``."""
        value = self.get(name)
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(name, f"must be a list of tables ([[{self.key(name)}]])")
        for index, item in enumerate(value):
            yield TomlTable(self.source, self.form, f"{self.key(name)}[{index}]", item, name)

    def finish(self) -> None:
        """Refuse a key that nothing asked for: a typo, or a key of another kind of table."""
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            self.fail(unknown[0], f"is not a key of {self.form.noun} (a typo?)")
