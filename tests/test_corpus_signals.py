"""Stopping a corpus run (issue 11 item 3): SIGTERM, SIGINT and SIGKILL to the calling
process, and closing the generator, end every worker (none is left under pid 1), and the
outputs are complete or named and marked partial. Real processes, real signals, bounded
waits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from debateparse.corpus import parse_corpus
from debateparse.corpus.interrupt import PARENT_POLL, Interrupted, stop_on_signals
from debateparse.corpus.partial import PartialOutputs, partial_path
from tests.conftest import SEED

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc"
)

WAIT = 60.0
"""Longest wait for anything in these tests (a loaded machine is slow, never hung)."""


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        children = {
            int(entry.name)
            for entry in Path("/proc").iterdir()
            if entry.name.isdigit() and _parent_of(int(entry.name)) in frontier
        }
        frontier = children - found
        found |= children
    return found


def _until(condition, timeout: float = WAIT) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _archive(folder: Path, count: int) -> Path:
    folder.mkdir()
    text = SEED.read_bytes()
    for n in range(count):
        (folder / f"{n:04}.txt").write_bytes(text)
    return folder


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    # output to files, not pipes: an orphaned worker would hold a pipe open (and the
    # test would wait for it) where a file does not
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=cwd,
        stdout=(cwd / "stdout.txt").open("w"),
        stderr=(cwd / "stderr.txt").open("w"),
        text=True,
        start_new_session=True,  # a signal to the test's group never reaches it
    )


def _start_corpus(inputs: Path, out: Path, file_format: str, cwd: Path) -> subprocess.Popen[str]:
    """``debateparse corpus INPUTS -o OUT --format FORMAT`` on two workers."""
    return _start(
        ["-m", "debateparse", "corpus", str(inputs), "-o", str(out), "--format", file_format,
         "--workers", "2"],
        cwd,
    )  # fmt: skip


def _workers_started(process: subprocess.Popen[str], count: int = 2) -> set[int]:
    workers: set[int] = set()

    def started() -> bool:
        workers.update(_descendants(process.pid))
        return len(workers) >= count or process.poll() is not None

    assert _until(started), "the workers never started"
    assert process.poll() is None, "the run ended before it could be stopped"
    return workers


def _stop(process: subprocess.Popen[str], signum: int, cwd: Path) -> tuple[str, str]:
    """Send ``signum``, wait for the process to end; its standard output and error."""
    process.send_signal(signum)
    try:
        process.wait(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return (cwd / "stdout.txt").read_text(), (cwd / "stderr.txt").read_text()


def _assert_ended(workers: set[int]) -> None:
    ended = _until(lambda: not any(_alive(pid) for pid in workers), timeout=20)
    orphans = [pid for pid in workers if _alive(pid)]
    for pid in orphans:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert ended, f"orphaned workers: {orphans}"


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_to_the_corpus_command_ends_the_workers_and_marks_outputs_partial(
    tmp_path, signum, status
):
    inputs = _archive(tmp_path / "in", 600)
    out = tmp_path / "out"
    out.mkdir()
    (out / "turns.csv").write_text("a complete-looking table from an earlier run\n")
    process = _start_corpus(inputs, out, "csv", tmp_path)
    workers = _workers_started(process)
    assert _until(lambda: (out / "run.json").exists())
    stdout, stderr = _stop(process, signum, tmp_path)
    assert process.returncode == status, stderr
    _assert_ended(workers)
    names = sorted(path.name for path in out.iterdir())
    assert "turns.csv" not in names and "turns.partial.csv" in names, names
    assert not [name for name in names if name.endswith(".csv") and ".partial." not in name]
    record = json.loads((out / "run.json").read_text())
    assert record["status"] == "partial"
    assert record["stopped_by"] == signal.Signals(signum).name
    assert record["files"] < 600 and record["total"] == 600
    assert "PARTIAL" in stdout and signal.Signals(signum).name in stdout
    rows = (out / "turns.partial.csv").read_text().count("\n") - 1  # less the header
    assert rows == record["turns"]  # the partial table holds exactly the files counted
    assert "Traceback" not in stderr


def test_a_signal_to_a_jsonl_corpus_leaves_only_a_partial_file(tmp_path):
    inputs = _archive(tmp_path / "in", 600)
    target = tmp_path / "turns.jsonl"
    target.write_text("{}\n")  # an earlier run's output must not survive looking complete
    process = _start_corpus(inputs, target, "jsonl", tmp_path)
    workers = _workers_started(process)
    _, stderr = _stop(process, signal.SIGTERM, tmp_path)
    assert process.returncode == 143, stderr
    _assert_ended(workers)
    assert not target.exists()
    assert partial_path(target).exists() and "PARTIAL" in stderr


PROGRAM = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from debateparse.corpus import parse_corpus
    paths = sorted(Path(sys.argv[1]).glob("*.txt"))
    for path, outcome in parse_corpus(paths, workers=2):
        print(path, flush=True)
        time.sleep(0.05)
    """
)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_when_a_program_calling_parse_corpus_is_killed(tmp_path, signum):
    # the program sets no handler: SIGTERM ends it at once, as SIGKILL does, and no
    # finally block runs; the workers notice that their parent is gone
    inputs = _archive(tmp_path / "in", 400)
    process = _start(["-c", PROGRAM, str(inputs)], tmp_path)
    workers = _workers_started(process)
    _stop(process, signum, tmp_path)
    assert process.returncode == -signum
    _assert_ended(workers)


def test_closing_the_generator_ends_the_workers(tmp_path):
    paths = sorted(_archive(tmp_path / "in", 200).glob("*.txt"))
    results = parse_corpus(paths, workers=2)
    next(results)
    workers = _descendants(os.getpid())
    assert len(workers) >= 2
    results.close()
    _assert_ended(workers)


def test_ctrl_c_in_a_program_ends_the_workers(tmp_path):
    paths = sorted(_archive(tmp_path / "in", 200).glob("*.txt"))
    workers: set[int] = set()
    with pytest.raises(KeyboardInterrupt):
        for n, _ in enumerate(parse_corpus(paths, workers=2)):
            workers |= _descendants(os.getpid())
            if n == 3:
                raise KeyboardInterrupt
    assert len(workers) >= 2
    _assert_ended(workers)


def test_stop_on_signals_raises_interrupted_and_restores_the_handler():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Interrupted) as stopped, stop_on_signals():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(WAIT)  # the handler raises long before this ends
    assert stopped.value.name == "SIGTERM" and stopped.value.exit_status == 143
    assert isinstance(stopped.value, KeyboardInterrupt)
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_run_that_completes_renames_its_outputs(tmp_path):
    final = tmp_path / "turns.csv"
    outputs = PartialOutputs(tmp_path, [final])
    assert json.loads((tmp_path / "run.json").read_text())["status"] == "running"
    partial_path(final).write_text("x\n")
    assert outputs.finish([final], {"files": 1}, complete=True) == [final]
    assert final.read_text() == "x\n" and not partial_path(final).exists()
    assert json.loads((tmp_path / "run.json").read_text())["status"] == "complete"


def test_the_parent_poll_is_short():
    assert PARENT_POLL <= 1.0
