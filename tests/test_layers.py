"""Qt stays under disputekit/ui: the core imports and runs without PySide6."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "disputekit.cli",
    "disputekit.domain.case.document.case_json",
    "disputekit.domain.deadlines.calendar",
    "disputekit.domain.advice.engine",
    "disputekit.store",
    "disputekit.store.bundles.bundle",
    "disputekit.packet.builder",
    "disputekit.domain.ocr.ocr_fields",
    "disputekit.ocr",
    "disputekit.commands.evidence.ocr_cmd",
    "disputekit.app.case_loading",
    "disputekit.app.packets.precheck",
    "disputekit.app.packets.building",
    "disputekit.app.evidence.intake",
    "disputekit.app.deadlines.reminders",
    "disputekit.app.deadlines.dashboard",
    "disputekit.app.bundles",
    "disputekit.app.evidence.bill_import",
    "disputekit.app.deadlines.calendar_export",
    "disputekit.app.evidence.redaction",
]


def test_core_modules_import_without_qt() -> None:
    code = (
        "import sys, importlib\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        # rapidocr/onnxruntime load only when a screenshot is read, not when the CLI starts.
        "leaked = sorted(m for m in sys.modules\n"
        "                if m.split('.')[0] in ('PySide6', 'rapidocr', 'onnxruntime'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_importing_the_package_creates_nothing(tmp_path) -> None:
    home = tmp_path / "home"
    code = "import disputekit.cli, disputekit.store, disputekit.domain.advice.engine"
    env = {"DISPUTEKIT_HOME": str(home), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert list(tmp_path.iterdir()) == []
