"""Render ``debateparse FILE --format html`` in a real headless browser and save a screenshot.

The documented browser check of the HTML page (docs/cli.md): write the page for a debate,
open it in headless Chromium (Debian: ``apt-get install -y chromium``) with networking
off and a throw-away profile, and save a PNG to look at. Prints the PNG's path and size.
The test suite runs the same function when Chromium is installed
(``tests/test_html_browser.py``) and skips otherwise.

Usage: python tools/html_screenshot.py [DEBATE.txt] [-o page.png] [--registry FILE]
           [--size 1200,900]
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "twfy" / "commons-2024-05-15-ukraine-and-georgia.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_browser() -> str | None:
    """The first headless-capable Chromium on the PATH, or None."""
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def png_colours(path: Path) -> Counter[tuple[int, ...]]:
    """Pixel counts by colour of an 8-bit RGB or RGBA PNG (as Chromium writes them),
    decoded with the standard library: inflate the IDAT chunks, undo each row's filter."""
    data = path.read_bytes()
    width, height = png_size(path)
    depth, kind = data[24], data[25]
    if depth != 8 or kind not in (2, 6):
        raise ValueError(f"{path}: only 8-bit RGB or RGBA PNGs are decoded")
    stride = 3 if kind == 2 else 4
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            chunks.append(data[at + 8 : at + 8 + length])
        at += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    row_bytes = width * stride
    previous = bytearray(row_bytes)
    colours: Counter[tuple[int, ...]] = Counter()
    for y in range(height):
        start = y * (row_bytes + 1)
        kind_of_filter, row = raw[start], bytearray(raw[start + 1 : start + 1 + row_bytes])
        for i in range(row_bytes):
            left = row[i - stride] if i >= stride else 0
            up = previous[i]
            corner = previous[i - stride] if i >= stride else 0
            if kind_of_filter == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind_of_filter == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind_of_filter == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind_of_filter == 4:
                guess = left + up - corner
                near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up))
                near = min(near, (abs(guess - corner), 2, corner))
                row[i] = (row[i] + near[2]) & 0xFF
        colours.update(tuple(row[i : i + 3]) for i in range(0, row_bytes, stride))
        previous = row
    return colours


def screenshot(page: Path, png: Path, *, size: str = "1200,900", timeout: float = 120) -> Path:
    """Render the HTML file ``page`` headless into ``png`` (no network, fresh profile)."""
    browser = find_browser()
    if browser is None:
        raise FileNotFoundError("no chromium on PATH (Debian: apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={size}",
                page.resolve().as_uri(),
            ],
            check=True,
            timeout=timeout,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    if not png.exists():
        raise RuntimeError(f"{browser} wrote no screenshot")
    return png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("debate", nargs="?", type=Path, default=SEED)
    parser.add_argument("-o", "--output", type=Path, default=Path("debate-page.png"))
    parser.add_argument("--registry", help="registry file to resolve speakers against")
    parser.add_argument("--size", default="1200,900", help="window WIDTH,HEIGHT in pixels")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "page.html"
        command = [sys.executable, "-m", "debateparse", str(args.debate), "--format", "html"]
        command += ["-o", str(page)] + (["--registry", args.registry] if args.registry else [])
        subprocess.run(command, check=True)
        png = screenshot(page, args.output.resolve(), size=args.size)
    width, height = png_size(png)
    print(f"{png} ({width}x{height}); open it and look")


if __name__ == "__main__":
    main()
