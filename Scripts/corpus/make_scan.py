#!/usr/bin/env python3
"""Turn a text PDF into a realistic image-only scan: render each page with pdftoppm, rotate it
slightly, add speckle noise and a red company seal on the last page, rebuild the PDF with img2pdf
(black-and-white G4 pages, a colour JPEG page for the seal, as office scanners write them).

    make_scan.py INPUT.pdf OUTPUT.pdf [--dpi 200] [--angle 0.8] [--seed 7] [--no-seal] [--no-specks]

`--angle 0 --no-specks` gives a clean render (the bench measures OCR accuracy on it).

Deterministic for the same arguments (seeded noise). Needs poppler-utils, img2pdf and Pillow.
"""
import argparse, glob, math, os, random, subprocess, tempfile
from PIL import Image, ImageDraw


def seal(draw, cx, cy, r):
    red = (220, 30, 30)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 14))
    # A star and a ring of short strokes standing in for the seal's characters.
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.12)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=red)
    for k in range(16):
        a = math.pi * (0.85 + 1.3 * k / 15)
        x, y = cx + 0.72 * r * math.cos(a), cy + 0.72 * r * math.sin(a)
        draw.rectangle([x - r * 0.05, y - r * 0.05, x + r * 0.05, y + r * 0.05], fill=red)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input"); ap.add_argument("output")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--angle", type=float, default=0.6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-seal", action="store_true")
    ap.add_argument("--no-specks", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", args.input, os.path.join(tmp, "p")], check=True)
        pages = sorted(glob.glob(os.path.join(tmp, "p-*.png")))
        out = []
        for i, path in enumerate(pages):
            img = Image.open(path).convert("RGB")
            w, h = img.size
            if not args.no_seal and i == len(pages) - 1:
                seal(ImageDraw.Draw(img), int(w * 0.7), int(h * 0.35), int(w * 0.09))
            angle = args.angle * (1 if i % 2 == 0 else -1)
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
            # Photocopy feel: salt-and-pepper specks.
            px = img.load()
            for _ in range(0 if args.no_specks else w * h // 20000):
                x, y = rng.randrange(w), rng.randrange(h)
                v = rng.choice((0, 90, 200))
                px[x, y] = (v, v, v)
            # As office scanners write them: black-and-white pages (CCITT G4), a colour JPEG only for
            # the page with the seal.
            if args.no_seal or i != len(pages) - 1:
                name = os.path.join(tmp, f"s-{i:03d}.tif")
                img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(
                    name, compression="group4", dpi=(args.dpi, args.dpi))
            else:
                name = os.path.join(tmp, f"s-{i:03d}.jpg")
                img.save(name, quality=70, dpi=(args.dpi, args.dpi))
            out.append(name)
        subprocess.run(["img2pdf", "--creationdate", "2025-01-01", "--moddate", "2025-01-01", "-o", args.output] + out, check=True)


if __name__ == "__main__":
    main()
