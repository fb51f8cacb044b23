"""Which county-level 市场监督管理部门 handles a 12315 complaint (办法第十三条).

A platform operator, or a seller on its own website, answers to the regulator where it is
domiciled (住所地). A seller inside a platform (a shop) answers where the address it publishes
on the platform lies, or where the platform is domiciled; without a published address, or when
it cannot be reached there, the platform's 住所地 decides. The respondent's fields say which:
`shop` marks a seller inside a platform, `shop_address` its published address, and
`address` the platform's (or the seller's own) 住所地.
"""

from __future__ import annotations

from disputekit.domain.case.model import Case
from disputekit.domain.legal.citations import cite
from disputekit.messages import msg


def shop_address(case: Case) -> str:
    """The address a seller inside a platform publishes there, or an empty string."""
    return case.respondent.shop_address.strip()


def regulator_note(case: Case) -> str:
    """One sentence naming the regulator that handles the complaint, with its basis."""
    r = case.respondent
    law = cite("complaint_13")
    own = r.address.strip()
    where = msg("jurisdiction.where", address=own) if own else msg("jurisdiction.where_unknown")
    published = shop_address(case)
    if r.shop.strip() or published:
        platform = r.platform or r.display_name or msg("jurisdiction.the_platform")
        shop = msg("jurisdiction.shop", shop=r.shop) if r.shop.strip() else ""
        if published:
            return msg(
                "jurisdiction.shop_published",
                shop=shop,
                published=published,
                platform=platform,
                where=where,
                law=law,
            )
        return msg(
            "jurisdiction.shop_unpublished", shop=shop, platform=platform, where=where, law=law
        )
    name = r.display_name or msg("jurisdiction.the_respondent")
    return msg("jurisdiction.respondent", name=name, where=where, law=law)
