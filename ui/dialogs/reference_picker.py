"""Pick a quote or an argument to refer to: search, a list, a preview; Enter inserts.

The search matches every word typed against the item's text, advisor, source, option and
number ("vario s3 kmo" narrows to VARIO's quotes about S3 mentioning KMO's); a bare number
("12" or "#12") shows that item only. A number that does not exist is refused in the dialog
itself, with a sentence saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from workbench.model import Advisor, Argument, Option, Quote, Source
from workbench.project import Project


@dataclass(frozen=True)
class PickItem:
    number: int
    line: str           # one line in the list
    haystack: str       # everything the search looks in, case-folded
    preview: Callable[[], str]     # HTML, built when the item is shown (50,000 quotes)


def _fold(text: str) -> str:
    return text.casefold()


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
        items.append(PickItem(quote.number, line, haystack,
                              partial(_quote_preview, quote, source, advisor, uses)))
    return items


def _quote_preview(quote: Quote, source: Source | None, advisor: Advisor | None,
                   uses: list[tuple[str, str, str]]) -> str:
    head = f"<b>{escape(PickerTexts.quote_head(quote.number))}</b>"
    origin = escape(", ".join(filter(None, [advisor.name if advisor else "",
                                            f"„{source.title}”" if source else "",
                                            PickerTexts.page(quote.page)])))
    used = "".join(f"<li><b>{escape(k)}</b> {escape(labels.label('position', p))}: "
                   f"{escape(t)}</li>" for k, p, t in uses)
    return (f"{head}<br><span style='color:#555'>{origin}</span>"
            f"<blockquote>“{escape(quote.exact)}”</blockquote>"
            + (f"<ul>{used}</ul>" if used else f"<i>{escape(PickerTexts.unused())}</i>"))


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
        items.append(PickItem(argument.number, line, haystack,
                              partial(_argument_preview, argument, option, position)))
    return items


def _argument_preview(argument: Argument, option: Option | None, position: str) -> str:
    quotes = ", ".join(f"#{n}" for n in argument.quote_numbers)
    return (f"<b>{escape(PickerTexts.argument_head(argument.number))}</b><br>"
            f"<span style='color:#555'>{escape(argument.option_key)} "
            f"{escape(option.title if option else '')} — {escape(position)}</span>"
            f"<p>{escape(argument.text)}</p>"
            f"<i>{escape(PickerTexts.quotes(quotes))}</i>")


class PickModel(QStringListModel):
    """The lines of the items the search leaves. A C++ string list: a view over 50,000 quotes
    asks for the row count and lines many times, and a Python model would answer slowly."""

    def __init__(self, items: list[PickItem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.shown: list[int] = []
        self.show_only(list(range(len(items))))

    def show_only(self, shown: list[int]) -> None:
        self.shown = shown
        self.setStringList([self.items[i].line for i in shown])

    def number(self, row: int) -> int | None:
        return self.items[self.shown[row]].number if 0 <= row < len(self.shown) else None


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

    def __init__(self, kind: str, items: list[PickItem] | None, current: int | None = None,
                 parent: QWidget | None = None) -> None:
        """``items`` None: they are being gathered (``set_items`` follows); the officer can
        already type the search."""
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}_picker")
        self.items = items or []
        self.loading = items is None
        self.current = current
        self._searched: str | None = None      # the search the list shows the result of
        self.chosen: int | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        self.model = PickModel(self.items, self)
        self.list = QListView(self)
        self.list.setObjectName("picker_list")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._preview)
        self.list.activated.connect(lambda _index: self.accept())
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
        self.set_items(items)
        self.search.setFocus()

    def set_items(self, items: list[PickItem] | None) -> None:
        """Show ``items`` (None: still loading), filtered by what is typed already."""
        self.loading = items is None
        self.items = items or []
        self.model.items = self.items
        self._searched = None
        self._filter(self.search.text())
        if self.current is not None and not self.search.text().strip():
            self.select(self.current)

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
        return [self.items[i].number for i in self.model.shown]

    def current_number(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.number(index.row()) if index.isValid() else None

    def _filter(self, text: str) -> None:
        words = text.replace("#", " ").casefold().split()
        number = int(words[0]) if len(words) == 1 and words[0].isdigit() else None
        current = self.current_number()
        # Typing on narrows what is shown: search only that (50,000 quotes, each keystroke).
        narrowing = self._searched is not None and number is None and \
            text.casefold().startswith(self._searched) and not self._searched.strip().isdigit()
        pool = self.model.shown if narrowing else range(len(self.items))
        if number is not None:
            shown = [i for i in pool if self.items[i].number == number]
        elif not words:
            shown = list(pool)
        else:
            shown = [i for i in pool if all(word in self.items[i].haystack for word in words)]
        self._searched = text.casefold()
        self.model.show_only(shown)
        self.select(current if current is not None else -1)
        if self.current_number() is None and shown:
            self.list.setCurrentIndex(self.model.index(0, 0))
        if not shown:
            self.preview.clear()
        self.status.setText(self._count_text(len(shown)))
        self.status.setStyleSheet("")

    def _count_text(self, shown: int) -> str:
        if self.loading:
            return self.tr("Laden…")
        quote = self.kind == "quote"
        if shown == len(self.items):
            text = self.tr("%1 citaten") if quote else self.tr("%1 argumenten")
        else:
            text = self.tr("%1 van %2 citaten") if quote else self.tr("%1 van %2 argumenten")
        return text.replace("%1", str(shown)).replace("%2", str(len(self.items)))

    def select(self, number: int) -> None:
        row = next((row for row, index in enumerate(self.model.shown)
                    if self.items[index].number == number), None)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self.list.scrollTo(self.model.index(row, 0))

    def _preview(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.preview.clear()
            return
        self.preview.setHtml(self.items[self.model.shown[current.row()]].preview())

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
        if self.loading:
            return                         # Enter before the list is there: wait for it
        current = self.current_number()
        if current is not None:
            self.chosen = current
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
