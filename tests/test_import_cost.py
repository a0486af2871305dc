"""Importing debateparse compiles no rule pattern and imports no network module."""

from __future__ import annotations

import pickle
import subprocess
import sys

from debateparse.dialects import DIALECTS
from debateparse.dialects.base import LazyPattern, compile_pattern

_PROBE = """
import sys
import debateparse
from debateparse.dialects import DIALECTS
lazy = sum(
    not getattr(r.pattern, "is_compiled", True) for d in DIALECTS.values() for r in d.rules
)
print(lazy, sorted(m for m in ("urllib.request", "ssl", "http.client", "rapidfuzz",
                               "dateutil.parser") if m in sys.modules))
"""


def test_import_leaves_patterns_and_network_modules_alone():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    assert int(out[0]) > 100  # the rule tables' patterns wait for their first use
    assert out[1].strip() == "[]"


def test_lazy_pattern_behaves_as_the_compiled_one():
    lazy = compile_pattern(r"(?P<name>\p{Lu}\w+):")  # needs the regex module
    assert isinstance(lazy, LazyPattern)
    assert lazy.match("Speaker: hello")["name"] == "Speaker"
    assert lazy.groupindex == {"name": 1} and lazy.pattern.startswith("(?P<name>")
    again = pickle.loads(pickle.dumps(lazy))
    assert again.search("x Chair: y")["name"] == "Chair"
    assert lazy.is_compiled
    plain = compile_pattern(r"(\d+) pm")
    assert not plain.is_compiled
    assert plain.fullmatch("7 pm")[1] == "7"


def test_every_rule_pattern_compiles():
    for dialect in DIALECTS.values():
        for rule in dialect.rules:
            assert rule.pattern.match("") is None or rule.pattern.match("") is not None
