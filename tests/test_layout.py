"""Dependencies point one way: the models import nothing but themselves and libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import debateparse
from debateparse.models.hooks import exporter

MODELS = Path(debateparse.__file__).parent / "models"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(MODELS.glob("*.py")), ids=lambda p: p.name)
def test_models_import_only_models(path):
    ours = {name for name in _imports(path) if name.split(".")[0] == "debateparse"}
    assert all(name.startswith("debateparse.models") for name in ours), (path.name, ours)


def test_the_export_package_registers_every_model_method(seed_debate):
    seed = seed_debate
    for name in ("render_text", "turns_table", "speakers_table", "diagnostics_table"):
        assert callable(exporter(name))
    assert seed.to_text().startswith("Ukraine and Georgia")
    assert len(seed.turns_table()) == len(seed.turns)


def test_a_missing_exporter_is_a_clear_error():
    with pytest.raises(RuntimeError, match="no exporter for 'nothing'"):
        exporter("nothing")
