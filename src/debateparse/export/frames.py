"""Tables as Arrow tables and pandas DataFrames (extras ``[arrow]`` and ``[pandas]``).

pyarrow and pandas are optional: they are imported when first asked for, and a missing
one raises an ``ImportError`` that names the extra to install.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

from debateparse.export.tables import TABLES, Column, DType, Row, Table
from debateparse.models import Debate

__all__ = ["arrow_schema", "pandas_dtypes", "pandas_meta", "require", "to_arrow", "to_pandas"]


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import an optional dependency, or raise an ``ImportError`` naming its extra."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"{feature} needs the optional dependency {module!r}: "
            f"pip install 'debateparse[{extra}]'"
        ) from error


def _table(name: str) -> Table:
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r} (choose from {', '.join(TABLES)})")
    return TABLES[name]


def _rows(debates: Debate | Iterable[Debate], table: Table) -> Iterator[Row]:
    for debate in [debates] if isinstance(debates, Debate) else debates:
        yield from table.rows(debate)


def _arrow_type(pa: Any, dtype: DType) -> Any:
    types = {
        "string": pa.string,
        "int64": pa.int64,
        "float64": pa.float64,
        "bool": pa.bool_,
        "date": pa.date32,
        "time": lambda: pa.time64("us"),
        "list<string>": lambda: pa.list_(pa.string()),
        "map<string,string>": lambda: pa.map_(pa.string(), pa.string()),
    }
    return types[dtype]()


def arrow_schema(table: str) -> Any:
    """The ``pyarrow.Schema`` of table ``table`` (needs the ``[arrow]`` extra)."""
    pa = require("pyarrow", "arrow", "Arrow tables")
    return pa.schema(
        [pa.field(c.name, _arrow_type(pa, c.dtype), c.nullable) for c in _table(table).columns]
    )


def rows_to_arrow(rows: list[Row], table: str) -> Any:
    """A ``pyarrow.Table`` of rows (tuples in column order) of table ``table``."""
    pa = require("pyarrow", "arrow", "Arrow tables")
    schema = arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    arrays = [
        pa.array(values, type=field.type) for values, field in zip(columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def to_arrow(debates: Debate | Iterable[Debate], table: str = "turns") -> Any:
    """Table ``table`` (turns, speakers, diagnostics or debates) of one debate or many,
    as a ``pyarrow.Table`` with the documented schema."""
    return rows_to_arrow(list(_rows(debates, _table(table))), table)


_PANDAS_DTYPES: dict[DType, str] = {
    "string": "string",
    "int64": "int64",
    "float64": "Float64",
    "bool": "boolean",
}
"""pandas dtype of each column dtype; dates, times, lists and maps stay Python objects."""


def _pandas_dtype(column: Column) -> str:
    if column.dtype == "int64" and column.nullable:
        return "Int64"  # pandas' nullable integer
    return _PANDAS_DTYPES.get(column.dtype, "object")


def pandas_dtypes(table: str) -> dict[str, str]:
    """Column name -> pandas dtype of table ``table``."""
    return {c.name: _pandas_dtype(c) for c in _table(table).columns}


def _frame(rows: list[Row], table: str) -> Any:
    pd = require("pandas", "pandas", "pandas DataFrames")
    names = list(_table(table).names)
    frame = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
    return frame.astype(pandas_dtypes(table))


def pandas_meta(table: str) -> Any:
    """An empty DataFrame with table ``table``'s columns and dtypes (Dask's ``meta``)."""
    return _frame([], table)


def to_pandas(debates: Debate | Iterable[Debate], table: str = "turns") -> Any:
    """Table ``table`` (turns, speakers, diagnostics or debates) of one debate or many,
    as a ``pandas.DataFrame`` with the documented dtypes."""
    return _frame(list(_rows(debates, _table(table))), table)
