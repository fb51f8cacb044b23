"""The viewer: zoom and rotation of the view, facts, and redaction into a new file."""

from __future__ import annotations

import hashlib
import importlib
import sys
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRectF, Qt

from disputekit.app.evidence.redaction import BoxOnPage
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.store.pdf.pdf_render import render_pages
from disputekit.store.pdf.redact_pixels import redact_image
from disputekit.ui.evidence.image_viewer import ImageViewer

sys.path.insert(0, str(Path(__file__).parents[1]))
helpers = importlib.import_module("ui_helpers")


@pytest.fixture
def viewer(services, session, qtbot, tmp_path):
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    stored = services.store.vault.add_file(
        helpers.png(tmp_path / "chat.png", (200, 100), (250, 250, 250))
    )
    services.store.cases.add_evidence(case_id, stored, kind=EvidenceKind.CHAT_LOG, caption="聊天")
    session.reload()
    window = ImageViewer(services, session, session.case.evidence[0], None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_zoom_fit_and_rotation(viewer):
    viewer.actual_action.trigger()
    assert viewer.view.zoom() == 1.0
    viewer.zoom_in_action.trigger()
    assert viewer.view.zoom() == pytest.approx(1.25)
    viewer.zoom_out_action.trigger()
    viewer.zoom_out_action.trigger()
    assert viewer.view.zoom() == pytest.approx(0.8)
    viewer.rotate_right_action.trigger()
    assert viewer.view.rotation() == 90
    viewer.rotate_left_action.trigger()
    viewer.rotate_left_action.trigger()
    assert viewer.view.rotation() == 270
    viewer.fit_action.trigger()
    assert viewer.view.zoom() > 0


def test_facts_show_the_hash(viewer):
    assert viewer.item.sha256 in viewer.facts.text().replace("\n", "")
    assert "200 × 100" in viewer.facts.text()


def test_redact_by_dragging_creates_a_new_black_file(viewer, session, qtbot):
    original = session.case.evidence[0]
    original_bytes = session.workspace.file_path(original.sha256).read_bytes()
    viewer.actual_action.trigger()
    viewer.redact_action.trigger()
    view = viewer.view
    start = view.mapFromScene(20, 10)
    end = view.mapFromScene(80, 40)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(
        view.viewport(), pos=QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    )
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert len(view.boxes) == 1
    with qtbot.waitSignal(viewer.redacted) as blocker:
        viewer.save_action.trigger()
    new_id = blocker.args[0]
    case = session.workspace.case(session.case_id)
    new = case.evidence_by_id(new_id)
    assert new is not None and new.derived_from == original.sha256
    assert new.kind == EvidenceKind.CHAT_LOG
    assert new.original_name == "chat（已打码）.png"  # the 证据目录 prints it: no English
    data = session.workspace.file_path(new.sha256).read_bytes()
    with Image.open(BytesIO(data)) as image:
        rgb = image.convert("RGB")
        assert rgb.getpixel((50, 25)) == (0, 0, 0)
        assert rgb.getpixel((21, 11)) == (0, 0, 0)
        assert rgb.getpixel((150, 80)) == (250, 250, 250)
        assert rgb.getpixel((10, 5)) == (250, 250, 250)
    # The original is untouched: same bytes, same hash, still in the case, but withheld,
    # and the copy follows it in the list.
    assert session.workspace.file_path(original.sha256).read_bytes() == original_bytes
    assert hashlib.sha256(original_bytes).hexdigest() == original.sha256
    assert session.workspace.file_is_intact(original.sha256)
    assert case.evidence[0].sha256 == original.sha256 and case.evidence[0].withheld
    assert case.evidence[1].id == new_id and not new.withheld
    assert "不外发" in viewer.status.text()  # the UI is Chinese by default


def test_redaction_applies_exif_orientation_and_drops_metadata():
    image = Image.new("RGB", (40, 20), (255, 255, 255))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise on display: shown as 20 × 40
    exif[0x010F] = "PhoneMaker"
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), quality=95)
    out = redact_image(buffer.getvalue(), [(0, 0, 20, 10)])
    with Image.open(BytesIO(out)) as redacted:
        assert redacted.size == (20, 40)
        assert redacted.format == "PNG"
        assert not redacted.getexif()
        assert not {k for k in redacted.info if k not in ("dpi",)}
        assert redacted.convert("RGB").getpixel((5, 5)) == (0, 0, 0)
        assert redacted.convert("RGB").getpixel((10, 30))[0] > 240


