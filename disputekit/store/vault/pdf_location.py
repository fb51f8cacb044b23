"""Location (GPS) inside a PDF: in the photos it embeds (a JPEG stream carries its EXIF and
XMP along) and in XMP metadata streams (the document's, an image's).

A scanned receipt or a bill with a phone photo in it can carry where the photo was taken.
`pdf_has_location` finds it for the export warning, `pdf_without_location` makes a copy
without it (the JPEG streams keep their pixels byte for byte: only metadata segments go), and
`strip_page_location` does the same in place on a parsed page before a packet copies it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from disputekit.store.vault.photo_location import (
    jpeg_without_location,
    picture_has_location,
    xmp_has_location,
)


def _filters(stream: Any) -> list[str]:
    filters = stream.get("/Filter")
    return (
        []
        if filters is None
        else [str(f) for f in filters]
        if isinstance(filters, list)
        else [str(filters)]
    )


def _jpeg(stream: Any) -> bytes | None:
    """The JPEG file an image stream holds (after any ASCII85/Flate wrapping), or None."""
    filters = _filters(stream)
    if stream.get("/Subtype") != "/Image" or not filters or filters[-1] != "/DCTDecode":
        return None
    # pypdf undoes the wrappers and hands a DCT stream's JPEG over as it is.
    return bytes(stream._data) if len(filters) == 1 else bytes(stream.get_data())


def _walk(start: Any) -> Iterator[tuple[Any, Any, Any]]:
    """(parent dictionary, key, stream) for every stream reachable from `start` (not through
    /Parent), each once."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    seen: set[int] = set()
    todo: list[tuple[Any, Any, Any]] = [(None, None, start)]
    while todo:
        parent, key, obj = todo.pop()
        if isinstance(obj, IndirectObject):
            ident = (obj.idnum << 16) | obj.generation
            if ident in seen:
                continue
            seen.add(ident)
            obj = obj.get_object()
        if isinstance(obj, StreamObject):
            yield parent, key, obj
        if isinstance(obj, DictionaryObject):
            todo.extend((obj, k, v) for k, v in obj.items() if k != "/Parent")
        elif isinstance(obj, ArrayObject):
            todo.extend((None, None, v) for v in obj)


def _stream_has_location(key: Any, stream: Any) -> bool:
    try:
        jpeg = _jpeg(stream)
        if jpeg is not None:
            return picture_has_location(jpeg)
        if key == "/Metadata" or stream.get("/Type") == "/Metadata":
            return xmp_has_location(stream.get_data())
    except Exception:  # a stream pypdf cannot decode carries nothing we can read
        return False
    return False


def strip_page_location(start: Any) -> int:
    """Remove GPS from every photo and XMP stream reachable from `start` (a parsed page or
    the document catalog), in place; returns how many streams changed."""
    from pypdf.generic import NameObject

    changed = 0
    for parent, key, stream in list(_walk(start)):
        if not _stream_has_location(key, stream):
            continue
        jpeg = _jpeg(stream)
        if jpeg is not None:
            stream._data = jpeg_without_location(jpeg)
            stream[NameObject("/Filter")] = NameObject("/DCTDecode")  # the wrappers go
            stream.pop("/DecodeParms", None)
        elif parent is not None and key is not None:
            del parent[NameObject(key)]  # the XMP goes whole: it may repeat the position
        changed += 1
    return changed


def pdf_has_location(data: bytes) -> bool:
    """True when a photo or an XMP stream of the PDF holds a GPS position."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        roots = [reader.trailer["/Root"], *reader.pages]
        return any(_stream_has_location(k, s) for root in roots for _p, k, s in _walk(root))
    except Exception:  # intake checked the file; an unreadable one is named elsewhere
        return False


def pdf_without_location(data: bytes) -> bytes:
    """A copy of the PDF with the GPS of its photos and XMP streams removed."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data), strict=False))
    strip_page_location(writer._root_object)
    for page in writer.pages:
        strip_page_location(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
