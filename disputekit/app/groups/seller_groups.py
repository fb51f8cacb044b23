"""Many buyers, one seller: the groups a window and `disputekit groups` show, the
volunteer's merge and split decisions, and the consent to share a buyer's details."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from disputekit.domain.case.vocabulary import Channel
from disputekit.domain.groups.channels import channels_reached
from disputekit.domain.groups.grouping import (
    Decisions,
    MergeSuggestion,
    SellerGroup,
    group_of,
    suggest_merges,
)
from disputekit.domain.groups.seller_keys import SellerDescription
from disputekit.messages import msg
from disputekit.store import CaseNotFound, Store
from disputekit.store.cases.seller_groups import (
    DECISIONS,
    StoredGroups,
    decisions_value,
    files_in_several_cases,
    read_decisions,
    stored_groups,
)

__all__ = [
    "GroupSummary",
    "MergeSuggestion",
    "UnknownSellerKey",
    "confirm_merge",
    "group_for_case",
    "list_groups",
    "merge_suggestions",
    "set_share_consent",
    "shared_files",
    "split_case",
]

NO_SELLER = "未填写商家"


@dataclass(frozen=True)
class GroupSummary:
    """One seller's group: its key, a name to show, the cases, the total claimed, the
    contacts shared between its buyers (kind, case ids) and the next deadline."""

    key: str
    seller: str
    case_ids: tuple[int, ...]
    total: Decimal
    shared_contacts: list[tuple[str, tuple[int, ...]]]
    next_due_at: str | None
    next_due_kind: str | None
    channels: tuple[Channel, ...] = ()


def _seller_name(sellers: list[SellerDescription]) -> str:
    # The company's name, else the shop's, else the platform's, as most buyers give it.
    given = (
        (s.company for s in sellers),
        (s.shop for s in sellers),
        (s.platform for s in sellers),
    )
    for values in given:
        names = Counter(v for v in (value.strip() for value in values) if v)
        if names:
            return names.most_common(1)[0][0]
    return NO_SELLER


def _summary(group: SellerGroup, found: StoredGroups) -> GroupSummary:
    figures = found.figures_of(group)
    return GroupSummary(
        key=group.key,
        seller=_seller_name(figures.sellers),
        case_ids=group.case_ids,
        total=figures.total,
        shared_contacts=figures.shared_contacts,
        next_due_at=figures.next_due_at,
        next_due_kind=figures.next_due_kind,
        channels=channels_reached(figures.event_kinds),
    )


def _decisions(store: Store) -> Decisions:
    return read_decisions(store.settings.get(DECISIONS))


def _groups(store: Store) -> StoredGroups:
    return stored_groups(store.db.conn, _decisions(store))


def list_groups(store: Store) -> list[GroupSummary]:
    """Every seller group, the largest first."""
    found = _groups(store)
    return [_summary(g, found) for g in found.groups]


def group_for_case(store: Store, case_id: int) -> GroupSummary:
    """The group of case `case_id` (CaseNotFound when no such case is stored)."""
    found = _groups(store)
    group = group_of(found.groups, case_id)
    if group is None:
        raise CaseNotFound(case_id)
    return _summary(group, found)


def shared_files(store: Store) -> list[tuple[int, ...]]:
    """The case ids holding one same evidence file, per file held by several cases."""
    return files_in_several_cases(store.db.conn)


def merge_suggestions(store: Store) -> list[MergeSuggestion]:
    """Groups whose seller names are near: suggested, never merged without the volunteer."""
    return suggest_merges(_groups(store).groups)


class UnknownSellerKey(ValueError):
    """A merge names a key no stored case has; the message in the user's language."""


def confirm_merge(store: Store, first_key: str, second_key: str) -> None:
    """Remember that the groups of these two keys are one seller (UnknownSellerKey when a
    key belongs to no stored case)."""
    known = {k for g in _groups(store).groups for k in g.keys}
    for key in (first_key, second_key):
        if key not in known:
            raise UnknownSellerKey(msg("cli.groups.unknown_key", key=key))
    d = _decisions(store)
    pair = (first_key, second_key)
    if pair not in d.merges:
        d = Decisions((*d.merges, pair), d.splits)
    store.settings.set(DECISIONS, decisions_value(d))


def split_case(store: Store, case_id: int, apart: bool = True) -> None:
    """Keep case `case_id` out of any group (`apart` False undoes it); merges that joined
    its group through it are dropped with it."""
    store.cases.get(case_id)  # CaseNotFound
    d = _decisions(store)
    splits = d.splits | {case_id} if apart else d.splits - {case_id}
    merges = d.merges
    if apart:
        own = f"case:{case_id}"
        merges = tuple(m for m in merges if own not in m)
    store.settings.set(DECISIONS, decisions_value(Decisions(merges, frozenset(splits))))


def set_share_consent(store: Store, case_id: int, consent: bool) -> None:
    """Record whether the buyer of case `case_id` agreed to their name and contacts
    appearing in a report shared with other buyers' cases."""
    case = store.cases.get(case_id)
    case.complainant.share_consent = consent
    store.cases.save(case_id, case)