def test_redaction_boxes_are_clipped_to_the_image(viewer):
    viewer.view.add_box(QRectF(-50, -50, 100, 100))
    assert viewer.view.box_tuples() == [(0, 0, 50, 50)]


def test_pdf_evidence_shows_facts_and_opens_externally(
    services, session, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    pdf = tmp_path / "bill.pdf"
    pages = [Image.new("RGB", (100, 140), c) for c in ((255, 255, 255), (200, 200, 200))]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:])
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    services.store.cases.add_evidence(case_id, services.store.vault.add_file(pdf))
    session.reload()
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    window = ImageViewer(services, session, session.case.evidence[0], None)
    qtbot.addWidget(window)
    assert window.is_pdf and window.view.isVisibleTo(window)
    # The page is shown as the redaction draws it: 100×140 pt at 150 dpi (PDFium rounds up).
    width, height = window.view.image_rect().size().toTuple()
    assert abs(width - 100 * 150 / 72) <= 1 and abs(height - 140 * 150 / 72) <= 1.5
    assert window.page_label.text() == "第 1/2 页"
    assert "页数：2" in window.facts.text()
    assert session.case.evidence[0].sha256 in window.facts.text().replace("\n", "")
    window.open_external.click()
    assert opened and opened[0].toLocalFile() == str(services.store.vault.path(window.sha))


def test_a_pdf_bill_is_redacted_page_by_page(services, session, qtbot, tmp_path):
    pdf = tmp_path / "bill.pdf"
    pages = [Image.new("RGB", (100, 140), c) for c in ((255, 255, 255), (200, 200, 200))]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    services.store.cases.add_evidence(case_id, services.store.vault.add_file(pdf))
    session.reload()
    original = session.case.evidence[0]
    window = ImageViewer(services, session, original, None)
    qtbot.addWidget(window)
    window.redact_action.trigger()
    window.view.add_box(QRectF(10, 10, 50, 40))
    assert not window.previous_page_action.isEnabled()
    window.next_page_action.trigger()
    assert (window.page, window.view.boxes) == (2, [])
    window.view.add_box(QRectF(100, 200, 60, 60))
    window.previous_page_action.trigger()
    assert window.view.box_tuples() == [(10, 10, 60, 50)]  # page 1's box came back
    assert window.page_boxes() == [
        BoxOnPage(1, (10, 10, 60, 50)),
        BoxOnPage(2, (100, 200, 160, 260)),
    ]
    with qtbot.waitSignal(window.redacted) as saved:
        window.save_action.trigger()
    case = services.store.cases.get(case_id)
    copy = case.evidence_by_id(saved.args[0])
    assert copy is not None and copy.derived_from == original.sha256
    assert case.evidence_by_id(original.id).withheld
    drawn = render_pages(services.store.vault.path(copy.sha256).read_bytes())
    shown = render_pages(pdf.read_bytes())  # what the viewer showed the boxes on
    assert [page.size for page in drawn] == [page.size for page in shown]  # to the pixel
    black = ((0, 0), (0, 0), (0, 0))
    assert drawn[0].crop((11, 11, 59, 49)).getextrema() == black
    assert drawn[0].getpixel((100, 200)) == (255, 255, 255)
    assert drawn[1].crop((101, 201, 159, 259)).getextrema() == black
    assert drawn[1].getpixel((20, 20)) == (200, 200, 200)


