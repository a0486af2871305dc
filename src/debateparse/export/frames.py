"""Tables as Arrow tables and pandas DataFrames (extras ``[arrow]`` and ``[pandas]``).

pyarrow and pandas are optional: they are imported when first asked for, and a missing
one raises an ``ImportError`` that names the extra to install.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from debateparse.export.tables import TABLES, Column, DType, Row, Table
from debateparse.models import Debate

__all__ = [
    "arrow_schema",
    "pandas_dtypes",
    "pandas_meta",
    "read_parquet",
    "require",
    "to_arrow",
    "to_pandas",
]


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
        "date": lambda: pa.timestamp("ns"),
        "time": lambda: pa.duration("ns"),
        "list<string>": lambda: pa.list_(pa.string()),
        "list<struct<scheme,id>>": lambda: pa.list_(
            pa.struct([pa.field("scheme", pa.string()), pa.field("id", pa.string())])
        ),
    }
    return types[dtype]()


def _pandas_metadata(table: str) -> bytes:
    """The ``pandas`` schema metadata pyarrow reads back in ``Table.to_pandas()`` and
    ``pd.read_parquet()``: nullable integers come back ``Int64`` (never ``float64``)."""
    columns = [
        {
            "name": c.name,
            "field_name": c.name,
            "pandas_type": _PANDAS_TYPES.get(c.dtype, "object"),
            "numpy_type": _pandas_dtype(c),
            "metadata": None,
        }
        for c in _table(table).columns
    ]
    meta = {"index_columns": [], "column_indexes": [], "columns": columns, "attributes": {}}
    return json.dumps(meta).encode()


_PANDAS_TYPES: dict[DType, str] = {
    "string": "unicode",
    "int64": "int64",
    "float64": "float64",
    "bool": "bool",
    "date": "datetime",
    "time": "timedelta",
}


def arrow_schema(table: str) -> Any:
    """The ``pyarrow.Schema`` of table ``table`` (needs the ``[arrow]`` extra), with the
    pandas metadata that keeps nullable integers ``Int64`` when read back."""
    require("pyarrow", "arrow", "Arrow tables")
    return _schema(table)


@functools.cache
def _schema(table: str) -> Any:
    """``arrow_schema``, made once per table (schemas are immutable; a small debate's
    export spent half its Arrow time rebuilding this)."""
    pa = require("pyarrow", "arrow", "Arrow tables")
    return pa.schema(
        [pa.field(c.name, _arrow_type(pa, c.dtype), c.nullable) for c in _table(table).columns],
        metadata={b"pandas": _pandas_metadata(table)},
    )


def rows_to_arrow(rows: list[Row], table: str) -> Any:
    """A ``pyarrow.Table`` of rows (tuples in column order) of table ``table``."""
    pa = require("pyarrow", "arrow", "Arrow tables")
    schema = arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    arrays = [
        _arrow_array(pa, values, field.type, column.dtype)
        for values, field, column in zip(columns, schema, _table(table).columns, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _arrow_array(pa: Any, values: Iterable[Any], arrow_type: Any, dtype: DType) -> Any:
    """One column's values as an Arrow array: dates as midnight timestamps, times as
    durations since midnight (what ``pd.read_parquet`` turns into ``datetime64[ns]`` and
    ``timedelta64[ns]``, as ``to_pandas`` gives)."""
    if dtype == "date":
        return pa.array(values, type=pa.date32()).cast(arrow_type)
    if dtype == "time":
        return pa.array([_since_midnight(v) for v in values], type=arrow_type)
    return pa.array(values, type=arrow_type)


def to_arrow(debates: Debate | Iterable[Debate], table: str = "turns") -> Any:
    """Table ``table`` (turns, speakers, diagnostics or debates) of one debate or many,
    as a ``pyarrow.Table`` with the documented schema."""
    return rows_to_arrow(list(_rows(debates, _table(table))), table)


_PANDAS_DTYPES: dict[DType, str] = {
    "string": "string",
    "int64": "int64",
    "float64": "Float64",
    "bool": "boolean",
    "date": "datetime64[ns]",
    "time": "timedelta64[ns]",
}
"""pandas dtype of each column dtype: dates are ``datetime64[ns]`` (midnight), times
``timedelta64[ns]`` since midnight; lists stay Python objects."""


def _pandas_dtype(column: Column) -> str:
    if column.dtype == "int64" and column.nullable:
        return "Int64"  # pandas' nullable integer
    return _PANDAS_DTYPES.get(column.dtype, "object")


def pandas_dtypes(table: str) -> dict[str, str]:
    """Column name -> pandas dtype of table ``table``."""
    return {c.name: _pandas_dtype(c) for c in _table(table).columns}


def _since_midnight(value: dt.time | None) -> Any:
    if value is None:
        return None
    return dt.timedelta(
        hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond
    )


def _temporal(frame: Any, table: str) -> Any:
    """Date and time columns of Python objects (``datetime.date``/``time``, or ``None``)
    as ``datetime64[ns]`` and ``timedelta64[ns]``."""
    pd = require("pandas", "pandas", "pandas DataFrames")
    for column in _table(table).columns:
        if column.dtype == "date" and frame[column.name].dtype == object:
            frame[column.name] = pd.to_datetime(frame[column.name]).astype("datetime64[ns]")
        elif column.dtype == "time" and frame[column.name].dtype == object:
            values = [_since_midnight(v) for v in frame[column.name]]
            frame[column.name] = pd.Series(values, index=frame.index, dtype="timedelta64[ns]")
    return frame


def _frame(rows: list[Row], table: str) -> Any:
    pd = require("pandas", "pandas", "pandas DataFrames")
    names = list(_table(table).names)
    frame = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
    return _temporal(frame, table).astype(pandas_dtypes(table))


def read_parquet(path: str | Path, table: str) -> Any:
    """A Parquet file of table ``table`` (as corpus runs write it) as a DataFrame with the
    dtypes of ``to_pandas``. ``pd.read_parquet`` alone gives the same dates
    (``datetime64[ns]``), times (``timedelta64[ns]``), integers, floats and lists; this
    also makes strings ``string`` and bools ``boolean``, and converts files written
    before dates and times were stored as timestamps and durations."""
    pd = require("pandas", "pandas", "pandas DataFrames")
    return _temporal(pd.read_parquet(path), table).astype(pandas_dtypes(table))


def pandas_meta(table: str) -> Any:
    """An empty DataFrame with table ``table``'s columns and dtypes (Dask's ``meta``)."""
    return _frame([], table)


def to_pandas(debates: Debate | Iterable[Debate], table: str = "turns") -> Any:
    """Table ``table`` (turns, speakers, diagnostics or debates) of one debate or many,
    as a ``pandas.DataFrame`` with the documented dtypes."""
    return _frame(list(_rows(debates, _table(table))), table)
