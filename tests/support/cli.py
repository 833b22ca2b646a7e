"""Running `summit-desk`: in the test's own process (fast), or as the installed console script.

In-process, ``main()`` gets what a process would have: its arguments, the environment, a stdin
that decodes UTF-8 with universal newlines, byte streams for stdout and stderr, and its exit
status (also when argparse exits). The databases it opened are closed when it returns, as a
process's are when it ends, so that no WAL is left behind for the next command or a file copy.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from summit_desk.cli import main
from support.tools import IN_CI


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _command(args: tuple[str, ...], db: Path | None) -> list[str]:
    return [*args, "--db", str(db)] if db is not None else list(args)


def _environment(env: dict[str, str] | None) -> dict[str, str]:
    return {"SUMMIT_DESK_LANG": "en", **(env or {})}


def run(
    *args: str, db: Path | None = None, stdin: str = "", env: dict[str, str] | None = None
) -> Ran:
    """`summit-desk ARGS [--db DB]` run by calling ``summit_desk.cli.main`` in this process."""
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for name in ("out", "err")}
    engines: set[Engine] = set()

    def opened(connection: Any) -> None:
        engines.add(connection.engine)

    event.listen(Engine, "engine_connect", opened)
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name, value in _environment(env).items():
                patch.setenv(name, value)
            stdin_bytes = io.BytesIO(stdin.encode("utf-8"))
            patch.setattr(sys, "stdin", io.TextIOWrapper(stdin_bytes, encoding="utf-8"))
            patch.setattr(sys, "stdout", streams["out"])
            patch.setattr(sys, "stderr", streams["err"])
            try:
                returncode = main(_command(args, db))
            except SystemExit as exit_:  # argparse: bad arguments, --help, --version
                returncode = _exit_status(exit_.code, streams["err"])
    finally:
        event.remove(Engine, "engine_connect", opened)
        for engine in engines:
            engine.dispose()
    out, err = (_read(streams[name]) for name in ("out", "err"))
    assert "Traceback" not in err, err
    return Ran(returncode, out, err)


def _exit_status(code: object, stderr: io.TextIOWrapper) -> int:
    """What the interpreter makes of ``SystemExit(code)``."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=stderr)
    return 1


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


def console_script() -> str:
    """The installed `summit-desk` command beside this interpreter (the virtualenv's)."""
    beside = Path(sys.executable).with_name("summit-desk")
    found = str(beside) if beside.exists() else shutil.which("summit-desk")
    if found is None:
        if IN_CI:
            pytest.fail("the summit-desk console script is not installed")
        pytest.skip("the summit-desk console script is not installed")
    return found


def run_console_script(
    *args: str, db: Path | None = None, stdin: str = "", env: dict[str, str] | None = None
) -> Ran:
    """`summit-desk ARGS [--db DB]` run as a real process through the installed entry point."""
    result = subprocess.run(
        [console_script(), *_command(args, db)],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **_environment(env)},
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return Ran(result.returncode, result.stdout, result.stderr)
