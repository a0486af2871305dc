"""Registries of parliamentarians: records, loaders (Popolo, ParlaMint TEI, CSV) and cache."""

from debateparse.registry.core import Registry
from debateparse.registry.model import Membership, MembershipKind, Person, PersonName

__all__ = ["Membership", "MembershipKind", "Person", "PersonName", "Registry"]
