"""The body of each packet kind, in reading order, before the exhibit pages.

Every kind ends with the same two court-grade parts: the 证据目录 (民事证据规定第十九条) and
the 证据完整性说明 page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from reportlab.platypus import Flowable

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.context import PacketContext
from disputekit.packet.kinds import association, civil
from disputekit.packet.pages import sections, tables
from disputekit.packet.pages.catalog import evidence_catalog
from disputekit.packet.pages.cover_note import cover_note
from disputekit.packet.pages.integrity import integrity_page


def body(
    ctx: PacketContext,
    manifest_sha256: str,
    intake_at: Mapping[str, datetime],
    case_sha256: str = "",
) -> list[Flowable]:
    """The packet's pages for `ctx.kind`, up to (not including) the exhibit pages."""
    integrity = integrity_page(ctx, manifest_sha256, intake_at, case_sha256=case_sha256)
    return [*cover_note(ctx), *_filed(ctx, integrity)]


def _filed(ctx: PacketContext, integrity: list[Flowable]) -> list[Flowable]:
    if ctx.kind is PacketKind.CONSUMER_ASSOCIATION:
        return [
            *association.story(ctx),
            *evidence_catalog(ctx),
            *association.closing(ctx),
            *association.authorization(ctx),
            *integrity,
        ]
    if ctx.kind is PacketKind.CIVIL_COMPLAINT:
        return [
            *civil.story(ctx),
            *evidence_catalog(ctx, "证据目录"),
            *civil.authorization(ctx),
            *integrity,
        ]
    return [
        *tables.cover(ctx),
        *sections.claims(ctx),
        *sections.facts(ctx),
        *sections.legal_basis(ctx),
        *tables.timeline(ctx),
        *evidence_catalog(ctx),
        *sections.closing(ctx),
        *sections.authorization(ctx),
        *integrity,
    ]
