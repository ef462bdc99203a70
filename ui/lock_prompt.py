"""Asking what to do when the dossier is open for editing elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import lock
from workbench.errors import DossierLocked

READONLY, TAKEOVER, CANCEL = "readonly", "takeover", "cancel"


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockPrompt", text)


def ask_open_locked(parent: QWidget | None, path: Path, error: DossierLocked) -> str:
    """Ask the user what to do with a dossier another session holds open for editing.

    Call it when ``Project.open(path)`` raised ``DossierLocked``; it shows who holds the dossier,
    on which computer and since when (from ``error.holder``) and returns:

    - ``"readonly"``: open it with ``Project.open(path, readonly=True)``;
    - ``"takeover"``: open it with ``Project.open(path, take_over=True)`` (the user confirmed
      that the other session is gone; the other session's later edits may clash);
    - ``"cancel"``: do nothing.

    The typical open flow::

        try:
            project = Project.open(path)
        except DossierLocked as exc:
            choice = ask_open_locked(self, path, exc)
            if choice == "cancel":
                return
            project = Project.open(path, readonly=choice == "readonly",
                                   take_over=choice == "takeover")
    """
    holder = error.holder or {}
    user = holder.get("user") or translate("LockPrompt", "iemand")
    host = holder.get("host") or translate("LockPrompt", "een onbekende computer")
    since = lock.format_since(holder.get("since", ""))
    same_computer = holder.get("host") == lock.this_host()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("LockPrompt", "Dossier in gebruik"))
    box.setText(translate("LockPrompt", "%1 is geopend om te bewerken door %2 op %3 sinds %4.")
                .replace("%1", Path(path).name).replace("%2", user).replace("%3", host)
                .replace("%4", since))
    if same_computer:
        advice = translate("LockPrompt",
            "Het dossier is al open in een ander venster op deze computer. Open het "
            "alleen-lezen, of sluit het andere venster eerst.")
    else:
        advice = translate("LockPrompt",
            "U kunt het alleen-lezen openen, of %2 vragen het te sluiten. Overnemen "
            "alleen als die computer vastgelopen of uitgeschakeld is: wijzigingen die "
            "daar nog gebeuren, kunnen botsen met de uwe.").replace("%2", user)
    box.setInformativeText(advice)
    readonly = box.addButton(translate("LockPrompt",
        "Alleen-lezen openen"), QMessageBox.ButtonRole.AcceptRole)
    readonly.setObjectName(READONLY)
    takeover = box.addButton(translate("LockPrompt", "Overnemen"), QMessageBox.ButtonRole.DestructiveRole)
    takeover.setObjectName(TAKEOVER)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(readonly)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is readonly:
        return READONLY
    if clicked is takeover:
        return TAKEOVER
    return CANCEL
