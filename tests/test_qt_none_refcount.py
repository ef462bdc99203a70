"""Guard against a Qt binding that mis-counts references to None.

PySide6 6.12.0 returned None without a reference for every invalid QVariant it handed to
Python (QModelIndex.data() of an empty role, QObject.property() of a missing name). Each
call took one reference from None; after a few thousand the interpreter aborted at exit with
"Fatal Python error: none_dealloc" — the app crashed on closing, and so did the test run.
pyproject.toml excludes that version; this test fails if a build brings it back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "tekst" if role == Qt.ItemDataRole.DisplayRole else None


def _none_references_after(action) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        action()
    gc.collect()
    return sys.getrefcount(None) - before


def test_empty_model_roles_keep_none_alive(qapp) -> None:
    model = _Model()  # keep it alive: an index does not own its model
    index = model.index(0, 0)
    assert _none_references_after(lambda: index.data(Qt.ItemDataRole.ToolTipRole)) > -250


def test_missing_properties_keep_none_alive(qapp) -> None:
    obj = QObject()
    assert _none_references_after(lambda: obj.property("bestaat-niet")) > -250
