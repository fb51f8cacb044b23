"""The ordered, concrete next steps for each situation, in Chinese.

Contact advice comes from the seed guide: the in-platform chat first, official social accounts
as the fallback, 工作日 9–11 点 and 14–16 点, and every chat kept as evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from disputekit.domain.channel_rules import ChannelChoice, Situation
from disputekit.domain.deadline_rules import REFUND_WORKING_DAYS
from disputekit.domain.deadlines import Deadline, DeadlineStatus, find, zh_datetime
from disputekit.domain.eligibility import Eligibility, authorization_note
from disputekit.domain.jurisdiction import regulator_note
from disputekit.domain.legal import cite
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EvidenceKind, Problem

CONTACT = [
    "优先通过平台内置的在线客服（对话框或工单）联系，通常比电话客服响应更快",
    "在工作日上午9–11点、下午2–4点联系客服，避开咨询高峰",
    "客服长时间未回复时，可通过平台官方社交媒体账号（如微信公众号、微博）私信留言",
    "全程截图保存与客服的聊天记录，作为后续维权的证据",
]
CANCEL_REASONS = (Problem.MISTAKEN_ORDER, Problem.NO_LONGER_NEEDED, Problem.WRONG_INFO)
_PROOF_REQUEST = (
    "书面要求平台提供发货凭证（卡密生成记录、充值通道日志）：在电子商务争议处理中，经营者应当"
    "提供原始合同和交易记录（{law}）。可直接复制下方消息发给客服"
)


def steps_for(
    case: Case,
    choice: ChannelChoice,
    deadlines: list[Deadline],
    eligibility: Eligibility | None,
    missing: list[list[EvidenceKind]],
) -> list[str]:
    """The next steps for `choice`, in order."""
    ctx = _Ctx(case, deadlines, eligibility, missing)
    return _WRITERS[choice.situation](ctx)


class _Ctx:
    """What the step writers read, with small helpers for recurring phrases."""

    def __init__(
        self,
        case: Case,
        deadlines: list[Deadline],
        eligibility: Eligibility | None,
        missing: list[list[EvidenceKind]],
    ) -> None:
        self.case = case
        self.deadlines = deadlines
        self.eligibility = eligibility
        self.missing = missing

    def due(self, kind: str) -> str:
        found = find(self.deadlines, kind)
        return zh_datetime(found.due) if found else "期限"

    def gather(self) -> list[str]:
        if not self.missing:
            return []
        names = "；".join(" 或 ".join(k.zh for k in group) for group in self.missing)
        return [f"补齐证据：{names}（截图保留原图，优先使用支付宝/微信账单等官方导出）"]


def _cancel_self(c: _Ctx) -> list[str]:
    o = c.case.order
    low, high = REFUND_WORKING_DAYS[o.payment_method]
    reasons = "、".join(f"“{p.zh}”" for p in CANCEL_REASONS)
    pick = f"，本案宜选“{c.case.problem.zh}”" if c.case.problem in CANCEL_REASONS else ""
    steps = [
        f"登录平台，进入“个人中心”或“订单管理”，找到订单{o.order_no}，确认状态仍为“待发货”",
        f"点击“取消订单”或“申请退款”，取消原因按实际情况选择{reasons}{pick}",
        f"提交后确认订单变为“已取消”并截图；退款一般{low}–{high}个工作日原路退回（{o.payment_method.zh}）",
        "在时间线中记录“订单已取消”，以便计算退款到账期限",
    ]
    if o.instant_delivery:
        steps.append("秒充商品可能已自动发货：如订单已变为“已发货”，改为联系平台客服处理")
    steps.append("找不到取消入口或取消失败时，联系平台客服（可复制下方消息）")
    return steps


def _appeal_cancel_refused(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        "在订单详情中选择“订单申诉”，说明订单仍为“待发货”、自助取消不可用、客服拒绝取消，"
        "要求取消订单并原路退款",
        "附上显示“待发货”的订单截图、支付记录和客服拒绝的聊天记录",
        "在时间线中记录“提交平台申诉”；申诉部门一般在3–5个工作日内反馈",
        "申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉",
    ]


def _cs_not_received(c: _Ctx) -> list[str]:
    return [
        "先在游戏或手机账户中确认确未到账，截图充值记录（证明未到账）",
        *c.gather(),
        "联系客服，提供订单号、取消原因和未到账证明（可直接复制下方消息）",
        *CONTACT,
        "客服一般在1–24小时内审核；如确认未充值，要求取消订单并原路退款",
        "如客服以“已发货”为由拒绝或24小时内未答复，要求其提供发货凭证并转平台订单申诉",
    ]


def _appeal_after_cs(c: _Ctx) -> list[str]:
    return [
        _PROOF_REQUEST.format(law=cite("ecommerce_62")),
        *c.gather(),
        "在订单详情中选择“订单申诉”，附上订单截图、支付记录、未到账证明和客服拒绝的聊天记录",
        "在时间线中记录“提交平台申诉”；申诉部门一般在3–5个工作日内反馈",
        "平台无法提供有效发货凭证、申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉",
    ]


def _appeal_completed(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        f"在订单详情中选择“订单申诉”，说明“{c.case.problem.zh}”并上传证据",
        "在时间线中记录“提交平台申诉”；申诉部门一般在3–5个工作日内反馈，成功可协商退款或补发",
        "申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉",
    ]


def _appeal_pending(c: _Ctx) -> list[str]:
    return [
        f"等待平台申诉结果，最迟至{c.due('appeal_result_due')}",
        *c.gather(),
        "收到结果后在时间线中记录“申诉结果”，并标明有利或不利",
        "申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉",
    ]


def _appeal_won(c: _Ctx) -> list[str]:
    return [
        "联系客服确认退款或补发的具体时间（可复制下方消息）",
        "平台承诺退款后，在时间线中记录“承诺退款”，以便计算到账期限",
        "到账后保存退款记录截图；平台不落实时，向市场监管部门（12315）投诉",
    ]


def _goodwill(c: _Ctx) -> list[str]:
    return [
        "联系客服说明情况，礼貌请求酌情撤销订单或退款（可复制下方消息）；平台并无法定义务同意",
        *CONTACT[:2],
        "保存聊天记录；如平台同意处理，在时间线中记录“承诺退款”",
    ]


def _cs_other(c: _Ctx) -> list[str]:
    return [
        *c.gather(),
        "联系客服说明情况并提出具体请求（可复制下方消息）",
        *CONTACT,
        "客服拒绝或长时间不处理时，通过“订单申诉”提交证据",
    ]


def _refund_waiting(c: _Ctx) -> list[str]:
    refund = find(c.deadlines, "refund_due")
    window = ""
    if refund is not None and refund.expected_from is not None:
        window = f"，预计{zh_datetime(refund.expected_from)}至{zh_datetime(refund.due)}之间"
    return [
        f"等待退款原路退回{window}",
        f"到期后先查看{c.case.order.payment_method.zh}账单确认是否到账",
        "到账后在时间线中记录“收到退款”，并保存退款记录截图",
        "逾期未到账时联系客服核实退款状态",
    ]


def _refund_chase(c: _Ctx) -> list[str]:
    return [
        f"查看{c.case.order.payment_method.zh}账单，确认确未到账并截图",
        "联系客服核实退款状态，要求尽快退款，必要时提供支付凭证（可复制下方消息）",
        *CONTACT,
        "客服拒绝或长时间不处理时，向市场监管部门（12315）投诉",
    ]


def _refund_done(c: _Ctx) -> list[str]:
    return ["核对退款金额与实付金额是否一致", "保存退款记录截图（证据类型：退款记录）"]


def _cancelled_undated(c: _Ctx) -> list[str]:
    return [
        "在时间线中补记“订单已取消”及其时间，以便计算退款到账期限",
        f"查看{c.case.order.payment_method.zh}账单，确认是否已退款",
        "未到账时联系客服核实退款状态（可复制下方消息）",
    ]


def _regulator_file(c: _Ctx) -> list[str]:
    steps = [
        "通过全国12315平台（网站、APP或小程序）或拨打12315电话提交投诉",
        f"填写投诉人姓名、电话、通讯地址，被投诉人名称、地址，具体请求和事实依据"
        f"（{cite('complaint_10')}）；电话和地址填写买家本人的",
        regulator_note(c.case),
        *c.gather(),
        "上传订单截图、支付记录、问题证明和客服拒绝的聊天记录；可用本软件生成投诉材料",
    ]
    note = authorization_note(c.case)
    if note:
        steps.append(note)
    if c.eligibility is not None and c.eligibility.problems:
        steps.append("先解决以下受理问题：" + "；".join(c.eligibility.problems))
    steps.append(
        f"提交后在时间线中记录“向12315投诉”；市场监管部门应在收到投诉之日起7个工作日内"
        f"决定是否受理（{cite('complaint_15')}）"
    )
    return steps


def _regulator_refile(c: _Ctx) -> list[str]:
    missing = []
    if c.eligibility is not None and c.eligibility.problems:
        missing.append("本案目前仍有：" + "；".join(c.eligibility.problems))
    return [
        "对照不予受理告知书，补齐所缺材料：投诉人姓名、电话号码、通讯地址，被投诉人名称、地址，"
        f"具体投诉请求和相应的事实依据（{cite('complaint_10')}）",
        *missing,
        *c.gather(),
        regulator_note(c.case),
        "补齐后重新通过全国12315平台提交投诉，并在时间线中记录“向12315投诉”",
        "如再次不予受理，可请求消费者协会调解或向人民法院起诉",
    ]


def _regulator_waiting(c: _Ctx) -> list[str]:
    return [
        f"等待受理决定，最迟至{c.due('complaint_acceptance_due')}",
        "逾期未收到决定时，致电12315或在全国12315平台查询处理进度",
        "收到决定后在时间线中记录“投诉已受理”或“投诉不予受理”",
    ]


def _regulator_mediation(c: _Ctx) -> list[str]:
    clocks = []
    for kind in ("mediation_due_45wd", "mediation_due_60d"):
        found = find(c.deadlines, kind)
        if found is not None:
            clocks.append(f"{found.label_zh}至{zh_datetime(found.due)}（{found.basis}）")
    return [
        "配合市场监管部门调解；" + "；".join(clocks) if clocks else "配合市场监管部门调解",
        "期限届满仍未达成调解协议的，调解终止，可请求消费者协会调解或向人民法院起诉",
        "调解结束后在时间线中记录“调解结果”，并标明有利或不利",
    ]


def _mediation_ended(c: _Ctx) -> list[str]:
    return [
        "在时间线中记录“调解结果”（不利），并保存市场监管部门终止调解的告知（如已收到）",
        f"向当地消费者协会投诉，请求调解（{cite('consumer_39')}）",
        "携带全部证据及12315投诉受理和调解经过的记录",
        f"调解不成可向人民法院起诉；诉讼时效至{c.due('limitation_due')}"
        f"（{cite('civil_188', 'civil_195')}）",
    ]


def _barred(c: _Ctx) -> list[str]:
    limit = find(c.deadlines, "limitation_due")
    laws = cite("civil_188", "civil_195")
    if limit is not None and limit.status is DeadlineStatus.OVERDUE:
        court = (
            f"调解不成可向人民法院起诉；诉讼时效已于{zh_datetime(limit.due)}届满，商家可能以此抗辩，"
            f"起诉前建议咨询律师或法律援助机构（{laws}）"
        )
    else:
        court = (
            "调解不成可向人民法院起诉；诉讼时效与12315的三年期限不同，每次向经营者提出履行请求"
            f"或经营者同意履行都会重新计算，目前至{c.due('limitation_due')}（{laws}）"
        )
    return [
        f"不要再向12315投诉：自知道权益受损之日起已超过三年，不予受理（{cite('complaint_16_4')}）",
        f"向当地消费者协会投诉，请求调解（{cite('consumer_39')}）",
        *c.gather(),
        court,
    ]


def _mediation_agreed(c: _Ctx) -> list[str]:
    return [
        "督促平台按调解协议退款或补发，记录承诺的时间",
        "到账后在时间线中记录“收到退款”；平台不履行时，可请求消费者协会调解或向人民法院起诉",
    ]


def _association(c: _Ctx) -> list[str]:
    return [
        f"向当地消费者协会投诉，请求调解（{cite('consumer_39')}）",
        "携带全部证据及12315处理结果（不予受理或终止调解的告知）",
        f"调解不成可向人民法院起诉；注意三年诉讼时效，至{c.due('limitation_due')}"
        f"（{cite('civil_188', 'civil_195')}）",
    ]


_WRITERS: dict[Situation, Callable[[_Ctx], list[str]]] = {
    Situation.CANCEL_SELF: _cancel_self,
    Situation.APPEAL_CANCEL_REFUSED: _appeal_cancel_refused,
    Situation.CS_NOT_RECEIVED: _cs_not_received,
    Situation.CS_GOODWILL: _goodwill,
    Situation.CS_OTHER: _cs_other,
    Situation.APPEAL_AFTER_CS: _appeal_after_cs,
    Situation.APPEAL_COMPLETED: _appeal_completed,
    Situation.APPEAL_PENDING: _appeal_pending,
    Situation.APPEAL_WON: _appeal_won,
    Situation.REFUND_WAITING: _refund_waiting,
    Situation.REFUND_CHASE: _refund_chase,
    Situation.REFUND_DONE: _refund_done,
    Situation.CANCELLED_UNDATED: _cancelled_undated,
    Situation.REGULATOR_FILE: _regulator_file,
    Situation.REGULATOR_WAITING: _regulator_waiting,
    Situation.REGULATOR_MEDIATION: _regulator_mediation,
    Situation.MEDIATION_AGREED: _mediation_agreed,
    Situation.ASSOCIATION: _association,
    Situation.REGULATOR_REFILE: _regulator_refile,
    Situation.MEDIATION_ENDED: _mediation_ended,
    Situation.BARRED: _barred,
}
