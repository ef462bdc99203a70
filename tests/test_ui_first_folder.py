"""The first file dialog starts in the Documents folder, not in the profile's root (#14, found
walking a new dossier: "C:\\Users\\name\\nieuw dossier.cwb")."""

from __future__ import annotations

from pathlib import Path

from ui import settings


def test_the_first_folder_is_documents(qtbot, tmp_path: Path) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    assert Path(settings.last_folder()) == documents
    from ui.dialogs.new_dossier import NewDossierDialog

    dialog = NewDossierDialog(None)
    qtbot.addWidget(dialog)
    assert Path(dialog.file.text()).parent == documents
    settings.LAST_FOLDER.set(str(tmp_path))            # later: where the user last was
    assert settings.last_folder() == str(tmp_path)


def test_without_documents_it_is_home(qtbot) -> None:
    assert not (Path.home() / "Documents").exists()
    assert settings.last_folder() == str(Path.home())
