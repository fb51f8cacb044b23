"""Which county-level 市场监督管理部门 handles a 12315 complaint (办法第十三条).

A platform operator, or a seller on its own website, answers to the regulator where it is
domiciled (住所地). A seller inside a platform (a shop) answers where the address it publishes
on the platform lies, or where the platform is domiciled; without a published address, or when
it cannot be reached there, the platform's 住所地 decides. The respondent's fields say which:
`shop` marks a seller inside a platform, `extra["shop_address"]` its published address, and
`address` the platform's (or the seller's own) 住所地.
"""

from __future__ import annotations

from disputekit.domain.legal import cite
from disputekit.domain.model import Case


def shop_address(case: Case) -> str:
    """The address a seller inside a platform publishes there, or an empty string."""
    value = case.respondent.extra.get("shop_address")
    return value.strip() if isinstance(value, str) else ""


def regulator_note(case: Case) -> str:
    """One sentence naming the regulator that handles the complaint, with its basis."""
    r = case.respondent
    law = cite("complaint_13")
    own = r.address.strip()
    where = f"（{own}）" if own else "（被投诉人地址未填写，请先查明）"
    published = shop_address(case)
    if r.shop.strip() or published:
        platform = r.platform or r.display_name or "平台"
        shop = f"“{r.shop}”" if r.shop.strip() else ""
        if published:
            return (
                f"管辖：平台内经营者{shop}的投诉，由其在平台公示的地址（{published}）"
                f"所在地县级市场监督管理部门处理，或由{platform}住所地{where}县级市场监督管理部门"
                f"处理（{law}）"
            )
        return (
            f"管辖：平台内经营者{shop}未填写其在平台公示的地址，投诉由{platform}"
            f"住所地{where}县级市场监督管理部门处理；如店铺在平台公示了地址，也可由该地址"
            f"所在地县级市场监督管理部门处理（{law}）"
        )
    name = r.display_name or "被投诉人"
    return f"管辖：投诉由{name}住所地{where}县级市场监督管理部门处理（{law}）"
