"""``Rows``: an immutable sequence of models stored compactly, each made on first access.

A large file has tens of thousands of turns and hundreds of thousands of paragraphs.
Building a validated pydantic object for each while parsing would cost several times the
parse itself; instead the parser stores plain tuples and each model is built the first
time it is read, then cached. The records are the parser's own, already checked, so the
models are made with ``trusted`` (no second validation); models given by a caller
(``of``, or validating a list) are validated as usual. To callers a ``Rows`` is a tuple of
models: it indexes, slices, iterates, compares equal to any sequence of the same models,
pickles, validates from a list of models or dicts, and serializes as a list.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Generic, TypeVar, overload
from weakref import WeakValueDictionary

from pydantic import BaseModel, GetCoreSchemaHandler
from pydantic_core import core_schema

__all__ = ["Rows", "maker", "trusted"]

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound="Rows[Any]")

_FIELDS_SET: dict[tuple[type[BaseModel], tuple[str, ...]], tuple[set[str], bool]] = {}
"""Per model and keys: one fields-set, shared by the models ``trusted`` makes (a set of
twelve names is 700 bytes a turn; frozen models never change theirs, ``model_copy``
copies the set before adding to it), and whether the keys are every field."""
_new = object.__new__
# The slots every pydantic model has, set through their descriptors (a third of the cost
# of ``object.__setattr__`` by name).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """A model of ``cls`` holding ``values`` as given, without validation.

    For the parser's own records only: each value must be of the type validation would
    have produced (a tuple, not a list; a model, not a dict). Fields ``values`` leaves out
    take their defaults (so a field added to a model with a default needs no change here),
    and count as unset. The result is indistinguishable from ``cls(**values)``: equal,
    hashable alike, the same dump and fields set. It costs a tenth of validating a ``Turn``.
    """
    names = tuple(values)
    known = _FIELDS_SET.get((cls, names))
    if known is None:
        known = _FIELDS_SET[cls, names] = (set(names), len(names) == len(cls.__pydantic_fields__))
    fields_set, complete = known
    if not complete:
        values = _with_defaults(cls, values)
    item = _new(cls)
    _set_dict(item, values)
    _set_fields_set(item, fields_set)
    _set_extra(item, None)
    _set_private(item, None)
    return item


def maker(cls: type[M], names: tuple[str, ...]) -> Callable[[dict[str, Any]], M]:
    """``trusted`` for one model and every one of its fields, as a function of the values
    dict (with exactly ``names`` as keys, in field order): it skips looking up the fields
    set, a third of ``trusted``'s cost, for the models made once per turn or paragraph."""
    if set(names) != set(cls.__pydantic_fields__):
        raise TypeError(f"{cls.__name__}: maker needs every field, not {names}")
    fields_set = set(names)

    def make(values: dict[str, Any]) -> M:
        item = _new(cls)
        _set_dict(item, values)
        _set_fields_set(item, fields_set)
        _set_extra(item, None)
        _set_private(item, None)
        return item

    return make


def _with_defaults(cls: type[BaseModel], values: dict[str, Any]) -> dict[str, Any]:
    fields = cls.__pydantic_fields__
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    complete = {}
    for name, info in fields.items():
        if name in values:
            complete[name] = values[name]
        elif info.is_required():
            raise TypeError(f"{cls.__name__}: required field {name!r} missing")
        else:
            complete[name] = info.get_default(call_default_factory=True, validated_data={})
    return complete


class Rows(Sequence[M], Generic[M]):
    """Base class: subclasses store their data and say how to make item ``i``."""

    __slots__ = ("_cache", "_live")
    item_type: ClassVar[type[BaseModel]]
    keeps: ClassVar[bool] = True
    """Are built items kept? When False (``Turns``, ``Paragraphs``: one per turn or
    printed line) an item is remembered only while something else holds it (a weak
    reference: reading it again then gives the same object), so reading every item of a
    large debate leaves no model behind."""

    def __init__(self) -> None:
        self._cache: list[M | None] | None = None
        self._live: WeakValueDictionary[int, M] | None = None

    # --- what a subclass provides ------------------------------------------------------
    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def _make(self, index: int) -> M:
        """Build item ``index`` from the stored data."""

    @abstractmethod
    def _take(self: R, index: slice) -> R:
        """A new sequence holding the items selected by ``index``."""

    @abstractmethod
    def _key(self) -> tuple[object, ...]:
        """The stored data: equal keys mean equal sequences; pickled as is."""

    @classmethod
    @abstractmethod
    def _from_key(cls: type[R], key: tuple[object, ...]) -> R:
        """Rebuild from ``_key()`` (unpickling)."""

    @classmethod
    @abstractmethod
    def of(cls: type[R], items: Iterable[M]) -> R:
        """Pack existing models."""

    # --- the sequence protocol ---------------------------------------------------------
    def _item(self, index: int) -> M:
        if not self.keeps:
            live = self._live
            if live is None:
                live = self._live = WeakValueDictionary()
            found = live.get(index)
            if found is None:
                found = live[index] = self._make(index)
            return found
        cache = self._cache
        if cache is None:
            cache = self._cache = [None] * len(self)
        item = cache[index]
        if item is None:
            item = cache[index] = self._make(index)
        return item

    @overload
    def __getitem__(self, index: int) -> M: ...
    @overload
    def __getitem__(self: R, index: slice) -> R: ...
    def __getitem__(self: R, index: int | slice) -> M | R:
        if isinstance(index, slice):
            return self._take(index)
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError(f"{type(self).__name__} index out of range")
        item: M = self._item(index)
        return item

    def _make_all(self) -> list[M | None]:
        """Every item, in order (a subclass may build them in bulk)."""
        return [self._make(i) for i in range(len(self))]

    def __iter__(self) -> Iterator[M]:
        # Reading one item usually means reading all: build the missing ones at once.
        if not self.keeps:
            live = self._live
            if not live:
                return iter(self._make_all())  # type: ignore[arg-type]
            return (self._item(index) for index in range(len(self)))
        cache = self._cache
        if cache is None:
            cache = self._cache = self._make_all()
        elif None in cache:
            for index, item in enumerate(cache):
                if item is None:
                    cache[index] = self._make(index)
        return iter(cache)  # type: ignore[arg-type]

    @property
    def built(self) -> bool:
        """Have items been built (and kept) yet?"""
        return self._cache is not None

    def forget(self) -> None:
        """Drop the items built so far; they are built again when next read (for a writer
        that streams a large debate and must not keep what it serialized)."""
        self._cache = self._live = None

    def one_by_one(self) -> Iterator[M]:
        """Every item in order, each built when reached and not kept (for a writer that
        streams a large debate: iterating keeps them all)."""
        cache = self._cache
        for index in range(len(self)):
            item = None if cache is None else cache[index]
            yield self._make(index) if item is None else item

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._key() == other._key()
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self)._from_key, (self._key(),))

    # --- pydantic ----------------------------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        items = core_schema.list_schema(handler.generate_schema(cls.item_type))
        from_list = core_schema.no_info_after_validator_function(cls.of, items)
        return core_schema.json_or_python_schema(
            json_schema=from_list,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_list]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                list, return_schema=items
            ),
        )
