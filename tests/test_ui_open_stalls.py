"""Opening a dossier: what the first opening of a session used to compute on the GUI thread
is ready before it (#14)."""

from __future__ import annotations

import threading

from ui import tasks
from ui.main_window import MainWindow
from workbench.store import changes, migrations, schema


def test_the_window_prepares_the_first_opening_off_its_thread(qtbot, monkeypatch) -> None:
    """Verifying a dossier's schema and installing the undo log run every migration on a
    scratch database the first time (0.2-0.4 s): done in the background when the window
    is made, not when the officer opens the first dossier."""
    schema.reference.cache_clear()
    changes._expected_tables.cache_clear()
    monkeypatch.setattr(MainWindow, "_warmed", False)
    migrated_on: list[int] = []
    real = migrations.migrate

    def spy(*args, **kwargs):
        migrated_on.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(migrations, "migrate", spy)
    window = MainWindow()
    qtbot.addWidget(window)
    assert tasks.settle(30000)
    assert schema.reference.cache_info().currsize == 1
    assert changes._expected_tables.cache_info().currsize == 1
    assert migrated_on and threading.get_ident() not in migrated_on
    second = MainWindow()                   # once per process
    qtbot.addWidget(second)
    assert tasks.settle(30000)
    assert len(migrated_on) == 2
