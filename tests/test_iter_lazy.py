"""iter_debates builds each debate when it is asked for, never holding them all."""

from __future__ import annotations

import gc

import debateparse
from debateparse import api
from tests.conftest import fixture_texts


def test_each_debate_is_built_when_asked_for_and_the_collector_runs_between(monkeypatch, tmp_path):
    seed = next(p for p in fixture_texts() if p.name.startswith("commons-2024"))
    text = seed.read_text(encoding="utf-8")
    built = []
    real = api.normalize

    def counting(draft, source):
        built.append(draft)
        return real(draft, source)

    monkeypatch.setattr(api, "normalize", counting)
    three = tmp_path / "three.txt"  # the page holds one debate: three copies hold three
    three.write_text("\n\n".join([text] * 3), encoding="utf-8")
    debates = debateparse.iter_debates(three)
    first = next(debates)
    assert len(built) == 1 and gc.isenabled()
    rest = list(debates)
    assert len(built) == 3 and len(rest) == 2
    assert [len(d.turns) for d in rest] == [len(first.turns)] * 2
