"""Strip everything active from a PDF evidence page before its drawing goes into a packet.

A "bill" PDF can carry link annotations with JavaScript or outside URIs, page open/close
actions, launch actions and embedded files. The packet needs only what the page draws, so
every annotation, action and attachment reachable from the page is removed from the parsed
source (never from the stored original) before the merge copies the page.
"""

from __future__ import annotations

from typing import Any

# Keys that hold annotations, actions, scripts, links, forms or attachments. None of them
# changes what the page's content stream draws.
ACTIVE_KEYS = frozenset(
    {
        "/Annots",
        "/AA",
        "/A",
        "/OpenAction",
        "/JS",
        "/JavaScript",
        "/URI",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToR",
        "/GoToE",
        "/Rendition",
        "/RichMedia",
        "/EmbeddedFiles",
        "/EmbeddedFile",
        "/FileAttachment",
        "/AcroForm",
        "/Names",
        "/Threads",
    }
)


def strip_active(page: Any) -> int:
    """Remove every ACTIVE_KEYS entry from `page` (a pypdf PageObject) and from every object
    it reaches, except its parent page tree; returns how many entries went."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    removed = 0
    seen: set[int] = set()
    todo: list[Any] = [page]
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum << 16) | obj.generation
            if key in seen:
                continue
            seen.add(key)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for name in [k for k in obj if k in ACTIVE_KEYS]:
                del obj[name]
                removed += 1
            todo.extend(v for k, v in obj.items() if k != "/Parent")
        elif isinstance(obj, ArrayObject):
            todo.extend(obj)
    return removed
