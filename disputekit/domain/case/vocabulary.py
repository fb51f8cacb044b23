"""The stable vocabulary of a case (design.md), each value with its Chinese and English label.

Identifiers stay English in code and data; the UI and documents show the label.
"""

from __future__ import annotations

from enum import StrEnum


class Labeled(StrEnum):
    """A vocabulary enum whose members carry a Chinese and an English label."""

    # Set on each member by __new__ (annotations only: not members of the enum).
    zh: str
    en: str

    def __new__(cls, value: str, zh: str = "", en: str = "") -> Labeled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.zh = zh or value
        member.en = en or value
        return member

    def label(self, lang: str = "zh") -> str:
        """The label in `lang` ("zh" or "en"); Chinese is the default."""
        return self.en if lang.startswith("en") else self.zh


class OrderStatus(Labeled):
    PENDING_DELIVERY = "pending_delivery", "待发货", "Pending delivery"
    DELIVERED_NOT_CREDITED = "delivered_not_credited", "已发货未到账", "Delivered, not credited"
    COMPLETED = "completed", "已完成", "Completed"
    CANCELLED = "cancelled", "已取消", "Cancelled"


class Problem(Labeled):
    MISTAKEN_ORDER = "mistaken_order", "误拍/错拍", "Ordered by mistake"
    NO_LONGER_NEEDED = "no_longer_needed", "不需要了", "No longer needed"
    WRONG_INFO = "wrong_info", "信息填写错误", "Wrong information entered"
    NOT_RECEIVED = "not_received", "未到账", "Not received"
    WRONG_AMOUNT = "wrong_amount", "充值金额不符", "Wrong top-up amount"
    WRONG_SERVER = "wrong_server", "区服错误", "Wrong game server"
    INVALID_GOODS = "invalid_goods", "卡密无效/商品失效", "Invalid card code / goods"
    UNDISCLOSED_AUTO_RENEWAL = (
        "undisclosed_auto_renewal",
        "未告知自动续费",
        "Undisclosed auto-renewal",
    )
    OTHER = "other", "其他", "Other"


class PaymentMethod(Labeled):
    ALIPAY = "alipay", "支付宝", "Alipay"
    WECHAT_PAY = "wechat_pay", "微信支付", "WeChat Pay"
    BANK_CARD = "bank_card", "银行卡", "Bank card"
    PLATFORM_BALANCE = "platform_balance", "平台余额", "Platform balance"
    OTHER = "other", "其他", "Other"


class Category(Labeled):
    GAME_CARD = "game_card", "游戏点卡", "Game card"
    PHONE_TOPUP = "phone_topup", "话费充值", "Phone top-up"
    VIRTUAL_SERVICE = "virtual_service", "虚拟服务", "Virtual service"
    OTHER = "other", "其他", "Other"


class EventKind(Labeled):
    ORDERED = "ordered", "下单", "Ordered"
    PAID = "paid", "付款", "Paid"
    DELIVERED = "delivered", "平台显示已发货", "Marked delivered"
    CANCEL_REQUESTED = "cancel_requested", "申请取消", "Cancel requested"
    CANCELLED = "cancelled", "订单已取消", "Cancelled"
    CS_CONTACTED = "cs_contacted", "联系客服", "Contacted customer service"
    CS_REPLIED = "cs_replied", "客服答复", "Customer service replied"
    CS_REFUSED = "cs_refused", "客服拒绝", "Customer service refused"
    DELIVERY_PROOF_REQUESTED = (
        "delivery_proof_requested",
        "要求提供发货凭证",
        "Asked for proof of delivery",
    )
    REFUND_PROMISED = "refund_promised", "承诺退款", "Refund promised"
    REFUND_RECEIVED = "refund_received", "收到退款", "Refund received"
    APPEAL_FILED = "appeal_filed", "提交平台申诉", "Appeal filed"
    APPEAL_RESULT = "appeal_result", "申诉结果", "Appeal result"
    COMPLAINT_FILED = "complaint_filed", "向12315投诉", "12315 complaint filed"
    COMPLAINT_ACCEPTED = "complaint_accepted", "投诉已受理", "Complaint accepted"
    COMPLAINT_REJECTED = "complaint_rejected", "投诉不予受理", "Complaint rejected"
    MEDIATION_RESULT = "mediation_result", "调解结果", "Mediation result"
    # A 消协 or 人民调解 request (诉讼时效规定第十二条) and its end; 办法第十六条(二) too.
    ASSOCIATION_REQUESTED = (
        "association_requested",
        "请求消协调解",
        "Consumer association mediation requested",
    )
    ASSOCIATION_RESULT = "association_result", "消协调解结果", "Consumer association result"
    NOTE = "note", "备注", "Note"


