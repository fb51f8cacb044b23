"""The order form's group titles and field labels, in the current language. Adding a field
to the form is one row in `order_fields.LAYOUT` and one label here; labels are in the
"OrderTab" context, the tab that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def group_titles() -> dict[str, str]:
    """The title of each group of `LAYOUT`, in the current language."""
    return {
        "complainant": translate("OrderTab", "Complainant (the buyer)"),
        "guardian": translate("OrderTab", "Guardian (buyer under 18)"),
        "respondent": translate("OrderTab", "Respondent (platform and shop)"),
        "order": translate("OrderTab", "Order"),
        "target": translate("OrderTab", "Account to be credited"),
        "problem": translate("OrderTab", "Problem and claims"),
        "filed_by": translate("OrderTab", "Filed on the buyer's behalf"),
    }


def field_labels() -> dict[str, str]:
    """The label of each field of `LAYOUT`, in the current language."""
    return {
        "complainant.name": translate("OrderTab", "Name"),
        "complainant.phone": translate("OrderTab", "Phone"),
        "complainant.address": translate("OrderTab", "Address"),
        "complainant.email": translate("OrderTab", "Email"),
        "complainant.gender": translate("OrderTab", "Gender (court only)"),
        "complainant.birth_date": translate("OrderTab", "Date of birth (court only)"),
        "complainant.id_number": translate("OrderTab", "ID number (court only)"),
        "complainant.ethnicity": translate("OrderTab", "Ethnicity (court only)"),
        "complainant.occupation": translate("OrderTab", "Occupation (court only)"),
        "complainant.employer": translate("OrderTab", "Employer (court only)"),
        "complainant.share_consent": translate("OrderTab", "May be named in group reports"),
        "complainant.guardian.name": translate("OrderTab", "Name"),
        "complainant.guardian.phone": translate("OrderTab", "Phone"),
        "complainant.guardian.id_number": translate("OrderTab", "ID number"),
        "complainant.guardian.relation": translate("OrderTab", "Relation"),
        "respondent.platform": translate("OrderTab", "Platform"),
        "respondent.url": translate("OrderTab", "Website"),
        "respondent.shop": translate("OrderTab", "Shop"),
        # Decides which regulator handles a complaint about a shop (办法第十三条).
        "respondent.shop_address": translate("OrderTab", "Shop address shown on the platform"),
        "respondent.company": translate("OrderTab", "Company"),
        "respondent.credit_code": translate("OrderTab", "Credit code"),
        "respondent.address": translate("OrderTab", "Seller's address (domicile)"),
        "respondent.contact": translate("OrderTab", "Contact"),
        "respondent.legal_rep.name": translate("OrderTab", "Legal representative"),
        "respondent.legal_rep.title": translate("OrderTab", "Legal representative's post"),
        "respondent.platform_address": translate("OrderTab", "Platform operator's address"),
        "order.order_no": translate("OrderTab", "Order no."),
        "order.transaction_no": translate("OrderTab", "Payment transaction no."),
        "order.product": translate("OrderTab", "Product"),
        "order.category": translate("OrderTab", "Category"),
        "order.quantity": translate("OrderTab", "Quantity"),
        "order.amount_paid": translate("OrderTab", "Amount paid (¥)"),
        "order.payment_method": translate("OrderTab", "Paid with"),
        "order.ordered_at": translate("OrderTab", "Ordered at"),
        "order.status": translate("OrderTab", "Order status"),
        "order.instant_delivery": translate("OrderTab", "Instant delivery"),
        "order.flash_sale": translate("OrderTab", "Flash sale"),
        "order.target_account.game": translate("OrderTab", "Game / service"),
        "order.target_account.region": translate("OrderTab", "Region"),
        "order.target_account.server": translate("OrderTab", "Server"),
        "order.target_account.account": translate("OrderTab", "Account"),
        "problem": translate("OrderTab", "Problem"),
        "problem_known_at": translate("OrderTab", "Known since"),
        "claims.refund_amount": translate("OrderTab", "Refund claimed (¥)"),
        "claims.delivery": translate("OrderTab", "Ask for delivery"),
        "claims.other": translate("OrderTab", "Other claims (your own words)"),
        "claims.fraud_damages": translate("OrderTab", "Claim triple damages (fraud)"),
        "claims.void_purchase": translate("OrderTab", "Purchase by a minor is void"),
        "claims.court_at": translate("OrderTab", "Sue at"),
        "filed_by.name": translate("OrderTab", "Name"),
        "filed_by.phone": translate("OrderTab", "Phone"),
        "filed_by.relation": translate("OrderTab", "Relation"),
        "filed_by.id_number": translate("OrderTab", "ID number"),
        "filed_by.recommended_by": translate("OrderTab", "Recommended by (court agent)"),
    }
