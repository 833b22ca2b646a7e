"""The camera decoder's read rate and speed beside zbarimg's: ``python bench/camera_decode.py``.

Makes the frames of ``tests/support/qr_frames.py`` (real badge codes drawn by the badges' QR
module on a card in a 640 × 480 frame; blur, rotation, perspective, glare and low contrast at
four strengths, and undamaged frames), reads each with the desk's decoder
(:func:`summit_desk.services.qr_decode.read_codes`, zxing-cpp) and with ``zbarimg`` (QR only,
all frames in one run) on the same PNG files, and prints, for each kind and strength, how many
frames each read correctly, how many it misread (a code that is not the frame's), and the time
per frame: the decoder's median in process (best of ``--repeat``), zbarimg's whole run divided by
the frames (its start-up shared by all of them). Needs the ``camera`` extra and zbar-tools.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET  # zbarimg's report on our own generated frames
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.qr_frames import STRENGTHS, Sample, blank_frames, samples

from summit_desk.services.qr_decode import (
    decoder_missing,
    frame_from_pillow,
    read_codes,
)

ZBAR_NS = "{http://zbar.sourceforge.net/2008/barcode}"

Tally = dict[tuple[str, int], list[int]]  # (kind, level) -> [read, misread, frames]


def zxing_pass(frames: list[Sample], repeat: int) -> tuple[Tally, list[float], int, list[float]]:
    """The desk decoder's tally, its times per frame in ms, its reads of frames without a code,
    and its times on those (what most of a camera's frames are)."""
    tally: Tally = defaultdict(lambda: [0, 0, 0])
    times: list[float] = []
    for sample in frames:
        grey = frame_from_pillow(sample.image)
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            found = read_codes(grey)
            best = min(best, time.perf_counter() - start)
        times.append(best)
        _count(tally[sample.kind, sample.level], sample.code, found)
    blanks, blank_times = 0, []
    for image in blank_frames(20):
        grey = frame_from_pillow(image)
        start = time.perf_counter()
        blanks += len(read_codes(grey))
        blank_times.append(time.perf_counter() - start)
    return tally, [t * 1000 for t in times], blanks, [t * 1000 for t in blank_times]


def zbar_pass(frames: list[Sample], folder: Path) -> tuple[Tally, float]:
    """zbarimg's tally on the same frames as PNG files, and its time per frame in ms."""
    paths = []
    for number, sample in enumerate(frames):
        path = folder / f"{number:04d}-{sample.name}.png"
        sample.image.save(path)
        paths.append(path)
    start = time.perf_counter()
    run = subprocess.run(
        ["zbarimg", "--xml", "-q", "-Sdisable", "-Sqrcode.enable", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,  # 4: some frames had no code, which is what is being measured
    )
    per_frame_ms = (time.perf_counter() - start) * 1000 / len(frames)
    read: dict[str, list[str]] = defaultdict(list)
    for source in ET.fromstring(run.stdout).iter(f"{ZBAR_NS}source"):
        href = Path(source.get("href", "")).name
        read[href] = [data.text or "" for data in source.iter(f"{ZBAR_NS}data")]
    tally: Tally = defaultdict(lambda: [0, 0, 0])
    for path, sample in zip(paths, frames, strict=True):
        _count(tally[sample.kind, sample.level], sample.code, tuple(read[path.name]))
    return tally, per_frame_ms


def _count(cell: list[int], code: str, found: tuple[str, ...]) -> None:
    cell[0] += code in found
    cell[1] += any(text != code for text in found)
    cell[2] += 1


def report(zxing: Tally, zbar: Tally) -> None:
    print(f"{'damage':<12} {'level':>5} {'strength':>9} {'zxing-cpp':>11} {'zbarimg':>11}")
    for kind, level in sorted(zxing, key=lambda k: list(zxing).index(k)):
        strength = STRENGTHS[kind][level - 1] if level else 0
        print(
            f"{kind:<12} {level:>5} {strength:>9g} {_cell(zxing[kind, level]):>11}"
            f" {_cell(zbar[kind, level]):>11}"
        )
    for name, tally in (("zxing-cpp", zxing), ("zbarimg", zbar)):
        read = sum(c[0] for c in tally.values())
        misread = sum(c[1] for c in tally.values())
        total = sum(c[2] for c in tally.values())
        damaged = [c for (kind, _), c in tally.items() if kind != "none"]
        print(
            f"{name}: read {read}/{total} ({100 * read / total:.1f} %), "
            f"damaged frames {sum(c[0] for c in damaged)}/{sum(c[2] for c in damaged)}, "
            f"misread {misread}"
        )


def _cell(cell: list[int]) -> str:
    read, misread, total = cell
    return f"{read}/{total}" + (f" !{misread}" if misread else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-level", type=int, default=10, help="frames per kind and strength")
    parser.add_argument("--repeat", type=int, default=3, help="decodes per frame, best kept")
    args = parser.parse_args(argv)
    if decoder_missing():
        print("the camera extra is not installed: pip install 'summit-desk[camera]'")
        return 2
    if shutil.which("zbarimg") is None:
        print("zbarimg is not installed (Debian: zbar-tools)")
        return 2
    frames = list(samples(args.per_level))
    zxing, zxing_ms, blanks, blank_ms = zxing_pass(frames, args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        zbar, zbar_ms = zbar_pass(frames, Path(folder))
    print(f"{len(frames)} frames of 640 × 480, QR modules of 5 px, {args.per_level} a cell")
    report(zxing, zbar)
    print(
        f"time per frame: zxing-cpp median {statistics.median(zxing_ms):.2f} ms, slowest"
        f" {max(zxing_ms):.2f} ms (in process); zbarimg {zbar_ms:.2f} ms (one run over all"
        " frames, PNG reading included)"
    )
    print(
        f"20 frames without a code: {blanks} codes read, zxing-cpp median"
        f" {statistics.median(blank_ms):.2f} ms, slowest {max(blank_ms):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
