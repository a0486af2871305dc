"""The ``--format html`` page in a real headless browser (skipped without Chromium).

Runs ``tools/html_screenshot.py``, the documented browser check: the page renders to a
screenshot of the window's size with text on it and the speaking-time chart's bars drawn
in their colour within the first screen (a page that fails to load, or loads blank, gives
an empty white window).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import REPO, SEED

_SPEC = importlib.util.spec_from_file_location(
    "html_screenshot", REPO / "tools" / "html_screenshot.py"
)
assert _SPEC and _SPEC.loader
shot = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shot)

needs_browser = pytest.mark.skipif(shot.find_browser() is None, reason="needs chromium")


@needs_browser
def test_page_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "page.html"
    subprocess.run(
        [sys.executable, "-m", "debateparse", str(SEED), "--format", "html", "-o", str(page)],
        check=True,
    )
    png = shot.screenshot(page, tmp_path / "page.png", size="1200,1000")
    assert shot.png_size(png) == (1200, 1000)
    colours = shot.png_colours(png)
    assert sum(colours.values()) == 1200 * 1000
    assert colours[(0x4C, 0x72, 0xB0)] > 2000  # the chart's bars, under the speakers table
    dark = sum(n for (r, g, b), n in colours.items() if r + g + b < 200)
    assert dark > 5000  # text


@needs_browser
def test_blank_page_has_no_chart(tmp_path):
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    colours = shot.png_colours(shot.screenshot(blank, tmp_path / "blank.png", size="400,300"))
    assert colours[(0x4C, 0x72, 0xB0)] == 0 and colours[(255, 255, 255)] == 400 * 300


def test_png_size_rejects_other_files(tmp_path):
    other = tmp_path / "x.png"
    other.write_bytes(b"GIF89a" + bytes(30))
    with pytest.raises(ValueError, match="not a PNG"):
        shot.png_size(other)
