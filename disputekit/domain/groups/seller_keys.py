"""The keys that say which seller a case is against, strongest first.

1. the 统一社会信用代码, upper-cased;
2. the registrable domain of the shop's or platform's address (the caller supplies the
   public-suffix look-up: the domain reads no files);
3. the payee of an imported bill (支付宝/微信支付 交易对方);
4. the company or shop name, normalised (NFKC, no blanks, no 有限公司/科技/店 endings).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

CREDIT = "credit"
DOMAIN = "domain"
PAYEE = "payee"
NAME = "name"
KIND_ORDER: tuple[str, ...] = (CREDIT, DOMAIN, PAYEE, NAME)

# Endings that say what kind of business a name is, not which one; longest first.
_SUFFIXES: tuple[str, ...] = (
    "股份有限公司", "有限责任公司", "有限公司", "责任公司", "公司",
    "旗舰店", "专营店", "专卖店", "官方店", "网店", "小店", "店铺", "店",
    "科技", "网络", "信息", "贸易", "商行", "工作室",
)  # fmt: skip
_BLANKS = re.compile(r"[\s\u3000·•・_\-—]+")
_BRACKETS = re.compile(r"[()（）\[\]【】]")
_PAYEE = re.compile(r"向(.+?)付款")
_CREDIT_CHARS = re.compile(r"[^0-9A-Z]")

RegistrableDomain = Callable[[str], "str | None"]


class SellerDescription(NamedTuple):
    """A seller as described by one or more cases alike (the keys depend only on this)."""

    credit_code: str = ""
    url: str = ""
    company: str = ""
    shop: str = ""
    platform: str = ""
    payee_notes: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def credit_key(code: str) -> str:
    """The credit code as compared: NFKC, no blanks or dashes, upper-cased."""
    return _CREDIT_CHARS.sub("", unicodedata.normalize("NFKC", code).upper())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A company or shop name as compared: NFKC, lower-case, no blanks or brackets, and
    without the endings that say only what kind of business it is."""
    text = _BRACKETS.sub("", _BLANKS.sub("", unicodedata.normalize("NFKC", name).casefold()))
    changed = True
    while changed and text:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                changed = True
                break
    return text


def host_of(url: str) -> str:
    """The host of `url` (with or without a scheme), lower-case, without a port or a
    trailing dot; "" when there is none."""
    # Only the part before the path decides: the many pages of one shop share one look-up.
    if not url.isascii():
        url = unicodedata.normalize("NFKC", url)
    rest = url.split("://", 1)[1] if "://" in url else url
    head = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return _host_of_authority(head)


@lru_cache(maxsize=65536)
def _host_of_authority(authority: str) -> str:
    text = "//" + unicodedata.normalize("NFKC", authority).strip()
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.strip(".").lower()
    return host if "." in host and " " not in host else ""


def payees(notes: Sequence[str]) -> list[str]:
    """The payees named in bill notes ("…向某某付款 12.00 元…")."""
    return [m.group(1).strip() for note in notes for m in _PAYEE.finditer(note) if m.group(1)]


@lru_cache(maxsize=65536)
def _tagged(kind: str, value: str) -> str:
    """The "kind:value" key of `value` as compared ("" when nothing is left of it)."""
    norm = credit_key(value) if kind == CREDIT else name_key(value)
    return f"{kind}:{norm}" if norm else ""


def seller_keys(facts: SellerDescription, registrable: RegistrableDomain) -> list[str]:
    """The case's keys, strongest first, as "kind:value" strings (none for a case that
    says nothing of its seller)."""
    keys: list[str] = []
    if facts.credit_code and (key := _tagged(CREDIT, facts.credit_code)):
        keys.append(key)
    host = host_of(facts.url) if facts.url else ""
    domain = registrable(host) if host else None
    if domain:
        keys.append(f"{DOMAIN}:{domain}")
    for payee in payees(facts.payee_notes) if facts.payee_notes else ():
        if key := _tagged(PAYEE, payee):
            keys.append(key)
    for name in (facts.company, facts.shop):
        if name and (key := _tagged(NAME, name)) and key not in keys:
            keys.append(key)
    return keys


def key_rank(key: str) -> int:
    """Where a key's kind stands in the order (0 strongest)."""
    kind = key.split(":", 1)[0]
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
