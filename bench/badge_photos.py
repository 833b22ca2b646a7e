"""What photos cost a batch of badges: ``python bench/badge_photos.py [--badges N] [--layout L]``.

Renders N badges (1,000 by default) of the demo event's people on a layout with a photo slot
(A6 by default) twice: without photos (every badge shows the placeholder) and with a different
photo on every badge, each as the database keeps it (600 × 800 JPEG). The photos are made with
Pillow: a head-and-shoulders shape on a light ground, with the grain of a phone camera, which
JPEG compresses about as it does a real portrait. Prints the PDF's size per badge, what a
photo adds, the average stored photo, and the time per badge of each run.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from dataclasses import replace

from badges import demo_badges  # bench/badges.py, beside this file
from PIL import Image, ImageDraw, ImageFilter

from summit_desk.printing.badge_layouts import builtin_layout
from summit_desk.printing.badges import BadgeRenderer


def portrait(seed: int) -> bytes:
    """A stored photo: 600 × 800, a figure on a plain light ground, camera grain, JPEG."""
    rng = random.Random(seed)
    ground = tuple(rng.randrange(200, 240) for _ in range(3))
    image = Image.new("RGB", (600, 800), ground)
    draw = ImageDraw.Draw(image)
    skin = (rng.randrange(150, 230), rng.randrange(110, 190), rng.randrange(90, 160))
    suit = tuple(rng.randrange(10, 90) for _ in range(3))
    draw.ellipse((60, 520, 540, 1100), fill=suit)  # shoulders
    draw.ellipse((190, 170, 410, 450), fill=skin)  # face
    draw.ellipse((180, 120, 420, 280), fill=tuple(rng.randrange(10, 60) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(3))
    grain = Image.effect_noise((600, 800), 30).convert("RGB")
    image = Image.blend(image, grain, 0.12)  # grain and detail: stored as a real one, ~60 kB
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def run(layout_name: str, count: int) -> None:
    layout = builtin_layout(layout_name)
    event, badges = demo_badges(count)
    photos = [portrait(i) for i in range(count)]
    with_photos = [replace(b, photo=p) for b, p in zip(badges, photos, strict=True)]
    sizes: dict[str, tuple[int, float]] = {}
    for label, batch in (("placeholder", badges), ("photos", with_photos)):
        out = io.BytesIO()
        start = time.perf_counter()
        BadgeRenderer(layout, event).render(batch, out)
        sizes[label] = (len(out.getvalue()), time.perf_counter() - start)
    stored = sum(len(p) for p in photos) / count
    plain, plain_time = sizes["placeholder"]
    full, full_time = sizes["photos"]
    print(f"{count} badges on {layout_name}")
    print(
        f"  without photos: {plain / 1e6:.2f} MB, {plain / count / 1e3:.1f} kB a badge, "
        f"{plain_time / count * 1e3:.1f} ms a badge"
    )
    print(
        f"  with photos:    {full / 1e6:.2f} MB, {full / count / 1e3:.1f} kB a badge, "
        f"{full_time / count * 1e3:.1f} ms a badge"
    )
    print(f"  a photo adds {(full - plain) / count / 1e3:.1f} kB to its badge; "
          f"stored, it is {stored / 1e3:.1f} kB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--layout", default="a6")
    args = parser.parse_args()
    run(args.layout, args.badges)


if __name__ == "__main__":
    main()