class Outcome(Labeled):
    POSITIVE = "positive", "有利", "Positive"
    NEGATIVE = "negative", "不利", "Negative"


class EvidenceKind(Labeled):
    ORDER_SCREENSHOT = "order_screenshot", "订单截图", "Order screenshot"
    PAYMENT_RECORD = "payment_record", "支付记录", "Payment record"
    CHAT_LOG = "chat_log", "客服聊天记录", "Chat log"
    RECHARGE_RECORD = "recharge_record", "充值记录", "Top-up record"
    BALANCE_SCREENSHOT = "balance_screenshot", "余额截图", "Balance screenshot"
    DELIVERY_PROOF = "delivery_proof", "发货凭证", "Proof of delivery"
    FAILURE_PROOF = "failure_proof", "商品失效证明", "Proof of failure"
    REFUND_RECORD = "refund_record", "退款记录", "Refund record"
    SCREEN_RECORDING = "screen_recording", "录屏", "Screen recording"
    OTHER = "other", "其他", "Other"


class EvidenceSource(Labeled):
    """The known `evidence[].source` codes (free text is allowed beside them). The Chinese
    label is the packet's wording in the 证据目录's 来源 column, and the UI shows the same."""

    OFFICIAL_EXPORT = (
        "official_export",
        "支付机构官方导出的账单（原始文件）",
        "Official bill export (original file)",
    )
    PLATFORM_EXPORT = "platform_export", "平台导出记录", "Platform export"
    SCREENSHOT = "screenshot", "截图", "Screenshot"
    PHOTO = "photo", "拍照", "Photo"
    SCREEN_RECORDING = "screen_recording", "录屏", "Screen recording"


def source_label(source: str, lang: str = "zh") -> str:
    """An `evidence[].source` as people read it: a known code by its label in `lang`, anything
    else as written (stripped)."""
    text = source.strip()
    try:
        return EvidenceSource(text).label(lang)
    except ValueError:
        return text


def source_code(text: str) -> str:
    """What to store for a source the user picked or typed: the known code when `text` is one
    or is its label in either language, else the text stripped."""
    text = text.strip()
    for member in EvidenceSource:
        if text in (member.value, member.label("zh"), member.label("en")):
            return member.value
    return text


class Channel(Labeled):
    SELF_CANCEL = "self_cancel", "自行取消订单", "Cancel it yourself"
    CUSTOMER_SERVICE = "customer_service", "联系平台客服", "Platform customer service"
    PLATFORM_APPEAL = "platform_appeal", "平台订单申诉", "Platform appeal"
    REGULATOR_12315 = "regulator_12315", "向12315投诉", "12315 complaint"
    CONSUMER_ASSOCIATION = "consumer_association", "消费者协会调解", "Consumer association"
    LITIGATION = "litigation", "向人民法院起诉", "Court"


