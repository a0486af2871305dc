"""The recipes of docs/corpus.md, taken from the page and run as scripts.

The Dask recipe (a real ``LocalCluster`` of two worker processes, the registry scattered
once) and the HuggingFace ``datasets`` recipe run verbatim in a scratch folder, so the page
cannot drift from the code. Each script has a time limit, and its whole process group
(the cluster's workers too) is killed if it overruns.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, SHARED

DOC = REPO / "docs" / "corpus.md"
REGISTRY = SHARED / "registry" / "uk_parliamentarians.popolo.json"
LIMIT = 300  # seconds per script


def recipe(heading: str) -> str:
    """The first ```python block under ``heading`` in docs/corpus.md."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, heading
    return match[1]


def run_script(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = cwd / "recipe.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "HF_HOME": str(cwd / "hf"), "HF_DATASETS_OFFLINE": "1"}
    process = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"recipe ran over {LIMIT} s")
    assert process.returncode == 0, err[-3000:]
    return subprocess.CompletedProcess(script, process.returncode, out, err)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    for module in ("dask.bag", "dask.dataframe", "distributed", "pyarrow"):
        pytest.importorskip(module)
    if not REGISTRY.exists():
        pytest.skip("needs ../shared/registry")
    folder = tmp_path_factory.mktemp("recipes")
    (folder / "people.json").symlink_to(REGISTRY)
    return folder


PATHS = sorted(str(p) for p in (FIXTURES / "twfy").glob("*.txt"))


def test_dask_recipe_runs_as_written(workdir):
    code = f"paths = {PATHS!r}\n" + recipe("## Beyond one machine: Dask")
    code += (
        "\n    print(len(report), len(failures), len(turns.compute()))\n"
        if "turns = dd.read_parquet" in code
        else ""
    )
    out = run_script(code, workdir).stdout.split()
    files, failed, turns = map(int, out[-3:])
    assert files == len(PATHS) and 0 < failed < files and turns > 40
    assert sorted(p.name for p in (workdir / "tables").iterdir()) >= [
        "debates",
        "diagnostics",
        "speakers",
        "turns",
    ]


def test_datasets_recipe_runs_as_written(workdir):
    pytest.importorskip("datasets")
    if not (workdir / "tables" / "turns").is_dir():
        test_dask_recipe_runs_as_written(workdir)  # the recipe reads its output too
    subprocess.run(
        [
            sys.executable,
            "-m",
            "debateparse",
            "corpus",
            str(FIXTURES / "twfy"),
            "-o",
            "tables",
            "--registry",
            "people.json",
        ],
        cwd=workdir,
        check=True,
        capture_output=True,
        timeout=LIMIT,
    )
    code = recipe("## HuggingFace `datasets`")
    code += "\nprint(len(speeches), len(by_debate), turns.num_rows)\n"
    speeches, debates, turns = map(int, run_script(code, workdir).stdout.split()[-3:])
    assert 0 < speeches <= turns and debates > 5
