"""材料 tab: build the platform-appeal or 12315 packet, preview it, and fill the 12315 form.

Left: kind, who files (代他人投诉 is edited and saved on the 订单 tab with the case), the
pre-check (red blockers, amber warnings, each with a jump to fix it), the exhibits to include
in order, the size budget. Right: the preview and the 12315 fill sheet. Generation runs
in `services.tasks` behind a cancellable progress dialog; the PDF goes to the data folder's
`packets/` and "Save as" copies it wherever the user wants.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from disputekit.app.packets.building import (
    BuiltPacket,
    PacketRefused,
    PacketStopped,
    PacketTooLarge,
    packet_path,
    with_exhibits,
)
from disputekit.app.packets.packet_inputs import packet_inputs
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.case.withheld import releasable
from disputekit.files.private_files import copy_private
from disputekit.messages import os_reason
from disputekit.ui.packet.fill_assistant import FillAssistant
from disputekit.ui.packet.packet_run import build_in_background
from disputekit.ui.packet.packet_tab_view import PacketTabView
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.language.vocab_text import label
from disputekit.ui.shared.save_target import ask_save_path
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession


class PacketBuilderTab(Retranslating, PacketTabView):
    """The packet builder for the session's case."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(services.workspace.packet_defaults(), session, parent)
        self._services, self._session = services, session
        self.result: BuiltPacket | None = None
        self._shared: tuple[SharedContact, ...] = ()
        self.fill_assistant = FillAssistant(services, self.fill_sheet)
        self.budget.withheld_check.toggled.connect(lambda _on: self.refresh())
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.filer_edit_button.clicked.connect(self._edit_filer)
        self.exhibits.dataChanged.connect(self._exhibit_ticked)
        self.budget.draft_check.toggled.connect(lambda _on: self._check())
        self.generate_button.clicked.connect(self.generate)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.save_as_button.clicked.connect(self._ask_save_as)
        session.request_packet_kind.connect(lambda value: self.set_kind(PacketKind(value)))
        session.current_changed.connect(self._case_switched)
        session.case_changed.connect(self.refresh)
        self.retranslate()
        self._case_switched()

    def retranslate(self) -> None:
        """Texts of this tab in the current language (the sub-boxes handle their own)."""
        self.kind_label.setText(self.tr("Packet:"))
        for n, kind in enumerate(PacketKind):
            self.kind_group.button(n).setText(label(kind))
        self.exhibits_label.setText(self.tr("Exhibits (tick to include, drag to reorder):"))
        self.generate_button.setText(self.tr("Generate packet"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.save_as_button.setText(self.tr("Save as…"))
        self.right.setTabText(0, self.tr("Preview"))
        self.right.setTabText(1, self.tr("12315 form fields"))
        self.filer_edit_button.setText(self.tr("Edit on the Order tab"))
        self.exhibits.relabel()
        self._show_filer()
        self.fit_controls()  # English lines are longer

    def kind(self) -> PacketKind:
        """The packet kind chosen."""
        return list(PacketKind)[max(self.kind_group.checkedId(), 0)]

    def set_kind(self, kind: PacketKind) -> None:
        """Choose the packet kind (as a click on its radio button would)."""
        self.kind_group.button(list(PacketKind).index(kind)).setChecked(True)

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        # The preview and "Save as" show one kind's packet: another kind is built first.
        if checked:
            self._drop_result()
            self.refresh()

    def _drop_result(self) -> None:
        self.result = None
        self.preview.clear()
        self.status.setText("")

    def _case_switched(self, *_: object) -> None:
        self.result = None
        self.preview.clear()
        self.refresh()

    def refresh(self) -> None:
        """Re-check blockers, exhibits and the fill sheet for the current case."""
        case = self._session.case
        self.setEnabled(case is not None)
        self.open_folder_button.setEnabled(self.result is not None)
        self.save_as_button.setEnabled(self.result is not None)
        if case is None:
            self.exhibits.set_items([])
            return
        self._show_filer()
        # Other stored cases sharing the complainant's phone or address (办法第十七条(四)).
        self._shared = self._services.workspace.shared_contacts(case, self._session.case_id)
        shown = releasable(case, self.budget.withheld_check.isChecked())
        self.exhibits.set_items(shown.evidence)
        self._check()
        # The 12315 web form has nothing to do with a 消协 application or a court filing.
        court_or_association = self.kind() in (
            PacketKind.CONSUMER_ASSOCIATION,
            PacketKind.CIVIL_COMPLAINT,
        )
        self.right.setTabVisible(1, not court_or_association)

    def _check(self) -> None:
        """Re-run the pre-check on the case as it would be built (the ticked exhibits)."""
        case = self._session.case
        if case is None:
            return
        self.blockers.show_for(
            with_exhibits(case, self.exhibits.order()),
            self.kind(),
            self._services.today(),
            self._services.workspace.calendar(),
            self._shared,
            whole=case,
        )
        # The fill sheet counts the exhibits the packet holds ("证据N份").
        chosen = with_exhibits(case, self.exhibits.order())
        self.fill_assistant.show(self._session.case_id, chosen)
        final_blocked = self.blockers.blocks() and not self.budget.draft_check.isChecked()
        self.generate_button.setToolTip(
            self.tr("Fix the red items first, or tick Draft to build a draft anyway.")
            if final_blocked
            else ""
        )

    def _exhibit_ticked(self, _first: object, _last: object, roles: Sequence[int] = ()) -> None:
        # Only a tick changes what the packet holds; relabelling (language) does not.
        if Qt.ItemDataRole.CheckStateRole in roles:
            self._check()

    def _show_filer(self) -> None:
        case = self._session.case
        filed = case.filed_by if case is not None else None
        if filed is None:
            self.filer_label.setText(self.tr("Filed by the buyer in person."))
        else:
            self.filer_label.setText(
                self.tr(
                    "Filed on the buyer's behalf by {name} (power of attorney included)."
                ).format(name=filed.name.strip() or self.tr("(name missing)"))
            )

    def _edit_filer(self) -> None:
        self._session.request_tab.emit("order")
        self._session.request_field.emit("filed_by.name")

    # --- generating ---------------------------------------------------------------------

    def generate(self) -> None:
        """Build the packet off the GUI thread; the preview opens when it is written."""
        case, case_id = self._session.case, self._session.case_id
        if case is None or case_id is None:
            return
        if self.blockers.blocks() and not self.budget.draft_check.isChecked():
            # Red means it stops the packet: refuse here too (the builder checks only its own).
            self.status.setText(self.tr("Not generated: fix the items listed above first."))
            return
        workspace = self._services.workspace
        out = packet_path(workspace.data_dir, case_id, self.kind(), case.order.order_no)
        inputs = workspace.run(packet_inputs, case)
        self.status.setText(self.tr("Generating…"))
        build_in_background(
            self,
            self._services.tasks,
            self.tr("Generating packet…"),
            with_exhibits(case, self.exhibits.order()),
            self.kind(),
            out,
            file_for=inputs.file_for,
            intake_at=inputs.intake_at,
            stamp_files=inputs.stamp_files,
            today=self._services.today(),
            options=self.budget.options(),
            cache_dir=inputs.cache_dir,
            cache_key=inputs.cache_key,
            calendar=inputs.calendar,  # the user's day-off/workday overrides
            on_done=self._generated,
            on_error=self._failed,
        )

    def _generated(self, result: BuiltPacket) -> None:
        self.result = result
        pages = self.preview.load(result.path)
        self.right.setCurrentWidget(self.preview)
        self.status.setText(
            self.tr("Written: {pages} pages, {size:.2f} MB.").format(
                pages=pages, size=result.size_bytes / (1024 * 1024)
            )
        )
        self.open_folder_button.setEnabled(True)
        self.save_as_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PacketStopped):
            self.status.setText(self.tr("Cancelled; nothing was written."))
        elif isinstance(exc, PacketRefused):
            self.blockers.show_blockers(exc.blockers)
            self.status.setText(self.tr("Not generated: fix the items listed above first."))
        elif isinstance(exc, PacketTooLarge):
            self.status.setText(shown(exc.text))
            if exc.suggested_dpi:
                self.budget.dpi_spin.setValue(exc.suggested_dpi)
        else:
            self.status.setText(self.tr("Failed: {error}").format(error=exc))

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    def _ask_save_as(self) -> None:
        if self.result is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save packet as"),
            str(Path(QDir.homePath()) / self.result.path.name),
            self.tr("PDF files (*.pdf)"),
            self._services.data_dir,
        )
        if path is None:
            return
        try:
            copy_private(self.result.path, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save packet as"),
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=shown(os_reason(exc))
                ),
            )
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))
