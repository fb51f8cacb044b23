"""The Chinese catalog: code → template (`str.format` fields). The wording is the product's
reference text; packets and the CLI print it. Legal citations arrive as parameters."""

MESSAGES: dict[str, str] = {
    # advice steps (domain/advice_steps.py)
    "step.the_deadline": "期限",
    "step.quoted": "“{text}”",
    "step.gather": "补齐证据：{names}（截图保留原图，优先使用支付宝/微信账单等官方导出）",
    "step.contact.in_app": "优先通过平台内置的在线客服（对话框或工单）联系，通常比电话客服响应更快",
    "step.contact.hours": "在工作日上午9–11点、下午2–4点联系客服，避开咨询高峰",
    "step.contact.social": (
        "客服长时间未回复时，可通过平台官方社交媒体账号（如微信公众号、微博）私信留言"
    ),
    "step.contact.keep_chat": "全程截图保存与客服的聊天记录，作为后续维权的证据",
    "step.proof_request": (
        "书面要求平台提供发货凭证（卡密生成记录、充值通道日志）：在电子商务争议处理中，经营者应当"
        "提供原始合同和交易记录（{law}）。可直接复制下方消息发给客服"
    ),
    "step.cancel.pick": "，本案宜选“{problem}”",
    "step.cancel.find_order": (
        "登录平台，进入“个人中心”或“订单管理”，找到订单{order_no}，确认状态仍为“待发货”"
    ),
    "step.cancel.click": "点击“取消订单”或“申请退款”，取消原因按实际情况选择{reasons}{pick}",
    "step.cancel.confirm": (
        "提交后确认订单变为“已取消”并截图；退款一般{low}–{high}个工作日原路退回（{method}）"
    ),
    "step.cancel.record": "在时间线中记录“订单已取消”，以便计算退款到账期限",
    "step.cancel.instant": "秒充商品可能已自动发货：如订单已变为“已发货”，改为联系平台客服处理",
    "step.cancel.fallback": "找不到取消入口或取消失败时，联系平台客服（可复制下方消息）",
    "step.appeal_cancel.file": (
        "在订单详情中选择“订单申诉”，说明订单仍为“待发货”、自助取消不可用、客服拒绝取消，"
        "要求取消订单并原路退款"
    ),
    "step.appeal_cancel.attach": "附上显示“待发货”的订单截图、支付记录和客服拒绝的聊天记录",
    "step.appeal.record": "在时间线中记录“提交平台申诉”；申诉部门一般在3–5个工作日内反馈",
    "step.appeal.then_12315": "申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉",
    "step.not_received.check": "先在游戏或手机账户中确认确未到账，截图充值记录（证明未到账）",
    "step.not_received.contact": "联系客服，提供订单号、取消原因和未到账证明（可直接复制下方消息）",
    "step.not_received.review": "客服一般在1–24小时内审核；如确认未充值，要求取消订单并原路退款",
    "step.not_received.refused": (
        "如客服以“已发货”为由拒绝或24小时内未答复，要求其提供发货凭证并转平台订单申诉"
    ),
    "step.appeal_after_cs.file": (
        "在订单详情中选择“订单申诉”，附上订单截图、支付记录、未到账证明和客服拒绝的聊天记录"
    ),
    "step.appeal_after_cs.then_12315": (
        "平台无法提供有效发货凭证、申诉被驳回或逾期未反馈时，向市场监管部门（12315）投诉"
    ),
    "step.appeal_completed.file": "在订单详情中选择“订单申诉”，说明“{problem}”并上传证据",
    "step.appeal_completed.record": (
        "在时间线中记录“提交平台申诉”；申诉部门一般在3–5个工作日内反馈，成功可协商退款或补发"
    ),
    "step.appeal_pending.wait": "等待平台申诉结果，最迟至{due}",
    "step.appeal_pending.record": "收到结果后在时间线中记录“申诉结果”，并标明有利或不利",
    "step.appeal_won.confirm": "联系客服确认退款或补发的具体时间（可复制下方消息）",
    "step.appeal_won.record": "平台承诺退款后，在时间线中记录“承诺退款”，以便计算到账期限",
    "step.appeal_won.then_12315": (
        "到账后保存退款记录截图；平台不落实时，向市场监管部门（12315）投诉"
    ),
    "step.goodwill.ask": (
        "联系客服说明情况，礼貌请求酌情撤销订单或退款（可复制下方消息）；平台并无法定义务同意"
    ),
    "step.goodwill.record": "保存聊天记录；如平台同意处理，在时间线中记录“承诺退款”",
    "step.cs_other.contact": "联系客服说明情况并提出具体请求（可复制下方消息）",
    "step.cs_other.then_appeal": "客服拒绝或长时间不处理时，通过“订单申诉”提交证据",
    "step.refund_waiting.window": "，预计{start}至{end}之间",
    "step.refund_waiting.wait": "等待退款原路退回{window}",
    "step.refund_waiting.check": "到期后先查看{method}账单确认是否到账",
    "step.refund_waiting.record": "到账后在时间线中记录“收到退款”，并保存退款记录截图",
    "step.refund_waiting.late": "逾期未到账时联系客服核实退款状态",
    "step.refund_chase.check": "查看{method}账单，确认确未到账并截图",
    "step.refund_chase.contact": (
        "联系客服核实退款状态，要求尽快退款，必要时提供支付凭证（可复制下方消息）"
    ),
    "step.refund_chase.then_12315": "客服拒绝或长时间不处理时，向市场监管部门（12315）投诉",
    "step.refund_done.compare": "核对退款金额与实付金额是否一致",
    "step.refund_done.keep": "保存退款记录截图（证据类型：退款记录）",
    "step.cancelled_undated.record": "在时间线中补记“订单已取消”及其时间，以便计算退款到账期限",
    "step.cancelled_undated.check": "查看{method}账单，确认是否已退款",
    "step.cancelled_undated.contact": "未到账时联系客服核实退款状态（可复制下方消息）",
    "step.regulator_file.where": "通过全国12315平台（网站、APP或小程序）或拨打12315电话提交投诉",
    "step.regulator_file.fields": (
        "填写投诉人姓名、电话、通讯地址，被投诉人名称、地址，具体请求和事实依据"
        "（{law}）；电话和地址填写买家本人的"
    ),
    "step.regulator_file.upload": (
        "上传订单截图、支付记录、问题证明和客服拒绝的聊天记录；可用本软件生成投诉材料"
    ),
    "step.regulator_file.problems": "先解决以下受理问题：{problems}",
    "step.regulator_file.record": (
        "提交后在时间线中记录“向12315投诉”；市场监管部门应在收到投诉之日起7个工作日内"
        "决定是否受理（{law}）"
    ),
    "step.regulator_refile.still": "本案目前仍有：{problems}",
    "step.regulator_refile.complete": (
        "对照不予受理告知书，补齐所缺材料：投诉人姓名、电话号码、通讯地址，被投诉人名称、地址，"
        "具体投诉请求和相应的事实依据（{law}）"
    ),
    "step.regulator_refile.resubmit": (
        "补齐后重新通过全国12315平台提交投诉，并在时间线中记录“向12315投诉”"
    ),
    "step.regulator_refile.again": "如再次不予受理，可请求消费者协会调解或向人民法院起诉",
    "step.regulator_waiting.wait": "等待受理决定，最迟至{due}",
    "step.regulator_waiting.late": "逾期未收到决定时，致电12315或在全国12315平台查询处理进度",
    "step.regulator_waiting.record": "收到决定后在时间线中记录“投诉已受理”或“投诉不予受理”",
    "step.mediation.clock": "{label}至{due}（{basis}）",
    "step.mediation.cooperate_until": "配合市场监管部门调解；{clocks}",
    "step.mediation.cooperate": "配合市场监管部门调解",
    "step.mediation.ends": (
        "期限届满仍未达成调解协议的，调解终止，可请求消费者协会调解或向人民法院起诉"
    ),
    "step.mediation.record": "调解结束后在时间线中记录“调解结果”，并标明有利或不利",
    "step.mediation_ended.record": (
        "在时间线中记录“调解结果”（不利），并保存市场监管部门终止调解的告知（如已收到）"
    ),
    "step.mediation_ended.bring": "携带全部证据及12315投诉受理和调解经过的记录",
    "step.mediation_ended.court": "调解不成可向人民法院起诉；诉讼时效至{due}（{laws}）",
    "step.association.file": "向当地消费者协会投诉，请求调解（{law}）",
    "step.association.bring": "携带全部证据及12315处理结果（不予受理或终止调解的告知）",
    "step.association.court": "调解不成可向人民法院起诉；注意三年诉讼时效，至{due}（{laws}）",
    "step.barred.court_expired": (
        "调解不成可向人民法院起诉；诉讼时效已于{due}届满，商家可能以此抗辩，"
        "起诉前建议咨询律师或法律援助机构（{laws}）"
    ),
    "step.barred.court_open": (
        "调解不成可向人民法院起诉；诉讼时效与12315的三年期限不同，每次向经营者提出履行请求"
        "或经营者同意履行都会重新计算，目前至{due}（{laws}）"
    ),
    "step.barred.no_12315": "不要再向12315投诉：自知道权益受损之日起已超过三年，不予受理（{law}）",
    "step.mediation_agreed.urge": "督促平台按调解协议退款或补发，记录承诺的时间",
    "step.mediation_agreed.record": (
        "到账后在时间线中记录“收到退款”；平台不履行时，可请求消费者协会调解或向人民法院起诉"
    ),
    # channel reasons (domain/channel_rules.py)
    "reason.barred": (
        "自知道权益受损之日起已超过三年，市场监管部门对投诉不予受理（{basis}），不再向12315投诉；"
        "可请求消费者协会调解，或向人民法院起诉（诉讼时效另行计算，可因催告中断，{laws}）"
    ),
    "reason.refile": "12315因材料不全不予受理：补齐材料后重新提交投诉即可（{laws}）",
    "reason.rejected": "12315投诉未被受理，可请求消费者协会调解，调解不成可向人民法院起诉（{law}）",
    "reason.mediation_failed": (
        "市场监管部门调解未达成协议，可请求消费者协会调解或向人民法院起诉（{law}）"
    ),
    "reason.mediation_agreed": "调解已有结果：请督促平台按调解协议退款或补发，并记录到账情况",
    "reason.period_60d": "60日",
    "reason.period_45wd": "45个工作日",
    "reason.mediation_ended": (
        "投诉受理已满{period}，仍无调解结果：调解已终止（{basis}）。可请求消费者协会调解，"
        "调解不成可向人民法院起诉（{law}）"
    ),
    "reason.mediating": "12315投诉已受理，正在调解：配合市场监管部门调解，等待结果",
    "reason.acceptance_late": (
        "已超过7个工作日仍未收到受理决定（{basis}），请致电12315或在全国12315平台查询进度"
    ),
    "reason.acceptance_waiting": (
        "已向12315投诉：市场监管部门应在7个工作日内决定是否受理（{basis}）"
    ),
    "reason.appeal_lost": "平台申诉未获支持，可向市场监管部门（12315）投诉",
    "reason.appeal_won": "平台申诉已有结果：请跟进平台落实退款或补发",
    "reason.appeal_late": "平台申诉超过5个工作日仍未反馈结果，可向市场监管部门（12315）投诉",
    "reason.appeal_pending": "已提交平台申诉，申诉部门一般在3–5个工作日内反馈处理结果",
    "reason.refund_done": "退款已到账：请核对金额并保存退款记录",
    "reason.refund_waiting": (
        "退款处理中：第三方支付一般1–3个工作日、银行卡3–7个工作日原路退回，请等待到账"
    ),
    "reason.refund_refused": (
        "退款逾期未到账，联系客服后被拒绝或长时间无答复，可向市场监管部门（12315）投诉"
    ),
    "reason.refund_late": "已超过退款期限仍未到账：联系客服核实退款状态，要求尽快退款",
    "reason.cancel_refused": (
        "订单尚未发货，但自行取消未成功，客服又拒绝取消或超过24小时未答复："
        "通过“订单申诉”要求取消订单并原路退款"
    ),
    "reason.cancel_self": "订单尚未发货，多数平台支持在订单管理中自行取消，取消后原路退款",
    "reason.cancelled_undated": (
        "订单已取消，但时间线中没有“订单已取消”事件：请补记取消时间，以便计算退款期限"
    ),
    "reason.appeal_completed": (
        "订单已完成，但存在“{problem}”，属于商品错误或平台违规，应通过“订单申诉”提交证据"
    ),
    "reason.auto_renewal": (
        "订单已完成，但存在“{problem}”，属于商品错误或平台违规，应通过“订单申诉”提交证据；"
        "经营者采取自动续费方式的，应当以显著方式提请消费者注意（{law}）"
    ),
    "reason.goodwill": (
        "订单已完成，商品已交付；在线交付的数字化商品不适用无理由退货（{laws}），"
        "只能向客服说明情况、请求酌情处理"
    ),
    "reason.completed_refused": (
        "订单已完成，问题为“{problem}”，客服拒绝处理或超过24小时未答复："
        "通过“订单申诉”提交证据，请求平台处理"
    ),
    "reason.completed_other": "订单已完成，问题为“{problem}”：先联系客服说明情况并请求处理",
    "reason.not_received_refused": (
        "客服拒绝处理或超过24小时未答复：转平台订单申诉，并书面要求平台提供发货凭证"
        "（卡密生成记录、充值通道日志）；争议处理中经营者应当提供原始合同和交易记录（{law}）"
    ),
    "reason.not_received": (
        "平台显示已发货但商品未到账，无法自行取消，需联系客服人工审核（一般1–24小时）"
    ),
    # warnings (domain/advice_warnings.py)
    "warning.not_legal_advice": (
        "本软件只帮助整理事实、证据和期限，不构成法律意见；具体以平台规则和主管部门的决定为准"
    ),
    "warning.credit_score": (
        "频繁取消订单可能影响你在平台的信用分，部分平台会限制取消次数过多的用户下单"
    ),
    "warning.flash_sale": (
        "限时秒杀、特价商品的取消可能受限（如仅支持1次取消），请先查看平台帮助中心或用户协议"
    ),
    "warning.flash_sale_used": "本订单已有取消记录，限时秒杀或特价商品的取消次数可能已经用完",
    "warning.instant_delivery": (
        "秒充商品发货极快，可能在提交取消前已自动发货；一旦已发货便无法自行取消，渠道改为联系平台客服"
    ),
    "warning.return_myth": (
        "网上流传的“收到商品七日内可无理由退货”不适用于已交付的卡密、充值等在线数字化商品"
        "（{law}；{rule}），申诉时请勿以此为依据"
    ),
    "warning.bar_passed": (
        "12315投诉的三年期限已于{due}届满（{basis}），此后市场监管部门不予受理；{tail}"
    ),
    "warning.bar_near": (
        "12315投诉的三年期限将于{due}届满（{basis}），应在该日（含当日）前提交，此后市场监管部门"
        "不予受理；{tail}"
    ),
    "warning.limitation_passed": (
        "诉讼时效已于{due}届满（{law}）：此后再向经营者提出请求，不能使诉讼时效重新计算，经营者"
        "可以拒绝履行；经营者届满后同意履行的，不得再以时效届满为由抗辩（{after}）。"
        "起诉前建议咨询律师或法律援助机构"
    ),
    "warning.limitation_near": (
        "诉讼时效将于{due}届满（{law}）；向经营者提出"
        "履行请求或经营者同意履行的，时效中断并重新计算（{restart}）"
    ),
    "warning.calendar_incomplete": "日历数据不全",
    "warning.estimated": "以下期限为估算（{labels}）：{reason}；可在日历设置中补充调休或休息日",
    # advice that holds on every date (12315 bar, procedures, the buyer's own choice)
    "step.cancel_failed.contact": (
        "自助取消未成功：联系平台客服，请其人工取消订单{order_no}并原路退款（可复制下方消息）"
    ),
    "step.cancel_failed.record": (
        "保存取消失败的提示截图；客服答复后在时间线中记录“客服答复”或“客服拒绝”"
    ),
    "step.cancel_failed.then_appeal": (
        "客服拒绝或超过24小时未答复时，通过“订单申诉”要求取消订单并原路退款"
    ),
    "step.delivery.ask": (
        "联系客服，要求按订单约定尽快发货（充值到账）；经营者未按约定提供的，应按消费者的要求"
        "履行或退款，你要求的是履行（{laws}）。可复制下方消息"
    ),
    "step.delivery.record": "保存聊天记录；平台承诺发货时记录承诺的时间，到账后截图充值记录",
    "step.delivery.then_appeal": (
        "客服拒绝或超过24小时未答复时，通过“订单申诉”要求发货；确实无法发货时，再要求原路退款"
    ),
    "step.not_received.contact_completed": (
        "联系客服，提供订单号、问题说明（订单显示已完成但商品未到账）和未到账证明（可直接复制下方消息）"
    ),
    "step.not_received.contact_delivery": (
        "联系客服，提供订单号和未到账证明，要求按订单补发或充值到账（可直接复制下方消息）"
    ),
    "step.not_received.review_delivery": (
        "客服一般在1–24小时内审核；如确认未充值，要求按订单补发或充值到账（无法补发时再要求原路退款）"
    ),
    "step.then_no_12315": "平台不解决时，{routes}（{why}）",
    "step.closed.bar": "12315三年期限已过，市场监管部门不予受理，{law}",
    "step.closed.handled": "12315已处理过本争议，不再受理，{law}",
    "step.bar.by": "最迟于{nominal}（含当日）提交",
    "step.bar.by_moved": (
        "最迟于{nominal}（含当日）提交；该日为休息日，按{law}顺延至{moved}是否适用尚无定论，"
        "{moved}提交只是可能仍被受理"
    ),
    "step.bar.grace_today": (
        "名义上的最后一日{nominal}已过；该日为休息日，按{law}顺延至{moved}是否适用尚无定论，"
        "今天就提交，{moved}前提交可能仍被受理"
    ),
    "step.bar.file_by": "12315投诉的三年期限：{by}（{basis}）",
    "step.file_12315_now": (
        "现在就向市场监管部门（12315）投诉，不要等申诉结果：三年期限{by}，早于申诉结果的期限"
        "{appeal}（{basis}）；申诉可同时进行"
    ),
    "step.bar.in_time": (
        "本投诉于{filed}提出，当时未超过三年期限（最后一日{last}）：受理和调解期间仍然有效，"
        "不会因现在已过该日而不予受理或终止调解"
    ),
    "step.mediation.earlier": "两个期限同时适用，以较早的{label}（{due}）为准",
    "step.already_handled.no_12315": (
        "不要再向12315投诉：市场监管部门或消费者协会已经受理或处理过同一争议的，不予受理（{law}）"
    ),
    "step.log_refusal": (
        "已附证据{item}显示客服拒绝，但时间线中没有“{event}”：请记录拒绝的时间，建议才会进入下一步"
    ),
    "step.log_refund": (
        "已附证据{item}是退款记录，但时间线中没有“{event}”：请记录退款到账的时间和金额"
    ),
    "step.minor.guardian": (
        "买家下单时未满18周岁（{age}周岁），是未成年人：由监护人作为法定代理人代为投诉、"
        "申请调解或起诉（{laws}）"
    ),
    "step.minor.not_ratified": (
        "可主张：该购买超出其年龄、智力，未经法定代理人同意或追认，不发生效力，要求退还货款（{laws}）"
    ),
    "step.minor.under_8": (
        "不满八周岁的未成年人由法定代理人代理实施民事法律行为（{law}）：可主张该购买未经法定代理人"
        "同意，要求退还货款"
    ),
    "reason.barred_expired": (
        "自知道权益受损之日起已超过三年，市场监管部门对投诉不予受理（{basis}），不再向12315投诉；"
        "可请求消费者协会调解，或向人民法院起诉。诉讼时效另行计算，但也已届满，届满后的请求"
        "不能使其重新计算，只有经营者同意履行才算数（{laws}）"
    ),
    "reason.delivery_wanted": (
        "订单尚未发货，你要求的是发货而不是退款：联系客服要求按约定发货（{laws}）"
    ),
    "reason.cancel_failed": (
        "订单尚未发货，但自助取消未成功（{note}）：联系客服人工取消并原路退款，"
        "客服拒绝时再转订单申诉"
    ),
    "reason.proof_unanswered": (
        "已要求平台提供发货凭证，至{due}仍未答复：转平台订单申诉；争议处理中经营者应当"
        "提供原始合同和交易记录（{law}）"
    ),
    "reason.not_received_completed": (
        "订单显示已完成但商品未到账：联系客服人工核实（一般1–24小时）"
    ),
    "warning.bar_grace": (
        "12315投诉的三年期限按名义计算已于{due}届满（{basis}）；该日为休息日，期间届满日是否顺延"
        "（{law}）尚无定论，{moved}当天提交可能仍被受理：请今天就提交"
    ),
    "warning.bar_tail": "这不影响请求消费者协会调解或向人民法院起诉，诉讼时效另行计算",
    "warning.bar_tail_expired": "诉讼时效是另一期限，也已届满（见下条）",
    # Platform periods kept apart from legal deadlines (不再提醒).
    "deadline.not_dismissable": "「{name}」是法定期限，不能设为不再提醒。",
    "deadline.bar.moved": (
        "{rule}；名义上的最后一日是{nominal}，该日为休息日，按{law}顺延至{moved}是否适用尚无定论，"
        "最迟应于{nominal}（含当日）提交"
    ),
    "deadline.bar.old_filing": (
        "{rule}。本案投诉于{filed}提出，适用当时的规定；今后提出的新投诉适用{basis}"
    ),
    "deadline.proof_reply.rule": (
        "要求提供发货凭证后{hours}小时内答复（指南所述客服审核1–24小时）；逾期未答复即转订单申诉"
    ),
    "deadline.limitation.restarted": (
        "{how}；自该日起重新计算{years}年（次日起算，末日遇休息日顺延）"
    ),
    "deadline.limitation.demand": (
        "{day}“{event}”：向经营者提出履行请求，诉讼时效中断，自请求到达经营者之日（{reached}）起算"
    ),
    "deadline.limitation.judgement": (
        "{rule}（判断：“{shop}”是平台内的独立店铺，向平台提出的申诉是否算作向该店铺提出请求，"
        "可能有争议）"
    ),
    "deadline.limitation.agreed": "{day}“{event}”：经营者同意履行，诉讼时效中断",
    "deadline.limitation.after_expiry": (
        "诉讼时效已于{expired}届满；{rule}，届满后经营者同意履行的，不得再以时效届满为由抗辩"
    ),
    "deadline.limitation.procedure_ended": (
        "{day}“{event}”使诉讼时效中断；该程序于{end_day}终结（“{end_event}”），"
        "新的三年从程序终结时起算"
    ),
    "deadline.limitation.procedure_pending": (
        "{day}“{event}”使诉讼时效中断，新的三年从程序终结（调解协议、终止调解或不予受理）时起算；"
        "尚未记录终结，暂按{period}届满之日{end_day}估算"
    ),
    "deadline.limitation.procedure_open": (
        "{day}“{event}”使诉讼时效中断，新的三年从程序终结时起算；尚未记录终结，暂按提出请求之日"
        "估算（实际更晚）"
    ),
    "deadline.limitation.pending_estimate": "程序尚未终结，记录终结后重新计算",
    "route.by_12315": "市场监管部门（12315）",
    "route.by_association": "消费者协会",
    "route.already_handled": (
        "{who}已经受理或处理过同一争议，不能再向12315投诉（{law}）；可以{routes}"
    ),
    # 12315 acceptance (domain/eligibility.py)
    "field.complainant.name": "投诉人姓名",
    "field.complainant.phone": "投诉人电话号码",
    "field.complainant.address": "投诉人通讯地址",
    "field.respondent.company": "被投诉人名称",
    "field.respondent.address": "被投诉人地址",
    "eligibility.missing_fields": "投诉材料不全，缺少{labels}（{laws}）",
    "eligibility.agent_named": "受托人{name}",
    "eligibility.agent": "受托人",
    "eligibility.authorization": (
        "由{who}代为投诉：须附投诉人签名的授权委托书原件（载明委托事项、权限和期限）"
        "及受托人身份证明（{law}）"
    ),
    "eligibility.barred": (
        "自知道权益受损之日起已超过三年（12315投诉时限至{last}），"
        "市场监管部门不予受理（{basis}）；这不影响请求消费者协会调解或向人民法院起诉，"
        "诉讼时效另行计算（{laws}）"
    ),
    # shared contact details (domain/contact_check.py)
    "contact.same_as_filer": "投诉人电话号码与受托人{name}本人的电话号码相同",
    "contact.other_case": "{case}（{name}）",
    "contact.field.phone": "电话号码",
    "contact.field.address": "通讯地址",
    "contact.shared": "投诉人{field}也出现在其他投诉人的案件中：{cases}",
    "contact.warning": (
        "{found}。多人使用同一手机号码、通讯地址投诉，可能被认为不是真实的消费者权益争议"
        "（{law}）。每位买家应填写本人的电话和地址；志愿者以受托人身份"
        "代为投诉，附授权委托书（{agent_law}），不要把自己的联系方式填为投诉人的联系方式。"
    ),
    # which regulator (domain/jurisdiction.py)
    "jurisdiction.where": "（{address}）",
    "jurisdiction.where_unknown": "（被投诉人地址未填写，请先查明）",
    "jurisdiction.platform_where_unknown": "（平台住所地未填写，请先查明）",
    "jurisdiction.the_platform": "平台",
    "jurisdiction.the_respondent": "被投诉人",
    "jurisdiction.shop": "“{shop}”",
    "jurisdiction.shop_published": (
        "管辖：平台内经营者{shop}的投诉，由其在平台公示的地址（{published}）"
        "所在地县级市场监督管理部门处理，或由{platform}住所地{where}县级市场监督管理部门"
        "处理（{law}）"
    ),
    "jurisdiction.shop_unpublished": (
        "管辖：平台内经营者{shop}未填写其在平台公示的地址，投诉由{platform}"
        "住所地{where}县级市场监督管理部门处理；如店铺在平台公示了地址，也可由该地址"
        "所在地县级市场监督管理部门处理（{law}）"
    ),
    "jurisdiction.respondent": "管辖：投诉由{name}住所地{where}县级市场监督管理部门处理（{law}）",
    # deadline rules (domain/deadline_rules.py, deadline_statutory.py, legal.py, calendar.py)
    "deadline.guide_basis": "卡盟取消订单指南：平台惯例，非法定期限",
    "deadline.promise_basis": "商家承诺（以商家承诺的日期为准）",
    "deadline.refund_promised.rule": "商家承诺于{due}前退款到账",
    "deadline.refund.after_cancel": "订单取消后",
    "deadline.refund.after_promise": "客服承诺退款后",
    "deadline.refund.rule": (
        "{after}{high}个工作日内退款到账（{method}；指南所述{low}–{high}个工作日）"
    ),
    "deadline.cs_review.rule": "联系客服后{hours}小时内审核答复（指南所述1–24小时）",
    "deadline.appeal_result.rule": "提交申诉后{days}个工作日内反馈处理结果（指南所述3–5个工作日）",
    "deadline.since.known": "知道权益受损",
    "deadline.since.ordered": "下单（未填写知道受损的时间）",
    "deadline.bar.rule": "自{since}之日起{years}年；{rule}",
    "deadline.limitation.rule": "自{since}之日起{years}年（次日起算，末日遇休息日顺延）",
    "calendar.year": "{year}年",
    "calendar.not_published": "{years}的法定节假日安排尚未公布，按常规规则估算",
    "calendar.not_covered": "{years}的法定节假日安排不在日历数据中，按常规规则估算",
    "calendar.estimate_reasons": "{parts}",
    # what blocks a final packet (packet/preflight.py)
    "preflight.missing": "缺少{what}（{law}）",
    "preflight.no_claims": "缺少具体的投诉请求（{law}）",
    "preflight.no_events": "缺少消费者权益争议事实：请至少记录一件事（{law}）",
    "preflight.no_order_no": "缺少订单号",
    "preflight.no_agent_detail": "代为投诉须写明受托人{what}（{law}）",
    "preflight.agent.name": "姓名",
    "preflight.agent.phone": "联系电话",
    "preflight.event_in_future": "事件时间晚于制作日期，请核对",
    "preflight.missing_glyph": (
        "字符“{char}”（{codepoint}）字体中没有，无法显示；请改写或删除该字符"
    ),
    # evidence files refused at intake (store/intake_errors.py)
    "intake.empty": "「{name}」是空文件（0 字节），无法作为证据保存。",
    "intake.not_image": "「{name}」不是图片或 PDF 文件{detail}。",
    "intake.truncated": "「{name}」不完整：{detail}（可能在复制或下载时中断，请重新截图或下载）。",
    "intake.too_large": "「{name}」过大，无法安全打开：{detail}。",
    "intake.unsupported": (
        "「{name}」是 {detail}，DisputeKit 不接受此格式；请另存为 PNG、JPEG 或 PDF。"
    ),
    "intake.heic_plugin_missing": (
        "「{name}」是 HEIC 照片，需要先安装 HEIC 支持：pip install pillow-heif（或将照片导出为 "
        "JPEG）。"
    ),
    "intake.unreadable": "「{name}」无法读取：{detail}。",
    # What a packet files as fact: amount, order time, 统一社会信用代码, withheld originals
    # (domain/credit_code.py, packet/preflight.py)
    "credit_code.charset": (
        "含有统一社会信用代码不用的字符：{chars}（代码只用数字和大写字母，不用 I、O、Z、S、V）"
    ),
    "credit_code.length": "统一社会信用代码应为18位，现为{length}位",
    "credit_code.check": "校验位不符（按前17位应为 {expected}），可能有字符输错，请核对",
    "preflight.no_amount": "实付金额为 ¥0.00：请填写实际支付的金额",
    "preflight.no_ordered_at": "缺少下单时间",
    "preflight.credit_code_invalid": (
        "统一社会信用代码有误：{problem}。错误的代码比不填更糟，请核对或清空"
    ),
    "preflight.withheld_only": (
        "{at} 的「{kind}」只关联了不外发的原图，材料中这件事没有证据：请改为关联打码后的副本"
    ),
    # 公民身份号码 checks (domain/id_number.py)
    "id_number.length": "身份证号应为18位（17位数字加一位数字或X）",
    "id_number.checksum": "身份证号校验位不符，可能有数字输错，请核对",
    "id_number.birth_date": "出生日期与身份证号中的 {digits} 不一致，请核对",
    "id_number.gender": "性别与身份证号不一致（身份证号显示为{expected}），请核对",
    # packet kinds' own checks (packet/kind_checks.py)
    "preflight.missing_because": "缺少{what}（{why}）",
    "preflight.missing_plain": "缺少{what}",
    "kind_check.association.name": "申请人姓名",
    "kind_check.association.phone": "申请人电话号码",
    "kind_check.association.address": "申请人通讯地址",
    "kind_check.association.company": "被申请人名称",
    "kind_check.association.respondent_address": "被申请人地址",
    "kind_check.association.claims": "调解请求（退款金额、交付或其他请求）",
    "kind_check.civil.name": "原告姓名",
    "kind_check.civil.gender": "原告性别",
    "kind_check.civil.birth_date": "原告出生日期",
    "kind_check.civil.id_number": "原告公民身份号码",
    "kind_check.civil.address": "原告住所",
    "kind_check.civil.phone": "原告联系电话",
    "kind_check.civil.company": "被告名称（商家或平台的企业名称）",
    "kind_check.civil.credit_code": "被告统一社会信用代码",
    "kind_check.civil.respondent_address": "被告住所",
    "kind_check.civil.claims": "诉讼请求（退款金额、交付或其他请求）",
    "kind_check.why.association": "消费者协会需据此联系双方",
    "kind_check.why.plaintiff": "起诉状须写明原告身份信息",
    "kind_check.why.defendant": "起诉须有明确的被告；可向平台索取商家的真实名称和地址",
    "kind_check.association.no_events": "缺少争议经过：请至少记录一件事",
    "kind_check.civil.credit_code_invalid": (
        "被告统一社会信用代码应为18位（数字和大写字母），请核对"
    ),
    "kind_check.civil.no_events": "缺少事实经过：请至少记录一件事",
    # who acts and what is claimed (packet/party_checks.py)
    "party_check.guardian.name": "法定代理人（监护人）姓名",
    "party_check.guardian.phone": "法定代理人（监护人）联系电话",
    "party_check.guardian.id_number": "法定代理人（监护人）公民身份号码",
    "party_check.guardian_missing": (
        "缺少{what}：买家下单时未满18周岁，须由监护人作为法定代理人代为投诉、申请或诉讼"
        "（《中华人民共和国民法典》第二十三条，《中华人民共和国民事诉讼法》第六十条）"
    ),
    "party_check.fraud_without_facts": (
        "三倍赔偿须有经营者欺诈的事实（《中华人民共和国消费者权益保护法》第五十五条），"
        "本案记录的问题不足以支持：请取消该请求，或记录欺诈事实（如卡密无效）"
    ),
    "party_check.void_not_minor": (
        "“购买行为无效”仅适用于下单时未满18周岁且未经法定代理人同意或者追认的购买"
        "（《中华人民共和国民法典》第一百四十五条）：请填写买家出生日期或取消该请求"
    ),
    "party_check.void_and_delivery": (
        "请求确认购买无效，就不能同时请求按合同交付：两个请求的依据互相矛盾，请只保留一个"
    ),
    "party_check.agent_ineligible": (
        "该代理人不能作为委托诉讼代理人：须为律师、基层法律服务工作者、当事人的近亲属或工作人员，"
        "或当事人所在社区、单位以及有关社会团体推荐的公民（《中华人民共和国民事诉讼法》第六十一条）；"
        "志愿者须经推荐"
    ),
    "party_check.agent_no_recommender": (
        "请填写推荐该公民担任诉讼代理人的社区、单位或社会团体"
        "（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第八十七条、第八十八条）"
    ),
    # store errors (store/db_errors.py and the store's exceptions); SQLite's own words stay
    # as it gives them, so a report can be searched for
    "store.locked": (
        "数据库正被另一个程序使用：{path}。请关闭正在使用它的其他程序或窗口后重试；未做任何更改。"
    ),
    "store.read_only": (
        "无法写入 {path}：数据文件夹是只读的（磁盘有写保护或缺少权限）。仍可读取；未做任何更改。"
    ),
    "store.full": "磁盘已满，无法写入 {path}。请腾出空间后重试；之前保存的内容没有变化。",
    "store.damaged": (
        "{path} 已损坏或不是 DisputeKit 数据库（SQLite: {sqlite}）。本次打开没有改动它；"
        "每次升级前保存的副本在 {backups}。"
    ),
    # a zero-length database beside a vault with evidence (store/store.py)
    "store.emptied": (
        "{path} 是空文件（0 字节），而证据库 {vault} 里仍有证据文件：数据库已损坏"
        "（可能是复制或同步中断），不会当作新的空数据库重新创建。未做任何更改；"
        "请从备份恢复该文件（每次升级前保存的副本在 {backups}）"
    ),
    # an update from a bundle older than the stored case (store/bundle_age.py)
    "bundle.older_than_stored": (
        "{name} 导出于 {exported}（北京时间），早于案件 {case_id} 最后一次修改的时间 {changed}"
        "（北京时间）：用它更新会撤销之后的修改。未做任何更改；确需用旧版本覆盖，请加 --force"
    ),
    # a data folder that already holds other things (store/store.py)
    "store.foreign_folder": (
        "{folder} 里已有其他文件（{names}），不是 DisputeKit 的数据文件夹。DisputeKit 会把数据"
        "文件夹设为仅本人可访问，不能用一个与别的东西共用的文件夹；未做任何更改。请指定一个新的"
        "或空的文件夹（例如其中的子文件夹 DisputeKit）"
    ),
    # a stored case whose row cannot be read back (store/case_list.py)
    "store.case_damaged": (
        "案件 {case_id} 的数据已损坏，无法读取；其他案件不受影响。可用此前导出的案件包"
        "（导入时选择更新）或备份恢复它"
    ),
    "store.case_damaged_mark": "【数据已损坏】",
    # a read-only data folder that cannot be opened as it is (store/store.py, migrations.py)
    "store.read_only_empty": (
        "{folder} 是只读的，且其中没有 DisputeKit 数据库（{name}）；未做任何更改"
    ),
    "store.read_only_wal": (
        "{path} 上次没有正常关闭，最新的修改还在 {wal} 里，而只读的文件夹无法把它们写回数据库。"
        "请把整个文件夹复制到可写的位置再打开；未做任何更改"
    ),
    "store.read_only_version": (
        "{path} 的数据结构版本是 {version}，这个 DisputeKit 读取版本 {latest}，且无法在只读的"
        "文件夹里升级数据库。请把文件夹复制到可写的位置，或使用写入它的那个 DisputeKit；"
        "未做任何更改"
    ),
    "store.newer_schema": (
        "数据库的数据结构版本是 {version}，比这个 DisputeKit 能读取的版本（{latest}）新；"
        "请安装更新的 DisputeKit。未做任何更改"
    ),
    "store.cannot_open": "无法打开 {path}（SQLite: {sqlite}）；未做任何更改",
    "store.unusable": "无法使用数据库 {path}（SQLite: {sqlite}）",
    "store.case_not_found": "没有编号为 {case_id} 的案件",
    "store.case_gone": "案件 {case_id} 在列表生成后已被删除",
    "store.evidence_not_found": "案件 {case_id} 中没有证据 {evidence}",
    "store.already_stored": "已保存为案件 {case_id}",
    # loading a case for a command (app/case_loading.py); the reasons follow, one a line
    "case_load.unreadable": "无法读取 {target}：{reason}",
    "case_load.invalid": "{target} 不是有效的案件文件：",
    "case_load.evidence_outside": "{target}：证据文件必须在案件文件所在的文件夹内：",
    "case_load.no_store": "{folder} 中没有案件库；请改为指定案件 JSON 文件",
    "case_load.not_found": "{folder} 中没有编号为 {case_id} 的案件",
    # screen recordings and their key frames (video/)
    "frames.not_recording": "「{name}」不是录屏（应为 MP4、MOV 或 WebM 视频）",
    "video.unavailable": (
        "未安装录屏关键帧组件（PyAV）：{hint}，或重新运行 scripts/setup。录屏本身已作为证据保存"
    ),
    "video.no_picture": "「{name}」中没有视频画面",
    "video.too_many_pixels": "「{name}」的画面尺寸 {size} 过大，不像真实的录屏，拒绝打开",
    "video.damaged": "「{name}」无法解码，录屏文件已损坏或不完整（{detail}）",
    "video.no_frames": "「{name}」中没有可解码的画面",
    "video.too_long": (
        "「{name}」时长 {length}，超过关键帧提取的上限 {limit}；录屏已原样保存为证据，"
        "请在手机上另录一段只含相关操作的录屏后再提取"
    ),
    "video.cancelled": "已取消提取关键帧，未保存任何画面",
    "video.capped": "关键帧已达上限 {count} 张，录屏 {at} 之后的画面未提取",
    # the names of the case fields read off an exhibit (domain/case/field_labels.py): the OCR
    # proposals and the packet's note on where a value came from
    "source_field.order.order_no": "订单号",
    "source_field.order.transaction_no": "支付交易号",
    "source_field.order.amount_paid": "实付金额",
    "source_field.order.ordered_at": "下单时间",
    "source_field.respondent.platform": "平台名称",
    "source_field.respondent.company": "经营者名称",
    # case JSON validation (domain/json_reader.py, case_reader.py, case_json.py); a JSON path
    # and JSON values stay as written
    "json.at": "{path}：{problem}",
    "json.missing": "缺少此项",
    "json.empty": "不能为空",
    "json.not_object": "应为对象，而不是{kind}",
    "json.not_text": "应为文本，而不是{kind}",
    "json.not_list": "应为列表，而不是{kind}",
    "json.not_instant_text": "应为 ISO 8601 日期时间文本，而不是{kind}",
    "json.kind.object": "对象",
    "json.kind.list": "列表",
    "json.kind.text": "文本",
    "json.kind.bool": "true/false",
    "json.kind.number": "数字",
    "json.kind.null": "null",
    "json.too_long": "长 {length} 个字符，最多 {limit} 个",
    "json.too_many": "有 {count} 项，最多 {limit} 项",
    "json.not_one_of": "{value} 不是以下之一：{allowed}",
    # dates far outside any dispute (domain/timeutil.py)
    "json.year_out_of_range": "{value} 的年份不在 {first}–{last} 之间",
    "json.not_instant": "{value} 不是有效的日期时间（ISO 8601）",
    "json.no_offset": "{value} 缺少时区（请写如 +08:00）",
    "json.not_date": "{value} 不是日期（YYYY-MM-DD）",
    "json.not_bool": "应为 true 或 false，而不是 {value}",
    "json.not_whole": "应为整数，而不是 {value}",
    "json.out_of_range": "{value} 超出范围（{low} 至 {high}）",
    "json.not_seconds": "应为秒数（0 或更大的数字），而不是 {value}",
    "json.not_sha256": "{value} 不是 SHA-256（64 位十六进制数字）",
    "json.not_id_number": "应为18位身份证号（17位数字，末位为数字或X）",
    "json.not_evidence_id": "应为证据编号，而不是{kind}",
    "json.duplicate_event": "{value} 已被另一条事件使用",
    "json.duplicate_evidence": "{value} 已被另一项证据使用",
    "json.duplicate_item": "{value} 已被另一项使用",
    "json.unknown_evidence": "{value} 不是本案任何一项证据的编号",
    "json.surrogate": "含有孤立的代理字符（如 \\ud800 这样的转义），不是有效文本",
    "json.key_surrogate": "键名含有孤立的代理字符（如 \\ud800 这样的转义），不是有效文本",
    "json.too_deep": "嵌套超过 {levels} 层",
    "json.nested_too_deeply": "JSON 嵌套过深",
    "json.not_document": "文档必须是 JSON 对象",
    "json.format_missing": "缺少此项（应为 {expected}）",
    "json.format_unsupported": "不支持 {value}（应为 {expected}）",
    "json.broken": "不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）",
    "json.not_utf8": "不是 UTF-8 文本：{reason}",
    "json.constant": "案件文件中不允许出现 {name}",
    "json.sources.not_object": "应为以字段路径为键的对象",
    "json.sources.entry": "应为对象",
    "json.sources.evidence": "应为证据编号",
    "json.sources.box": "应为 [x, y, 宽, 高]，单位为整像素",
    "json.sources.value": "应为已确认的文本值",
    # amounts of money (domain/money.py); the value is shown as written
    "money.empty": "不能为空",
    "money.bool": "{value} 是 true/false，不是金额",
    "money.float": '{value} 是浮点数；请把金额写成文本（如 "98.50"）',
    "money.not_number": "{value} 不是数字（请写如 98.50 或 1,234.50）",
    "money.not_amount": "{value} 不是金额（应为十进制数字文本）",
    "money.not_finite": "{value} 不是有限的数",
    "money.negative": "{value} 为负数",
    "money.too_large": "{value} 过大（最多 {most}）",
    "money.decimals": "{value} 超过两位小数",
    # case bundles (store/bundle.py, bag_check.py, zip_safety.py); file names, paths and
    # SHA-256 values stay as written
    "bundle.not_bundle": "不是 DisputeKit 案件包",
    "bundle.not_bag": "缺少 bagit.txt：这不是 BagIt 包",
    "bundle.export_failed": "无法导出案件 {case_id}",
    "bundle.vault_copy_damaged": "证据库中 {file}（{sha256}）的副本已损坏或缺失",
    "bundle.unreadable_zip": "{name} 不是可读取的 zip 文件（{reason}）",
    "bundle.unsafe": "{name} 不能安全打开",
    "bundle.failed_verification": "{name} 未通过校验",
    "bundle.damaged_since": "已损坏：{reason}",
    "bundle.case_too_large": "{name} 太大，不是案件文件",
    "bundle.invalid_case": "{name} 不是有效的案件文件",
    "bundle.unreadable": "无法读取 {name}（{reason}）",
    "bundle.evidence_unusable": "{name}：证据文件无法使用",
    "bundle.evidence_refused": "证据文件被拒收",
    "bundle.evidence_not_stored": "证据文件未能保存",
    "bundle.damaged": "已损坏：{name}（{reason}）",
    "bundle.too_large": "{name} 太大（{size} 字节）",
    "bundle.manifest_line": "{name} 第 {line} 行不是“SHA-256  路径”格式",
    "bundle.manifest_unsafe": "{name} 第 {line} 行：不安全的路径 {path}",
    "bundle.missing": "缺失：{path}",
    "bundle.missing_listed": "缺失：{path}（{manifest} 中列出）",
    "bundle.missing_file_of": "缺失：{path}（{label} 的文件）",
    "bundle.altered_listed": "已被改动：{path}（SHA-256 与 {manifest} 不符）",
    "bundle.altered_file_of": "已被改动：{path}（SHA-256 与 {label}.sha256 不符）",
    "bundle.extra": "多余：{path}（{manifest} 中未列出）",
    "bundle.no_version": "缺少 bagit.txt 或其中没有 BagIt-Version",
    "bundle.file_missing": "缺少 {name}",
    "bundle.tag_unlisted": "{manifest} 未列出 {tag}",
    "bundle.no_tag_manifest": "缺少 {name}：无法校验标签文件",
    "bundle.not_bundle_path": "{label}.file {file} 不是包内路径",
    "zip.member": "成员 {name}：{problem}",
    "zip.too_many_members": "zip 有 {count} 个成员，最多 {most} 个",
    "zip.too_large": "zip 解压后为 {size}，超过 {most} 的上限",
    "zip.nul": "名称含有 NUL 字符",
    "zip.backslash": "名称含有反斜杠",
    "zip.absolute": "绝对路径",
    "zip.climbs_out": "路径跳出了案件包（'..'）",
    "zip.symlink": "符号链接",
    "zip.encrypted": "已加密",
    "zip.duplicate": "名称重复",
    "zip.duplicate_case": "名称重复（与 {earlier} 仅大小写不同）",
    "zip.duplicate_unicode": "名称重复（Unicode 规范化后与 {earlier} 相同）",
    "zip.member_too_large": "解压后为 {size}，超过 {most} 的上限",
    "zip.bomb": "压缩比 {ratio}:1（超过 {most}:1，疑似 zip 炸弹）",
    # RFC 3161 trusted timestamps (rfc3161/, app/timestamps.py, store/bundle_stamps.py,
    # commands/timestamp_cmd.py); hashes, URLs and names stay as written
    "stamp.bad_request": "不是可用的时间戳请求（{reason}）",
    "stamp.unreadable": "无法读取时间戳回复：{reason}",
    "stamp.not_token": "回复中没有时间戳令牌",
    "stamp.not_granted": "时间戳服务拒绝了请求（状态 {status}：{text}）",
    "stamp.not_sha256": "令牌的摘要算法是 {name}，不是请求的 SHA-256",
    "stamp.other_imprint": (
        "回复盖章的不是这份请求的证据清单（令牌中的摘要 {got}，请求的摘要 {want}）"
    ),
    "stamp.other_nonce": "这是对另一份请求的回复（随机数 {got}，本请求为 {want}）",
    "stamp.no_signer_cert": "令牌中没有签名者的证书",
    "stamp.signer_cert_mismatch": "令牌签名属性中登记的证书与签名者的证书不符",
    "stamp.unsupported_key": "不支持的签名密钥类型 {kind}",
    "stamp.bad_signature": "令牌的签名无效：内容在签名后被改动，或不是该证书签的",
    "stamp.signer_count": "令牌应有一个签名者，实有 {count} 个",
    "stamp.unsupported_digest": "不支持的摘要算法 {name}",
    "stamp.no_signed_attrs": "令牌缺少签名属性",
    "stamp.not_tst_info": "令牌签名的内容不是时间戳信息",
    "stamp.content_altered": "令牌中的时间戳信息与签名时的摘要不符（已被改动）",
    "stamp.cert_not_valid_then": "签名证书在时间戳时间不在有效期内（有效期 {start} 至 {end}）",
    "stamp.not_tsa_cert": "签名证书不是时间戳服务证书（缺少 timeStamping 扩展用途）",
    "stamp.chain_root_not_valid": "根证书 {name} 在时间戳时间不在有效期内",
    "stamp.chain_untrusted": "签名证书无法连到所给的根证书（缺少 {name} 签发的可信证书）",
    "stamp.no_evidence": "案件 {case_id} 没有可盖时间戳的证据文件",
    "stamp.evidence_missing": "证据 {evidence_id} 的文件不在证据库中或已损坏（{sha256}）",
    "stamp.no_request": (
        "案件 {case_id} 没有等待回复的时间戳请求；请先运行 disputekit timestamp request"
    ),
    "stamp.already_attached": "这份回复已附在案件 {case_id} 上（{time}）",
    "stamp.files_missing": "时间戳请求的文件缺失：{name}",
    "stamp.bad_url": "{url} 不是 http:// 或 https:// 地址",
    "stamp.send_failed": "无法从 {url} 取得回复：{reason}",
    "stamp.reply_too_large": "{url} 的回复超过 {most} 字节，不是时间戳回复",
    "stamp.http_status": "服务器回答 HTTP {status}",
    "stamp.report": (
        "可信时间戳：{time}（北京时间），时间戳服务 {tsa}，覆盖 {count} 个证据文件（清单 "
        "{manifest}，摘要 {imprint}）"
    ),
    "stamp.chain_not_checked": (
        "时间戳服务的证书链未核对（未给出 --tsa-ca）：签名本身有效，但这不表示该服务可信"
    ),
    "stamp.chain_ok": "时间戳服务的证书链已按 {ca} 核对通过",
    "stamp.chain_failed": "时间戳服务的证书链未通过核对：{reason}",
    "stamp.not_covered": "时间戳未覆盖 {path}：它不在盖章的清单中（盖章之后加入或改动）",
    "stamp.gone": "盖章的清单列有 {path}，本案件包中没有这个文件",
    "stamp.manifest_not_stamped": "本案件包当前的证据清单不是加盖时间戳的那一份",
    "stamp.older_than_case": (
        "时间戳（{time}）早于案件的最后记录（{last}）：此后的记录不在时间戳证明的范围内"
    ),
    "stamp.token_invalid": "时间戳 {file} 无效：{reason}",
    "stamp.file_missing": "案件包缺少时间戳文件 {file}",
    "stamp.manifest_altered": "{file} 不是时间戳所盖的清单（其 SHA-256 与令牌中的摘要不符）",
    "stamp.bad_ca": "{path} 不是证书文件（应为 PEM 或 DER 格式的根证书）",
    "stamp.covers": "最近一次时间戳覆盖的证据：{items}",
    "stamp.pades_unavailable": (
        "PDF 文档时间戳需要可选组件 pyHanko（pip install 'disputekit[pades]'）"
    ),
    "stamp.pades_failed": "未能为 PDF 加盖文档时间戳：{reason}",
    "cli.packet.stamped": "已为 {path} 加盖 PDF 文档时间戳（时间戳服务 {url}）",
    "cli.timestamp.sending_packet": "正在向 {url} 申请 {path} 的文档时间戳（本软件只在此时联网）",
    "stamp.pending": "时间戳请求 {request} 尚未附上回复",
    "cli.timestamp.requested": (
        "已为案件 {case_id} 写出时间戳请求 {path}（清单含 {count} 个证据文件，摘要 {imprint}）"
    ),
    "cli.timestamp.next": (
        "把它发给时间戳服务（TSA），再运行 disputekit timestamp attach {case_id} "
        "回复.tsr；或运行 disputekit timestamp send {case_id} --tsa 地址"
    ),
    "cli.timestamp.sending": "正在把案件 {case_id} 的时间戳请求发送到 {url}（本软件只在此时联网）",
    "cli.timestamp.attached": (
        "已附上时间戳：{time}（北京时间），时间戳服务 {tsa}，覆盖 {count} 个证据文件"
    ),
    "cli.timestamp.refused": "回复未被接受，未保存任何内容：{reason}",
    "cli.timestamp.unknown_tsa": (
        "{name} 不是已知的时间戳服务名称，也不是 http(s) 地址；已知：{known}"
    ),
    # bill files (bills/errors.py)
    "bills.folder": "「{path}」是文件夹，不是账单",
    "bills.not_regular": "「{path}」不是普通文件（设备、管道或套接字），不是账单",
    "bills.no_file": "找不到文件「{path}」",
    "bills.unreadable_file": "无法读取「{path}」：{detail}",
    "bills.too_big": "「{name}」大小 {size} 字节，远超账单导出文件，不是账单",
    "bills.not_text": "「{name}」既不是文本（CSV）账单也不是 XLSX 表格，不是账单导出文件",
    "bills.not_bill": (
        "「{name}」不是支付宝或微信支付账单：找不到账单表头（交易时间、交易对方、金额……）。"
        "请在支付宝（我的 → 账单 → 开具交易流水证明 → 用于个人对账）或微信（我 → 服务 → 钱包 → "
        "账单 → 下载账单 → 用于个人对账）中导出账单。"
    ),
    "bills.no_rows": "「{name}」是{source}账单，但没有任何交易记录；请导出包含该订单的时间段。",
    "bills.bad_cell": (
        "「{name}」第 {line} 行：{what}「{value}」无法识别，文件可能被修改过；"
        "请从支付应用重新导出账单。"
    ),
    "bills.broken_workbook": "表格「{name}」已损坏（{detail}）；请重新下载账单",
    "bills.broken_zip": "压缩包「{name}」已损坏或无法打开（{detail}）；请重新下载账单",
    "bills.zip_without_bill": "压缩包「{name}」里没有账单文件（.csv 或 .xlsx），只有：{members}",
    "bills.zip_with_several": (
        "压缩包「{name}」里有多个账单文件（{members}），请先解压出需要的那一个"
    ),
    "bills.zip_unsafe": (
        "压缩包「{name}」不是账单导出文件：其中的「{member}」路径会指向解压目录之外"
    ),
    "bills.zip_nested": (
        "压缩包「{name}」不是账单导出文件：其中的「{member}」又是一个压缩包；"
        "请打开支付应用发来的原始文件"
    ),
    "bills.zip_bomb": (
        "压缩包「{name}」不是账单导出文件：其中的「{member}」解压后会远超任何账单的大小"
    ),
    "bills.password_needed": (
        "压缩包「{name}」有密码，请输入解压密码（微信支付会把密码发到“微信支付”公众号）"
    ),
    "bills.wrong_password": (
        "压缩包「{name}」的密码不对；请核对“微信支付”公众号随本次导出发送的密码"
    ),
    # the 12315 fill sheet's editable spec and its copy assistant (packet/kinds/fill_sheet.py,
    # app/fill_progress.py)
    "fill_sheet.spec_unreadable": "12315 填表字段文件 {path} 无法读取：{reason}",
    "fill_sheet.spec_no_fields": "12315 填表字段文件 {path} 中没有 fields 列表",
    "fill_sheet.spec_bad_field": (
        "12315 填表字段文件 {path} 的 fields 第 {n} 项有误：需要 label（名称文字）"
        "和 limit（正整数字数上限，没有上限写 null）"
    ),
    "fill_sheet.spec_unknown_key": (
        "12315 填表字段文件 {path} 的 fields 第 {n} 项的 key「{key}」不是已知字段名；可用：{known}"
    ),
    "fill_sheet.spec_twice": "12315 填表字段文件 {path} 的 fields 第 {n} 项的 key「{key}」重复出现",
    # a packet over its size or page limit (packet/budget.py)
    "budget.not_written": "{over}。未写入文件。{size_advice}{pages_advice}",
    "budget.over_size": "材料大小 {size} MB，比上限 {limit} MB 多出 {over} MB",
    "budget.over_pages": "共 {pages} 页，比上限 {limit} 页多出 {over} 页",
    "budget.lower_dpi": "可将图片分辨率降到 {dpi} dpi（--dpi {dpi}）以符合大小上限。",
    "budget.no_dpi_fits": "降低图片分辨率也无法满足大小上限，请减少证据附件。",
    "budget.pages_fixed": "页数不随分辨率变化：请减少证据附件或分开提交。",
    # the court a 民事起诉状 is addressed to (domain/court.py)
    "court.internet": (
        "{basis}在{city}，本案系通过电子商务平台订立的网络购物合同纠纷，"
        "依{law}由{court}集中管辖（可通过该院网上诉讼平台在线立案）。"
    ),
    "court.no_address": (
        "尚未填写{basis}，无法判断管辖法院。被告住所地可向平台索取商家的真实名称和地址。"
    ),
    "court.basic_level": (
        "{basis}在{place}，不属于北京、广州、杭州互联网法院管辖的城市，"
        "应向该区县的基层人民法院（{court}）起诉；提交前请向法院核实名称。"
    ),
    "court.district_unknown": (
        "未能从{basis}“{address}”读出所在区县（读出：{read}），无法确定管辖法院，"
        "请核实后填写法院名称。"
    ),
    "court.nothing_read": "无",
    # evidence files a packet cannot use (packet/evidence_files.py)
    "evidence_file.missing": "找不到证据文件 {path}",
    "evidence_file.missing_because": "找不到证据文件：{detail}",
    "evidence_file.altered": "证据文件 {name} 的 SHA-256 与登记时不一致，文件可能已被修改",
    "evidence_file.unreadable": "无法读取证据文件 {name}：{detail}",
    "evidence_file.no_pages": "PDF 没有页面",
    # evidence paths a case JSON may not use (evidence_paths.py), PDF pages that cannot be
    # drawn (store/pdf_render.py), redaction refusals (store/redact_pixels.py,
    # store/redaction.py) and OCR that cannot run (ocr/engine.py)
    "evidence_path.nul": "文件名 {path} 含有空字符（\\0），不是有效的文件名",
    # a DisputeKit database given as an input (db_files.py)
    "input.store_database": "这是 DisputeKit 自己的数据库文件，不能作为证据或账单读取",
    "input.store_database_named": (
        "「{name}」是 DisputeKit 自己的数据库文件，不能作为证据或账单读取；未做任何更改"
    ),
    "evidence_path.empty": "未指定文件",
    "evidence_path.not_inside": "“{path}”必须是案件文件所在文件夹内的路径",
    "evidence_path.link": "{path} 是链接或经过链接；不接受链接",
    "evidence_path.leaves": "“{path}”指向案件文件所在文件夹之外",
    "pdf_render.password": (
        "该 PDF 需要密码才能打开；请在 PDF 阅读器中输入密码后另存一份不加密的副本，"
        "或重新导出不设密码的账单"
    ),
    "pdf_render.unreadable": "无法读取该 PDF（{detail}）",
    "pdf_render.too_many_pages": "该 PDF 有 {count} 页，最多 {limit} 页",
    "pdf_render.page_too_large": (
        "第 {number} 页太大（{width}×{height} 点），按 {dpi} dpi 绘制超过每页 {limit} 像素的上限，"
        "无法显示或打码"
    ),
    "pdf_render.no_page": "第 {number} 页不存在（该 PDF 共 {count} 页）",
    "redaction.heic_plugin_missing": (
        "这是 HEIC 照片，需要先安装 HEIC 支持才能显示或打码：pip install pillow-heif"
        "（或将照片导出为 JPEG 后重新添加）"
    ),
    "redaction.not_a_box": (
        "“{text}”不是有效的区域：请写成 X,Y,W,H（整数像素），PDF 写成 页码:X,Y,W,H"
    ),
    "redaction.bad_box": "“{text}”：X 和 Y 不能小于 0，宽、高和页码至少为 1",
    "redaction.no_box": "未指定区域：不会遮盖任何内容",
    "redaction.no_page": "第 {page} 页不存在（该文件共 {count} 页）",
    "redaction.box_outside": "区域 {box} 在第 {page} 页（{width}×{height} 像素）之外",
    "redaction.damaged": "证据 {evidence_id} 的存储文件已损坏或缺失，无法打码",
    "redaction.bill": (
        "证据 {evidence_id} 是 {format} 账单导出文件，不是图片或 PDF，不能打码"
        "（可改为重新导出较短时间段的账单）"
    ),
    "ocr.not_installed": "未安装文字识别（OCR）组件：{hint}",
    "ocr.models_missing": "{folder} 中缺少文字识别模型文件：{names}",
    # why a bill is no longer the provider's own export (bills/read.py), and what the `ocr`
    # command says about an image it cannot read (commands/ocr_cmd.py)
    "bills.resaved.no_preamble": "缺少账单开头的账户和时间段说明",
    "bills.resaved.alipay_utf8": "编码为 UTF-8，支付宝导出为 GBK",
    "bills.resaved.padded": "说明行被表格软件补上了逗号",
    "bills.resaved.wechat_encoding": "编码为 {encoding}，微信支付导出为带 BOM 的 UTF-8",
    "bills.resaved.tab_lost": "订单号后面导出时附带的制表符已丢失",
    "bills.resaved.alipay_xlsx": "支付宝导出的是 CSV，这个 XLSX 是用表格软件另存的",
    # signed amounts: not how an export writes them (bills/read.py)
    "bills.resaved.negative": "第 {rows} 行的金额带负号，官方导出的金额不带符号（收/支列表示方向）",
    "bills.negative_row": (
        "「{name}」第 {row} 行的金额带负号，不是官方导出的写法，不能据此建立案件；"
        "请从支付应用重新导出账单"
    ),
    # a CSV whose cells cannot be split (bills/parse.py)
    "bills.broken_csv": (
        "「{name}」无法按 CSV 读取：有一格超过 131,072 个字符，不是支付应用导出的账单；请重新导出"
    ),
    "bills.resaved.rounded": "有 {count} 个订单号被表格软件改成了近似数，已无法还原，留空处理",
    "ocr_image.not_regular": "「{path}」不是普通文件（设备、管道或套接字），不是图片",
    "ocr_image.too_big": "「{path}」有 {size} 字节，超过证据文件的大小上限，不读取",
    "ocr_image.odd_shape": "「{path}」是 {width}×{height} 像素的细条，无法从中识别文字",
    "ocr_image.missing": "找不到文件「{path}」",
    "ocr_image.folder": "「{path}」是文件夹，不是图片",
    "ocr_image.unreadable": "「{path}」不是能读取的图片（{detail}）",
    "ocr_image.unknown_format": "格式无法识别",
    "ocr_image.too_large": "「{path}」图片过大，无法安全读取",
    "ocr_image.read_failed": "「{path}」无法读取（{detail}）",
    "ocr_image.recognition_failed": "「{path}」文字识别失败（{detail}）",
    "ocr_image.nothing_found": "{name}：未找到订单号、金额或时间",
    # phone upload over the local network (app/upload_*, app/lan_address.py, receive, add)
    "lan.not_ip": "「{address}」不是 IPv4 地址：请写出本机的局域网地址，如 192.168.1.20",
    "lan.any": "「{address}」会在所有网络上接收文件：请写出一个局域网地址或 127.0.0.1",
    "lan.public": "「{address}」是公网地址：只能在局域网地址或本机地址（127.0.0.1）上接收文件",
    "lan.not_local": "「{address}」不是局域网地址或本机地址",
    "lan.cannot_listen": "无法在 {address} 的端口 {port} 上接收文件：{reason}",
    "lan.no_lan": (
        "这台电脑现在没有局域网地址，只能在本机打开页面：请连接 Wi-Fi 或手机热点后重新开始"
    ),
    "upload.not_found": "地址不对或已失效：请重新扫描电脑上的二维码",
    "upload.too_many_tries": "地址错误次数太多，此设备已被拒绝：请在电脑上重新打开「从手机添加」",
    "upload.closed": "接收已结束：请在电脑上重新打开「从手机添加」",
    "upload.too_large": "「{name}」有 {mb} MB，超过本次接收 {limit} MB 的上限，未接收",
    "upload.not_media": "「{name}」不是图片、PDF 或录屏视频，未接收",
    "upload.no_length": "请求没有说明文件大小（Content-Length），未接收",
    "upload.interrupted": "「{name}」没有传完（连接中断），已丢弃：请重新发送",
    "upload.batch_unknown": "这一批文件已失效：请重新选择文件",
    "upload.batch_declined": "电脑上已拒绝这一批文件：请重新选择文件",
    "upload.bad_origin": "请求来自别的网页，已拒绝",
    "upload.bad_request": "请求格式不对，未接收",
    "upload.not_stored": "文件未能存入案件：{reason}",
    "cli.receive.address": "用手机浏览器打开（或扫描下面的二维码）：{address}",
    "cli.receive.until": "{minutes} 分钟内有效，到 {until} 为止；按 Ctrl-C 提前结束",
    "cli.receive.plain_http": (
        "这是局域网内的普通 HTTP 连接：请让手机连接电脑所在的家庭 Wi-Fi 或手机热点，"
        "不要用公共 Wi-Fi"
    ),
    "cli.receive.file": "已收到 {name}（{size}，SHA-256 {sha256}）",
    "cli.receive.refused": "未接收：{reason}",
    "cli.receive.batch": "{client} 发来一批文件：{count} 个，共 {size}",
    "cli.receive.ask": "把这 {count} 个文件加入案件 {case_id}？[y/N] ",
    "cli.receive.declined": "已拒绝这一批，收到的文件已删除",
    "cli.receive.stored": "已加入案件 {case_id}：[{evidence_id}] {name}",
    "cli.receive.not_stored": "{name} 未加入案件：{reason}",
    "cli.receive.port_range": "「{text}」不是端口号：须在 0 到 65535 之间（0：任选空闲端口）",
    "cli.receive.minutes_range": "「{text}」分钟太长：一次接收最多 60 分钟",
    "cli.receive.ended": "接收已结束，端口已关闭",
    "cli.add.nothing_new": "这些文件已在案件 {case_id} 中，没有新增",
    # what the commands say themselves around the data they print (commands/, cli.py)
    "cli.interrupted": "已中断",
    "cli.not_a_number": "「{text}」不是数字",
    "cli.number_too_small": "「{text}」太小：须是不小于 {low} 的数字",
    "cli.not_a_day": "「{text}」不是日期：请写成 YYYY-MM-DD，例如 2026-11-27",
    "cli.not_an_instant": (
        "「{text}」不是带时区的日期时间：请写成 YYYY-MM-DDTHH:MM+08:00，例如 2026-11-27T10:00+08:00"
    ),
    # outputs never over the store or onto a device (app/output_paths.py)
    "output.inside_data_folder": (
        "{path} 在 DisputeKit 的数据文件夹 {folder} 里：写在那里会覆盖数据库、证据原件、"
        "备份或缓存。请换一个数据文件夹以外的位置；未写入任何文件"
    ),
    "output.not_a_file": (
        "{path} 不是普通文件（是设备、管道或套接字）：请写一个新文件名或普通文件；未写入任何文件"
    ),
    # numbers on the command line in ASCII digits only (commands/_args.py)
    "cli.not_a_whole_number": "「{text}」不是编号：请只用阿拉伯数字 0–9 书写，例如 3",
    "cli.number_too_large": "「{text}」太大：须是不大于 {high} 的数字",
    "cli.path.no_name": "「{path}」不是文件名：请写出要生成的文件名",
    "cli.path.folder": "{path} 是文件夹：请写出其中的文件名",
    "cli.path.no_parent": "文件夹 {parent} 不存在：请先创建它，或换一个位置",
    "cli.path.not_writable": "没有权限写入文件夹 {parent}：请换一个位置",
    "cli.cannot_write": "无法写入 {path}：{reason}",
    "cli.no_such_file": "找不到文件 {path}",
    "cli.is_a_folder": "{path} 是文件夹：请写出其中的文件",
    "cli.data_folder_unavailable": "无法打开数据文件夹：{reason}",
    "cli.read_only": (
        "数据文件夹 {folder} 是只读的（磁盘有写保护或缺少权限），{command} 需要写入，"
        "未做任何更改；list、show、check、export 和 packet 仍可使用"
    ),
    "cli.demo.read_only": "数据文件夹 {folder} 是只读的，无法添加示例案件",
    "cli.demo.added": "新添加",
    "cli.demo.already_there": "已存在",
    "cli.dpi_range": "--dpi 须在 30 到 600 之间",
    "cli.fill_sheet_not_written": "材料包已生成，但 12315 填表内容 {path} 未能写入：{reason}",
    "cli.fill_sheet_written": "12315 填表内容：{path}",
    # the frames command (commands/frames_cmd.py)
    "cli.frames.recording": "录屏 {id}（原件）SHA-256 {sha}",
    "cli.frames.frame": "  {id}  {at}  SHA-256 {sha}",
    "cli.frames.count": "共 {count} 张关键帧",
    "cli.frames.no_frames": "录屏已保存为 {id}，但未能提取关键帧：{reason}",
    "cli.redact.withheld": "原件 {withheld} 已设为不外发：材料包和导出改用打码副本 {copy}",
    "cli.import.skipped": (
        "{name}：已保存为案件 {case_id}，本次跳过（加 --update 用它替换已保存的案件，"
        "加 --as-new 另存一份副本）"
    ),
    "cli.import.updated": "已用 {name} 更新案件 {case_id}",
    "cli.import.imported": "已导入案件 {case_id}：{platform} {order_no}（{count} 个证据文件）",
    "cli.export.location": (
        "警告：[{evidence_id}] {file} 带有 GPS 位置（照片的拍摄地点）；"
        "加 --strip-location 可导出不含位置的副本"
    ),
    "cli.export.done": "已将案件 {case_id} 导出到 {path}",
    "cli.export.withheld": (
        "警告：案件包里有未打码的原件（--include-withheld），打码遮住的内容都能看到"
    ),
    "cli.verify.evidence_not_pdf": "--evidence 只用于材料包 PDF，{path} 不是 PDF",
    "cli.verify.bundle_failed": "{path} 未通过校验：",
    "cli.verify.bundle_ok": "{path}：校验通过",
    "cli.verify.packet_needs_evidence": (
        "{path} 是材料包：请用 --evidence DIR|BUNDLE.zip 指出原始证据文件所在的文件夹或案件包"
    ),
    "cli.verify.packet_mismatch": "{path} 与 {evidence} 不一致：",
    "cli.verify.altered": "{path}：已被改动（SHA-256 与材料包中记录的不符）",
    "cli.verify.missing": "{path}：缺失",
    "cli.verify.packet_ok": "{path}：校验通过，{count} 个证据文件一致",
    # Many buyers, one seller: groups, consent, the group report.
    "cli.groups.none": "还没有案件",
    "cli.groups.line": "{key}  {seller}  {count} 件  合计 {total}  案件 {cases}",
    "cli.groups.shared": "    共用{kind}：案件 {cases}（办法第十七条（四），请核实）",
    "cli.groups.suggest": (
        "  可能是同一商家（需确认后合并）：{first}「{first_name}」 与 {second}「{second_name}」"
    ),
    "cli.groups.unknown_key": "没有案件带有商家标识 {key}（用 groups 查看各组的标识）",
    "cli.groups.merged": "已合并：{first} 与 {second}",
    "cli.groups.split": "案件 {case_id} 已单独成组",
    "cli.groups.unsplit": "案件 {case_id} 重新按商家分组",
    "cli.consent.yes": "案件 {case_id}：买家同意在汇总报告中显示姓名和联系方式",
    "cli.consent.no": "案件 {case_id}：买家不同意，汇总报告中只显示为“买家N”",
    "cli.group_report.done": "已生成 {count} 名买家的汇总报告（合计 {total}）：{paths}",
    "cli.group_report.inside_data": "不能把报告写到数据文件夹里：{path}",
    "cli.group_report.not_a_file": "{path} 不是普通文件，不能写入",
    "cli.group_report.no_folder": "{path} 所在的文件夹不存在",
    "cli.import_many.summary": "导入 {imported} 个，已存在跳过 {skipped} 个，拒绝 {refused} 个",
    "import_many.empty_folder": "{path} 中没有案件包（.zip）或案件文件（.json）",
    "cli.import_many.refused": "  拒绝 {path}：{reason}",
    # Bulk work on the cases selected in the list
    "bulk.case": "案件 {case_id}",
    "bulk.event_present": "时间线上已有同一时间、同样内容的这一事件",
    "bulk.consent_yes": "已记录为同意在汇总报告中显示姓名和联系方式",
    "bulk.consent_no": "本来就未记录同意",
    "bulk.no_deadlines": "没有未到的期限",
    "bulk.deadlines": "{count} 个期限",
    "bulk.packet_blocked": "预检未通过：{reasons}",
    "precheck.same_file_elsewhere": (
        "证据 {evidence_id}：同一文件也在案件 {cases} 中，请确认没有附错文件（办法第十七条（四））"
    ),
    # the `bill` listing's rows (`disputekit --lang`)
    "cli.bill.row": (
        "{number:>5}  {time}  {direction}  {amount:>10}  {counterparty}  {item}  "
        "交易单号 {transaction_no}  商户单号 {merchant_order_no}"
    ),
    "cli.bill.direction.expense": "支出",
    "cli.bill.direction.income": "收入",
    "cli.bill.direction.neutral": "不计",
    # what `ocr` prints for the fields it found (`disputekit --lang`)
    "cli.ocr.heading": "{name}（{page}）",
    "cli.ocr.page.alipay": "支付宝账单详情",
    "cli.ocr.page.wechat_pay": "微信支付账单详情",
    "cli.ocr.page.shop": "订单页面",
    "cli.ocr.field.order_no": "订单号/交易单号 order_no",
    "cli.ocr.field.merchant_order_no": "商家订单号 merchant_order_no",
    "cli.ocr.field.amount": "金额 amount",
    "cli.ocr.field.time": "时间 time",
    "cli.ocr.field.platform": "平台 platform",
    "cli.ocr.field.counterparty": "对方 counterparty",
    "cli.ocr.hit": "  {field}：{value}    ［位置 {x},{y} {w}×{h}，置信度 {confidence}］",
    # what `packet`, `groups` and `demo` print around their results (`disputekit --lang`)
    "cli.packet.blocked": "不能生成正式材料：",
    "cli.packet.blocked_try_draft": "不能生成正式材料：（加 --draft 可生成草稿）",
    "cli.packet.note": "注意：{warning}",
    "cli.packet.written": "{path}：{pages} 页，{mb} MB，证据 {count} 件{draft}",
    "cli.packet.draft_mark": "（草稿）",
    "cli.groups.kind.phone": "手机号码",
    "cli.groups.kind.address": "通讯地址",
    "cli.demo.row": "{case_id}\t{status}\t{order_no}\t{product}\t（{state}）",
    # the `advise` command's text (`disputekit --lang`)
    "cli.advise.channel": "建议渠道：{channel}（{day}）",
    "cli.advise.reason": "理由：{reason}",
    "cli.advise.next": "下一步：",
    "cli.advise.further": "如仍未解决：{channels}",
    "cli.advise.missing": "缺少的证据（每行任选其一）：",
    "cli.advise.deadlines": "期限：",
    "cli.advise.deadline": "  - {name}：{due}［{status}］{rule}（依据：{basis}）{estimated}",
    "cli.advise.estimated": "（估算）",
    "cli.advise.status.upcoming": "未到期",
    "cli.advise.status.due_soon": "即将到期",
    "cli.advise.status.overdue": "已逾期",
    "cli.advise.status.met": "已完成",
    "cli.advise.eligible": "12315受理条件：符合",
    "cli.advise.not_eligible": "12315受理条件：暂不符合",
    "cli.advise.also_needs": "  - 另需：{what}",
    "cli.advise.cs_message": "给客服的消息（可直接复制）：",
    "cli.advise.notes": "提示：",
    # the command line's own lines around case data (`list`, `show`; `disputekit --lang`)
    "cli.list.row": (
        "{id:>5}  {status}  {platform} {shop}  {order_no}  {product}  {amount}  证据 {count}{due}"
    ),
    "cli.list.damaged_row": "{id:>5}  {mark}  {platform} {shop}  {order_no}  {product}",
    "cli.list.due": "  下一期限 {at}",
    "cli.show.case": "案件 {case_id}：{platform} {shop}",
    "cli.show.order": "  订单 {order_no}  {product}  {amount}",
    "cli.show.status": "  状态 {status}  问题 {problem}",
    "cli.show.complainant": "  投诉人 {name}",
    "cli.show.withheld": "  （不外发：已由打码副本代替）",
    "cli.show.file_damaged": "  【文件已损坏】",
    "cli.show.file_missing": "  【文件缺失】",
    "cli.list.none": "还没有案件",
    "cli.list.no_match": "没有与「{query}」匹配的案件",
    "cli.gc.removed": "已从证据库删除 {count} 个没有案件使用的文件",
    "cli.check.damaged": "已损坏：{sha256}",
    "cli.check.missing": "缺失：{sha256}",
    "cli.check.use": "案件 {case_id} 证据 [{evidence_id}] {file}",
    "cli.check.unused": "（没有案件使用此文件）",
    "cli.check.ok": "已检查证据库中的 {checked} 个文件：全部完好",
    "cli.check.bad": "已检查证据库中的 {checked} 个文件：{count} 个已损坏或缺失",
    "cli.bill.password_prompt": "{name} 的密码：",
    "cli.bill.password_option": "{reason}；在命令行用 --password 给出",
    "cli.bill.resaved": "注意：{name} 已不是原始导出文件：{reason}",
    "cli.bill.header": "{source}账单 {name}：{rows} 行，SHA-256 {sha256}",
    "cli.bill.header_zip": "{source}账单 {name}（取自 {container}）：{rows} 行，SHA-256 {sha256}",
    "cli.bill.field.transaction_no": "交易单号",
    "cli.bill.field.amount_paid": "实付金额",
    "cli.bill.field.payment_method": "支付方式",
    "cli.bill.field.paid_at": "付款时间",
    "cli.bill.rule.merchant_order_no": "按商户单号（即订单号）",
    "cli.bill.rule.transaction_no": "按交易单号",
    "cli.bill.rule.amount_time": "按金额及下单前后 10 分钟内的交易时间",
    "cli.bill.rule.chosen": "按 --row 所选",
    "cli.bill.filled_none": "未填写任何字段：案件已有付款信息",
    "cli.bill.filled": "已填写{fields}",
    "cli.bill.created": (
        "已由第 {row} 行新建案件 {case_id}（{order_no}，{amount} 元，"
        "{counterparty}）；{name} 为其证据 {evidence_id}"
    ),
    "cli.bill.attached": (
        "已将 {name} 作为付款记录附到案件 {case_id}，证据 {evidence_id}；"
        "{rule}找到第 {row} 行；{filled}"
    ),
    "cli.bill.differs": (
        "注意：案件 {case_id} 的{field}为 {case_value}，账单为 {bill_value}；案件未作改动"
    ),
    "cli.bill.no_match": (
        "{name} 中没有一行符合案件 {case_id} 的订单（订单号 {order_no}，"
        "交易单号 {transaction_no}，{amount} 元，{at}）；未保存任何内容。"
        "最接近的几行（用 --row N 选定其一）："
    ),
    "cli.bill.ambiguous": (
        "{name} 中有多行都符合案件 {case_id} 的订单（订单号 {order_no}，"
        "交易单号 {transaction_no}，{amount} 元，{at}）；未保存任何内容。"
        "最接近的几行（用 --row N 选定其一）："
    ),
    "cli.bill.no_time": "无下单时间",
    # why the OS refused a file operation (messages/os_reasons.py); the path is not in them
    "os.not_found": "找不到该文件或文件夹",
    "os.permission_denied": "没有权限",
    "os.not_permitted": "没有权限进行此操作",
    "os.not_a_folder": "路径中有一部分不是文件夹",
    "os.is_a_folder": "这是文件夹，不是文件",
    "os.read_only": "所在磁盘或文件夹是只读的",
    "os.disk_full": "磁盘已满",
    "os.exists": "已有同名的文件或文件夹",
    "os.name_too_long": "文件名或路径太长",
    "os.busy": "文件或设备正被占用",
    "os.too_many_open": "同时打开的文件太多",
    "os.io_error": "读写磁盘时出错（输入/输出错误）",
    "os.cross_device": "不能在不同磁盘之间直接移动",
    "os.link_loop": "符号链接层数太多（可能循环引用）",
    "os.folder_not_empty": "文件夹不是空的",
    "os.other": "系统错误：{text}",
    "os.at_path": "{path}：{reason}",
    "store.read_only_folder": (
        "数据文件夹 {path} 是只读的（磁盘有写保护或缺少权限）。请把它复制到可写的位置再处理案件；"
        "命令行的 disputekit list、show、advise 和 packet --out 可以直接读取它。"
    ),
    # Packet verify: the packet's attachments against what its pages print.
    "packet_verify.attachment_unreadable": "材料包附带的 {name} 无法读取（{reason}）",
    "packet_verify.attachment_truncated": "数据不完整",
    "packet_verify.attachment_no_data": "附件没有内容",
    "packet_verify.attachment_filter": (
        "材料包附带的 {name} 使用了 DisputeKit 不会写入的编码 {filter}，无法核对"
    ),
    "packet_verify.attachment_twice": "材料包附带了两个 {name}，无法确定以哪个为准",
    "packet_verify.attachment_absent": "材料包没有附带 {name}",
    "packet_verify.attachment_hash_not_printed": (
        "材料包没有印出 {name} 的 SHA-256（由较早的版本生成），无法核对这个附件"
    ),
    "packet_verify.attachment_hash_differs": (
        "{name} 的 SHA-256 与材料包第 {page} 页印出的不同：附件在材料包生成后被改动过"
    ),
    "packet_verify.nothing_printed": (
        "材料包中找不到印出的证据完整性说明（各证据的 SHA-256），无法核对附带的清单"
    ),
    "packet_verify.printed_not_listed": "{path}：材料包印出了它的 SHA-256，但附带的清单里没有",
    "packet_verify.listed_not_printed": "{path}：附带的清单里有，但材料包没有印出它",
    "packet_verify.listed_differs": (
        "{path}：附带的清单写的 SHA-256（{listed}…）与材料包印出的不同（{printed}…）"
    ),
    "packet_verify.catalog_differs": "证据目录印出的 SHA-256 与证据完整性说明的不一致：{hashes}",
    "packet_verify.pictures_damaged": "材料包附带的 {name} 已损坏（{reason}）",
    "packet_verify.picture_not_embedded": "{path}：图片清单记录的第 {page} 页图片不在材料包中",
    "packet_verify.picture_differs": (
        "{path}：材料包第 {page} 页印出的图片不是由这个原件生成的（按原件重新生成的图片与它不同）"
    ),
    "packet_verify.picture_unlisted": "材料包第 {page} 页有图片不在附带的图片清单中",
    "packet_verify.picture_absent": "{path}：材料包里没有由这个原件生成的图片",
    "packet_verify.picture_unmade": "{path}：无法按原件重新生成图片来核对（{reason}）",
    "packet_verify.not_pdf": "{path} 无法作为 PDF 读取（{reason}）",
    "packet_verify.no_manifest": (
        "{path} 没有附带 {manifest}：它不是 DisputeKit 生成的材料包，"
        "或由尚未在材料包中附带清单的旧版本生成"
    ),
    "packet_verify.manifest_damaged": "材料包附带的 {manifest} 已损坏（{reason}）",
    "packet_verify.not_zip": "{path} 无法作为 zip 读取（{reason}）",
    "packet_verify.no_evidence": "找不到文件或文件夹 {path}",
}
