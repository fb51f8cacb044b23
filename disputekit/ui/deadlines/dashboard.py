"""志愿者总览: every case at a glance (counts by order status and by channel, overdue, amount
claimed vs refunded, bar charts) and bulk export of the selected cases as bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.bundles import ExportCancelled, bundle_name, export_cases
from disputekit.app.deadlines.dashboard import DashboardStats, compute_stats
from disputekit.domain.case.values.money import format_yuan
from disputekit.domain.case.vocabulary import Channel, OrderStatus
from disputekit.ui.cases.case_columns import in_shown_order
from disputekit.ui.cases.case_list_model import CaseListModel
from disputekit.ui.deadlines.bar_chart import BarChart
from disputekit.ui.deadlines.due_panel import DuePanel
from disputekit.ui.shared import palette
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.language.vocab_text import label
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.tasks import ProgressReporter, TaskCancelled, run_with_progress_dialog


class Dashboard(QWidget):
    """A top-level window over the whole store."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self.stats: DashboardStats | None = None
        self._judged_at = services.clock()
        self.exported: list[Path] = []
        self.setWindowTitle(self.tr("Volunteer dashboard"))
        layout = QVBoxLayout(self)

        figures = QGridLayout()
        self.total_label, self.overdue_label = QLabel(), QLabel()
        self.due_soon_label, self.platform_label = QLabel(), QLabel()
        self.claimed_label, self.refunded_label = QLabel(), QLabel()
        # Money on the first row, the one count of deadlines (as the banner's) on the second.
        for n, widget in enumerate(
            (
                self.total_label,
                self.claimed_label,
                self.refunded_label,
                self.overdue_label,
                self.due_soon_label,
                self.platform_label,
            )
        ):
            widget.setStyleSheet("font-size: 14pt; font-weight: bold")
            figures.addWidget(widget, n // 3, n % 3)
        layout.addLayout(figures)
        self.contacts_label = QLabel()
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setStyleSheet("color: #c62828")
        self.contacts_label.hide()
        layout.addWidget(self.contacts_label)

        charts = QHBoxLayout()
        self.status_chart, self.channel_chart = BarChart(), BarChart()
        for title, chart in (
            (self.tr("By order status"), self.status_chart),
            (self.tr("By channel now"), self.channel_chart),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(chart)
            charts.addWidget(box)
        layout.addLayout(charts)

        self.cases = CaseListModel(services.workspace, lambda: services.clock(), self)
        self.table = QTableView()
        self.table.setModel(self.cases)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        in_shown_order(self.table.horizontalHeader())
        self.due_panel = DuePanel(services.workspace, services.clock)
        self.due_panel.changed.connect(self.refresh)
        self.lists = QTabWidget()
        self.lists.addTab(self.table, self.tr("Cases"))
        self.lists.addTab(self.due_panel, self.tr("Deadlines"))
        layout.addWidget(self.lists, 1)

        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export selected as bundles…"))
        self.export_button.clicked.connect(self._ask_export)
        # What the last export wrote, with the way to its folder.
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.open_export_button = QPushButton(self.tr("Open folder"))
        self.open_export_button.clicked.connect(self._open_export_folder)
        self.open_export_button.hide()
        self._export_folder: Path | None = None
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_result, 1)
        row.addWidget(self.open_export_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.resize(1000, 700)
        self.refresh()

    def refresh(self) -> None:
        """Recount every case (in the background: the channel needs each case's advice)."""
        self.cases.reload()
        services, now = self._services, self._services.clock()
        self._judged_at = now

        def work(reporter: ProgressReporter) -> DashboardStats:
            # The window is not modal: the worker reads through its own connection.
            with services.workspace.on_own_connection() as own:
                return own.run(compute_stats, now, reporter, reporter.cancelled)

        self._services.tasks.start(work, on_done=self._show, on_error=self._failed)

    def _show(self, stats: DashboardStats) -> None:
        self.stats = stats
        self.total_label.setText(self.tr("Cases: {n}").format(n=stats.total))
        counts = stats.counts
        self.overdue_label.setText(self.tr("Legal overdue: {n}").format(n=counts.overdue))
        self.due_soon_label.setText(self.tr("Legal due soon: {n}").format(n=counts.due_soon))
        self.platform_label.setText(self.tr("Platform periods: {n}").format(n=counts.platform))
        self.platform_label.setToolTip(
            self.tr(
                "Periods a platform or seller sets itself (e.g. a 24-hour customer-service "
                "review): {late} past, {soon} due soon, {dismissed} dismissed. Not legal deadlines."
            ).format(
                late=counts.platform_overdue, soon=counts.platform_due_soon,
                dismissed=counts.dismissed,
            )
        )  # fmt: skip
        self.due_panel.set_found(stats.due, self._judged_at)
        self.claimed_label.setText(
            self.tr("Claimed: {amount}").format(amount=format_yuan(stats.claimed))
        )
        self.refunded_label.setText(
            self.tr("Refunded: {amount}").format(amount=format_yuan(stats.refunded))
        )
        for widget, count, colour in (
            (self.overdue_label, counts.overdue, palette.OVERDUE),
            (self.due_soon_label, counts.due_soon, palette.DUE_SOON),
            (self.platform_label, counts.platform, palette.DUE_SOON),
        ):
            widget.setStyleSheet(
                "font-size: 14pt; font-weight: bold" + (f"; color: {colour}" if count else "")
            )
        self.contacts_label.setVisible(bool(stats.shared_contacts))
        if stats.shared_contacts:
            cases = ", ".join(f"#{n} {order_no}" for n, order_no in stats.shared_contacts)
            self.contacts_label.setText(
                self.tr(
                    "Shared contact details: {cases}. Several complainants using one phone number "
                    "or address may look like non-genuine complaints (Measures Art. 17(4)). Each "
                    "buyer files with their own phone and address; a volunteer acts as the agent "
                    "(受托人) under Art. 11, with a power of attorney."
                ).format(cases=cases)
            )
        self.status_chart.set_bars([(label(s), stats.by_status[s]) for s in OrderStatus])
        self.channel_chart.set_bars([(label(c), stats.by_channel[c]) for c in Channel])

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Dashboard"), error_text(exc))

    def selected_ids(self) -> list[int]:
        """The ids of the selected cases, in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.cases.summary(r).id for r in rows]

    def _ask_export(self) -> None:
        if not self.selected_ids():
            QMessageBox.information(self, self.tr("Export"), self.tr("Select cases first."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export bundles to"))
        if folder:
            self.export_selected(Path(folder))

    def export_selected(
        self, folder: Path, on_done: Callable[[list[Path]], None] | None = None
    ) -> None:
        """Export each selected case as a bundle into `folder`, with a cancellable progress
        dialog; `self.exported` lists the files written."""
        ids = self.selected_ids()
        services = self._services
        rows = {i: self.cases.row_of(i) for i in ids}
        names = {
            i: bundle_name(i, self.cases.summary(row).order_no if row is not None else "")
            for i, row in rows.items()
        }

        def work(reporter: ProgressReporter) -> list[Path]:
            with services.workspace.on_own_connection() as own:
                return own.run(export_cases, names, folder, reporter, reporter.cancelled)

        def done(paths: list[Path]) -> None:
            self.exported = paths
            self._export_folder = folder
            self.export_result.setText(
                self.tr("Exported {count} bundle(s) to {folder}.").format(
                    count=len(paths), folder=folder
                )
            )
            self.open_export_button.show()
            if on_done is not None:
                on_done(paths)

        def failed(exc: BaseException) -> None:
            self.export_result.setText(self.tr("Nothing was exported."))
            self.open_export_button.hide()
            if not isinstance(exc, TaskCancelled | ExportCancelled):
                QMessageBox.warning(self, self.tr("Export"), error_text(exc))

        run_with_progress_dialog(
            self, self._services.tasks, self.tr("Exporting bundles…"), work, done, failed
        )

    def _open_export_folder(self) -> None:
        if self._export_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._export_folder)))
