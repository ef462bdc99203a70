"""Live references as the officer reads them: "citaat 12 — VARIO, p. 3" in a rounded chip.

``ReferenceLabels`` names a reference and says what is wrong with it (a quote that was deleted,
an option key that does not exist, a generated block inside a sentence); ``ChipObject`` draws
the chip inside the composer's QTextDocument. A broken chip is red, starts with "⚠" and
carries the reason in its tooltip, so colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from ui import labels
from workbench.errors import NotFound
from workbench.export.markdown_refs import BLOCK_KINDS, INLINE_KINDS, Reference, shape_problem
from workbench.project import Project

from .markdown_document import CHIP_TYPE, LABEL, PROBLEM

PAD_X = 5.0
MAX_TITLE = 38


def _short(text: str, limit: int = MAX_TITLE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,:;") + "…"


def reference_of(kind: str, target: str = "") -> Reference:
    raw = f"[[{kind}:{target}]]" if target else f"[[{kind}]]"
    return Reference(kind, target, raw, 1, kind in BLOCK_KINDS)


class ReferenceLabels(QObject):
    """Readable labels and problems of references, looked up in ``project``."""

    def __init__(self, project: Project | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project

    def describe(self, ref: Reference) -> tuple[str, str]:
        """(label, problem); problem is "" when the reference renders in the export."""
        kind_names = {"quote": self.tr("citaat"), "argument": self.tr("argument"),
                      "overview": self.tr("overzicht"), "matrix": self.tr("standpuntenmatrix"),
                      "advisors": self.tr("lijst van adviseurs")}
        if ref.kind not in INLINE_KINDS + BLOCK_KINDS:
            typed = ref.raw[2:-2].strip()
            return (self.tr("⚠ onbekend: %1").replace("%1", typed),
                    self.tr("Onbekende verwijzing „%1”. Verwijder ze en voeg een citaat, "
                            "argument of overzicht in met de knoppen.").replace("%1", typed))
        base = f"{kind_names[ref.kind]} {ref.target}".strip()
        if shape_problem(ref) is not None:
            return f"⚠ {base}", self._shape_problem(ref, kind_names[ref.kind])
        try:
            label = self._label(ref, base)
        except NotFound:
            return (self.tr("⚠ %1 — bestaat niet").replace("%1", base),
                    self.tr("Er is geen %1 %2 in het dossier (meer). Verwijder deze verwijzing "
                            "of vervang ze door een bestaande.")
                    .replace("%1", kind_names[ref.kind]).replace("%2", ref.target))
        return label, ""

    def _shape_problem(self, ref: Reference, name: str) -> str:
        if ref.kind in BLOCK_KINDS and not ref.standalone:
            return self.tr("De %1 moet alleen op een regel staan: zet hem in een eigen alinea.") \
                .replace("%1", name)
        return self.tr("De verwijzing naar een %1 heeft geen geldig nummer of geldige sleutel.") \
            .replace("%1", name)

    def _label(self, ref: Reference, base: str) -> str:
        project = self.project
        if project is None:
            return base
        if ref.kind == "quote":
            quote = project.quote(int(ref.target))
            source = project.source(project.quote_source_number(quote))
            who = source.advisor_key or self.tr("achtergrond")
            if source.advisor_key:
                try:
                    who = project.advisor(source.advisor_key).key
                except NotFound:
                    pass
            page = self.tr(", p. %1").replace("%1", str(quote.page)) if quote.page else ""
            return f"{base} — {who}{page}"
        if ref.kind == "argument":
            argument = project.argument(int(ref.target))
            return f"{base} — {argument.option_key}, {labels.label('position', argument.position)}"
        if ref.kind == "overview":
            key = ref.target.rsplit("/", 1)[-1]
            option = project.option(key)
            return f"{base} — {_short(option.title)}"
        return base[:1].upper() + base[1:]

    def problem(self, kind: str, target: str) -> str:
        """Why inserting this reference is refused, or "" when it may be inserted."""
        return self.describe(reference_of(kind, target))[1]


class ChipObject(QPyTextObject):
    """Draws each chip of a document: its label in a rounded box (red when broken)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def install(document: QTextDocument, handler: ChipObject) -> None:
        document.documentLayout().registerHandler(CHIP_TYPE, handler)

    @staticmethod
    def _font(document: QTextDocument, fmt: QTextFormat) -> QFont:
        font = QFont(document.defaultFont())
        char = QTextCharFormat(fmt.toCharFormat())
        if char.fontWeight() > QFont.Weight.Medium:
            font.setBold(True)
        if char.fontItalic():
            font.setItalic(True)
        adjust = char.property(QTextFormat.Property.FontSizeAdjustment)
        if adjust:
            font.setPointSizeF(font.pointSizeF() * (1 + 0.2 * int(adjust)))
        return font

    def intrinsicSize(self, document: QTextDocument, _position: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(self._font(document, fmt))
        label = fmt.stringProperty(LABEL)
        return QSizeF(metrics.horizontalAdvance(label) + 2 * PAD_X + 2, metrics.height() + 2)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, document: QTextDocument,
                   _position: int, fmt: QTextFormat) -> None:
        broken = bool(fmt.stringProperty(PROBLEM))
        fill, border, ink = (("#fdecea", "#c62828", "#b71c1c") if broken
                             else ("#e3eefc", "#7da7d9", "#0d3c78"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(rect).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(border), 1.4 if broken else 1.0,
                            Qt.PenStyle.DashLine if broken else Qt.PenStyle.SolidLine))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box, 6, 6)
        font = self._font(document, fmt)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        metrics = QFontMetricsF(font)
        baseline = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent()
        painter.drawText(QPointF(box.left() + PAD_X, baseline), fmt.stringProperty(LABEL))
        painter.restore()