def test_a_page_that_cannot_be_drawn_says_why_in_the_ui_language(
    services, session, qtbot, tmp_path, monkeypatch, qapp
):
    from disputekit.app.evidence import redaction
    from disputekit.ui.evidence import image_viewer
    from disputekit.ui.shared.language.i18n import ENGLISH, install_language

    pdf = tmp_path / "bill.pdf"
    Image.new("RGB", (100, 140), (255, 255, 255)).save(pdf, "PDF")
    case_id = services.store.cases.create(helpers.make_case())
    session.select(case_id)
    services.store.cases.add_evidence(case_id, services.store.vault.add_file(pdf))
    session.reload()
    # The stored file is sound, so the viewer is handed bytes PDFium cannot parse.
    monkeypatch.setattr(
        image_viewer, "render_page", lambda data, number: redaction.render_page(b"junk", number)
    )
    install_language(qapp, ENGLISH)
    window = ImageViewer(services, session, session.case.evidence[0], None)
    qtbot.addWidget(window)
    assert window.status.text().startswith("the PDF cannot be read (")
    assert not window.view.isVisibleTo(window)


def test_a_refused_redaction_says_why_in_the_ui_language(viewer, services, dialogs, qapp):
    from disputekit.ui.shared.language.i18n import ENGLISH, install_language

    blob = services.store.vault.blob_path(viewer.sha)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes()[:-10] + b"0123456789")
    viewer.redact_action.trigger()
    viewer.view.add_box(QRectF(10, 10, 50, 40))
    viewer.save_action.trigger()
    assert "已损坏或缺失，无法打码" in dialogs.messages("warning")[-1]
    install_language(qapp, ENGLISH)
    viewer.save_action.trigger()
    assert "is damaged or missing; nothing to redact" in dialogs.messages("warning")[-1]


def test_a_picture_has_no_page_line_and_the_hash_does_not_widen_the_panel(viewer):
    assert not viewer.page_label_action.isVisible()
    assert not viewer.page_label.isVisible()
    assert viewer.facts.width() <= 320
    assert viewer.item.sha256[:32] in viewer.facts.text()
    assert viewer.windowTitle().startswith("证据 1 — ")


def test_the_viewer_fits_the_screen_it_opens_on(viewer):
    from PySide6.QtCore import QSize

    from disputekit.ui.shared.screen_fit import FRAME, fitted

    room = viewer.screen().availableGeometry().size()
    assert viewer.width() + FRAME.width() <= room.width()
    assert viewer.height() + FRAME.height() <= room.height()
    # A 1366×768 screen less a 40-pixel taskbar: the viewer and the OCR dialog fit under a title.
    laptop = QSize(1366, 728)
    for wanted in (QSize(1000, 720), QSize(1180, 700)):
        size = fitted(wanted, laptop)
        assert size.height() + FRAME.height() <= 728 and size.width() <= 1366


def test_boxes_are_opaque_while_drawn_and_the_copy_is_shown_after_saving(viewer, session, qtbot):
    viewer.actual_action.trigger()
    viewer.redact_action.trigger()
    view = viewer.view
    start, end = view.mapFromScene(20, 10), view.mapFromScene(80, 40)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=end)
    drawing = view._drawing
    assert drawing is not None and drawing.brush().color().alpha() == 255
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.boxes[0].brush().color().alpha() == 255
    original = viewer.item
    with qtbot.waitSignal(viewer.redacted) as blocker:
        viewer.save_action.trigger()
    assert viewer.item.id == blocker.args[0] and viewer.item.id != original.id
    assert viewer.sha != original.sha256
    assert viewer.sha[:32] in viewer.facts.text()
    shown = view.scene().items()[-1].pixmap().toImage()
    assert shown.pixelColor(50, 25).name() == "#000000"
