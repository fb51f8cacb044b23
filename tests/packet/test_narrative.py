"""事实与理由 from the templates: time order, exhibit references, no doubled full stops."""

from __future__ import annotations

import json

from disputekit.domain.vocabulary import PacketKind
from disputekit.packet.narrative import claims_list, facts_context, render_paragraphs


def test_facts_are_in_time_order_with_exhibit_numbers(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=4, with_jpeg=False)
    data = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    data["events"].reverse()  # stored out of order
    data["events"][0]["note"] = "在平台提交订单申诉。"  # ends with its own full stop
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = kit.load(folder)
    numbers = {"e1": 1, "e2": 2, "e3": 3, "e4": 4}
    paras = render_paragraphs(
        "facts.j2", facts_context(case, kit.today, PacketKind.APPEAL, numbers)
    )
    text = "".join(paras)
    stamps = [e.at.strftime("%Y-%m-%d %H:%M") for e in case.events_in_order()]
    positions = [text.index(s) for s in stamps]
    assert positions == sorted(positions)
    assert (
        "2026-11-21 09:30，要求提供发货凭证：要求提供卡密生成记录或充值通道日志（见证据2、证据4）。"
        in paras
    )
    assert "。。" not in text
    assert paras[0].startswith("王镕喆于2026-11-20 10:15在星辰卡盟（店铺：珺昇游戏专营店）")
    assert claims_list(case) == [
        "请求退还货款¥98.50。",
        "请平台提供该订单的发货凭证（卡密生成记录、充值通道日志）。",
    ]


def test_a_cancel_request_is_stated_only_when_the_timeline_has_one(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    data = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    data["problem"] = "mistaken_order"
    data["order"]["status"] = "completed"
    data["events"] = [e for e in data["events"] if e["kind"] in ("ordered", "paid")]
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = kit.load(folder)
    context = facts_context(case, kit.today, PacketKind.APPEAL, {})
    text = "".join(render_paragraphs("facts.j2", context))
    assert "申请取消订单" not in text
    assert "买家希望取消该订单（原因：误拍/错拍）" in text
