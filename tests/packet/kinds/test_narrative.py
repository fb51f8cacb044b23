"""事实与理由 from the templates: time order, exhibit references, no doubled full stops."""

from __future__ import annotations

import json

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.kinds.narrative import claims_list, facts_context, render_paragraphs


def test_facts_go_from_fact_to_rule_to_claim_with_the_timeline_once(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=4, with_jpeg=False)
    data = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    data["events"].reverse()  # stored out of order
    data["events"][0]["note"] = "在平台提交订单申诉。"  # ends with its own full stop
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = kit.load(folder)
    numbers = {"e1": 1, "e2": 2, "e3": 3, "e4": 4}
    paras = render_paragraphs(
        "facts.j2", facts_context(case, kit.today, PacketKind.COMPLAINT_12315, numbers)
    )
    text = "".join(paras)
    assert "。。" not in text
    assert paras[0].startswith(
        "投诉人王镕喆于2026年11月20日 10:15在星辰卡盟（店铺：珺昇游戏专营店）"
    )
    # What the platform displayed, in the buyer's words.
    assert "平台显示“已发货”" in text and "已发货未到账" not in text
    # Fact, then rule, then claim; the full course is left to the 时间线.
    fact = text.index("至今未到账")
    rule = text.index("根据《中华人民共和国电子商务法》第二十条")
    claim = text.index("据此，请求退还货款¥98.50")
    assert fact < rule < claim
    assert "各步骤的证据见“四、时间线”" in text
    attempts = next(p for p in paras if p.startswith("此后的经过（按时间顺序）"))
    stamps = [text.index(s) for s in ("2026年11月20日 10:40", "2026年11月21日 16:05")]
    assert stamps == sorted(stamps) and all(s >= text.index(attempts) for s in stamps)
    # Each claim with its article; the free text is the buyer's words, not a claim.
    assert claims_list(case) == [
        "请求退还货款¥98.50（依据：《中华人民共和国消费者权益保护法》第五十三条）。"
    ]


def test_refund_and_delivery_read_as_alternatives_and_results_in_plain_words(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    case = kit.load(folder)
    case.claims.delivery = True
    case.claims.other = ""
    assert claims_list(case) == [
        "请求按订单约定完成交付；不能交付的，退还货款¥98.50（依据：《中华人民共和国电子商务法》"
        "第二十条；《中华人民共和国消费者权益保护法》第五十三条）。"
    ]
    from disputekit.domain.case.model import Event
    from disputekit.domain.case.vocabulary import EventKind, Outcome
    from disputekit.packet.kinds.narrative import event_text

    lost = Event("x", case.events[0].at, EventKind.APPEAL_RESULT, outcome=Outcome.NEGATIVE)
    assert event_text(lost) == "申诉结果：驳回"
    ordered = Event("y", case.events[0].at, EventKind.ORDERED, note="下单")
    assert event_text(ordered) == "下单"


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
    assert "申诉人希望取消该订单（原因：误拍）" in text
    assert "不需要了" not in text


def test_an_unpaid_refund_after_cancelling_reasons_from_article_566(tmp_path, kit):
    folder = kit.sample_folder(tmp_path / "c", screenshots=1, with_jpeg=False)
    data = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    data["problem"] = "no_longer_needed"
    data["order"]["status"] = "cancelled"
    data["claims"] = {"refund_amount": "98.50"}
    data["events"] = [
        {"id": "ev1", "at": "2026-11-20T10:20:00+08:00", "kind": "cancelled", "evidence": []}
    ]
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = kit.load(folder)
    text = "".join(
        render_paragraphs(
            "facts.j2", facts_context(case, kit.today, PacketKind.COMPLAINT_12315, {})
        )
    )
    assert "该订单已于2026年11月20日 10:20取消，平台显示“已取消”，但已付货款至今未退还。" in text
    assert text.index("根据《中华人民共和国民法典》第五百六十六条第一款") < text.index(
        "据此，请求退还货款¥98.50"
    )
    assert "不需要了" not in text and "不再需要" not in text
