"""CSV roster loader: one row per seat (or office) -> Registry, for small projects and tests.

Columns (header row required; only ``id`` and ``name`` must be present):

``id``            the person's id; rows with the same id are one person
``name``          display name (the first row's); later rows' names are further main names
``aliases``       other names, separated by ``;`` ("Mike Penning; Mike Penning MP")
``house``         chamber, any form ``canonical_house`` knows ("Commons" -> "House of Commons")
``party``         party, any form ``canonical_party`` knows ("Lab" -> "Labour")
``constituency``  constituency
``start_date``    first day of the seat (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
``end_date``      last day; empty for a seat still held
``kind``          optional: ``house`` (default), ``observation`` or ``office``
``role``          optional: an office title; a row with a role and no kind is an office

Any other column is an identifier scheme (``datadotparl_id``, ``wikidata``): a non-empty
value is added to the person's ids. A row with neither house nor role adds only names and
ids. Blank lines are skipped.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from debateparse.errors import RegistryError
from debateparse.registry.core import Registry
from debateparse.registry.model import Membership, Person, PersonName, parse_partial_date
from debateparse.vocabulary import canonical_house, canonical_party

__all__ = ["COLUMNS", "load_roster", "roster_registry"]

COLUMNS = ("id", "name", "aliases", "house", "party", "constituency", "start_date", "end_date")
"""The roster's columns, in the documented order."""
_CONTROL = frozenset({*COLUMNS, "kind", "role"})
_KINDS = frozenset({"house", "observation", "office"})


def _cell(row: dict[str, str | None], column: str) -> str | None:
    value = row.get(column)
    return value.strip() or None if value is not None else None


def _membership(row: dict[str, str | None], person_id: str) -> Membership | None:
    house, role = _cell(row, "house"), _cell(row, "role")
    kind = _cell(row, "kind") or ("office" if role else "house")
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {', '.join(sorted(_KINDS))}, not {kind!r}")
    if house is None and role is None:
        return None
    party = _cell(row, "party")
    return Membership(
        person_id,
        kind,  # type: ignore[arg-type]
        canonical_house(house) if house else None,
        parse_partial_date(_cell(row, "start_date")),
        parse_partial_date(_cell(row, "end_date"), end=True),
        party=(canonical_party(party) or party) if party else None,
        constituency=_cell(row, "constituency"),
        role=role,
    )


def roster_registry(text: str, source: str | None = None) -> Registry:
    """A registry from roster CSV text (see the module docstring)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "name"} - set(reader.fieldnames or ())
    if missing:
        raise RegistryError(
            f"not a roster: missing column(s) {', '.join(sorted(missing))}; expected "
            f"{','.join(COLUMNS)}",
            source=source,
            line=1,
        )
    persons: dict[str, Person] = {}
    memberships: list[Membership] = []
    for row in reader:
        person_id = _cell(row, "id")
        if person_id is None:
            if any((v or "").strip() for v in row.values() if isinstance(v, str)):
                raise RegistryError("row without an id", source=source, line=reader.line_num)
            continue
        try:
            membership = _membership(row, person_id)
        except ValueError as error:
            raise RegistryError(str(error), source=source, line=reader.line_num) from error
        if membership is not None:
            memberships.append(membership)
        name = _cell(row, "name")
        names = [PersonName(name, True)] if name else []
        names += [PersonName(a.strip(), False) for a in (_cell(row, "aliases") or "").split(";")]
        ids = [
            (column, value)
            for column in reader.fieldnames or ()
            if column not in _CONTROL and (value := _cell(row, column))
        ]
        known = persons.get(person_id) or Person(person_id, name, (("roster", person_id),))
        persons[person_id] = known._replace(
            name=known.name or name,
            ids=tuple(dict.fromkeys(known.ids + tuple(ids))),
            names=tuple(dict.fromkeys(known.names + tuple(n for n in names if n.text))),
        )
    return Registry(persons.values(), memberships, source=source)


def load_roster(path: str | os.PathLike[str]) -> Registry:
    """Load a CSV roster file (UTF-8, optionally with a byte-order mark).

    Raises:
        FileNotFoundError: the path does not exist.
        RegistryError: a required column is missing, or a row has a bad kind or date.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise RegistryError(f"not UTF-8 text: {error}", source=os.fspath(path)) from error
    return roster_registry(text, os.fspath(path))
