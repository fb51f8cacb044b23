"""The pictures in a packet are the evidence: each one listed in `pictures-sha256.txt` is
found among the page's images by its SHA-256 and made again from the evidence file (the
encoding gives the same bytes for the same source and size), and a page that shows a listed
picture holds no picture left off the list."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import IO, Any

from disputekit.messages import Msg, msg
from disputekit.packet.manifest import PICTURES_NAME, ManifestEntry, parse_pictures

# The evidence file (by manifest path) opened for reading, or None when it is not there.
Opener = Callable[[str], IO[bytes] | None]


def _page_images(page: Any) -> list[str]:
    """SHA-256 of the raw stream of each image drawn on `page` (JPEGs are embedded as is)."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return []
    found = []
    for ref in xobjects.get_object().values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append(hashlib.sha256(bytes(obj._data)).hexdigest())
    return found


def _is_picture(data: bytes) -> bool:
    """An evidence file shown as a picture (not a PDF, not a bill sheet)."""

    from disputekit.packet.images.exhibit_images import open_image

    if data[:5] == b"%PDF-":
        return False
    try:
        with open_image(io.BytesIO(data)):
            return True
    except Exception:  # a bill export, or anything else that is not an image
        return False


def check_pictures(
    reader: Any, attached: dict[str, bytes], entries: list[ManifestEntry], open_file: Opener
) -> list[Msg]:
    """What is wrong with the packet's pictures against the evidence `open_file` reads
    (`entries`: the files found with their listed hash; the others are reported already)."""
    from disputekit.packet.images.exhibit_images import encode_jpeg

    problems: list[Msg] = []
    try:
        pictures = parse_pictures(attached.get(PICTURES_NAME, b"").decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return [msg("packet_verify.pictures_damaged", name=PICTURES_NAME, reason=str(exc))]
    found = {entry.path for entry in entries}
    on_page: dict[int, list[str]] = {}
    pages = len(reader.pages)
    for pic in pictures:
        if not 1 <= pic.page <= pages:
            problems.append(msg("packet_verify.picture_not_embedded", path=pic.path, page=pic.page))
            continue
        if pic.page not in on_page:
            on_page[pic.page] = _page_images(reader.pages[pic.page - 1])
        if pic.sha256 not in on_page[pic.page]:
            problems.append(msg("packet_verify.picture_not_embedded", path=pic.path, page=pic.page))
            continue
        source = open_file(pic.path) if pic.path in found else None
        if source is None:
            continue  # a missing or altered file is reported already
        try:
            with source:
                made = encode_jpeg(source, pic.width, pic.height)
        except Exception as exc:  # any file Pillow cannot make a picture of
            problems.append(msg("packet_verify.picture_unmade", path=pic.path, reason=str(exc)))
            continue
        if hashlib.sha256(made).hexdigest() != pic.sha256:
            problems.append(msg("packet_verify.picture_differs", path=pic.path, page=pic.page))
    listed = {pic.sha256 for pic in pictures}
    for page, images in sorted(on_page.items()):
        if any(sha not in listed for sha in images):
            problems.append(msg("packet_verify.picture_unlisted", page=page))
    shown = {pic.path for pic in pictures}
    for entry in entries:  # an exhibit shown as a picture must be on the list
        if entry.path in shown:
            continue
        source = open_file(entry.path)
        if source is None:
            continue
        with source:
            if _is_picture(source.read()):
                problems.append(msg("packet_verify.picture_absent", path=entry.path))
    return problems
