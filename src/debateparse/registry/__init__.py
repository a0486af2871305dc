"""Registries of parliamentarians: records, loaders (Popolo, ParlaMint TEI, CSV) and cache.

>>> from debateparse import Registry
>>> registry = Registry.load("fixtures/registry/commons.csv")  # doctest: +SKIP
"""

from debateparse.registry.cache import DEFAULT_URL, cache_dir, default_path, download
from debateparse.registry.core import Registry
from debateparse.registry.formats import load_registry
from debateparse.registry.model import Membership, MembershipKind, Person, PersonName
from debateparse.registry.rules import ResolutionRules

__all__ = [
    "DEFAULT_URL",
    "Membership",
    "MembershipKind",
    "Person",
    "PersonName",
    "Registry",
    "ResolutionRules",
    "cache_dir",
    "default_path",
    "download",
    "load_registry",
]
