"""`ocr IMAGE [--json]`: the order facts a screenshot shows (needs the `[ocr]` extra).

What it prints for people is Chinese, as every command's output; `--json` keeps its keys and
values as they are, for scripts.

Exit codes: 0 read (even when no field was found: the output says so); 1 the image cannot be
read or OCR is not installed; 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from disputekit.app.data_folder import resolve_data_dir
from disputekit.app.evidence.image_input import image_problem
from disputekit.commands._lang import text
from disputekit.domain.ocr.ocr_fields import FIELD_NAMES
from disputekit.messages import msg, reason_text
from disputekit.ocr import INSTALL_HINT, OcrUnavailable, ScreenReader, ocr_available

FIELD_LABELS = {
    "order_no": "cli.ocr.field.order_no",
    "merchant_order_no": "cli.ocr.field.merchant_order_no",
    "amount": "cli.ocr.field.amount",
    "time": "cli.ocr.field.time",
    "platform": "cli.ocr.field.platform",
    "counterparty": "cli.ocr.field.counterparty",
}
PAGE_LABELS = {
    "alipay": "cli.ocr.page.alipay",
    "wechat_pay": "cli.ocr.page.wechat_pay",
    "shop": "cli.ocr.page.shop",
}


def register(subparsers: Any) -> None:
    """Add the `ocr` command."""
    p = subparsers.add_parser(
        "ocr",
        help="read order number, amount and time off a screenshot (offline; optional extra)",
        description=f"Needs the optional OCR extra: {INSTALL_HINT}",
    )
    p.add_argument("image", metavar="IMAGE", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_ocr)


def _cache_dir(args: argparse.Namespace) -> Path | None:
    data_dir = resolve_data_dir(args.data_dir)
    # Reading a loose file should not create a data folder; an existing one gets the cache.
    return data_dir / "cache" / "ocr" if data_dir.is_dir() else None


def run_ocr(args: argparse.Namespace) -> int:
    if not ocr_available():
        print(text(msg("ocr.not_installed", hint=INSTALL_HINT)), file=sys.stderr)
        return 1
    problem = image_problem(args.image)
    if problem:
        print(text(problem), file=sys.stderr)
        return 1
    from disputekit.ocr.engine import OcrEngine

    reader = ScreenReader(OcrEngine(), _cache_dir(args))
    try:
        reading = reader.read(args.image)
    except OcrUnavailable as exc:
        print(text(exc), file=sys.stderr)
        return 1
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        failed = msg("ocr_image.read_failed", path=str(args.image), detail=reason_text(exc))
        print(text(failed), file=sys.stderr)
        return 1
    except RuntimeError as exc:  # onnxruntime reports model and memory failures this way
        failed = msg("ocr_image.recognition_failed", path=str(args.image), detail=str(exc))
        print(text(failed), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(reading.to_json(), ensure_ascii=False, indent=2))
        return 0
    if not reading.fields:
        print(text(msg("ocr_image.nothing_found", name=args.image.name)))
        return 0
    page = msg(PAGE_LABELS[reading.page]) if reading.page in PAGE_LABELS else reading.page
    print(text(msg("cli.ocr.heading", name=args.image.name, page=page)))
    for name in FIELD_NAMES:
        hit = reading.fields.get(name)
        if hit is None:
            continue
        x, y, w, h = hit.box
        print(text(msg("cli.ocr.hit", field=msg(FIELD_LABELS[name]), value=hit.value, x=x, y=y,
                       w=w, h=h, confidence=f"{hit.confidence:.2f}")))  # fmt: skip
    return 0
