"""Pick a quote or an argument to refer to: search, a list, a preview; Enter inserts.

The search matches every word typed against the item's text, advisor, source, option and
number ("vario s3 kmo" narrows to VARIO's quotes about S3 mentioning KMO's); a bare number
("12" or "#12") shows that item only. A number that does not exist is refused in the dialog
itself, with a sentence saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from workbench.project import Project

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PickItem:
    number: int
    line: str           # one line in the list
    haystack: str       # everything the search looks in, case-folded
    preview: str        # HTML


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def quote_items(project: Project) -> list[PickItem]:
    """Every quote of the dossier, with its advisor, source, page and the options it backs."""
    sources = {s.id: s for s in project.sources()}
    advisors = {a.key: a for a in project.advisors()}
    options = {o.key: o for o in project.options()}
    backs: dict[int, list[tuple[str, str, str]]] = {}
    for argument in project.arguments():
        for number in argument.quote_numbers:
            backs.setdefault(number, []).append(
                (argument.option_key, argument.position, argument.text))
    items = []
    for quote in project.quotes():
        source = sources.get(quote.source_id)
        advisor = advisors.get(source.advisor_key or "") if source is not None else None
        who = advisor.key if advisor is not None else "—"
        page = f", p. {quote.page}" if quote.page else ""
        uses = backs.get(quote.number, [])
        keys = sorted({key for key, _p, _t in uses})
        text = " ".join(quote.exact.split())
        line = f"#{quote.number}  {who}{page}  {', '.join(keys)}  “{text[:110]}" \
               f"{'…' if len(text) > 110 else ''}”"
        haystack = _fold(" ".join([str(quote.number), f"#{quote.number}", who,
                                   advisor.name if advisor else "",
                                   source.title if source else "", text, *keys,
                                   *(options[k].title for k in keys if k in options)]))
        head = f"<b>{escape(PickerTexts.quote_head(quote.number))}</b>"
        origin = escape(", ".join(filter(None, [advisor.name if advisor else "",
                                                f"„{source.title}”" if source else "",
                                                PickerTexts.page(quote.page)])))
        used = "".join(f"<li><b>{escape(k)}</b> {escape(labels.label('position', p))}: "
                       f"{escape(t)}</li>" for k, p, t in uses)
        preview = (f"{head}<br><span style='color:#555'>{origin}</span>"
                   f"<blockquote>“{escape(quote.exact)}”</blockquote>"
                   + (f"<ul>{used}</ul>" if used else f"<i>{escape(PickerTexts.unused())}</i>"))
        items.append(PickItem(quote.number, line, haystack, preview))
    return items


def argument_items(project: Project) -> list[PickItem]:
    """Every argument, with its option, position and the quotes behind it."""
    options = {o.key: o for o in project.options()}
    items = []
    for argument in project.arguments():
        option = options.get(argument.option_key)
        position = labels.label("position", argument.position)
        line = f"#{argument.number}  {argument.option_key}  {position}: {argument.text}"
        haystack = _fold(" ".join([str(argument.number), f"#{argument.number}",
                                   argument.option_key, option.title if option else "",
                                   position, argument.text]))
        quotes = ", ".join(f"#{n}" for n in argument.quote_numbers)
        preview = (f"<b>{escape(PickerTexts.argument_head(argument.number))}</b><br>"
                   f"<span style='color:#555'>{escape(argument.option_key)} "
                   f"{escape(option.title if option else '')} — {escape(position)}</span>"
                   f"<p>{escape(argument.text)}</p>"
                   f"<i>{escape(PickerTexts.quotes(quotes))}</i>")
        items.append(PickItem(argument.number, line, haystack, preview))
    return items


class PickerTexts:
    """The translated bits of the previews (built outside a widget)."""

    @staticmethod
    def quote_head(number: int) -> str:
        return QCoreApplication.translate("PickerTexts", "Citaat %1").replace("%1", str(number))

    @staticmethod
    def argument_head(number: int) -> str:
        return QCoreApplication.translate("PickerTexts", "Argument %1").replace("%1", str(number))

    @staticmethod
    def page(page: int | None) -> str:
        return QCoreApplication.translate("PickerTexts", "pagina %1").replace("%1", str(page)) if page else ""

    @staticmethod
    def unused() -> str:
        return QCoreApplication.translate("PickerTexts", "Nog bij geen argument.")

    @staticmethod
    def quotes(numbers: str) -> str:
        if not numbers:
            return QCoreApplication.translate("PickerTexts", "Nog zonder citaten.")
        return QCoreApplication.translate("PickerTexts", "Citaten: %1").replace("%1", numbers)


class ReferencePicker(QDialog):
    """A searchable list of quotes or arguments with a preview of the current one."""

    def __init__(self, kind: str, items: list[PickItem], current: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}_picker")
        self.items = items
        self.chosen: int | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("picker_list")
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        for item in items:
            row = QListWidgetItem(item.line, self.list)
            row.setData(NUMBER_ROLE, item.number)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("picker_preview")
        self.preview.setOpenLinks(False)
        self.status = QLabel(self)
        self.status.setObjectName("picker_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 180])
        layout = QVBoxLayout(self)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate()
        self._filter("")
        if current is not None:
            self.select(current)
        self.search.setFocus()

    def retranslate(self) -> None:
        quote = self.kind == "quote"
        self.setWindowTitle(self.tr("Citaat invoegen") if quote else self.tr("Argument invoegen"))
        self.search_label.setText(
            self.tr("&Zoeken in tekst, adviseur, optie of nummer:"))
        self.search.setPlaceholderText(self.tr("bv. VARIO S3 kmo, of 12"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setAccessibleDescription(self.tr(
            "Elk woord moet voorkomen in de tekst, de adviseur, de bron, de optie of het nummer; "
            "pijltjes kiezen in de lijst, Enter voegt in"))
        self.list.setAccessibleName(self.tr("Citaten") if quote else self.tr("Argumenten"))
        self.list.setAccessibleDescription(self.tr("De gevonden items; Enter voegt het "
                                                   "gekozen item in"))
        self.preview.setAccessibleName(self.tr("Voorbeeld"))
        self.preview.setAccessibleDescription(self.tr("De volledige tekst met bron en pagina"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Invoegen"))
        ok.setAccessibleName(self.tr("Invoegen"))
        ok.setAccessibleDescription(self.tr("Het gekozen item invoegen (Enter)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluiten zonder in te voegen (Escape)"))

    # --- searching -------------------------------------------------------------------------
    def visible_numbers(self) -> list[int]:
        return [int(self.list.item(i).data(NUMBER_ROLE)) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def _filter(self, text: str) -> None:
        words = _fold(text.replace("#", " ")).split()
        number = int(words[0]) if len(words) == 1 and words[0].isdigit() else None
        first = None
        for index, item in enumerate(self.items):
            hit = item.number == number if number is not None else \
                all(word in item.haystack for word in words)
            self.list.item(index).setHidden(not hit)
            if hit and first is None:
                first = index
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentRow(first if first is not None else -1)
            if first is None:
                self.preview.clear()
        self.status.setText(self._count_text(len(self.visible_numbers())))

    def _count_text(self, shown: int) -> str:
        if shown == len(self.items):
            return self.tr("%1 items").replace("%1", str(shown))
        return self.tr("%1 van %2 items").replace("%1", str(shown)) \
            .replace("%2", str(len(self.items)))

    def select(self, number: int) -> None:
        for index, item in enumerate(self.items):
            if item.number == number and not self.list.item(index).isHidden():
                self.list.setCurrentRow(index)
                return

    def _preview(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None:
            self.preview.clear()
            return
        number = int(current.data(NUMBER_ROLE))
        item = next((i for i in self.items if i.number == number), None)
        self.preview.setHtml(item.preview if item else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/PageUp/PageDown in the search field move through the list."""
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() in (
                    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)

    # --- choosing --------------------------------------------------------------------------
    def accept(self) -> None:
        typed = self.search.text().strip().lstrip("#")
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            self.chosen = int(current.data(NUMBER_ROLE))
            super().accept()
            return
        if typed.isdigit():
            message = (self.tr("Er is geen citaat met nummer %1 in dit dossier.")
                       if self.kind == "quote" else
                       self.tr("Er is geen argument met nummer %1 in dit dossier."))
            self.status.setText(message.replace("%1", typed))
        else:
            self.status.setText(self.tr("Niets gevonden: pas de zoekwoorden aan."))
        self.status.setStyleSheet("color: #c62828;")
