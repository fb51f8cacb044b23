"""Cases grouped by seller: keys chain (union-find), a volunteer's merges join groups and a
split case stands alone; near names are only suggested."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from disputekit.domain.groups.seller_keys import (
    NAME,
    RegistrableDomain,
    SellerDescription,
    key_rank,
    seller_keys,
)

ALONE = "case"  # the key of a case that says nothing of its seller (or was split off)


@dataclass(frozen=True)
class Decisions:
    """What the volunteer decided: pairs of keys that are one seller, cases kept apart."""

    merges: tuple[tuple[str, str], ...] = ()
    splits: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SellerGroup:
    """Cases against one seller: its strongest key, every key seen, the case ids (sorted)."""

    key: str
    keys: tuple[str, ...]
    case_ids: tuple[int, ...]


@dataclass(frozen=True)
class MergeSuggestion:
    """Two groups whose names are near: one seller, perhaps (the volunteer decides)."""

    first: str
    second: str
    first_name: str
    second_name: str


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        root = item
        while parent != root:
            root = parent
            parent = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def group_described(
    described: Iterable[tuple[SellerDescription, Sequence[int]]],
    registrable: RegistrableDomain,
    decisions: Decisions = Decisions(),
) -> list[SellerGroup]:
    """The groups of cases given as (description, the ids of the cases that describe their
    seller so), the largest first (then by key). Many buyers describe one seller alike: the
    keys of a description are made, and chained, once for all its cases."""
    union = _Union()
    keyed: list[tuple[list[str], Sequence[int]]] = []  # (keys, case ids)
    splits = decisions.splits
    for description, ids in described:
        if splits and not splits.isdisjoint(ids):
            keyed.extend(([f"{ALONE}:{i}"], (i,)) for i in ids if i in splits)
            ids = [i for i in ids if i not in splits]
        keys = seller_keys(description, registrable) if ids else []
        if keys:
            keyed.append((keys, ids))
        else:
            keyed.extend(([f"{ALONE}:{i}"], (i,)) for i in ids)
    for keys, _ in keyed:
        first = keys[0]
        union.find(first)
        for other in keys[1:]:
            union.union(first, other)
    for a, b in decisions.merges:
        if a in union.parent and b in union.parent:
            union.union(a, b)
    members: dict[str, list[int]] = defaultdict(list)
    seen: dict[str, set[str]] = defaultdict(set)
    for keys, ids in keyed:
        root = union.find(keys[0])
        members[root].extend(ids)
        seen[root].update(keys)
    groups = []
    for root, ids in members.items():
        ordered = tuple(sorted(seen[root], key=lambda k: (key_rank(k), k)))
        groups.append(SellerGroup(ordered[0], ordered, tuple(sorted(ids))))
    groups.sort(key=lambda g: (-len(g.case_ids), g.key))
    return groups


def group_of(groups: Sequence[SellerGroup], case_id: int) -> SellerGroup | None:
    """The group holding `case_id`."""
    return next((g for g in groups if case_id in g.case_ids), None)


def _names(group: SellerGroup) -> list[str]:
    return [k.split(":", 1)[1] for k in group.keys if k.startswith(f"{NAME}:")]


def _near(a: str, b: str) -> bool:
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def suggest_merges(groups: Sequence[SellerGroup]) -> list[MergeSuggestion]:
    """Pairs of groups whose names are near (one inside the other, or alike by 80%);
    names are compared within a bucket of their first character, so this stays fast."""
    buckets: dict[str, list[tuple[str, SellerGroup]]] = defaultdict(list)
    for g in groups:
        for name in _names(g):
            buckets[name[0]].append((name, g))
    found: dict[tuple[str, str], MergeSuggestion] = {}
    for entries in buckets.values():
        for i, (name_a, a) in enumerate(entries):
            for name_b, b in entries[i + 1 :]:
                if a.key == b.key or not _near(name_a, name_b):
                    continue
                one, two = sorted(((a.key, name_a), (b.key, name_b)))
                found.setdefault((one[0], two[0]), MergeSuggestion(one[0], two[0], one[1], two[1]))
    return sorted(found.values(), key=lambda s: (s.first, s.second))
