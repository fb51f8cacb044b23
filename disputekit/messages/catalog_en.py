"""The English catalog: the same codes and fields as `catalog_zh_CN`. Chinese platform terms
(the buttons a buyer clicks) and legal citations stay Chinese, as the buyer sees them."""

MESSAGES: dict[str, str] = {
    # advice steps (domain/advice_steps.py)
    "step.the_deadline": "the deadline",
    "step.quoted": "“{text}”",
    "step.gather": (
        "Complete the evidence: {names} (keep screenshots as original images; prefer official "
        "exports such as Alipay/WeChat Pay bills)"
    ),
    "step.contact.in_app": (
        "Contact the platform's built-in online customer service (chat or ticket) first; it "
        "usually answers faster than the phone line"
    ),
    "step.contact.hours": (
        "Contact customer service on working days 9–11 am or 2–4 pm, avoiding peak hours"
    ),
    "step.contact.social": (
        "If customer service does not answer for a long time, send a private message to the "
        "platform's official social media accounts (e.g. WeChat official account, Weibo)"
    ),
    "step.contact.keep_chat": (
        "Keep screenshots of the whole chat with customer service as evidence for later steps"
    ),
    "step.proof_request": (
        "Ask the platform in writing for proof of delivery (card-code generation records, top-up "
        "channel logs): in an e-commerce dispute the business must provide the original contract "
        "and transaction records ({law}). You can copy the message below to customer service"
    ),
    "step.cancel.pick": "; for this case choose “{problem}”",
    "step.cancel.find_order": (
        "Log in to the platform, open “个人中心” (My account) or “订单管理” (Orders), find order "
        "{order_no} and check that it is still “待发货” (pending delivery)"
    ),
    "step.cancel.click": (
        "Click “取消订单” (Cancel order) or “申请退款” (Request refund) and choose the reason that "
        "applies: {reasons}{pick}"
    ),
    "step.cancel.confirm": (
        "After submitting, check that the order shows “已取消” (cancelled) and take a screenshot; "
        "the refund usually returns to the original payment in {low}–{high} working days ({method})"
    ),
    "step.cancel.record": (
        "Record “Order cancelled” in the timeline so the refund deadline can be worked out"
    ),
    "step.cancel.instant": (
        "Instant top-ups may already have been delivered automatically: if the order now shows "
        "“已发货” (delivered), contact the platform's customer service instead"
    ),
    "step.cancel.fallback": (
        "If you cannot find the cancel button or cancelling fails, contact the platform's "
        "customer service (copy the message below)"
    ),
    "step.appeal_cancel.file": (
        "In the order details choose “订单申诉” (order appeal): say the order is still pending "
        "delivery, self-cancel is unavailable and customer service refused to cancel, and ask "
        "for the order to be cancelled and refunded to the original payment"
    ),
    "step.appeal_cancel.attach": (
        "Attach the order screenshot showing “待发货” (pending delivery), the payment record and "
        "the chat in which customer service refused"
    ),
    "step.appeal.record": (
        "Record “Appeal filed” in the timeline; the appeals team usually answers within 3–5 "
        "working days"
    ),
    "step.appeal.then_12315": (
        "If the appeal is rejected or not answered in time, complain to the market regulator "
        "(12315)"
    ),
    "step.not_received.check": (
        "First check in the game or phone account that nothing arrived, and screenshot the "
        "top-up record (proof of non-receipt)"
    ),
    "step.not_received.contact": (
        "Contact customer service with the order number, the reason and the proof of "
        "non-receipt (copy the message below)"
    ),
    "step.not_received.review": (
        "Customer service usually reviews within 1–24 hours; if the top-up is confirmed as "
        "missing, ask for the order to be cancelled and refunded to the original payment"
    ),
    "step.not_received.refused": (
        "If customer service refuses because the order was “delivered”, or does not answer "
        "within 24 hours, ask for proof of delivery and move on to a platform order appeal"
    ),
    "step.appeal_after_cs.file": (
        "In the order details choose “订单申诉” (order appeal) and attach the order screenshot, "
        "payment record, proof of non-receipt and the chat in which customer service refused"
    ),
    "step.appeal_after_cs.then_12315": (
        "If the platform cannot show valid proof of delivery, or the appeal is rejected or not "
        "answered in time, complain to the market regulator (12315)"
    ),
    "step.appeal_completed.file": (
        "In the order details choose “订单申诉” (order appeal), explain “{problem}” and upload "
        "the evidence"
    ),
    "step.appeal_completed.record": (
        "Record “Appeal filed” in the timeline; the appeals team usually answers within 3–5 "
        "working days, and a successful appeal can lead to a refund or re-delivery"
    ),
    "step.appeal_pending.wait": "Wait for the platform's appeal result, at the latest until {due}",
    "step.appeal_pending.record": (
        "When the result arrives, record “Appeal result” in the timeline and mark it favourable "
        "or unfavourable"
    ),
    "step.appeal_won.confirm": (
        "Contact customer service to confirm when the refund or re-delivery will happen (copy the "
        "message below)"
    ),
    "step.appeal_won.record": (
        "Once the platform promises a refund, record “Refund promised” in the timeline so the "
        "payment deadline can be worked out"
    ),
    "step.appeal_won.then_12315": (
        "When the money arrives, keep a screenshot of the refund record; if the platform does "
        "not follow through, complain to the market regulator (12315)"
    ),
    "step.goodwill.ask": (
        "Contact customer service, explain what happened and politely ask whether they will "
        "cancel or refund as a goodwill gesture (copy the message below); the platform has no "
        "legal duty to agree"
    ),
    "step.goodwill.record": (
        "Keep the chat; if the platform agrees, record “Refund promised” in the timeline"
    ),
    "step.cs_other.contact": (
        "Contact customer service, explain the problem and make a concrete request (copy the "
        "message below)"
    ),
    "step.cs_other.then_appeal": (
        "If customer service refuses or takes too long, submit the evidence through “订单申诉” "
        "(order appeal)"
    ),
    "step.refund_waiting.window": ", expected between {start} and {end}",
    "step.refund_waiting.wait": "Wait for the refund to return to the original payment{window}",
    "step.refund_waiting.check": (
        "When it is due, first check the {method} bill to see whether the money has arrived"
    ),
    "step.refund_waiting.record": (
        "When it arrives, record “Refund received” in the timeline and keep a screenshot of the "
        "refund record"
    ),
    "step.refund_waiting.late": (
        "If it is late, contact customer service to check the refund status"
    ),
    "step.refund_chase.check": (
        "Check the {method} bill, confirm the refund has not arrived and take a screenshot"
    ),
    "step.refund_chase.contact": (
        "Contact customer service to check the refund status and ask for it to be paid "
        "promptly, with the payment proof if needed (copy the message below)"
    ),
    "step.refund_chase.then_12315": (
        "If customer service refuses or takes too long, complain to the market regulator (12315)"
    ),
    "step.refund_done.compare": "Check that the refunded amount equals the amount paid",
    "step.refund_done.keep": (
        "Keep a screenshot of the refund record (evidence kind: refund record)"
    ),
    "step.cancelled_undated.record": (
        "Add “Order cancelled” with its time to the timeline so the refund deadline can be "
        "worked out"
    ),
    "step.cancelled_undated.check": "Check the {method} bill to see whether the refund arrived",
    "step.cancelled_undated.contact": (
        "If it has not, contact customer service to check the refund status (copy the message "
        "below)"
    ),
    "step.regulator_file.where": (
        "File the complaint on the national 12315 platform (website, app or mini program) or by "
        "calling 12315"
    ),
    "step.regulator_file.fields": (
        "Fill in the complainant's name, phone and postal address, the respondent's name and "
        "address, the concrete request and the facts ({law}); use the buyer's own phone and "
        "address"
    ),
    "step.regulator_file.upload": (
        "Upload the order screenshot, payment record, proof of the problem and the chat in which "
        "customer service refused; this app can build the complaint packet"
    ),
    "step.regulator_file.problems": "First resolve these acceptance problems: {problems}",
    "step.regulator_file.record": (
        "After filing, record “Complaint filed with 12315” in the timeline; the regulator must "
        "decide whether to accept it within 7 working days of receiving it ({law})"
    ),
    "step.regulator_refile.still": "This case still has: {problems}",
    "step.regulator_refile.complete": (
        "Check the notice of non-acceptance and add what was missing: the complainant's name, "
        "phone number and postal address, the respondent's name and address, the concrete "
        "request and the facts supporting it ({law})"
    ),
    "step.regulator_refile.resubmit": (
        "Then file again on the national 12315 platform and record “Complaint filed with 12315” "
        "in the timeline"
    ),
    "step.regulator_refile.again": (
        "If it is refused again, ask the consumer association to mediate or sue in a people's court"
    ),
    "step.regulator_waiting.wait": "Wait for the acceptance decision, at the latest until {due}",
    "step.regulator_waiting.late": (
        "If no decision arrives in time, call 12315 or check the progress on the national 12315 "
        "platform"
    ),
    "step.regulator_waiting.record": (
        "When the decision arrives, record “Complaint accepted” or “Complaint not accepted” in "
        "the timeline"
    ),
    "step.mediation.clock": "{label} until {due} ({basis})",
    "step.mediation.cooperate_until": "Cooperate with the regulator's mediation; {clocks}",
    "step.mediation.cooperate": "Cooperate with the regulator's mediation",
    "step.mediation.ends": (
        "If no mediation agreement is reached by the deadline, mediation ends; you can then ask "
        "the consumer association to mediate or sue in a people's court"
    ),
    "step.mediation.record": (
        "When mediation ends, record “Mediation result” in the timeline and mark it favourable "
        "or unfavourable"
    ),
    "step.mediation_ended.record": (
        "Record “Mediation result” (unfavourable) in the timeline and keep the regulator's "
        "notice that mediation ended (if received)"
    ),
    "step.mediation_ended.bring": (
        "Bring all the evidence and the record of the 12315 acceptance and mediation"
    ),
    "step.mediation_ended.court": (
        "If mediation fails you can sue in a people's court; the limitation period runs until "
        "{due} ({laws})"
    ),
    "step.association.file": (
        "Complain to the local consumer association and ask it to mediate ({law})"
    ),
    "step.association.bring": (
        "Bring all the evidence and the 12315 outcome (the notice of non-acceptance or of "
        "ended mediation)"
    ),
    "step.association.court": (
        "If mediation fails you can sue in a people's court; mind the three-year limitation "
        "period, which runs until {due} ({laws})"
    ),
    "step.barred.court_expired": (
        "If mediation fails you can sue in a people's court; the limitation period ended on "
        "{due} and the seller may rely on that, so consult a lawyer or legal aid before suing "
        "({laws})"
    ),
    "step.barred.court_open": (
        "If mediation fails you can sue in a people's court; the limitation period is not the "
        "12315 three-year bar: it restarts each time you demand performance or the seller agrees "
        "to perform, and currently runs until {due} ({laws})"
    ),
    "step.barred.no_12315": (
        "Do not complain to 12315 again: more than three years have passed since you learned of "
        "the harm, so it will not be accepted ({law})"
    ),
    "step.mediation_agreed.urge": (
        "Press the platform to refund or re-deliver as the mediation agreement says, and note "
        "the promised time"
    ),
    "step.mediation_agreed.record": (
        "When the money arrives, record “Refund received” in the timeline; if the platform does "
        "not comply, ask the consumer association to mediate or sue in a people's court"
    ),
    # channel reasons (domain/channel_rules.py)
    "reason.barred": (
        "More than three years have passed since you learned of the harm, so the market "
        "regulator will not accept a complaint ({basis}); do not complain to 12315 again. You "
        "can ask the consumer association to mediate or sue in a people's court (the limitation "
        "period is counted separately and is interrupted by a demand, {laws})"
    ),
    "reason.refile": (
        "12315 did not accept the complaint because materials were missing: complete them and "
        "file again ({laws})"
    ),
    "reason.rejected": (
        "12315 did not accept the complaint; you can ask the consumer association to mediate, "
        "and sue in a people's court if that fails ({law})"
    ),
    "reason.mediation_failed": (
        "The regulator's mediation reached no agreement; you can ask the consumer association "
        "to mediate or sue in a people's court ({law})"
    ),
    "reason.mediation_agreed": (
        "Mediation has a result: press the platform to refund or re-deliver as agreed, and "
        "record when the money arrives"
    ),
    "reason.period_60d": "60 days",
    "reason.period_45wd": "45 working days",
    "reason.mediation_ended": (
        "{period} have passed since the complaint was accepted without a mediation result: "
        "mediation has ended ({basis}). You can ask the consumer association to mediate, and "
        "sue in a people's court if that fails ({law})"
    ),
    "reason.mediating": (
        "12315 accepted the complaint and is mediating: cooperate with the regulator and wait "
        "for the result"
    ),
    "reason.acceptance_late": (
        "More than 7 working days have passed without an acceptance decision ({basis}); call "
        "12315 or check the progress on the national 12315 platform"
    ),
    "reason.acceptance_waiting": (
        "Complaint filed with 12315: the regulator must decide within 7 working days whether to "
        "accept it ({basis})"
    ),
    "reason.appeal_lost": (
        "The platform rejected the appeal; you can complain to the market regulator (12315)"
    ),
    "reason.appeal_won": (
        "The platform appeal has a result: follow up until the refund or re-delivery happens"
    ),
    "reason.appeal_late": (
        "The platform has not answered the appeal within 5 working days; you can complain to "
        "the market regulator (12315)"
    ),
    "reason.appeal_pending": (
        "Appeal filed with the platform; the appeals team usually answers within 3–5 working days"
    ),
    "reason.refund_done": "The refund has arrived: check the amount and keep the refund record",
    "reason.refund_waiting": (
        "Refund in progress: third-party payments usually return in 1–3 working days, bank "
        "cards in 3–7 working days; wait for the money to arrive"
    ),
    "reason.refund_refused": (
        "The refund is overdue and customer service refused or has not answered for a long "
        "time; you can complain to the market regulator (12315)"
    ),
    "reason.refund_late": (
        "The refund deadline has passed without the money arriving: contact customer service to "
        "check the refund status and ask for prompt payment"
    ),
    "reason.cancel_refused": (
        "The order has not been delivered, but cancelling yourself failed and customer service "
        "refused to cancel or has not answered for 24 hours: use “订单申诉” (order appeal) to ask "
        "for cancellation and a refund to the original payment"
    ),
    "reason.cancel_self": (
        "The order has not been delivered yet; most platforms let you cancel it yourself under "
        "Orders, and the money returns to the original payment"
    ),
    "reason.cancelled_undated": (
        "The order is cancelled, but the timeline has no “Order cancelled” event: add when it "
        "was cancelled so the refund deadline can be worked out"
    ),
    "reason.appeal_completed": (
        "The order is completed but has “{problem}”, a wrong item or a platform violation: "
        "submit the evidence through “订单申诉” (order appeal)"
    ),
    "reason.auto_renewal": (
        "The order is completed but has “{problem}”, a wrong item or a platform violation: "
        "submit the evidence through “订单申诉” (order appeal); a business that uses automatic "
        "renewal must draw the consumer's attention to it prominently ({law})"
    ),
    "reason.goodwill": (
        "The order is completed and the goods were delivered; digital goods delivered online "
        "are not covered by no-reason returns ({laws}), so you can only explain the situation "
        "to customer service and ask for goodwill"
    ),
    "reason.completed_refused": (
        "The order is completed, the problem is “{problem}”, and customer service refused or has "
        "not answered for 24 hours: submit the evidence through “订单申诉” (order appeal) and ask "
        "the platform to act"
    ),
    "reason.completed_other": (
        "The order is completed and the problem is “{problem}”: first contact customer service, "
        "explain and ask them to act"
    ),
    "reason.not_received_refused": (
        "Customer service refused or has not answered for 24 hours: move on to a platform order "
        "appeal and ask the platform in writing for proof of delivery (card-code generation "
        "records, top-up channel logs); in a dispute the business must provide the original "
        "contract and transaction records ({law})"
    ),
    "reason.not_received": (
        "The platform shows the order as delivered but nothing arrived; you cannot cancel "
        "yourself, so customer service must review it by hand (usually 1–24 hours)"
    ),
    # warnings (domain/advice_warnings.py)
    "warning.not_legal_advice": (
        "This app only helps organise facts, evidence and deadlines; it is not legal advice. "
        "The platform's rules and the authorities' decisions prevail"
    ),
    "warning.credit_score": (
        "Cancelling orders often may lower your credit score on the platform; some platforms "
        "stop users who cancel too often from ordering"
    ),
    "warning.flash_sale": (
        "Flash-sale and discounted goods may limit cancelling (e.g. only once); check the "
        "platform's help centre or user agreement first"
    ),
    "warning.flash_sale_used": (
        "This order has already been cancelled once; the cancellations allowed for flash-sale or "
        "discounted goods may be used up"
    ),
    "warning.instant_delivery": (
        "Instant top-ups ship very fast and may be delivered automatically before you cancel; "
        "once delivered you cannot cancel yourself, and the channel becomes the platform's "
        "customer service"
    ),
    "warning.return_myth": (
        "The popular claim of a “7-day no-reason return after receipt” does not apply to card "
        "codes, top-ups and other digital goods already delivered online ({law}; {rule}); do not "
        "rely on it in an appeal"
    ),
    "warning.bar_passed": (
        "The three-year period for a 12315 complaint ended on {due} ({basis}); the market "
        "regulator no longer accepts it. {tail}"
    ),
    "warning.bar_near": (
        "The three-year period for a 12315 complaint ends on {due} ({basis}); file by that day "
        "(included), after it the market regulator will not accept it. {tail}"
    ),
    "warning.limitation_passed": (
        "The limitation period ran out on {due} ({law}): a demand to the business after that "
        "does not restart it, and the business may refuse to perform; if it agrees to perform "
        "after that, it may no longer rely on the expiry ({after}). Consult a lawyer or legal aid "
        "before suing"
    ),
    "warning.limitation_near": (
        "The limitation period ends on {due} ({law}); a demand for performance to the business, "
        "or its agreeing to perform, interrupts the period and restarts it ({restart})"
    ),
    "warning.calendar_incomplete": "the calendar data is incomplete",
    "warning.estimated": (
        "These deadlines are estimates ({labels}): {reason}; you can add make-up workdays or "
        "days off in the calendar settings"
    ),
    # advice that holds on every date (12315 bar, procedures, the buyer's own choice)
    "step.cancel_failed.contact": (
        "The self-cancel did not go through: ask platform customer service to cancel order "
        "{order_no} by hand and refund it to the original payment method (copy the message below)"
    ),
    "step.cancel_failed.record": (
        "Keep a screenshot of the failed cancel; when customer service answers, log "
        "“Customer service replied” or “Customer service refused”"
    ),
    "step.cancel_failed.then_appeal": (
        "If customer service refuses or does not answer within 24 hours, file an order appeal "
        "asking to cancel the order and refund it"
    ),
    "step.delivery.ask": (
        "Contact customer service and ask for the order to be delivered (credited) as agreed; a "
        "business that has not supplied as agreed must perform or refund as the consumer asks, "
        "and you ask for performance ({laws}). Copy the message below"
    ),
    "step.delivery.record": (
        "Keep the chat; log when the platform promises delivery, and screenshot the top-up "
        "record once it arrives"
    ),
    "step.delivery.then_appeal": (
        "If customer service refuses or does not answer within 24 hours, file an order appeal "
        "asking for delivery; only if it truly cannot be delivered, ask for a refund"
    ),
    "step.not_received.contact_completed": (
        "Contact customer service with the order number, what went wrong (the order shows "
        "completed but nothing arrived) and proof it was not received (copy the message below)"
    ),
    "step.not_received.contact_delivery": (
        "Contact customer service with the order number and proof it was not received, and ask "
        "for the goods to be delivered or credited as ordered (copy the message below)"
    ),
    "step.not_received.review_delivery": (
        "Customer service usually reviews within 1–24 hours; if it was not credited, ask for the "
        "goods to be delivered or credited as ordered (a refund only if that cannot be done)"
    ),
    "step.then_no_12315": "If the platform does not resolve it: {routes} ({why})",
    "step.closed.bar": (
        "the 12315 three-year period has passed and the regulator will not accept it, {law}"
    ),
    "step.closed.handled": (
        "12315 has already handled this dispute and will not take it again, {law}"
    ),
    "step.bar.by": "file by {nominal} at the latest (that day included)",
    "step.bar.by_moved": (
        "file by {nominal} at the latest (that day included); it is a rest day, and whether {law} "
        "moves the last day to {moved} is not settled, so filing on {moved} may only possibly "
        "still be accepted"
    ),
    "step.bar.grace_today": (
        "the last day as written, {nominal}, has passed; it was a rest day, and whether {law} "
        "moves it to {moved} is not settled: file today, a complaint made by {moved} may still be "
        "accepted"
    ),
    "step.bar.file_by": "The three-year period for a 12315 complaint: {by} ({basis})",
    "step.file_12315_now": (
        "Complain to the market regulator (12315) now, without waiting for the appeal result: "
        "the three-year period ends — {by} — before the appeal result is due on {appeal} "
        "({basis}); the appeal can go on at the same time"
    ),
    "step.bar.in_time": (
        "This complaint was made on {filed}, within the three-year period (last day {last}): it "
        "stays valid while it is accepted and mediated, and is not refused or ended because that "
        "day has now passed"
    ),
    "step.mediation.earlier": "Both periods apply; the earlier one, {label} ({due}), is the limit",
    "step.already_handled.no_12315": (
        "Do not complain to 12315 again: a dispute the market regulator or a consumer "
        "association has already accepted or handled is not accepted ({law})"
    ),
    "step.log_refusal": (
        "Attached evidence {item} shows customer service refusing, but the timeline has no "
        "“{event}”: log when they refused, so the advice can move on"
    ),
    "step.log_refund": (
        "Attached evidence {item} is a refund record, but the timeline has no “{event}”: log when "
        "the refund arrived and how much"
    ),
    "step.minor.guardian": (
        "The buyer was under 18 on the order day ({age}), a minor: the guardian, as legal "
        "representative, files the complaint, asks for mediation or sues for them ({laws})"
    ),
    "step.minor.not_ratified": (
        "You can argue that the purchase was beyond the child's age and understanding and was not "
        "consented to or ratified by the legal representative, so it is not effective, and ask "
        "for the money back ({laws})"
    ),
    "step.minor.under_8": (
        "A child under eight acts through the legal representative ({law}): you can argue the "
        "purchase was not made with the legal representative's consent and ask for the money back"
    ),
    "reason.barred_expired": (
        "More than three years have passed since you learned of the harm, so the market "
        "regulator will not accept a complaint ({basis}); do not complain to 12315 again. You can "
        "ask the consumer association to mediate or sue in a people's court. The limitation "
        "period is a separate clock, but it has run out too: a demand after that does not restart "
        "it, only the business agreeing to perform counts ({laws})"
    ),
    "reason.delivery_wanted": (
        "The order has not shipped and you want delivery, not a refund: ask customer service to "
        "deliver as agreed ({laws})"
    ),
    "reason.cancel_failed": (
        "The order has not shipped, but the self-cancel did not go through ({note}): ask customer "
        "service to cancel it by hand and refund it; if they refuse, file an order appeal"
    ),
    "reason.proof_unanswered": (
        "You asked the platform for proof of delivery and had no answer by {due}: file an order "
        "appeal; in a dispute the business must provide the original contract and transaction "
        "records ({law})"
    ),
    "reason.not_received_completed": (
        "The order shows completed but nothing arrived: ask customer service to check by hand "
        "(usually 1–24 hours)"
    ),
    "warning.bar_grace": (
        "Counted as written, the three-year period for a 12315 complaint ended on {due} "
        "({basis}); that day is a rest day, and whether the last day moves ({law}) is not settled, "
        "so a complaint made on {moved} may still be accepted: file today"
    ),
    "warning.bar_tail": (
        "This does not affect consumer-association mediation or a lawsuit; the limitation period "
        "is counted separately"
    ),
    "warning.bar_tail_expired": (
        "The limitation period is a separate clock and has run out too (see the next warning)"
    ),
    # Platform periods kept apart from legal deadlines (不再提醒).
    "deadline.not_dismissable": "“{name}” is a legal deadline; it cannot be dismissed.",
    "deadline.bar.moved": (
        "{rule}; the last day as written is {nominal}, a rest day, and whether {law} moves it to "
        "{moved} is not settled: file by {nominal}"
    ),
    "deadline.bar.old_filing": (
        "{rule}. This complaint was made on {filed} under the rules of that day; a new complaint "
        "made now falls under {basis}"
    ),
    "deadline.proof_reply.rule": (
        "An answer within {hours} hours of asking for proof of delivery (the guide's 1–24 hours "
        "for a customer-service review); unanswered, go on to the order appeal"
    ),
    "deadline.limitation.restarted": (
        "{how}; the {years} years run afresh from that day (counted from the next day; a last "
        "day on a rest day moves to the next working day)"
    ),
    "deadline.limitation.demand": (
        "“{event}” on {day}: a demand for performance to the business interrupts the limitation, "
        "counted from the day it reached the business ({reached})"
    ),
    "deadline.limitation.judgement": (
        "{rule} (a judgement call: “{shop}” is a separate shop on the platform, and whether an "
        "appeal to the platform counts as a demand to the shop may be disputed)"
    ),
    "deadline.limitation.agreed": (
        "“{event}” on {day}: the business agreed to perform, which interrupts the limitation"
    ),
    "deadline.limitation.after_expiry": (
        "The limitation period ran out on {expired}; {rule}, and a business that agrees to "
        "perform after that may no longer rely on the expiry"
    ),
    "deadline.limitation.procedure_ended": (
        "“{event}” on {day} interrupted the limitation; that procedure ended on {end_day} "
        "(“{end_event}”), and the new three years run from its end"
    ),
    "deadline.limitation.procedure_pending": (
        "“{event}” on {day} interrupted the limitation, and the new three years run from the end "
        "of the procedure (agreement, termination or refusal); no end is logged yet, so this is "
        "estimated from the last day of the {period}, {end_day}"
    ),
    "deadline.limitation.procedure_open": (
        "“{event}” on {day} interrupted the limitation, and the new three years run from the end "
        "of the procedure; no end is logged yet, so this is estimated from the request day "
        "(the real date is later)"
    ),
    "deadline.limitation.pending_estimate": (
        "the procedure has not ended yet; log its end to count it exactly"
    ),
    "route.by_12315": "The market regulator (12315)",
    "route.by_association": "A consumer association",
    "route.already_handled": (
        "{who} has already accepted or handled this dispute, so 12315 will not accept a new "
        "complaint ({law}); next: {routes}"
    ),
    # 12315 acceptance (domain/eligibility.py)
    "field.complainant.name": "the complainant's name",
    "field.complainant.phone": "the complainant's phone number",
    "field.complainant.address": "the complainant's postal address",
    "field.respondent.company": "the respondent's name",
    "field.respondent.address": "the respondent's address",
    "eligibility.missing_fields": "The complaint is incomplete; missing: {labels} ({laws})",
    "eligibility.agent_named": "the agent {name}",
    "eligibility.agent": "the agent",
    "eligibility.authorization": (
        "Filed by {who} on the buyer's behalf: attach the original power of attorney "
        "(授权委托书) signed by the complainant, stating the matters, powers and term, and the "
        "agent's proof of identity ({law})"
    ),
    "eligibility.barred": (
        "More than three years have passed since the harm was known (the 12315 complaint period "
        "ended on {last}), so the market regulator will not accept it ({basis}); this does not "
        "affect consumer-association mediation or a lawsuit in a people's court, whose "
        "limitation period is counted separately ({laws})"
    ),
    # shared contact details (domain/contact_check.py)
    "contact.same_as_filer": (
        "The complainant's phone number is the same as the agent {name}'s own number"
    ),
    "contact.other_case": "{case} ({name})",
    "contact.field.phone": "phone number",
    "contact.field.address": "postal address",
    "contact.shared": (
        "The complainant's {field} also appears in other complainants' cases: {cases}"
    ),
    "contact.warning": (
        "{found}. Complaints from several people with the same phone number or postal address "
        "may be judged not to be a genuine consumer dispute ({law}). Each buyer should give "
        "their own phone and address; a volunteer files as the agent with a power of attorney "
        "({agent_law}) and never enters their own contact details as the complainant's."
    ),
    # which regulator (domain/jurisdiction.py)
    "jurisdiction.where": " ({address})",
    "jurisdiction.where_unknown": " (respondent's address not filled in: find it out first)",
    "jurisdiction.platform_where_unknown": (
        " (the platform's domicile is not filled in: find it out first)"
    ),
    "jurisdiction.the_platform": "the platform",
    "jurisdiction.the_respondent": "the respondent",
    "jurisdiction.shop": " “{shop}”",
    "jurisdiction.shop_published": (
        "Jurisdiction: a complaint about the seller{shop} inside the platform goes to the "
        "county-level market regulator where the address it publishes on the platform "
        "({published}) lies, or where {platform} is domiciled{where} ({law})"
    ),
    "jurisdiction.shop_unpublished": (
        "Jurisdiction: the seller{shop} inside the platform has no published address filled in, "
        "so the complaint goes to the county-level market regulator where {platform} is "
        "domiciled{where}; if the shop publishes an address on the platform, the regulator "
        "there may also handle it ({law})"
    ),
    "jurisdiction.respondent": (
        "Jurisdiction: the complaint goes to the county-level market regulator where {name} is "
        "domiciled{where} ({law})"
    ),
    # deadline rules (domain/deadline_rules.py, deadline_statutory.py, legal.py, calendar.py)
    "deadline.guide_basis": (
        "Card-shop (卡盟) order-cancelling guide: platform practice, not a legal deadline"
    ),
    "deadline.promise_basis": "The seller's promise (the date the seller promised)",
    "deadline.refund_promised.rule": "The seller promised the refund would arrive by {due}",
    "deadline.refund.after_cancel": "After the order was cancelled, ",
    "deadline.refund.after_promise": "After customer service promised a refund, ",
    "deadline.refund.rule": (
        "{after}the refund arrives within {high} working days ({method}; the guide says "
        "{low}–{high} working days)"
    ),
    "deadline.cs_review.rule": (
        "Customer service reviews and answers within {hours} hours of contact (the guide says "
        "1–24 hours)"
    ),
    "deadline.appeal_result.rule": (
        "The appeal result comes within {days} working days of filing (the guide says 3–5 "
        "working days)"
    ),
    "deadline.since.known": "the day the harm became known",
    "deadline.since.ordered": "the order day (no date the harm became known is filled in)",
    "deadline.bar.rule": "{years} years from {since}. {rule}",
    "deadline.limitation.rule": (
        "{years} years from {since} (counted from the next day; a last day on a rest day moves "
        "to the next working day)"
    ),
    "calendar.year": "{year}",
    "calendar.not_published": (
        "the public holidays of {years} are not published yet, so the usual rules are assumed"
    ),
    "calendar.not_covered": (
        "the public holidays of {years} are not in the calendar data, so the usual rules are "
        "assumed"
    ),
    "calendar.estimate_reasons": "{parts}",
    # what blocks a final packet (packet/preflight.py)
    "preflight.missing": "Missing: {what} ({law})",
    "preflight.no_claims": "Missing: the concrete request of the complaint ({law})",
    "preflight.no_events": (
        "Missing: the facts of the consumer dispute; record at least one event ({law})"
    ),
    "preflight.no_order_no": "Missing: the order number",
    "preflight.no_agent_detail": (
        "A complaint filed on someone's behalf must give the agent's {what} ({law})"
    ),
    "preflight.agent.name": "name",
    "preflight.agent.phone": "phone number",
    "preflight.event_in_future": "An event is later than the packet date: please check it",
    "preflight.missing_glyph": (
        "The character “{char}” ({codepoint}) is not in the font and cannot be shown; rewrite "
        "or delete it"
    ),
    # evidence files refused at intake (store/intake_errors.py)
    "intake.empty": "{name} is empty (0 bytes); nothing to keep as evidence.",
    "intake.not_image": "{name} is not a picture or a PDF{detail}.",
    "intake.truncated": (
        "{name} is incomplete: {detail} (it was probably cut off while copying or downloading; "
        "take the screenshot or download again)."
    ),
    "intake.too_large": "{name} is too large to open safely: {detail}.",
    "intake.unsupported": (
        "{name} is {detail}, which DisputeKit does not accept; save it as PNG, JPEG or PDF."
    ),
    "intake.heic_plugin_missing": (
        "{name} is a HEIC photo; install HEIC support with `pip install pillow-heif` (or "
        "export the photo as JPEG)."
    ),
    "intake.unreadable": "{name} could not be read: {detail}.",
    # What a packet files as fact: amount, order time, 统一社会信用代码, withheld originals
    # (domain/credit_code.py, packet/preflight.py)
    "credit_code.charset": (
        "Characters a unified social credit code does not use: {chars} (only digits and capital"
        " letters, never I, O, Z, S, V)"
    ),
    "credit_code.length": "A unified social credit code has 18 characters, this one {length}",
    "credit_code.check": (
        "The check character does not match (the first 17 give {expected}); a character may be"
        " mistyped, please check"
    ),
    "preflight.no_amount": "The amount paid is ¥0.00: enter what was actually paid",
    "preflight.no_ordered_at": "The order time is missing",
    "preflight.credit_code_invalid": (
        "The unified social credit code is wrong: {problem}. A wrong code is worse than none;"
        " check it or clear it"
    ),
    "preflight.withheld_only": (
        "The event \u201c{kind}\u201d of {at} links only withheld originals, so the packet shows it"
        " without evidence: link the redacted copy instead"
    ),
    # 公民身份号码 checks (domain/id_number.py)
    "id_number.length": "The ID number must have 18 characters (17 digits and a digit or X)",
    "id_number.checksum": (
        "The ID number's check digit does not match; a digit may be mistyped, please check"
    ),
    "id_number.birth_date": (
        "The birth date does not match {digits} in the ID number; please check"
    ),
    "id_number.gender": (
        "The gender does not match the ID number (which says {expected}); please check"
    ),
    # packet kinds' own checks (packet/kind_checks.py)
    "preflight.missing_because": "Missing: {what} ({why})",
    "preflight.missing_plain": "Missing: {what}",
    "kind_check.association.name": "the applicant's name",
    "kind_check.association.phone": "the applicant's phone number",
    "kind_check.association.address": "the applicant's postal address",
    "kind_check.association.company": "the respondent's name",
    "kind_check.association.respondent_address": "the respondent's address",
    "kind_check.association.claims": (
        "the mediation request (refund amount, delivery or other requests)"
    ),
    "kind_check.civil.name": "the plaintiff's name",
    "kind_check.civil.gender": "the plaintiff's gender",
    "kind_check.civil.birth_date": "the plaintiff's date of birth",
    "kind_check.civil.id_number": "the plaintiff's citizen ID number",
    "kind_check.civil.address": "the plaintiff's domicile",
    "kind_check.civil.phone": "the plaintiff's phone number",
    "kind_check.civil.company": "the defendant's name (the seller's or platform's company name)",
    "kind_check.civil.credit_code": "the defendant's unified social credit code",
    "kind_check.civil.respondent_address": "the defendant's domicile",
    "kind_check.civil.claims": "the claims (refund amount, delivery or other requests)",
    "kind_check.why.association": "the consumer association needs it to contact both sides",
    "kind_check.why.plaintiff": "a statement of claim must give the plaintiff's identity",
    "kind_check.why.defendant": (
        "a suit needs a definite defendant; ask the platform for the seller's real name and address"
    ),
    "kind_check.association.no_events": "Missing: how the dispute went; record at least one event",
    "kind_check.civil.credit_code_invalid": (
        "The defendant's unified social credit code must have 18 characters (digits and capital"
        " letters); please check"
    ),
    "kind_check.civil.no_events": "Missing: the facts; record at least one event",
    # who acts and what is claimed (packet/party_checks.py)
    "party_check.guardian.name": "the guardian's (legal representative's) name",
    "party_check.guardian.phone": "the guardian's (legal representative's) phone",
    "party_check.guardian.id_number": "the guardian's (legal representative's) ID number",
    "party_check.guardian_missing": (
        "Missing: {what}. The buyer was under 18 on the order day, so the guardian complains, "
        "applies or sues for them as legal representative "
        "(《中华人民共和国民法典》第二十三条, 《中华人民共和国民事诉讼法》第六十条)"
    ),
    "party_check.fraud_without_facts": (
        "Triple damages need facts of fraud by the seller "
        "(《中华人民共和国消费者权益保护法》第五十五条), "
        "which this case does not record: drop the claim, or record the fraud (e.g. an invalid "
        "card code)"
    ),
    "party_check.void_not_minor": (
        '"The purchase is void" applies only to a buyer under 18 on the order day whose '
        "guardian did not consent or ratify (《中华人民共和国民法典》第一百四十五条): enter the "
        "buyer's date of birth or drop the claim"
    ),
    "party_check.void_and_delivery": (
        "A claim that the purchase is void cannot stand beside a claim to deliver under the "
        "same contract: their bases contradict each other, keep only one"
    ),
    "party_check.agent_ineligible": (
        "This person cannot be the agent in court: it must be a lawyer, a basic-level legal "
        "service worker, a close relative or employee of the party, or a citizen recommended by "
        "the party's community, employer or a social organisation "
        "(《中华人民共和国民事诉讼法》第六十一条); a volunteer only through such a recommendation"
    ),
    "party_check.agent_no_recommender": (
        "Enter the community, employer or social organisation that recommends this citizen as "
        "agent (《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第八十七条、第八十八条)"
    ),
    # store errors (store/db_errors.py and the store's exceptions)
    "store.locked": (
        "The database is in use by another program: {path}. Close the other program or window "
        "using it and try again; nothing was changed."
    ),
    "store.read_only": (
        "Cannot write {path}: the data folder is read-only (a write-protected disk or a "
        "missing permission). Reading still works; nothing was changed."
    ),
    "store.full": (
        "The disk is full: {path} could not be written. Free some space and try again; "
        "what was stored before is unchanged."
    ),
    "store.damaged": (
        "{path} is damaged or is not a DisputeKit database (SQLite: {sqlite}). This open left "
        "it as it was; the copies taken before each upgrade are in {backups}."
    ),
    # a zero-length database beside a vault with evidence (store/store.py)
    "store.emptied": (
        "{path} is empty (0 bytes) while the evidence vault {vault} still holds files: the "
        "database is damaged (an interrupted copy or sync?) and is not re-created as a new, "
        "empty one. Nothing was changed; restore the file from a backup (the copies taken "
        "before each upgrade are in {backups})"
    ),
    # an update from a bundle older than the stored case (store/bundle_age.py)
    "bundle.older_than_stored": (
        "{name} was exported on {exported} (Asia/Shanghai), before case {case_id} was last "
        "changed on {changed} (Asia/Shanghai): updating from it would undo those changes. "
        "Nothing was changed; to overwrite with the older version anyway, add --force"
    ),
    # a data folder that already holds other things (store/store.py)
    "store.foreign_folder": (
        "{folder} already holds other files ({names}) and is not a DisputeKit data folder. "
        "DisputeKit makes its data folder private to you, so it cannot share a folder with "
        "other things; nothing was changed. Give a new or empty folder (e.g. a DisputeKit "
        "folder inside it)"
    ),
    # a stored case whose row cannot be read back (store/case_list.py)
    "store.case_damaged": (
        "The data of case {case_id} is damaged and cannot be read; the other cases are not "
        "affected. Restore it from a bundle exported earlier (import it as an update) or "
        "from a backup"
    ),
    "store.case_damaged_mark": "[damaged data]",
    # a read-only data folder that cannot be opened as it is (store/store.py, migrations.py)
    "store.read_only_empty": (
        "{folder} is read-only and holds no DisputeKit database ({name}); nothing was changed"
    ),
    "store.read_only_wal": (
        "{path} was not closed cleanly and its latest changes are still in {wal}, which "
        "cannot be applied on a read-only folder. Copy the folder somewhere writable and open "
        "it there; nothing was changed."
    ),
    "store.read_only_version": (
        "{path} is at schema version {version}; this DisputeKit reads version {latest} and "
        "cannot upgrade a database on a read-only folder. Copy the folder somewhere writable, "
        "or use the DisputeKit that wrote it; nothing was changed."
    ),
    "store.newer_schema": (
        "the database is at schema version {version}, newer than this DisputeKit understands "
        "({latest}); install a newer DisputeKit. Nothing was changed"
    ),
    "store.cannot_open": "Cannot open {path} (SQLite: {sqlite}); nothing was changed",
    "store.unusable": "Could not use the database {path} (SQLite: {sqlite})",
    "store.case_not_found": "No case with id {case_id}",
    "store.case_gone": "Case {case_id} was deleted after the list was made",
    "store.evidence_not_found": "No evidence item {evidence} in case {case_id}",
    "store.already_stored": "Already stored as case {case_id}",
    # loading a case for a command (app/case_loading.py); the reasons follow, one a line
    "case_load.unreadable": "Cannot read {target}: {reason}",
    "case_load.invalid": "{target} is not a valid case file:",
    "case_load.evidence_outside": "{target}: evidence files must stay in its folder:",
    "case_load.no_store": "No case store in {folder}; pass a case JSON file instead",
    "case_load.not_found": "No case with id {case_id} in {folder}",
    # screen recordings and their key frames (video/)
    "frames.not_recording": "“{name}” is not a screen recording (MP4, MOV or WebM video)",
    "video.unavailable": (
        "Key frames need the optional video component (PyAV): {hint}, or run scripts/setup "
        "again. The recording itself is kept as evidence"
    ),
    "video.no_picture": "“{name}” holds no video picture",
    "video.too_many_pixels": (
        "“{name}” claims a picture of {size}, too large for a real recording; not opened"
    ),
    "video.damaged": (
        "“{name}” cannot be decoded: the recording is damaged or incomplete ({detail})"
    ),
    "video.no_frames": "“{name}” holds no picture that can be decoded",
    "video.too_long": (
        "“{name}” runs {length}, longer than the {limit} key frames are taken from; the "
        "recording is kept as evidence as it is. Record a shorter clip of the steps that matter "
        "on the phone, then take its key frames"
    ),
    "video.cancelled": "Key frame extraction cancelled; no picture was kept",
    "video.capped": "The limit of {count} key frames was reached; nothing after {at} was taken",
    # the names of the case fields read off an exhibit (domain/case/field_labels.py): the OCR
    # proposals and the packet's note on where a value came from
    "source_field.order.order_no": "Order number",
    "source_field.order.transaction_no": "Payment transaction number",
    "source_field.order.amount_paid": "Amount paid",
    "source_field.order.ordered_at": "Order time",
    "source_field.respondent.platform": "Platform name",
    "source_field.respondent.company": "Company",
    # case JSON validation (domain/json_reader.py, case_reader.py, case_json.py)
    "json.at": "{path}: {problem}",
    "json.missing": "is missing",
    "json.empty": "is empty",
    "json.not_object": "must be an object, not {kind}",
    "json.not_text": "must be text, not {kind}",
    "json.not_list": "must be a list, not {kind}",
    "json.not_instant_text": "must be an ISO 8601 date-time string, not {kind}",
    "json.kind.object": "an object",
    "json.kind.list": "a list",
    "json.kind.text": "text",
    "json.kind.bool": "true/false",
    "json.kind.number": "a number",
    "json.kind.null": "null",
    "json.too_long": "is {length} characters long; at most {limit} are allowed",
    "json.too_many": "has {count} entries; at most {limit}",
    "json.not_one_of": "{value} is not one of: {allowed}",
    # dates far outside any dispute (domain/timeutil.py)
    "json.year_out_of_range": "{value}: the year is not between {first} and {last}",
    "json.not_instant": "{value} is not a valid date and time (ISO 8601)",
    "json.no_offset": "{value} has no UTC offset (write e.g. +08:00)",
    "json.not_date": "{value} is not a date (YYYY-MM-DD)",
    "json.not_bool": "must be true or false, not {value}",
    "json.not_whole": "must be a whole number, not {value}",
    "json.out_of_range": "{value} is out of range ({low} to {high})",
    "json.not_seconds": "must be a number of seconds (0 or more), not {value}",
    "json.not_sha256": "{value} is not a SHA-256 (64 hex digits)",
    "json.not_id_number": "must be an 18-character ID number (17 digits, then a digit or X)",
    "json.not_evidence_id": "must be an evidence id, not {kind}",
    "json.duplicate_event": "{value} is used by another event",
    "json.duplicate_evidence": "{value} is used by another evidence item",
    "json.duplicate_item": "{value} is used by another item",
    "json.unknown_evidence": "{value} names no evidence item",
    "json.surrogate": (
        "contains a lone surrogate (an escape such as \\ud800), which is not valid text"
    ),
    "json.key_surrogate": (
        "the key contains a lone surrogate (an escape such as \\ud800), which is not valid text"
    ),
    "json.too_deep": "is nested more than {levels} levels deep",
    "json.nested_too_deeply": "the JSON is nested too deeply",
    "json.not_document": "the document must be a JSON object",
    "json.format_missing": "is missing (expected {expected})",
    "json.format_unsupported": "{value} is not supported (expected {expected})",
    "json.broken": "not valid JSON: {reason} (line {line}, column {column})",
    "json.not_utf8": "not UTF-8 text: {reason}",
    "json.constant": "{name} is not allowed in a case file",
    "json.sources.not_object": "must be an object keyed by field path",
    "json.sources.entry": "must be an object",
    "json.sources.evidence": "must be an evidence id",
    "json.sources.box": "must be [x, y, width, height] in whole pixels",
    "json.sources.value": "must be the confirmed value as text",
    # amounts of money (domain/money.py)
    "money.empty": "is empty",
    "money.bool": "{value} is true/false, not an amount",
    "money.float": "{value} is a floating-point number; write the amount as a string",
    "money.not_number": "{value} is not a number (write e.g. 98.50 or 1,234.50)",
    "money.not_amount": "{value} is not an amount (expected a decimal string)",
    "money.not_finite": "{value} is not a finite number",
    "money.negative": "{value} is negative",
    "money.too_large": "{value} is too large (at most {most})",
    "money.decimals": "{value} has more than two decimal places",
    # case bundles (store/bundle.py, bag_check.py, zip_safety.py)
    "bundle.not_bundle": "not a DisputeKit bundle",
    "bundle.not_bag": "bagit.txt is missing: this is not a BagIt bag",
    "bundle.export_failed": "cannot export case {case_id}",
    "bundle.vault_copy_damaged": "the vault copy of {file} ({sha256}) is damaged or missing",
    "bundle.unreadable_zip": "{name} is not a readable zip file ({reason})",
    "bundle.unsafe": "{name} is not safe to open",
    "bundle.failed_verification": "{name} failed verification",
    "bundle.damaged_since": "damaged: {reason}",
    "bundle.case_too_large": "{name} is too large for a case file",
    "bundle.invalid_case": "{name} is not a valid case file",
    "bundle.unreadable": "{name} cannot be read ({reason})",
    "bundle.evidence_unusable": "{name}: evidence files are not usable",
    "bundle.evidence_refused": "evidence files refused",
    "bundle.evidence_not_stored": "evidence files could not be stored",
    "bundle.damaged": "damaged: {name} ({reason})",
    "bundle.too_large": "{name} is too large ({size} bytes)",
    "bundle.manifest_line": "{name} line {line} is not 'SHA-256  path'",
    "bundle.manifest_unsafe": "{name} line {line}: unsafe path {path}",
    "bundle.missing": "missing: {path}",
    "bundle.missing_listed": "missing: {path} (listed in {manifest})",
    "bundle.missing_file_of": "missing: {path} (the file of {label})",
    "bundle.altered_listed": "altered: {path} (its SHA-256 differs from {manifest})",
    "bundle.altered_file_of": "altered: {path} (SHA-256 differs from {label}.sha256)",
    "bundle.extra": "extra: {path} (not listed in {manifest})",
    "bundle.no_version": "bagit.txt is missing or has no BagIt-Version",
    "bundle.file_missing": "{name} is missing",
    "bundle.tag_unlisted": "{manifest} does not list {tag}",
    "bundle.no_tag_manifest": "{name} is missing: the tag files cannot be checked",
    "bundle.not_bundle_path": "{label}.file {file} is not a bundle path",
    "zip.member": "member {name}: {problem}",
    "zip.too_many_members": "the zip has {count} members; at most {most}",
    "zip.too_large": "the zip unpacks to {size}, over the {most} limit",
    "zip.nul": "the name contains a NUL character",
    "zip.backslash": "the name contains a backslash",
    "zip.absolute": "absolute path",
    "zip.climbs_out": "the path climbs out of the bundle ('..')",
    "zip.symlink": "symbolic link",
    "zip.encrypted": "encrypted",
    "zip.duplicate": "duplicate name",
    "zip.duplicate_case": "duplicate name (differs from {earlier} only in upper/lower case)",
    "zip.duplicate_unicode": "duplicate name (the same as {earlier} after Unicode normalization)",
    "zip.member_too_large": "{size} uncompressed, over the {most} limit",
    "zip.bomb": "compressed {ratio}:1 (more than {most}:1 looks like a zip bomb)",
    # RFC 3161 trusted timestamps (rfc3161/, app/timestamps.py, store/bundle_stamps.py,
    # commands/timestamp_cmd.py); hashes, URLs and names stay as written
    "stamp.bad_request": "not a usable time-stamp request ({reason})",
    "stamp.unreadable": "the time-stamp reply cannot be read: {reason}",
    "stamp.not_token": "the reply holds no time-stamp token",
    "stamp.not_granted": (
        "the time-stamping authority refused the request (status {status}: {text})"
    ),
    "stamp.not_sha256": "the token's digest algorithm is {name}, not the SHA-256 requested",
    "stamp.other_imprint": (
        "the reply stamps another evidence manifest (digest in the token {got}, digest "
        "requested {want})"
    ),
    "stamp.other_nonce": "this reply answers another request (nonce {got}, this request's {want})",
    "stamp.no_signer_cert": "the token does not carry its signer's certificate",
    "stamp.signer_cert_mismatch": (
        "the certificate named in the signed attributes is not the signer's"
    ),
    "stamp.unsupported_key": "unsupported signing key type {kind}",
    "stamp.bad_signature": (
        "the token's signature is invalid: its content was altered after signing, or that "
        "certificate did not sign it"
    ),
    "stamp.signer_count": "a token has one signer; this one has {count}",
    "stamp.unsupported_digest": "unsupported digest algorithm {name}",
    "stamp.no_signed_attrs": "the token has no signed attributes",
    "stamp.not_tst_info": "the token's signed content is not time-stamp information",
    "stamp.content_altered": (
        "the token's time-stamp information does not match its signed digest (altered)"
    ),
    "stamp.cert_not_valid_then": (
        "the signing certificate was not valid at the time of the stamp (valid {start} to {end})"
    ),
    "stamp.not_tsa_cert": (
        "the signing certificate is not a TSA's (no timeStamping extended key usage)"
    ),
    "stamp.chain_root_not_valid": (
        "the root certificate {name} was not valid at the time of the stamp"
    ),
    "stamp.chain_untrusted": (
        "the signing certificate does not chain to the given root (no trusted certificate "
        "issued by {name})"
    ),
    "stamp.no_evidence": "case {case_id} has no evidence files to stamp",
    "stamp.evidence_missing": (
        "the file of evidence {evidence_id} is missing from the vault or damaged ({sha256})"
    ),
    "stamp.no_request": (
        "case {case_id} has no time-stamp request awaiting a reply; run disputekit timestamp "
        "request first"
    ),
    "stamp.already_attached": "this reply is already attached to case {case_id} ({time})",
    "stamp.files_missing": "a file of the time-stamp request is missing: {name}",
    "stamp.bad_url": "{url} is not an http:// or https:// address",
    "stamp.send_failed": "no reply could be had from {url}: {reason}",
    "stamp.reply_too_large": "the reply from {url} is over {most} bytes, not a time-stamp reply",
    "stamp.http_status": "the server answered HTTP {status}",
    "stamp.report": (
        "trusted timestamp: {time} (Beijing time), time-stamping authority {tsa}, covering "
        "{count} evidence files (manifest {manifest}, digest {imprint})"
    ),
    "stamp.chain_not_checked": (
        "the TSA's certificate chain was not checked (no --tsa-ca given): the signature "
        "itself is valid, which does not mean the authority is trusted"
    ),
    "stamp.chain_ok": "the TSA's certificate chain checks out against {ca}",
    "stamp.chain_failed": "the TSA's certificate chain does not check out: {reason}",
    "stamp.not_covered": (
        "the timestamp does not cover {path}: it is not in the stamped manifest (added or "
        "changed after the stamp)"
    ),
    "stamp.gone": "the stamped manifest lists {path}, which this bundle does not hold",
    "stamp.manifest_not_stamped": "this bundle's evidence manifest is not the one that was stamped",
    "stamp.older_than_case": (
        "the timestamp ({time}) is older than the case's last record ({last}): what was "
        "recorded since is not covered"
    ),
    "stamp.token_invalid": "the timestamp {file} is invalid: {reason}",
    "stamp.file_missing": "the bundle lacks the timestamp file {file}",
    "stamp.manifest_altered": (
        "{file} is not the manifest that was stamped (its SHA-256 differs from the token's digest)"
    ),
    "stamp.bad_ca": "{path} is not a certificate file (a PEM or DER root certificate)",
    "stamp.covers": "evidence the latest timestamp covers: {items}",
    "stamp.pades_unavailable": (
        "a PDF document timestamp needs the optional pyHanko (pip install 'disputekit[pades]')"
    ),
    "stamp.pades_failed": "no document timestamp could be added to the PDF: {reason}",
    "cli.packet.stamped": (
        "added a PDF document timestamp to {path} (time-stamping authority {url})"
    ),
    "cli.timestamp.sending_packet": (
        "asking {url} for a document timestamp on {path} (the only time this app goes online)"
    ),
    "stamp.pending": "time-stamp request {request} has no reply attached yet",
    "cli.timestamp.requested": (
        "wrote the time-stamp request {path} for case {case_id} (manifest of {count} evidence "
        "files, digest {imprint})"
    ),
    "cli.timestamp.next": (
        "send it to a time-stamping authority (TSA), then run disputekit timestamp attach "
        "{case_id} REPLY.tsr; or run disputekit timestamp send {case_id} --tsa URL"
    ),
    "cli.timestamp.sending": (
        "sending the time-stamp request of case {case_id} to {url} (the only time this app "
        "goes online)"
    ),
    "cli.timestamp.attached": (
        "timestamp attached: {time} (Beijing time), time-stamping authority {tsa}, covering "
        "{count} evidence files"
    ),
    "cli.timestamp.refused": "reply not accepted, nothing stored: {reason}",
    "cli.timestamp.unknown_tsa": (
        "{name} is neither a known TSA name nor an http(s) address; known: {known}"
    ),
    # bill files (bills/errors.py)
    "bills.folder": "{path} is a folder, not a bill file",
    "bills.not_regular": "{path} is not a plain file (a device, pipe or socket), not a bill",
    "bills.no_file": "{path}: no such file",
    "bills.unreadable_file": "{path} cannot be read: {detail}",
    "bills.too_big": "{name} is {size} bytes, far larger than any bill export; it is not a bill",
    "bills.not_text": (
        "{name} is neither a text (CSV) bill nor an XLSX workbook; it is not a bill export"
    ),
    "bills.not_bill": (
        "{name} is not an Alipay or WeChat Pay bill: no row has the columns of their exports "
        "(交易时间, 交易对方, 金额 …). Export the bill from the app (支付宝: 我的 → 账单 → "
        "开具交易流水证明 → 用于个人对账; 微信: 我 → 服务 → 钱包 → 账单 → 下载账单 → 用于个人对账)."
    ),
    "bills.no_rows": (
        "{name} is a bill from {source} without any transactions; export a period that "
        "includes the order."
    ),
    "bills.bad_cell": (
        "{name}, row {line}: {what} {value} cannot be read; the file may have been edited. "
        "Export the bill again from the payment app."
    ),
    "bills.broken_workbook": "{name} is a damaged workbook ({detail}); download the export again",
    "bills.broken_zip": (
        "{name} is a damaged or unsupported zip ({detail}); download the export again"
    ),
    "bills.zip_without_bill": "{name} holds no bill (.csv or .xlsx), only: {members}",
    "bills.zip_with_several": (
        "{name} holds several bill files ({members}); extract the one you need"
    ),
    "bills.zip_unsafe": (
        "{name} is not a bill export: it holds {member}, a name that points outside the "
        "folder it would be extracted to"
    ),
    "bills.zip_nested": (
        "{name} is not a bill export: {member} inside it is another zip; open the export "
        "the payment app sent"
    ),
    "bills.zip_bomb": (
        "{name} is not a bill export: {member} would expand far beyond any bill's size"
    ),
    "bills.password_needed": (
        "{name} is protected by a password: enter the password to open it (WeChat Pay sends "
        "it to the 微信支付 official account)"
    ),
    "bills.wrong_password": (
        "the password for {name} is wrong; check the 6 digits the 微信支付 official account "
        "sent with this export"
    ),
    # the 12315 fill sheet's editable spec and its copy assistant (packet/kinds/fill_sheet.py,
    # app/fill_progress.py)
    "fill_sheet.spec_unreadable": "the 12315 form field file {path} cannot be read: {reason}",
    "fill_sheet.spec_no_fields": "the 12315 form field file {path} has no fields list",
    "fill_sheet.spec_bad_field": (
        "entry {n} of fields in the 12315 form field file {path} is wrong: it needs a label "
        "(text) and a limit (a positive whole number of characters, or null for none)"
    ),
    "fill_sheet.spec_unknown_key": (
        'entry {n} of fields in the 12315 form field file {path} has the key "{key}", '
        "which is not a known field; known: {known}"
    ),
    "fill_sheet.spec_twice": (
        'entry {n} of fields in the 12315 form field file {path} repeats the key "{key}"'
    ),
    # a packet over its size or page limit (packet/budget.py); an advice starts with a space
    # because it follows a sentence, and Chinese sentences need none
    "budget.not_written": "{over}. Nothing was written.{size_advice}{pages_advice}",
    "budget.over_size": "{size} MB is {over} MB over the {limit} MB limit",
    "budget.over_pages": "{pages} pages are {over} over the limit of {limit} pages",
    "budget.lower_dpi": (
        " Lowering the image resolution to {dpi} dpi (--dpi {dpi}) makes it fit the size limit."
    ),
    "budget.no_dpi_fits": (
        " Even a lower image resolution cannot meet the size limit: attach fewer evidence files."
    ),
    "budget.pages_fixed": (
        " The page count does not change with the resolution: attach fewer evidence files or "
        "submit them separately."
    ),
    # the court a 民事起诉状 is addressed to (domain/court.py)
    "court.internet": (
        "Court place chosen: {basis}, in {city}. This is a dispute over an "
        "online-shopping contract concluded through an e-commerce platform, so under {law} "
        "the {court} hears it (cases can be filed online on that court's litigation "
        "platform)."
    ),
    "court.no_address": (
        "Court place chosen: {basis}, whose address is not filled in, so the court cannot be "
        "determined. For the "
        "defendant's, ask the platform for the seller's real name and address."
    ),
    "court.basic_level": (
        "Court place chosen: {basis}, in {place}, outside the cities of the Beijing, "
        "Guangzhou and Hangzhou internet courts: sue in that district's basic-level people's "
        "court ({court}); check the court's name with the court before filing."
    ),
    "court.district_unknown": (
        'The district of {basis} "{address}" could not be read (read: {read}), so the court '
        "cannot be determined; check and fill in the court's name."
    ),
    "court.nothing_read": "nothing",
    # evidence files a packet cannot use (packet/evidence_files.py)
    "evidence_file.missing": "Evidence file not found: {path}",
    "evidence_file.missing_because": "Evidence file not found: {detail}",
    "evidence_file.altered": (
        "The SHA-256 of evidence file {name} differs from the one recorded at intake: the file "
        "may have been changed"
    ),
    "evidence_file.unreadable": "Cannot read evidence file {name}: {detail}",
    "evidence_file.no_pages": "the PDF has no pages",
    # evidence paths a case JSON may not use (evidence_paths.py), PDF pages that cannot be
    # drawn (store/pdf_render.py), redaction refusals (store/redact_pixels.py,
    # store/redaction.py) and OCR that cannot run (ocr/engine.py)
    "evidence_path.nul": "the file name {path} holds a NUL character (\\0): not a valid name",
    # a DisputeKit database given as an input (db_files.py)
    "input.store_database": "it is DisputeKit's own database file, not evidence or a bill",
    "input.store_database_named": (
        "{name} is DisputeKit's own database file; it is not read as evidence or a bill. "
        "Nothing was changed"
    ),
    "evidence_path.empty": "no file given",
    "evidence_path.not_inside": "'{path}' must be a path inside the case file's folder",
    "evidence_path.link": "{path} is or passes through a link; links are refused",
    "evidence_path.leaves": "'{path}' leads outside the case file's folder",
    "pdf_render.password": (
        "the PDF needs a password to open; enter the password in a PDF viewer and save an "
        "unprotected copy, or export the bill again without a password"
    ),
    "pdf_render.unreadable": "the PDF cannot be read ({detail})",
    "pdf_render.too_many_pages": "the PDF has {count} pages; at most {limit}",
    "pdf_render.page_too_large": (
        "page {number} is too large ({width}×{height} points): drawn at {dpi} dpi it exceeds "
        "the limit of {limit} pixels a page, so it cannot be shown or redacted"
    ),
    "pdf_render.no_page": "page {number} does not exist (the PDF has {count})",
    "redaction.heic_plugin_missing": (
        "this is a HEIC photo; showing or redacting it needs HEIC support: "
        "pip install pillow-heif (or export the photo as JPEG and add it again)"
    ),
    "redaction.not_a_box": (
        "'{text}' is not a box: write X,Y,W,H (whole pixels), or PAGE:X,Y,W,H for a PDF"
    ),
    "redaction.bad_box": "'{text}': X and Y must be 0 or more, width, height and page 1 or more",
    "redaction.no_box": "no box given: nothing would be hidden",
    "redaction.no_page": "page {page} does not exist (the file has {count})",
    "redaction.box_outside": "the box {box} lies outside page {page} ({width}×{height} pixels)",
    "redaction.damaged": (
        "the stored file of evidence {evidence_id} is damaged or missing; nothing to redact"
    ),
    "redaction.bill": (
        "evidence {evidence_id} is a {format} bill export, not a picture or a PDF; it cannot be "
        "redacted (export it again for a narrower period instead)"
    ),
    "ocr.not_installed": "OCR is not installed: {hint}",
    "ocr.models_missing": "OCR model files are missing in {folder}: {names}",
    # why a bill is no longer the provider's own export (bills/read.py), and what the `ocr`
    # command says about an image it cannot read (commands/ocr_cmd.py)
    "bills.resaved.no_preamble": (
        "it has no preamble (the export starts with the account and the period)"
    ),
    "bills.resaved.alipay_utf8": "it is UTF-8, while Alipay exports GBK",
    "bills.resaved.padded": "its lines were padded with commas",
    "bills.resaved.wechat_encoding": "it is {encoding}, while WeChat Pay exports UTF-8 with a BOM",
    "bills.resaved.tab_lost": "its order numbers lost the tab the export puts after them",
    "bills.resaved.alipay_xlsx": (
        "Alipay exports CSV; this workbook was saved by a spreadsheet program"
    ),
    # signed amounts: not how an export writes them (bills/read.py)
    "bills.resaved.negative": (
        "the amounts on rows {rows} carry a minus sign; an official export writes none "
        "(the income/expense column gives the direction)"
    ),
    "bills.negative_row": (
        "{name}, row {row}: the amount carries a minus sign, which an official export never "
        "writes; no case is made from it. Export the bill again from the payment app"
    ),
    # a CSV whose cells cannot be split (bills/parse.py)
    "bills.broken_csv": (
        "{name} cannot be read as CSV (a cell is over 131,072 characters long): not a bill a "
        "payment app exported; "
        "export it again"
    ),
    "bills.resaved.rounded": (
        "{count} order numbers were rounded by a spreadsheet program and are left empty"
    ),
    "ocr_image.not_regular": "{path} is not a plain file (a device, pipe or socket), not an image",
    "ocr_image.too_big": "{path} holds {size} bytes, more than an evidence file may; not read",
    "ocr_image.odd_shape": "{path} is a strip of {width}×{height} pixels; no text can be read",
    "ocr_image.missing": "{path}: no such file",
    "ocr_image.folder": "{path} is a folder, not an image",
    "ocr_image.unreadable": "{path}: not an image Pillow can read ({detail})",
    "ocr_image.unknown_format": "unknown format",
    "ocr_image.too_large": "{path}: the image is too large to read safely",
    "ocr_image.read_failed": "{path}: could not be read ({detail})",
    "ocr_image.recognition_failed": "{path}: text recognition failed ({detail})",
    "ocr_image.nothing_found": "{name}: no order number, amount or time found",
    # phone upload over the local network (app/upload_*, app/lan_address.py, receive, add)
    "lan.not_ip": (
        "“{address}” is not an IPv4 address: give this computer's LAN address, e.g. "
        "192.168.1.20"
    ),
    "lan.any": "“{address}” would receive on every network: give one LAN address or 127.0.0.1",
    "lan.public": (
        "“{address}” is a public address: files are only received on a LAN address or on "
        "this computer (127.0.0.1)"
    ),
    "lan.not_local": "“{address}” is neither a LAN address nor this computer's own",
    "lan.cannot_listen": "cannot receive files on port {port} of {address}: {reason}",
    "lan.no_lan": (
        "This computer has no LAN address now, so only this computer can open the page: "
        "connect to Wi-Fi or the phone's hotspot and start again"
    ),
    "upload.not_found": "Wrong or expired address: scan the QR code on the computer again",
    "upload.too_many_tries": (
        "Too many wrong addresses, this device is refused: open “Add from phone” on the "
        "computer again"
    ),
    "upload.closed": "Receiving has ended: open “Add from phone” on the computer again",
    "upload.too_large": (
        "“{name}” is {mb} MB, over this session's limit of {limit} MB; not received"
    ),
    "upload.not_media": "“{name}” is not a picture, PDF or screen recording; not received",
    "upload.no_length": "The request does not say the file's size (Content-Length); not received",
    "upload.interrupted": (
        "“{name}” did not arrive whole (the connection broke) and was dropped: send it again"
    ),
    "upload.batch_unknown": "This batch of files has expired: choose the files again",
    "upload.batch_declined": "The computer declined this batch: choose the files again",
    "upload.bad_origin": "The request came from another web page and was refused",
    "upload.bad_request": "The request is malformed; nothing received",
    "upload.not_stored": "The file could not be added to the case: {reason}",
    "cli.receive.address": "Open on the phone's browser (or scan the QR code below): {address}",
    "cli.receive.until": "Valid for {minutes} minutes, until {until}; Ctrl-C ends it sooner",
    "cli.receive.plain_http": (
        "This is plain HTTP on the local network: connect the phone to your home Wi-Fi or the "
        "phone's hotspot, not to public Wi-Fi"
    ),
    "cli.receive.file": "Received {name} ({size}, SHA-256 {sha256})",
    "cli.receive.refused": "Not received: {reason}",
    "cli.receive.batch": "{client} sent a batch: {count} files, {size} in all",
    "cli.receive.ask": "Add these {count} files to case {case_id}? [y/N] ",
    "cli.receive.declined": "Batch declined; the received files were deleted",
    "cli.receive.stored": "Added to case {case_id}: [{evidence_id}] {name}",
    "cli.receive.not_stored": "{name} was not added to the case: {reason}",
    "cli.receive.port_range": "{text!r} is not a port: it must be 0 to 65535 (0: any free port)",
    "cli.receive.minutes_range": "{text!r} minutes is too long: a session lasts at most 60 minutes",
    "cli.receive.ended": "Receiving has ended; the port is closed",
    "cli.add.nothing_new": "These files are already in case {case_id}; nothing added",
    # what the commands say themselves around the data they print (commands/, cli.py)
    "cli.interrupted": "interrupted",
    "cli.not_a_number": "{text!r} is not a number",
    "cli.number_too_small": "{text!r} must be a number of at least {low}",
    "cli.not_a_day": "{text!r} is not a date (YYYY-MM-DD)",
    "cli.not_an_instant": (
        "{text!r} is not a date and time with a UTC offset (e.g. 2026-11-27T10:00+08:00)"
    ),
    # outputs never over the store or onto a device (app/output_paths.py)
    "output.inside_data_folder": (
        "{path} is inside DisputeKit's data folder {folder}: writing there would overwrite "
        "the database, an evidence original, a backup or the cache. Choose a place outside "
        "the data folder; nothing was written"
    ),
    "output.not_a_file": (
        "{path} is not a regular file (a device, pipe or socket): give a new file name or a "
        "regular file; nothing was written"
    ),
    # numbers on the command line in ASCII digits only (commands/_args.py)
    "cli.not_a_whole_number": "{text!r} is not a number: write it with the digits 0-9, e.g. 3",
    "cli.number_too_large": "{text!r} is too large: at most {high}",
    "cli.path.no_name": "{path!r} is not a file name",
    "cli.path.folder": "{path} is a folder; give a file name inside it",
    "cli.path.no_parent": "{parent} does not exist",
    "cli.path.not_writable": "{parent} is not writable",
    "cli.cannot_write": "cannot write {path}: {reason}",
    "cli.no_such_file": "{path}: no such file",
    "cli.is_a_folder": "{path}: is a folder, not a file",
    "cli.data_folder_unavailable": "cannot open the data folder: {reason}",
    "cli.read_only": (
        "{folder} is read-only (a write-protected disk or missing permission): "
        "'{command}' needs to write to it; list, show, check, export and packet work"
    ),
    "cli.demo.read_only": "{folder} is read-only; demo cases cannot be added",
    "cli.demo.added": "added",
    "cli.demo.already_there": "already there",
    "cli.dpi_range": "--dpi must be between 30 and 600",
    "cli.fill_sheet_not_written": "the packet was written, but not {path}: {reason}",
    "cli.fill_sheet_written": "fill sheet: {path}",
    # the frames command (commands/frames_cmd.py)
    "cli.frames.recording": "Recording {id} (original) SHA-256 {sha}",
    "cli.frames.frame": "  {id}  {at}  SHA-256 {sha}",
    "cli.frames.count": "{count} key frames",
    "cli.frames.no_frames": "The recording is kept as {id}, but no key frames were taken: {reason}",
    "cli.redact.withheld": "{withheld} is now withheld: packets and exports use {copy} instead",
    "cli.import.skipped": (
        "{name}: already stored as case {case_id}; skipped "
        "(--update replaces it, --as-new imports a copy)"
    ),
    "cli.import.updated": "updated case {case_id} from {name}",
    "cli.import.imported": (
        "imported case {case_id}: {platform} {order_no} ({count} evidence files)"
    ),
    "cli.export.location": (
        "warning: [{evidence_id}] {file} carries a GPS location (where the photo was taken); "
        "--strip-location exports a copy without it"
    ),
    "cli.export.done": "exported case {case_id} to {path}",
    "cli.export.withheld": "warning: the bundle includes unredacted originals (--include-withheld)",
    "cli.verify.evidence_not_pdf": "--evidence is for a packet PDF; {path} is not a PDF",
    "cli.verify.bundle_failed": "{path} failed verification:",
    "cli.verify.bundle_ok": "{path}: ok",
    "cli.verify.packet_needs_evidence": (
        "{path} is a packet; say where its original files are with --evidence DIR|BUNDLE.zip"
    ),
    "cli.verify.packet_mismatch": "{path} does not match {evidence}:",
    "cli.verify.altered": "{path}: altered (SHA-256 differs from the packet)",
    "cli.verify.missing": "{path}: missing",
    "cli.verify.packet_ok": "{path}: ok, {count} evidence files match",
    # Many buyers, one seller: groups, consent, the group report.
    "cli.groups.none": "no cases",
    "cli.groups.line": "{key}  {seller}  {count} cases  total {total}  cases {cases}",
    "cli.groups.shared": "    shared {kind}: cases {cases} (办法第十七条(四), please check)",
    "cli.groups.suggest": (
        "  perhaps one seller (merge only once confirmed): "
        "{first} {first_name!r} and {second} {second_name!r}"
    ),
    "cli.groups.unknown_key": "no case has the seller key {key} (groups lists them)",
    "cli.groups.merged": "merged: {first} and {second}",
    "cli.groups.split": "case {case_id} now stands alone",
    "cli.groups.unsplit": "case {case_id} is grouped by seller again",
    "cli.consent.yes": (
        "case {case_id}: the buyer agreed to their name and contacts in group reports"
    ),
    "cli.consent.no": "case {case_id}: no consent; group reports show the buyer only as 买家N",
    "cli.group_report.done": "group report on {count} buyers written (total {total}): {paths}",
    "cli.group_report.inside_data": "a report cannot be written inside the data folder: {path}",
    "cli.group_report.not_a_file": "{path} is not a regular file and cannot be written",
    "cli.group_report.no_folder": "the folder of {path} does not exist",
    "cli.import_many.summary": (
        "imported {imported}, skipped {skipped} already stored, refused {refused}"
    ),
    "import_many.empty_folder": "{path} holds no case bundle (.zip) or case file (.json)",
    "cli.import_many.refused": "  refused {path}: {reason}",
    # Bulk work on the cases selected in the list
    "bulk.case": "Case {case_id}",
    "bulk.event_present": "The timeline already holds this event (same time and note)",
    "bulk.consent_yes": "Consent to be named in group reports was already recorded",
    "bulk.consent_no": "No consent was recorded anyway",
    "bulk.no_deadlines": "No open deadline",
    "bulk.deadlines": "{count} deadline(s)",
    "bulk.packet_blocked": "The pre-check stops it: {reasons}",
    "precheck.same_file_elsewhere": (
        "evidence {evidence_id}: the same file is also in case "
        "{cases}; check the right file was attached (办法第十七条(四))"
    ),
    # the `bill` listing's rows (`disputekit --lang`)
    "cli.bill.row": (
        "{number:>5}  {time}  {direction}  {amount:>10}  {counterparty}  {item}  "
        "transaction {transaction_no}  merchant order {merchant_order_no}"
    ),
    "cli.bill.direction.expense": "out",
    "cli.bill.direction.income": "in",
    "cli.bill.direction.neutral": "neither",
    # what `ocr` prints for the fields it found (`disputekit --lang`)
    "cli.ocr.heading": "{name} ({page})",
    "cli.ocr.page.alipay": "Alipay bill details",
    "cli.ocr.page.wechat_pay": "WeChat Pay bill details",
    "cli.ocr.page.shop": "order page",
    "cli.ocr.field.order_no": "order or transaction number (order_no)",
    "cli.ocr.field.merchant_order_no": "merchant order number (merchant_order_no)",
    "cli.ocr.field.amount": "amount (amount)",
    "cli.ocr.field.time": "time (time)",
    "cli.ocr.field.platform": "platform (platform)",
    "cli.ocr.field.counterparty": "counterparty (counterparty)",
    "cli.ocr.hit": "  {field}: {value}    [at {x},{y} {w}×{h}, confidence {confidence}]",
    # what `packet`, `groups` and `demo` print around their results (`disputekit --lang`)
    "cli.packet.blocked": "cannot make the final packet:",
    "cli.packet.blocked_try_draft": "cannot make the final packet (--draft makes a draft):",
    "cli.packet.note": "note: {warning}",
    "cli.packet.written": "{path}: {pages} pages, {mb} MB, {count} evidence items{draft}",
    "cli.packet.draft_mark": " (draft)",
    "cli.groups.kind.phone": "phone number",
    "cli.groups.kind.address": "address",
    "cli.demo.row": "{case_id}\t{status}\t{order_no}\t{product}\t({state})",
    # the `advise` command's text (`disputekit --lang`)
    "cli.advise.channel": "Recommended channel: {channel} ({day})",
    "cli.advise.reason": "Why: {reason}",
    "cli.advise.next": "Next steps:",
    "cli.advise.further": "If still unresolved: {channels}",
    "cli.advise.missing": "Missing evidence (any one of each line):",
    "cli.advise.deadlines": "Deadlines:",
    "cli.advise.deadline": "  - {name}: {due} [{status}] {rule} (basis: {basis}){estimated}",
    "cli.advise.estimated": " (estimated)",
    "cli.advise.status.upcoming": "upcoming",
    "cli.advise.status.due_soon": "due soon",
    "cli.advise.status.overdue": "overdue",
    "cli.advise.status.met": "met",
    "cli.advise.eligible": "12315 acceptance: met",
    "cli.advise.not_eligible": "12315 acceptance: not met yet",
    "cli.advise.also_needs": "  - also needed: {what}",
    "cli.advise.cs_message": "Message to customer service (in Chinese, ready to copy):",
    "cli.advise.notes": "Notes:",
    # the command line's own lines around case data (`list`, `show`; `disputekit --lang`)
    "cli.list.row": (
        "{id:>5}  {status}  {platform} {shop}  {order_no}  {product}  {amount}  "
        "evidence {count}{due}"
    ),
    "cli.list.damaged_row": "{id:>5}  {mark}  {platform} {shop}  {order_no}  {product}",
    "cli.list.due": "  next deadline {at}",
    "cli.show.case": "Case {case_id}: {platform} {shop}",
    "cli.show.order": "  Order {order_no}  {product}  {amount}",
    "cli.show.status": "  Status {status}  problem {problem}",
    "cli.show.complainant": "  Complainant {name}",
    "cli.show.withheld": "  (not sent out: a redacted copy stands in for it)",
    "cli.show.file_damaged": "  [file damaged]",
    "cli.show.file_missing": "  [file missing]",
    "cli.list.none": "no cases",
    "cli.list.no_match": "no case matches {query!r}",
    "cli.gc.removed": "removed {count} unreferenced files from the vault",
    "cli.check.damaged": "damaged: {sha256}",
    "cli.check.missing": "missing: {sha256}",
    "cli.check.use": "case {case_id} evidence [{evidence_id}] {file}",
    "cli.check.unused": "(no case uses this file)",
    "cli.check.ok": "checked {checked} vault files: ok",
    "cli.check.bad": "checked {checked} vault files: {count} damaged or missing",
    "cli.bill.password_prompt": "password for {name}: ",
    "cli.bill.password_option": "{reason}; give it with --password",
    "cli.bill.resaved": "note: {name} is no longer the original export: {reason}",
    "cli.bill.header": "{source} bill {name}: {rows} rows, sha256 {sha256}",
    "cli.bill.header_zip": "{source} bill {name} (from {container}): {rows} rows, sha256 {sha256}",
    "cli.bill.field.transaction_no": "transaction number",
    "cli.bill.field.amount_paid": "amount paid",
    "cli.bill.field.payment_method": "payment method",
    "cli.bill.field.paid_at": "paid time",
    "cli.bill.rule.merchant_order_no": "by its merchant order number (the order number)",
    "cli.bill.rule.transaction_no": "by its transaction number",
    "cli.bill.rule.amount_time": "by its amount and a time within 10 minutes of the order",
    "cli.bill.rule.chosen": "as chosen with --row",
    "cli.bill.filled_none": "nothing filled: the case already had its payment details",
    "cli.bill.filled": "filled {fields}",
    "cli.bill.created": (
        "created case {case_id} from row {row} ({order_no}, {amount} 元, {counterparty}); "
        "{name} is its evidence {evidence_id}"
    ),
    "cli.bill.attached": (
        "attached {name} to case {case_id} as evidence {evidence_id} (payment_record); row "
        "{row} found {rule}; {filled}"
    ),
    "cli.bill.differs": (
        "note: case {case_id}'s {field} is {case_value}, the bill says {bill_value}; the case "
        "was left as it is"
    ),
    "cli.bill.no_match": (
        "no row in {name} matches case {case_id}'s order (order number {order_no}, transaction "
        "number {transaction_no}, {amount} 元, {at}); nothing was stored. Nearest rows (name "
        "one with --row N):"
    ),
    "cli.bill.ambiguous": (
        "several rows in {name} match case {case_id}'s order (order number {order_no}, "
        "transaction number {transaction_no}, {amount} 元, {at}); nothing was stored. Nearest "
        "rows (name one with --row N):"
    ),
    "cli.bill.no_time": "no order time",
    # why the OS refused a file operation (messages/os_reasons.py); the path is not in them
    "os.not_found": "No such file or directory",
    "os.permission_denied": "Permission denied",
    "os.not_permitted": "Operation not permitted",
    "os.not_a_folder": "Not a directory",
    "os.is_a_folder": "Is a directory",
    "os.read_only": "Read-only file system",
    "os.disk_full": "No space left on device",
    "os.exists": "File exists",
    "os.name_too_long": "File name too long",
    "os.busy": "Device or resource busy",
    "os.too_many_open": "Too many open files",
    "os.io_error": "Input/output error",
    "os.cross_device": "Cannot move between different drives",
    "os.link_loop": "Too many levels of symbolic links",
    "os.folder_not_empty": "Directory not empty",
    "os.other": "{text}",
    "os.at_path": "{path}: {reason}",
    "store.read_only_folder": (
        "{path} is read-only (a write-protected disk or missing permission). Copy the folder "
        "somewhere writable to work on the cases; 'disputekit list', 'show', 'advise' and "
        "'packet --out' read it as it is."
    ),
    # Packet verify: the packet's attachments against what its pages print.
    "packet_verify.attachment_unreadable": "the attached {name} cannot be read: {reason}",
    "packet_verify.attachment_truncated": "its data is incomplete",
    "packet_verify.attachment_no_data": "the attachment holds no data",
    "packet_verify.attachment_filter": (
        "the attached {name} uses the encoding {filter}, which DisputeKit never writes; "
        "it cannot be checked"
    ),
    "packet_verify.attachment_twice": "the packet carries two files named {name}",
    "packet_verify.attachment_absent": "the packet does not carry {name}",
    "packet_verify.attachment_hash_not_printed": (
        "the packet does not print the SHA-256 of {name} (made by an older version), "
        "so that attachment cannot be checked"
    ),
    "packet_verify.attachment_hash_differs": (
        "the SHA-256 of {name} differs from the one printed on page {page} of the packet: "
        "the attachment was changed after the packet was made"
    ),
    "packet_verify.nothing_printed": (
        "the packet prints no integrity page (the SHA-256 of each exhibit), "
        "so its attached manifest cannot be checked"
    ),
    "packet_verify.printed_not_listed": (
        "{path}: the packet prints its SHA-256, but the attached manifest leaves it out"
    ),
    "packet_verify.listed_not_printed": (
        "{path}: listed in the attached manifest, but the packet does not print it"
    ),
    "packet_verify.listed_differs": (
        "{path}: the attached manifest gives SHA-256 {listed}…, the packet prints {printed}…"
    ),
    "packet_verify.catalog_differs": (
        "the SHA-256 values printed in the evidence list differ from the integrity page: {hashes}"
    ),
    "packet_verify.pictures_damaged": "the attached {name} is damaged: {reason}",
    "packet_verify.picture_not_embedded": (
        "{path}: the picture the picture list records on page {page} is not in the packet"
    ),
    "packet_verify.picture_differs": (
        "{path}: the picture printed on page {page} was not made from this original "
        "(made again from the original, it differs)"
    ),
    "packet_verify.picture_unlisted": (
        "page {page} of the packet holds a picture the attached picture list leaves out"
    ),
    "packet_verify.picture_absent": "{path}: the packet holds no picture made from this original",
    "packet_verify.picture_unmade": (
        "{path}: its picture cannot be made again to check it: {reason}"
    ),
    "packet_verify.not_pdf": "{path} cannot be read as a PDF: {reason}",
    "packet_verify.no_manifest": (
        "{path} carries no {manifest} attachment (not a DisputeKit packet, or made by a "
        "version before packets carried their manifest)"
    ),
    "packet_verify.manifest_damaged": "the attached {manifest} is damaged: {reason}",
    "packet_verify.not_zip": "{path} cannot be read as a zip: {reason}",
    "packet_verify.no_evidence": "{path}: no such file or folder",
}
