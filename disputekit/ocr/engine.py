"""The OCR engine: RapidOCR with the PP-OCRv6 small models that ship inside its wheel.

RapidOCR's default configuration also turns on a text-direction classifier whose model is not
in the wheel, and would download it on first use; screenshots are upright, so it is switched
off, and the detection and recognition models are named by path so that nothing is looked up
or fetched over the network.

Detection runs on the screenshot scaled so its long side is 1280 px (RapidOCR's default keeps
up to 2000): a phone screenshot's text stays well above the detector's minimum size, and the
detector, the larger half of the time, does under half the work.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from disputekit.domain.ocr.ocr_fields import TextBox
from disputekit.messages import Msg, msg

INSTALL_HINT = "pip install 'disputekit[ocr]'"
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"


class OcrUnavailable(RuntimeError):
    """The optional OCR extra is not installed (or its models are missing); `text` (a `Msg`,
    Chinese as a `str`) says which."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


def ocr_available() -> bool:
    """True when the `[ocr]` extra (rapidocr and onnxruntime) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


def offline_params(model_dir: Path) -> dict[str, Any]:
    """RapidOCR settings that use only the bundled models (no classifier, no download)."""
    return {
        "Global.use_cls": False,
        "Global.log_level": "error",
        "Det.limit_type": "max",
        "Det.limit_side_len": 1280,
        "Det.model_path": str(model_dir / DET_MODEL),
        "Rec.model_path": str(model_dir / REC_MODEL),
    }


def bundled_model_dir() -> Path:
    """The folder inside the installed rapidocr package that holds its ONNX models."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or spec.origin is None:
        raise OcrUnavailable(msg("ocr.not_installed", hint=INSTALL_HINT))
    return Path(spec.origin).parent / "models"


class OcrEngine:
    """Text lines with their boxes, from an image file. The models load on first use (about a
    second); one engine serves one thread at a time."""

    def __init__(self, model_dir: Path | None = None) -> None:
        self._model_dir = model_dir
        self._engine: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if not ocr_available():
            raise OcrUnavailable(msg("ocr.not_installed", hint=INSTALL_HINT))
        model_dir = self._model_dir or bundled_model_dir()
        missing = [m for m in (DET_MODEL, REC_MODEL) if not (model_dir / m).is_file()]
        if missing:
            names = ", ".join(missing)
            raise OcrUnavailable(msg("ocr.models_missing", folder=str(model_dir), names=names))
        # onnxruntime's telemetry writes a session file (`$TMPDIR/.ses`) when it is imported
        # and may send events: the product is offline. Its own switch, read at import.
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"
        import onnxruntime
        from rapidocr import RapidOCR  # the optional extra, imported only when used

        onnxruntime.disable_telemetry_events()
        return RapidOCR(params=offline_params(model_dir))

    def read(self, path: Path) -> list[TextBox]:
        """Every text line in the image at `path`, top to bottom."""
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened).convert("RGB")
        with self._lock:
            if self._engine is None:
                self._engine = self._load()
            result = self._engine(image)
        if result.txts is None or result.boxes is None:
            return []
        lines = []
        for quad, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
            xs = [float(p[0]) for p in quad]
            ys = [float(p[1]) for p in quad]
            x, y = max(0, round(min(xs))), max(0, round(min(ys)))
            w, h = round(max(xs)) - x, round(max(ys)) - y
            lines.append(TextBox(str(text), x, y, max(w, 1), max(h, 1), float(score)))
        return sorted(lines, key=lambda b: (b.y, b.x))
