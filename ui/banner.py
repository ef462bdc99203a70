"""The strip above the views: "read-only" (stays) and the opening's warnings (closable)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui.messages import render


class Banner(QFrame):
    """A strip above the views: "read-only" (stays) and the opening's warnings (closable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.readonly = False
        self.label = QLabel(self)
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen = QPushButton(self)
        self.reopen.setObjectName("banner_reopen")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.reopen)
        row.addWidget(self.close_button)
        self.warnings: list[str] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.reopen.setText(self.tr("Openen om te bewerken"))
        self.reopen.setToolTip(self.tr("Het dossier opnieuw openen om te bewerken, als de andere "
                                       "sessie het gesloten heeft"))
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self._render()

    def show_for(self, readonly: bool, warnings: list[str]) -> None:
        self.readonly = readonly
        self.warnings = warnings
        self._render()
        self.setVisible(readonly or bool(warnings))

    def _render(self) -> None:
        lines = []
        if self.readonly:
            lines.append("<b>" + self.tr("Alleen-lezen.") + "</b> " + self.tr(
                "U kunt dit dossier bekijken en exporteren, maar niet wijzigen."))
        lines += [escape(render(w)) for w in self.warnings]
        self.label.setText("<br>".join(lines))
        colour = "#fff4ce" if self.readonly else "#e8f0fe"
        self.setStyleSheet(f"#banner {{ background: {colour}; border-bottom: 1px solid #d8c68a; }}"
                           " #banner QLabel { color: #3b3000; }" if self.readonly else
                           f"#banner {{ background: {colour}; border-bottom: 1px solid #b6c8ea; }}")
        self.reopen.setVisible(self.readonly)
        self.close_button.setVisible(not self.readonly)
