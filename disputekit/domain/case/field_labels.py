"""The names of the case fields a value can be read into off an exhibit (a screenshot), in the
form's order: the OCR proposals list names them by this one table, and so does the packet's
note on where a value came from, so both say the same words for the same field."""

from __future__ import annotations

from disputekit.messages import Msg, msg

SOURCE_FIELD_LABELS: dict[str, Msg] = {
    "order.order_no": msg("source_field.order.order_no"),
    "order.transaction_no": msg("source_field.order.transaction_no"),
    "order.amount_paid": msg("source_field.order.amount_paid"),
    "order.ordered_at": msg("source_field.order.ordered_at"),
    "respondent.platform": msg("source_field.respondent.platform"),
    "respondent.company": msg("source_field.respondent.company"),
}
