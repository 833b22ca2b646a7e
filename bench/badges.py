"""Badge rendering against the floor of its stack: ``python bench/badges.py [--badges N]``.

Renders N badges (1,000 by default) of the demo event's people, cycling the 189 of
``resources/demo/event.json``, on the A6 layout with :class:`BadgeRenderer`, and in the same run
a bare ReportLab loop that draws the same elements with nothing but ReportLab: the same page
size and compression, the header's texts, shapes and band, every text with ``drawString`` in a
registered TrueType face (no shaping, no bidi, no fitting: Persian comes out wrong, which is why
it is only a floor), the zone squares and a vector QR code of the same badge code. It prints the
time per badge of each (best of ``--repeat`` runs after a warm-up), their ratio, and the peak
memory (tracemalloc) of each at 100 and at N badges.
"""

from __future__ import annotations

import argparse
import gc
import io
import time
import tracemalloc
from collections.abc import Callable, Sequence
from itertools import cycle, islice

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from summit_desk.domain.codes import new_badge_code
from summit_desk.domain.values import BadgeData, EventHeader
from summit_desk.printing.badge_layout_values import MM, BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout
from summit_desk.printing.badge_texts import badge_text, header_text
from summit_desk.printing.badges import BadgeRenderer
from summit_desk.printing.fonts import fonts
from summit_desk.services.demo import demo_badge, demo_header, load_json


def demo_badges(count: int) -> tuple[EventHeader, list[BadgeData]]:
    """``count`` badges cycling through the demo's people, each with a fresh code."""
    spec = load_json("event.json")
    badges = [
        demo_badge(person, spec, code=new_badge_code())
        for person in islice(cycle(spec["people"]), count)
    ]
    return demo_header(spec), badges


def ours(layout: BadgeLayout, event: EventHeader, badges: Sequence[BadgeData]) -> int:
    out = io.BytesIO()
    BadgeRenderer(layout, event).render(badges, out)
    return len(out.getvalue())


def floor(layout: BadgeLayout, event: EventHeader, badges: Sequence[BadgeData]) -> int:
    """The same elements drawn the plainest way ReportLab allows: the cost of the stack itself."""
    design = layout.design
    regular, bold = fonts().noto_sans.name, fonts().noto_sans_bold.name
    persian, persian_bold = fonts().vazirmatn.name, fonts().vazirmatn_bold.name
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(layout.page_width, layout.page_height), pageCompression=1)
    for badge in badges:
        for shape in design.shapes:
            canvas.setFillColor(HexColor(shape.fill or "#000000"))
            canvas.rect(shape.box.x, shape.box.y, shape.box.width, shape.box.height, 0, 1)
        if design.band is not None:
            band = design.band
            canvas.setFillColor(HexColor(badge.category_colour))
            canvas.rect(band.x, band.y, band.width, band.height, 0, 1)
        for spec in design.fields:
            is_header = spec.name.startswith(("event", "slogan", "venue", "dates"))
            text = header_text(spec.name, event) if is_header else badge_text(spec.name, badge)
            if not text:
                continue
            face = (
                (persian_bold if spec.style.bold else persian)
                if spec.name.endswith("_fa")
                else (bold if spec.style.bold else regular)
            )
            canvas.setFillColor(HexColor(spec.style.color))
            canvas.setFont(face, spec.style.font_size)
            box = spec.box
            canvas.drawCentredString(box.x + box.width / 2, box.y + box.height / 3, text)
        if design.zones is not None:
            zones = design.zones
            x = zones.box.x
            canvas.setFont(bold, zones.style.font_size)
            for code, _, _ in badge.zones:
                canvas.rect(x, zones.box.y, zones.cell, zones.cell, 1, 0)
                canvas.drawCentredString(x + zones.cell / 2, zones.box.y + zones.cell / 3, code)
                x += zones.cell + zones.gap
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=0)
        code.add_data(badge.code)
        code.make(fit=True)
        matrix = code.get_matrix()
        module = min(design.qr.box.width, design.qr.box.height) / (len(matrix) + 8)
        left, top = design.qr.box.x + 4 * module, design.qr.box.top - 4 * module
        path = canvas.beginPath()
        for row, cells in enumerate(matrix):
            column = 0
            while column < len(cells):
                if cells[column]:
                    start = column
                    while column < len(cells) and cells[column]:
                        column += 1
                    width = (column - start) * module
                    path.rect(left + start * module, top - (row + 1) * module, width, module)
                column += 1
        canvas.setFillColor(HexColor("#000000"))
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return len(out.getvalue())


Renderer = Callable[[BadgeLayout, EventHeader, Sequence[BadgeData]], int]


def best_time(run: Renderer, layout: BadgeLayout, event: EventHeader, badges: list[BadgeData],
              repeat: int) -> tuple[float, int]:  # fmt: skip
    best = float("inf")
    size = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        size = run(layout, event, badges)
        best = min(best, time.perf_counter() - start)
    return best, size


def peak_memory(run: Renderer, layout: BadgeLayout, event: EventHeader,
                badges: list[BadgeData]) -> float:  # fmt: skip
    gc.collect()
    tracemalloc.start()
    run(layout, event, badges)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--layout", default="a6")
    args = parser.parse_args()

    layout = builtin_layout(args.layout)
    event, badges = demo_badges(args.badges)
    fonts()
    print(f"{args.badges} badges of {len({b.ref for b in badges})} people, layout {layout.id} "
          f"({layout.page_width / MM:.1f} × {layout.page_height / MM:.1f} mm)")  # fmt: skip

    start = time.perf_counter()
    ours(layout, event, badges)
    cold = time.perf_counter() - start
    floor(layout, event, badges[:50])  # warm ReportLab's own font and colour caches

    ours_time, ours_size = best_time(ours, layout, event, badges, args.repeat)
    floor_time, floor_size = best_time(floor, layout, event, badges, args.repeat)
    per_badge = 1000 / args.badges
    print(f"first run, cold caches: {cold * per_badge:.2f} ms/badge")
    for name, seconds, size in (
        ("BadgeRenderer", ours_time, ours_size),
        ("bare ReportLab", floor_time, floor_size),
    ):
        print(f"{name + ':':18} {seconds * per_badge:.2f} ms/badge  ({size / 1e6:.2f} MB of PDF)")
    print(f"ratio:             {ours_time / floor_time:.2f}x the floor (goal <= 1.5x)")

    small = badges[:100]
    for name, run in (("BadgeRenderer", ours), ("bare ReportLab", floor)):
        at_small = peak_memory(run, layout, event, small)
        at_full = peak_memory(run, layout, event, badges)
        growth = (at_full - at_small) / (len(badges) - len(small)) * 1000
        print(f"peak memory, {name}: {at_small:.1f} MB at {len(small)} badges, "
              f"{at_full:.1f} MB at {len(badges)} ({growth:.1f} kB a badge)")  # fmt: skip


if __name__ == "__main__":
    main()
