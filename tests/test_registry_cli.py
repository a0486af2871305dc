"""Registry on the command line, the cache and the download (from a server on 127.0.0.1)."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from debateparse import Registry, RegistryError, RegistryNotFoundError
from debateparse.cli import main
from debateparse.registry import default_path, download
from tests.conftest import FIXTURES, SEED

NAMESAKES = FIXTURES / "registry" / "namesakes.popolo.json"
ROSTER = FIXTURES / "registry" / "commons-2024.csv"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A static file server on 127.0.0.1 (a free port) over ``tmp_path/www``."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "people.json").write_bytes(NAMESAKES.read_bytes())
    (root / "broken.json").write_text('{"persons": [', encoding="utf-8")
    (root / "other.json").write_text('{"rows": []}', encoding="utf-8")
    handler = functools.partial(_Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DEBATEPARSE_CACHE_DIR", str(folder))
    return folder


def test_download_then_default(server: str, cache: Path) -> None:
    saved = download(f"{server}/people.json")
    assert saved == cache / "people.json" == default_path()
    assert Registry.default() == Registry.from_popolo(NAMESAKES)
    assert list(cache.iterdir()) == [saved]  # no partial file left behind


def test_default_without_download_is_a_typed_error(cache: Path) -> None:
    with pytest.raises(RegistryNotFoundError, match="debateparse registry download") as caught:
        Registry.default()
    assert caught.value.source == str(cache / "people.json")
    assert isinstance(caught.value, RegistryError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing.json", "could not download"),
        ("broken.json", "not JSON"),
        ("other.json", "not Popolo"),
    ],
)
def test_failed_download_keeps_the_previous_file(
    server: str, cache: Path, path: str, message: str
) -> None:
    good = download(f"{server}/people.json")
    before = good.read_bytes()
    with pytest.raises(RegistryError, match=message):
        download(f"{server}/{path}")
    assert good.read_bytes() == before
    assert sorted(p.name for p in cache.iterdir()) == ["people.json"]


def test_cli_registry_download(
    server: str, cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["registry", "download", "--url", f"{server}/people.json"]) == 0
    out = capsys.readouterr().out
    assert "Registry(19 persons" in out and str(cache / "people.json") in out
    assert main(["registry", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(cache / "people.json")


def test_cli_registry_download_to_a_directory(server: str, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    assert (
        main(["registry", "download", "--url", f"{server}/people.json", "--cache-dir", str(target)])
        == 0
    )
    assert (target / "people.json").exists()


def test_cli_registry_download_failure(
    server: str, cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["registry", "download", "--url", f"{server}/missing.json"]) == 1
    assert "could not download" in capsys.readouterr().err


def test_cli_summary_shows_member_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--registry", str(ROSTER)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("Leo Docherty"))
    assert row.split()[-1] == "uk.org.publicwhip/person/25628"
    assert "Member id" in out
    assert "unresolved-member" in out  # the roster has 7 of the 22 speakers


def test_cli_json_and_jsonl_carry_member_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "-r", str(NAMESAKES), "--format", "json"]) == 0
    speakers = json.loads(capsys.readouterr().out)["speakers"]
    assert speakers["jamie-stone"]["member_id"] == "uk.org.publicwhip/person/25668"
    assert speakers["jamie-stone"]["resolution"]["ids"]["datadotparl_id"] == "4612"
    assert speakers["jamie-stone"]["resolution"]["method"] == "exact"
    assert main([str(SEED), "-r", str(NAMESAKES), "-f", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["member_id"] == "uk.org.publicwhip/person/13864"


@pytest.mark.parametrize("suffix", ["people.json", "people.xml", "roster.csv"])
def test_cli_registry_errors_exit_1(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / suffix
    path.write_text(
        "{ not what it claims"
        if suffix.endswith("json")
        else "<a><b>"
        if suffix.endswith("xml")
        else "x,y\n",
        encoding="utf-8",
    )
    assert main([str(SEED), "--registry", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(str(path))


def test_cli_missing_registry_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--registry", str(tmp_path / "nope.json")]) == 1
    assert "No such file" in capsys.readouterr().err


def test_cli_default_registry_not_downloaded(
    cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(SEED), "--registry", "default"]) == 1
    assert "debateparse registry download" in capsys.readouterr().err
