"""Checks on a 统一社会信用代码 (GB 32100-2015): 18 characters from the code's own alphabet
(digits and capital letters without I, O, Z, S, V), the last one a check character over the
first 17 (weights 3^i mod 31, MOD 31). A mistyped code names nobody, so a packet carrying one
is worse than a packet without.
"""

from __future__ import annotations

from disputekit.messages import Msg, msg

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
LENGTH = 18


def check_character(first17: str) -> str:
    """The check character for the first 17 characters (all from `ALPHABET`)."""
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> Msg | None:
    """What is wrong with `code` (None when it is well formed, or empty: not given)."""
    value = code.strip().upper()
    if not value:
        return None
    bad = sorted({c for c in value if c not in ALPHABET})
    if bad:
        return msg("credit_code.charset", chars=" ".join(bad))
    if len(value) != LENGTH:
        return msg("credit_code.length", length=len(value))
    if check_character(value[:17]) != value[17]:
        return msg("credit_code.check", expected=check_character(value[:17]))
    return None
