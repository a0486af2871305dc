"""Package metadata: project URLs, and .ci/floors pinning exactly the declared floors."""

from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import REPO

if sys.version_info < (3, 11):
    pytest.skip("tomllib is new in Python 3.11", allow_module_level=True)

import tomllib

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_project_urls():
    urls = PROJECT["urls"]
    assert {"Homepage", "Documentation", "Source", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def _floors(requirements):
    """name -> the version after ``>=`` in each requirement that has one."""
    found = {}
    for requirement in requirements:
        match = re.match(r"([A-Za-z0-9_.-]+)(\[[^]]*\])?>=([0-9][0-9.]*)", requirement)
        if match:
            found[match[1].lower()] = match[3]
    return found


def test_floor_script_pins_the_declared_floors():
    extras = PROJECT["optional-dependencies"]
    declared = _floors(
        PROJECT["dependencies"] + extras["pandas"] + extras["arrow"] + extras["dask"]
    )
    script = (REPO / ".ci" / "floors").read_text(encoding="utf-8")
    pinned = {
        m[1].lower(): m[3]
        for m in re.finditer(r'"([A-Za-z0-9_.-]+)(\[[^]]*\])?==([0-9.]+)"', script)
    }
    assert set(pinned) == set(declared)
    for name, floor in declared.items():
        # the pin is the floor itself, or the first release of a floor given as a year
        assert pinned[name] == floor or pinned[name].startswith(floor.removesuffix(".0") + "."), (
            name
        )
