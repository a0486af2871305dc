"""The registry cache: download TheyWorkForYou's ``people.json`` and load it from there.

The cache directory is ``$DEBATEPARSE_CACHE_DIR`` when set, else the user cache
directory platformdirs gives for "debateparse" (``~/.cache/debateparse`` on Linux). The
download uses only the standard library (``urllib``); the file is written beside its
final name and renamed into place once it has been read as Popolo JSON, so a failed or
partial download never replaces a good file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs

from debateparse.errors import RegistryError, RegistryNotFoundError
from debateparse.registry.core import Registry

__all__ = ["CACHE_ENV", "DEFAULT_URL", "cache_dir", "default_path", "download", "load_default"]

DEFAULT_URL = "https://raw.githubusercontent.com/mysociety/parlparse/master/members/people.json"
"""TheyWorkForYou's public people.json (mySociety's parlparse repository)."""
CACHE_ENV = "DEBATEPARSE_CACHE_DIR"
"""Environment variable that overrides the cache directory."""
FILE_NAME = "people.json"

_CHUNK = 1 << 16


def cache_dir(directory: str | os.PathLike[str] | None = None) -> Path:
    """The cache directory: ``directory`` if given, else ``$DEBATEPARSE_CACHE_DIR``, else
    the platform's user cache directory for debateparse."""
    if directory is not None:
        return Path(directory)
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("debateparse"))


def default_path(directory: str | os.PathLike[str] | None = None) -> Path:
    """Where the downloaded ``people.json`` lives."""
    return cache_dir(directory) / FILE_NAME


def _check_popolo(path: Path, url: str) -> None:
    try:
        data = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise RegistryError(f"not JSON: {error}", source=url) from error
    if not isinstance(data, dict) or not isinstance(data.get("persons"), list):
        raise RegistryError("not Popolo JSON: no 'persons' list", source=url)


def download(
    url: str = DEFAULT_URL,
    *,
    directory: str | os.PathLike[str] | None = None,
    timeout: float = 60.0,
) -> Path:
    """Fetch ``url`` into the cache directory as ``people.json``; return its path.

    Raises:
        RegistryError: the URL cannot be fetched, or what it gives is not Popolo JSON.
    """
    # Imported here: urllib.request brings ssl and http.client, a tenth of the package's
    # import time, and only this command needs them.
    import urllib.error
    import urllib.request

    target = default_path(directory)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".people-", suffix=".part", dir=target.parent)
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            request = urllib.request.Request(url, headers={"User-Agent": "debateparse"})
            with urllib.request.urlopen(request, timeout=timeout) as response:
                while chunk := response.read(_CHUNK):
                    out.write(chunk)
        _check_popolo(partial, url)
        partial.replace(target)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise RegistryError(f"could not download: {reason}", source=url) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


def load_default(directory: str | os.PathLike[str] | None = None) -> Registry:
    """Load the downloaded ``people.json``.

    Raises:
        RegistryNotFoundError: nothing has been downloaded into the cache directory.
        RegistryError: the cached file cannot be read.
    """
    path = default_path(directory)
    if not path.exists():
        raise RegistryNotFoundError(
            "no registry downloaded yet; run 'debateparse registry download' to fetch "
            "TheyWorkForYou's people.json",
            source=str(path),
        )
    return Registry.from_popolo(path)