class PacketKind(Labeled):
    """The documents a case can become (PACKET_FOR_CHANNEL says which channel takes which)."""

    APPEAL = "appeal", "平台申诉材料", "Platform appeal packet"
    COMPLAINT_12315 = "complaint_12315", "12315投诉材料", "12315 complaint packet"
    CONSUMER_ASSOCIATION = (
        "consumer_association",
        "消费者协会调解申请",
        "Consumer association mediation request",
    )
    CIVIL_COMPLAINT = "civil_complaint", "民事起诉状", "Civil complaint (court)"


# The packet that carries a case to each channel that takes one (advice links to it).
PACKET_FOR_CHANNEL = {
    Channel.PLATFORM_APPEAL: PacketKind.APPEAL,
    Channel.REGULATOR_12315: PacketKind.COMPLAINT_12315,
    Channel.CONSUMER_ASSOCIATION: PacketKind.CONSUMER_ASSOCIATION,
    Channel.LITIGATION: PacketKind.CIVIL_COMPLAINT,
}


class Gender(Labeled):
    MALE = "male", "男", "Male"
    FEMALE = "female", "女", "Female"


class FilerRelation(Labeled):
    VOLUNTEER = "volunteer", "志愿者", "Volunteer"
    FAMILY = "family", "近亲属", "Close relative"
    GUARDIAN = "guardian", "监护人", "Guardian"
    LAWYER = "lawyer", "律师", "Lawyer"
    LEGAL_WORKER = "legal_worker", "基层法律服务工作者", "Basic-level legal service worker"
    RECOMMENDED = (
        "recommended",
        "社区、单位或社会团体推荐的公民",
        "Citizen recommended by a community, employer or social organisation",
    )
    FRIEND = "friend", "朋友", "Friend"
    OTHER = "other", "其他", "Other"


class CourtBasis(Labeled):
    """Where the buyer sues a contract dispute (民诉法第二十四条): the defendant's 住所地, or the
    place of performance, which for goods delivered over the network is the buyer's 住所地
    (解释第二十条)."""

    DEFENDANT = "defendant", "被告住所地", "Defendant's domicile"
    BUYER = "buyer", "原告住所地（合同履行地）", "Buyer's domicile (place of performance)"


class GuardianRelation(Labeled):
    """Who a minor's guardian (法定代理人) is: a parent, or another guardian."""

    PARENT = "parent", "父母", "Parent"
    OTHER_GUARDIAN = "other_guardian", "其他监护人", "Other guardian"


class DeadlineKind(Labeled):
    """Which deadline a case has; the identifiers are those of the advice JSON and the store."""

    REFUND_DUE = "refund_due", "退款到账期限", "Refund due"
    CS_REVIEW_DUE = "cs_review_due", "客服审核答复期限", "Customer service reply due"
    PROOF_REPLY_DUE = (
        "proof_reply_due",
        "发货凭证答复期限",
        "Proof of delivery reply due",
    )
    APPEAL_RESULT_DUE = "appeal_result_due", "平台申诉处理期限", "Platform appeal result due"
    COMPLAINT_ACCEPTANCE_DUE = (
        "complaint_acceptance_due",
        "12315受理决定期限",
        "12315 acceptance decision due",
    )
    MEDIATION_DUE_45WD = (
        "mediation_due_45wd",
        "调解期限（45个工作日，旧规）",
        "Mediation due (45 working days, old rules)",
    )
    MEDIATION_DUE_60D = "mediation_due_60d", "调解期限（60日）", "Mediation due (60 days)"
    COMPLAINT_BAR_DUE = (
        "complaint_bar_due",
        "12315投诉时限（3年）",
        "12315 complaint time bar (3 years)",
    )
    LIMITATION_DUE = "limitation_due", "诉讼时效（3年）", "Limitation period (3 years)"


class DeadlineUnit(Labeled):
    """The clock a deadline is counted by."""

    HOURS = "hours", "小时", "Hours"
    WORKING_DAYS = "working_days", "工作日", "Working days"
    CALENDAR_DAYS = "calendar_days", "自然日", "Calendar days"
    YEARS = "years", "年", "Years"
