"""What blocks a 消费者协会 application or a 民事起诉状, each naming the field to fix.

A 消协 needs to reach both sides and know what is asked; a court needs the 原告's identity
(name, gender, birth date, ID number, address, phone) and a 被告 it can serve: the company's
legal name, its 统一社会信用代码 and its 住所. A platform's trading name is not a defendant.
"""

from __future__ import annotations

from disputekit.domain.case.model import Case
from disputekit.domain.case.values.id_number import id_number_problems
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.messages import Msg, msg
from disputekit.packet.blocker import Blocker
from disputekit.packet.kinds.party_checks import party_blockers


def _missing(pairs: list[tuple[str, str, Msg]], code: str, why: Msg) -> list[Blocker]:
    return [
        Blocker(code, msg("preflight.missing_because", what=label, why=why), path)
        for path, value, label in pairs
        if not value
    ]


def _claims(case: Case, code: str, label: Msg) -> list[Blocker]:
    cl = case.claims
    if cl.refund_amount is None and not cl.delivery and not cl.other.strip():
        return [Blocker(code, msg("preflight.missing_plain", what=label), "claims")]
    return []


def association_blockers(case: Case) -> list[Blocker]:
    """A 消费者协会 mediation request: who asks, against whom, for what, on what facts."""
    c, r = case.complainant, case.respondent
    why = msg("kind_check.why.association")
    blockers = _missing(
        [
            ("complainant.name", c.name.strip(), msg("kind_check.association.name")),
            ("complainant.phone", c.phone.strip(), msg("kind_check.association.phone")),
            ("complainant.address", c.address.strip(), msg("kind_check.association.address")),
            (
                "respondent.company",
                (r.company or r.platform).strip(),
                msg("kind_check.association.company"),
            ),
            (
                "respondent.address",
                r.address.strip(),
                msg("kind_check.association.respondent_address"),
            ),
        ],
        "association_missing",
        why,
    )
    blockers += _claims(case, "association_missing", msg("kind_check.association.claims"))
    if not case.events:
        blockers.append(
            Blocker("association_missing", msg("kind_check.association.no_events"), "events")
        )
    return blockers


def civil_blockers(case: Case) -> list[Blocker]:
    """A 民事起诉状: the 原告's identity, a 被告 the court can serve, 诉讼请求, facts."""
    c, r = case.complainant, case.respondent
    blockers = _missing(
        [
            ("complainant.name", c.name.strip(), msg("kind_check.civil.name")),
            (
                "complainant.gender",
                c.gender.value if c.gender else "",
                msg("kind_check.civil.gender"),
            ),
            ("complainant.birth_date", str(c.birth_date or ""), msg("kind_check.civil.birth_date")),
            ("complainant.id_number", c.id_number.strip(), msg("kind_check.civil.id_number")),
            ("complainant.address", c.address.strip(), msg("kind_check.civil.address")),
            ("complainant.phone", c.phone.strip(), msg("kind_check.civil.phone")),
        ],
        "civil_plaintiff_missing",
        msg("kind_check.why.plaintiff"),
    )
    blockers += _missing(
        [
            ("respondent.company", r.company.strip(), msg("kind_check.civil.company")),
            ("respondent.credit_code", r.credit_code.strip(), msg("kind_check.civil.credit_code")),
            ("respondent.address", r.address.strip(), msg("kind_check.civil.respondent_address")),
        ],
        "civil_defendant_missing",
        msg("kind_check.why.defendant"),
    )
    if c.id_number.strip():
        blockers += [
            Blocker("civil_id_number_mismatch", message, f"complainant.{key}")
            for key, message in id_number_problems(c.id_number, c.gender, c.birth_date)
        ]
    # A malformed 统一社会信用代码 is blocked by the preflight, for every kind that files it.
    blockers += _claims(case, "civil_claims_missing", msg("kind_check.civil.claims"))
    if not case.events:
        blockers.append(Blocker("civil_facts_missing", msg("kind_check.civil.no_events"), "events"))
    return blockers


def kind_blockers(case: Case, kind: PacketKind) -> list[Blocker]:
    """The blockers particular to `kind`, and those over who acts and what is claimed."""
    blockers = party_blockers(case, kind)
    if kind is PacketKind.CONSUMER_ASSOCIATION:
        return association_blockers(case) + blockers
    if kind is PacketKind.CIVIL_COMPLAINT:
        return civil_blockers(case) + blockers
    return blockers
