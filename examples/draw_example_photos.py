#!/usr/bin/env python3
"""Draws the two pictures of the example site's photo news item
(content/news/mot-cua-van-yen/): a one-stop office (JPEG, photo-like:
gradients, light and grain) and a queue-ticket kiosk (PNG, a flat
drawing). Deterministic for the same Pillow version.

    python3 examples/draw_example_photos.py

Licence of the pictures: CC0 1.0 (public domain dedication), drawn by
the baocao authors; the font is Noto Sans (SIL Open Font License 1.1,
themes/default/fonts/OFL.txt).
"""
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "content/news/mot-cua-van-yen"
BOLD = str(ROOT / "themes/default/fonts/NotoSans-Bold-vi.ttf")
REGULAR = str(ROOT / "themes/default/fonts/NotoSans-Regular-vi.ttf")


def font(size, bold=True):
    return ImageFont.truetype(BOLD if bold else REGULAR, size)


def gradient(w, h, top, bottom):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    return img


def person(d, x, y, s, shirt, hair=(40, 30, 25), seated=True):
    """A person seen from behind or the side, `s` the head radius."""
    d.ellipse([x - s, y - s, x + s, y + s], fill=(224, 178, 140))
    d.chord([x - s, y - s, x + s, y + s * 0.6], 180, 360, fill=hair)
    body_h = s * (3.2 if seated else 4.6)
    d.rounded_rectangle([x - s * 1.6, y + s * 1.1, x + s * 1.6, y + s + body_h], radius=int(s * 0.8), fill=shirt)


def office():
    w, h = 2000, 1333
    img = gradient(w, h, (246, 236, 214), (221, 204, 176))
    d = ImageDraw.Draw(img)
    # Floor: tiles in perspective.
    horizon = 760
    d.rectangle([0, horizon, w, h], fill=(200, 190, 172))
    for i in range(-12, 13):
        d.line([(w / 2 + i * 40, horizon), (w / 2 + i * 260, h)], fill=(184, 172, 152), width=3)
    y = horizon
    step = 18
    while y < h:
        d.line([(0, y), (w, y)], fill=(184, 172, 152), width=3)
        step *= 1.28
        y += step
    # The red banner with yellow letters, as in every one-stop office.
    d.rectangle([180, 70, w - 180, 200], fill=(176, 26, 32))
    d.text((w / 2, 110), "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", font=font(62), fill=(255, 214, 64), anchor="mm")
    d.text((w / 2, 170), "UBND HUYỆN VĂN YÊN · TỈNH YÊN BÁI", font=font(34, False), fill=(255, 230, 150), anchor="mm")
    # Queue display.
    d.rounded_rectangle([1500, 250, 1860, 430], radius=16, fill=(20, 24, 30))
    d.text((1680, 300), "SỐ 025", font=font(58), fill=(255, 80, 60), anchor="mm")
    d.text((1680, 380), "QUẦY 2", font=font(46), fill=(120, 230, 120), anchor="mm")
    # Counters with their numbers, monitors and clerks.
    for k in range(4):
        x0 = 140 + k * 440
        person(d, x0 + 190, 470, 34, (240, 240, 235))  # clerk in a white shirt
        d.rectangle([x0 + 120, 520, x0 + 260, 610], fill=(35, 40, 48))  # monitor
        d.rectangle([x0 + 130, 530, x0 + 250, 600], fill=(70, 120, 170))
        d.rectangle([x0, 600, x0 + 380, 760], fill=(150, 98, 58))  # wooden counter
        d.rectangle([x0, 600, x0 + 380, 630], fill=(122, 78, 44))
        d.rounded_rectangle([x0 + 120, 660, x0 + 260, 730], radius=10, fill=(245, 240, 225))
        d.text((x0 + 190, 695), f"Quầy {k + 1}", font=font(34), fill=(120, 20, 24), anchor="mm")
    # Citizens waiting on a row of chairs, seen from behind.
    rng = random.Random(7)
    shirts = [(52, 94, 160), (180, 60, 60), (70, 130, 90), (200, 160, 60), (110, 80, 140), (60, 60, 60)]
    for k in range(7):
        x = 230 + k * 250
        d.rounded_rectangle([x - 90, 1090, x + 90, 1130], radius=8, fill=(60, 90, 130))  # chair
        person(d, x + rng.randint(-15, 15), 930, 52, shirts[k % len(shirts)], seated=True)
    # Light from the windows, a soft vignette and film grain: a photo, not a drawing.
    light = Image.new("L", (w, h), 0)
    ld = ImageDraw.Draw(light)
    ld.ellipse([-400, -300, 900, 900], fill=70)
    light = light.filter(ImageFilter.GaussianBlur(180))
    img = Image.composite(Image.new("RGB", (w, h), (255, 250, 235)), img, light)
    vignette = Image.new("L", (w, h), 0)
    ImageDraw.Draw(vignette).ellipse([-300, -250, w + 300, h + 250], fill=255)
    vignette = vignette.filter(ImageFilter.GaussianBlur(220))
    img = Image.composite(img, Image.new("RGB", (w, h), (70, 60, 50)), vignette)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise((w, h), 18).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    img.save(OUT / "quang-canh-bo-phan-mot-cua.jpg", quality=90, optimize=True)


def kiosk():
    w, h = 1200, 900
    img = Image.new("RGB", (w, h), (233, 242, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 700, w, h], fill=(205, 214, 224))
    # The kiosk.
    d.rounded_rectangle([420, 120, 780, 780], radius=36, fill=(24, 92, 173))
    d.rounded_rectangle([460, 170, 740, 420], radius=14, fill=(250, 252, 255))
    d.text((600, 215), "LẤY SỐ THỨ TỰ", font=font(30), fill=(24, 92, 173), anchor="mm")
    for k, label in enumerate(["Đất đai", "Hộ tịch", "Kinh doanh"]):
        y = 265 + k * 50
        d.rounded_rectangle([490, y, 710, y + 40], radius=10, fill=(255, 196, 0) if k == 1 else (226, 234, 246))
        d.text((600, y + 20), label, font=font(24, False), fill=(20, 30, 45), anchor="mm")
    d.rectangle([540, 470, 660, 490], fill=(12, 40, 80))  # ticket slot
    d.polygon([(555, 488), (645, 488), (650, 600), (550, 600)], fill=(255, 255, 255))
    d.text((600, 535), "025", font=font(34), fill=(176, 26, 32), anchor="mm")
    d.text((600, 575), "Hộ tịch", font=font(18, False), fill=(60, 60, 60), anchor="mm")
    # A QR code to check the file's progress online (a drawing, not a real code).
    rng = random.Random(3)
    x0, y0, cell = 530, 640, 10
    for i in range(14):
        for j in range(10):
            if rng.random() < 0.5:
                d.rectangle([x0 + i * cell, y0 + j * cell, x0 + i * cell + cell - 1, y0 + j * cell + cell - 1], fill=(255, 255, 255))
    d.text((600, 830), "Máy lấy số tự động", font=font(40), fill=(24, 40, 70), anchor="mm")
    img.save(OUT / "may-lay-so.png", optimize=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    office()
    kiosk()
    for p in sorted(OUT.glob("*.[jp]*g")):
        print(p.relative_to(ROOT), p.stat().st_size, "bytes")
