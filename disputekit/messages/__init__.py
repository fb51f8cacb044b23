"""Messages the core gives the user, as codes with parameters, rendered per language.

The domain returns a `Msg` (a code and its parameters) wherever it explains something to the
user: advice reasons, steps and warnings, 12315 acceptance problems, jurisdiction notes. A
catalog per language (`catalog_zh_CN`, `catalog_en`) holds the templates; `render(text, lang)`
gives the text in the UI language. A `Msg` *is* its Chinese rendering as a `str`, so packets,
the customer-service message and the CLI (all Chinese) use it as they always did.
`os_reason(exc)` words why the OS refused a file operation (by errno) as such a message.
"""

from disputekit.messages.message import LANGUAGES, Day, Joined, Localized, Msg, When, msg, render
from disputekit.messages.os_reasons import os_failure, os_reason, reason_text

__all__ = [
    "LANGUAGES",
    "Day",
    "Joined",
    "Localized",
    "Msg",
    "When",
    "msg",
    "os_failure",
    "os_reason",
    "reason_text",
    "render",
]
