"""The language the command line speaks: Chinese unless `disputekit --lang en` chose English.

Commands print messages (`Msg`), labels and dates through `text`, which renders them in that
language; the case data itself (names, shops, products, captions) is printed as written.
Packets, bundles and the customer-service message stay Chinese whatever the choice: they are
for Chinese platforms and authorities, not for the person at the terminal.
"""

from __future__ import annotations

from typing import Any

from disputekit.messages import Localized, Msg, render
from disputekit.messages.message import CHINESE, ENGLISH

# What `--lang` accepts, and the catalog language each means.
CHOICES = {"zh": CHINESE, "zh_CN": CHINESE, "en": ENGLISH}
_chosen = [CHINESE]


def set_language(name: str | None) -> None:
    """Speak `name` (one of CHOICES; None: Chinese) from now on."""
    _chosen[0] = CHOICES.get(name or CHINESE, CHINESE)


def language() -> str:
    """The catalog language chosen ("zh_CN" or "en")."""
    return _chosen[0]


def text(value: Any) -> str:
    """`value` in the chosen language: a message through its catalog, a label in its
    translation, an error by the message it carries, anything else (a user's own words) as
    written."""
    if isinstance(value, BaseException):
        carried = getattr(value, "text", None)
        if not isinstance(carried, Msg | Localized):
            carried = value.args[0] if len(value.args) == 1 else None
        if isinstance(carried, Msg | Localized):
            value = carried
    return render(value, _chosen[0])
