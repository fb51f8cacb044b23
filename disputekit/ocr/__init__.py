"""Reading order facts off screenshots with an offline OCR engine (the optional `[ocr]` extra).

`engine` wraps RapidOCR (ONNX models shipped in its wheel, nothing fetched at run time);
`screen_reader` adds the per-file cache and the label extraction of `domain.ocr_fields`.
"""

from disputekit.ocr.engine import INSTALL_HINT, OcrUnavailable, ocr_available
from disputekit.ocr.screen_reader import ScreenReader

__all__ = ["INSTALL_HINT", "OcrUnavailable", "ScreenReader", "ocr_available"]
