"""The main window: start screen or the open dossier's views, docks, menus, undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import dock_sizer, i18n, labels, settings
from ui.banner import Banner
from ui.dialogs.new_dossier import NewDossierDialog
from ui.first_reads import FirstReads, read_first
from ui.lock_prompt import CANCEL, READONLY, TAKEOVER, ask_open_locked
from ui.main_actions import (
    build_menus,
    create_actions,
    retranslate_actions,
    retranslate_menus,
    retranslate_undo_actions,
)
from ui.messages import error_text, render
from ui.models.dossier_tree import KEY_ROLE, KIND_ROLE, DossierTreeModel
from ui.navigator_window import NavigatorWindow
from ui.next_step import SETUP, STEPS, NextStepBar, journey_counts
from ui.session import Session
from ui.start_screen import StartScreen
from ui.structure_editor import StructureEditor
from ui.tasks import TaskRunner
from ui.workspace import Workspace
from workbench import Project, WorkbenchError, backups, failures
from workbench.checks import readable_problems
from workbench.display import for_display
from workbench.errors import DamagedDossier, DossierLocked, DossierNotWritable, NotADossier

if TYPE_CHECKING:
    from ui.audit_dialog import AuditDialog

DOSSIER_SUFFIX = ".cwb"
AUDITED = ("question", "option", "advisor", "source")
# How long after a dossier is shown its deferred work (the first suggestion scan, the on-open
# backup) waits: the window paints the new dossier first. That work's Python in this process
# (the scan's results unpickled as they arrive, the backup's steps) holds the interpreter the
# window needs to fill its views: the openings froze 166-224 ms with it, 129-189 without (#14).
OPENING_GRACE_MS = 300


def demo_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / "demo.cwb"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class MainWindow(NavigatorWindow):
    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1360, 860)
        self.setAcceptDrops(True)
        self.session: Session | None = None
        self._session_links: list = []            # (signal, slot) of the session, to undo
        self.editor: StructureEditor | None = None
        self.undo_group = QUndoGroup(self)
        self.tasks = TaskRunner(self)
        self._warm_up()
        self.guide_dialog: QDialog | None = None      # Help > Handleiding, kept while open
        self.todo_dialog: QDialog | None = None       # Help > Wat moet ik nog doen?
        self.tree_model = DossierTreeModel(parent=self)
        self.navigator = self._make_navigator()
        self._unfolded: set[tuple[str, str]] = set()   # advisors the officer unfolded
        self.tree_model.modelAboutToBeReset.connect(self._remember_unfolded)
        self.tree_model.modelReset.connect(self._expand_navigator)
        self.navigator_dock = self._dock("dock_navigator", self.navigator,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.start_screen = StartScreen(self)
        self.start_screen.open_requested.connect(self.open_path)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.start_screen.new_requested.connect(self.new_dossier)
        self.start_screen.choose_requested.connect(self.choose_and_open)
        self.workspace = Workspace(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_screen)
        self.pages.addWidget(self.workspace)
        self.banner = Banner(self)
        self.banner.reopen.clicked.connect(self.reopen_for_editing)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        self.next_step = NextStepBar(self._take_step, self, explain=self.show_guide)
        column.addWidget(self.next_step)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.recent_menu: QMenu | None = None
        self.export_box: QMessageBox | None = None     # the last export's message (tests read it)
        self.export_result = None
        self.audit_dialog: AuditDialog | None = None
        self.acts = create_actions(self)
        build_menus(self)
        self.retranslate()
        self._docks_put_away: list[QDockWidget] = []
        self.set_project(project)
        self._restore_layout()
        self._place_docks(project is not None)       # the saved layout showed them all

    # --- construction ---------------------------------------------------------------------
    def _dock(self, name: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        return [self.navigator_dock, *self.workspace.docks]

    def retranslate(self) -> None:
        retranslate_actions(self.acts)
        retranslate_menus(self)
        self.navigator_dock.setWindowTitle(self.tr("Dossier"))
        self.navigator.setAccessibleName(self.tr("Dossiernavigator"))
        self.navigator.setAccessibleDescription(self.tr(
            "Vragen met hun opties, adviesinstanties met hun bronnen. Eén klik op een optie "
            "toont haar bord, op een bron haar tekst; F2 wijzigt, het contextmenu biedt meer."))
        self.start_screen.retranslate()
        self.workspace.retranslate()
        self.banner.retranslate()
        self.tree_model.reload()              # (its modelReset expands the navigator)
        self._update_title()
        self._update_counts()

    def set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        i18n.install(code)
        retranslate_undo_actions(self)
        self.retranslate()

    _warmed = False

    def _warm_up(self) -> None:
        """Once per process, in the background: what opening any dossier first computes
        (its reference schema, the undo log's tables; 0.2-0.4 s that froze the first
        opening, #14)."""
        if MainWindow._warmed:
            return
        MainWindow._warmed = True
        self.tasks.run("warm-up", lambda _task: Project.warm_up(), lambda _result: None,
                       lambda _error: None)   # the opening does it again and says what failed

    # --- the open dossier -----------------------------------------------------------------
    def set_project(self, project: Project | None, *,
                    first_reads: FirstReads | None = None) -> None:
        """Show ``project`` (None: the start screen). ``first_reads``: what its views read
        first, read ahead off this thread (``ui.first_reads``)."""
        if self.audit_dialog is not None:
            self.audit_dialog.close()
            self.audit_dialog.deleteLater()
            self.audit_dialog = None
        if self.todo_dialog is not None:       # it lists the checks of the dossier left
            self.todo_dialog.close()
            self.todo_dialog.deleteLater()
            self.todo_dialog = None
        if self.session is not None:
            if self.session.project is not project:
                self.tasks.cancel("backup")     # of the dossier being closed
                self.tasks.cancel("damage-scan")
                # the suggestion scan stops between two chunks it stores, or at once while
                # the scan process ranks (#14: switching waited for the whole scan)
                self.tasks.cancel("suggestions")
                # a scan or an import writes through this session's lock: not released under
                # it. Not every task: the checks or a list still being read only read, and
                # waiting for them froze the switch for as long as they took (#14).
                self.tasks.wait_for(("suggestions", "import"), 10000)
            self._release_session(self.session, close=self.session.project is not project)
        # settled once the window has shown it (_settle_later): its deferred work waits
        self.session = Session(project, self, settled=False) if project is not None else None
        if self.session is not None:
            self.session.first_reads = first_reads
            # Connected first, so that a release after a failure halfway finds them.
            self._session_links = [(signal, slot) for signal, slot in (
                (self.session.changed, self._on_change),
                (self.session.reloaded, self._on_reload),
                (self.session.show_place, self._select_in_navigator))]
            for signal, slot in self._session_links:
                signal.connect(slot)
        self.editor = StructureEditor(self.session.runner, self) if self.session else None
        # its modelReset unfolds the navigator (_expand_navigator); the advisors unfolded by
        # hand in the dossier left are not this one's
        self._forget_unfolded = True
        self.tree_model.set_project(project,
                                    sources=first_reads.sources if first_reads else None)
        if self.session is not None:
            self.undo_group.addStack(self.session.stack)
            self.undo_group.setActiveStack(self.session.stack)
        self.workspace.set_session(self.session)
        self.pages.setCurrentWidget(self.workspace if project else self.start_screen)
        if project is None:
            # its recent dossiers, each looked up on disk (a network share can be slow to
            # answer): only when it is shown, not at every opening (#14)
            self.start_screen.refresh()
        self._update_actions()
        for dock in self.workspace.docks:
            dock.setEnabled(project is not None)
        self._place_docks(project is not None)
        self._update_title()
        self._update_counts()
        self._show_banner(project)
        if self.session is not None:
            self.session.first_reads = None        # later reloads read the dossier as it is
            self._settle_later(self.session)

    @property
    def settled(self) -> bool:
        """No opening under way: the dossier shown (if any) has started the work it defers
        (``Session.settled``). A test that waits for the opening's scan to end waits for this
        first: before it, no scan has started yet."""
        return self.session is None or self.session.is_settled

    def _settle_later(self, session: Session) -> None:
        """End the opening of ``session`` once the window has painted it."""
        def settle() -> None:
            if self.session is session:
                session.settle()

        # with the session as context: a session released before then never settles
        QTimer.singleShot(OPENING_GRACE_MS, session, settle)

    def _release_session(self, session: Session, close: bool) -> None:
        """Detach every view and signal from ``session`` before another dossier is shown, so
        that nothing of the old dossier answers a signal meant for the new one."""
        self.undo_group.removeStack(session.stack)
        self.workspace.set_session(None)
        for signal, slot in self._session_links:
            signal.disconnect(slot)
        self._session_links = []
        if close:
            session.close()
        else:
            session.detach()
        session.deleteLater()

    def _update_actions(self) -> None:
        """Dossier actions need an open dossier; editing actions also need it writable."""
        project = self.project
        readonly = project is not None and project.readonly
        for action in self.acts.values():
            if action.property("needs_dossier"):
                action.setEnabled(project is not None and
                                  not (readonly and action.property("edits")))

    def _show_banner(self, project: Project | None) -> None:
        """The read-only notice and the opening's warnings (network share, lock taken over,
        backup failed), shown once per opening."""
        if project is None:
            self.banner.hide()
            return
        warnings = list(project.warnings)
        self.banner.show_for(project.readonly, warnings)
        if warnings:
            self.statusBar().showMessage(render(warnings[0]), 15000)

    def _on_change(self, _label: str) -> None:
        self._update_title()
        self._update_counts()

    def _on_reload(self) -> None:
        self.tree_model.reload()              # (its modelReset expands the navigator)
        self._on_change("")

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle(self.tr("Consultation Workbench"))
            return
        suffix = self.tr(" [alleen lezen]") if self.project.readonly else ""
        title = for_display(self.project.dossier().title, limit=120)
        self.setWindowTitle(f"{title} — {for_display(self.project.path.name)}{suffix}")

    def _take_step(self, slot: str) -> None:
        getattr(self, slot)()

    def _update_counts(self) -> None:
        if self.project is None:
            self.counts_label.clear()
            self.next_step.update_for(None)
            return
        c = journey_counts(self.project)
        self.next_step.update_for(c, self.project.readonly, self.project.path)
        advisors = (self.tr("1 adviesinstantie") if c["advisor"] == 1 else
                    self.tr("%1 adviesinstanties").replace("%1", str(c["advisor"])))
        self.counts_label.setText(" · ".join((
            labels.count_of("options", c["option"]), advisors,
            labels.count_of("sources", c["source"]), labels.count_of("quotes", c["quote"]),
            labels.count_of("arguments", c["argument"]))))

    # --- opening and creating -------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        path = Path(path)
        if self.project is not None and _same_file(self.project.path, path):
            return True                   # already open in this window
        project = self.open_project(path)
        if project is None:
            self.start_screen.refresh()
            return False
        checked, first_reads = self._show_if_damaged(path, project)
        if not checked:
            return False
        try:
            self.set_project(project, first_reads=first_reads)
        except failures.DAMAGE as exc:       # e.g. text that is not UTF-8, met while loading
            error = failures.explain(exc, path)
            if error is None:
                raise
            self.set_project(None)
            project.close()
            self.open_failed(path, error)
            return False
        settings.add_recent_file(path)
        session = self.session
        assert session is not None

        def backup() -> None:
            if self.session is session:
                self._backup_in_background(project)

        session.when_settled(backup)      # after the window has painted the dossier (#14)
        return True

    def _backup_in_background(self, project: Project) -> None:
        """The on-open backup, deferred by ``open_project``: copied in steps on a connection
        of its own while the officer already works (#15: a 275 MB dossier took most of a
        minute to copy before the window showed). Cancelled when the dossier is closed."""
        if project.readonly:
            return
        path = project.path

        def work(task) -> object:
            def progress(done: int, total: int) -> bool:
                task.progress(done, total)
                return not task.is_cancelled()

            return backups.open_backup_in_steps(path, progress=progress)

        def done(made: object) -> None:
            if made is not None and self.project is project:
                self.statusBar().showMessage(self.tr("Reservekopie gemaakt."), 5000)

        def failed(error: BaseException) -> None:
            if isinstance(error, backups.BackupCancelled) or self.project is not project:
                return
            self.banner.show_for(False, [error_text(error)])

        if self.tasks.run("backup", work, done, failed) is not None:
            self.statusBar().showMessage(self.tr("Reservekopie wordt gemaakt…"), 5000)

    def _show_if_damaged(self, path: Path,
                         project: Project) -> tuple[bool, FirstReads | None]:
        """A damaged dossier is a message naming the damage, never a crash later on (#13).
        (False, None) when it is damaged; else True and what its views read first."""
        problems = []
        first_reads: FirstReads | None = None

        def check(_task) -> tuple[list, FirstReads | None]:
            # on a connection of its own, off the GUI thread: 2-3 s on the 2,000-source
            # dossier, and the window went blank meanwhile (#14). A sound dossier's views'
            # first reads follow on it: ~40 ms of the window's time at every opening.
            with project.worker() as own:
                found = readable_problems(own)
                return found, (None if found else read_first(own))

        try:
            found, first_reads = self.tasks.run_waiting("open-check", check)
            problems = [render(p.message) for p in found]
        except WorkbenchError as exc:          # its own connection was refused: say why
            problems = [error_text(exc)]
        except failures.DAMAGE as exc:
            error = failures.explain(exc, path)
            if error is None:
                raise
            problems = [error_text(error)]
        if not problems:
            return True, first_reads
        project.close()
        self.open_failed(path, DamagedDossier(
            self.tr("Het dossier is beschadigd:") + "\n" + "\n".join(problems[:5])))
        self.start_screen.refresh()
        return False, None

    def open_project(self, path: Path, readonly: bool = False) -> Project | None:
        """Open ``path``, asking what to do when it is locked or not writable; None when it
        could not be opened (the user has been told why) or the user cancelled."""
        try:
            # the on-open backup follows in the background (open_path): a usable window first
            return Project.open(path, readonly=readonly, defer_backup=True)
        except DossierLocked as exc:
            choice = ask_open_locked(self, path, exc)
            if choice == CANCEL:
                return None
            return self._open_again(path, readonly=choice == READONLY,
                                    take_over=choice == TAKEOVER)
        except DossierNotWritable as exc:
            if self.ask_readonly_instead(path, error_text(exc)):
                return self._open_again(path, readonly=True)
            return None
        except (WorkbenchError, OSError) as exc:
            self.open_failed(path, exc)
            return None
        except failures.DAMAGE as exc:        # damage met while opening: said, not a crash
            error = failures.explain(exc, path)
            if error is None:
                raise
            self.open_failed(path, error)
            return None

    def _open_again(self, path: Path, *, readonly: bool = False,
                    take_over: bool = False) -> Project | None:
        try:
            return Project.open(path, readonly=readonly, take_over=take_over,
                                defer_backup=True)
        except (WorkbenchError, OSError) as exc:
            self.open_failed(path, exc)
            return None

    def ask_readonly_instead(self, path: Path, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dossier openen"), message,
                          QMessageBox.StandardButton.Cancel, self)
        readonly = box.addButton(self.tr("Alleen-lezen openen"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(readonly)
        box.exec()
        return box.clickedButton() is readonly

    def open_failed(self, path: Path, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Dossier openen"),
                            self.tr("%1 kon niet worden geopend.").replace("%1", Path(path).name)
                            + "\n\n" + error_text(error))
        if isinstance(error, NotADossier) or not Path(path).exists():
            settings.remove_recent_file(path)

    def reopen_for_editing(self) -> bool:
        """From read-only to editing (when the other session has closed it, or by taking over)."""
        if self.project is None or not self.project.readonly:
            return False
        path = self.project.path
        project: Project | None
        try:
            project = Project.open(path)
        except DossierLocked as exc:
            if ask_open_locked(self, path, exc) != TAKEOVER:
                return False
            project = self._open_again(path, take_over=True)
        except (WorkbenchError, OSError) as exc:
            self.open_failed(path, exc)
            return False
        if project is None:
            return False
        self.set_project(project)
        return True

    def choose_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Dossier openen"), settings.last_folder(), self.tr("Dossiers (*.cwb)"))
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> bool:
        path = demo_file()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            from workbench.demo import build_demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                build_demo(path).close()
            except WorkbenchError as exc:
                QMessageBox.warning(self, self.tr("Demodossier"), error_text(exc))
                return False
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self.open_path(path)

    def new_dossier(self) -> None:
        def submit(values: dict) -> bool:
            path, title = values["path"], values["title"]
            if path is None or not title:
                QMessageBox.warning(dialog, self.tr("Nieuw dossier"),
                                    self.tr("Geef een bestandsnaam en een titel op."))
                return False
            try:
                project = Project.create(path, title, values["reference"])
            except WorkbenchError as exc:
                QMessageBox.warning(dialog, self.tr("Nieuw dossier"), error_text(exc))
                return False
            settings.add_recent_file(path)
            self.set_project(project)
            return True

        dialog = NewDossierDialog(self, submit)
        dialog.exec()

    def close_dossier(self) -> None:
        self.set_project(None)

    def fill_recent_menu(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        metrics = self.recent_menu.fontMetrics()
        for path in settings.recent_files():
            # Two "demo.cwb" are told apart by their folder (elided in the middle, with "…").
            folder = metrics.elidedText(str(path.parent), Qt.TextElideMode.ElideMiddle, 360)
            action = self.recent_menu.addAction(f"{path.name}  —  {folder}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # --- structure edits (Dossier menu, navigator) ----------------------------------------
    def edit_dossier(self) -> None:
        if self.editor:
            self.editor.edit_dossier()

    def add_question(self) -> None:
        if self.editor:
            self.editor.add_question()

    def add_option(self) -> None:
        if self.editor:
            kind, key = self._current_node()
            self.editor.add_option(key if kind == "question" else None)

    def add_advisor(self) -> None:
        if self.editor:
            self.editor.add_advisor()

    def selected_advisor(self) -> str | None:
        """The advisory body selected in the navigator (or the one whose source is selected)."""
        index = self.navigator.currentIndex()
        while index.isValid():
            if index.data(KIND_ROLE) == "advisor":
                return index.data(KEY_ROLE)
            index = index.parent()
        return None

    def _current_node(self) -> tuple[str, str]:
        index = self.navigator.currentIndex()
        return (index.data(KIND_ROLE) or "", index.data(KEY_ROLE) or "") if index.isValid() else ("", "")

    def edit_selected(self) -> None:
        if self.editor:
            self.editor.edit(*self._current_node())

    def delete_selected(self) -> None:
        if self.editor and self.navigator.hasFocus():
            self.editor.delete(*self._current_node())
        elif self.session is not None:
            self.workspace.delete_selected()

    # --- delegated to the workspace -------------------------------------------------------
    def make_quote(self) -> None:
        self.workspace.make_quote()

    def focus_search(self) -> None:
        self.workspace.focus_search()

    def run_checks(self) -> None:
        self.workspace.run_checks()

    def show_reader(self) -> None:
        self.workspace.show_view("reader")

    def show_board(self) -> None:
        self.workspace.show_view("board")

    def show_matrix(self) -> None:
        self.workspace.show_view("matrix")

    def show_composer(self) -> None:
        self.workspace.show_view("composer")

    def import_files(self, paths: list[Path] | None = None) -> None:
        from ui.importing import start_import

        if self.session is not None:
            start_import(self, self.session, paths)

    def export(self) -> None:
        from ui.exporting import start_export

        if self.session is not None:
            start_export(self, self.session)

    def show_backups(self) -> Path | None:
        """File > Back-ups...: list the dossier's backups; restoring closes the dossier first,
        and the dossier is reopened afterwards (also when the restore failed)."""
        if self.project is None:
            return None
        from ui.backup_dialog import show_backups

        path = self.project.path
        readonly = self.project.readonly

        def release() -> None:
            self.commit_pending_edits()
            self.set_project(None)

        restored = show_backups(self, path, release=release)
        if self.project is None:
            project = self.open_project(path, readonly=readonly)
            if project is not None:
                self.set_project(project)
            if restored is not None:
                self.statusBar().showMessage(
                    self.tr("Back-up teruggezet; de vorige toestand is zelf als back-up bewaard."),
                    10000)
        return restored

    def selected_record(self) -> tuple[str, str] | None:
        """The record the user has selected: navigator (when focused), then the current view
        (board card, reader quote, composer section), then the navigator's current node."""
        kind, key = self._current_node()
        in_navigator = (kind, key) if kind in AUDITED else None
        if self.navigator.hasFocus() and in_navigator:
            return in_navigator
        view = self.workspace.currentWidget()
        if view is self.workspace.board:
            number = self.workspace.board.selected_argument()
            if number is not None:
                return ("argument", str(number))
        elif view is self.workspace.reader and self.workspace.reader.info.isVisible():
            number = self.workspace.reader.current_quote
            if number is not None:
                return ("quote", str(number))
        elif view is self.workspace.composer and self.workspace.composer.section_id is not None:
            return ("section", str(self.workspace.composer.section_id))
        return in_navigator

    def show_audit(self, kind: str | None = None, key: str | None = None):
        """Beeld > Wijzigingsgeschiedenis: of the selected record, else of the whole dossier."""
        if self.session is None:
            return None
        from ui.audit_dialog import AuditDialog

        if not kind:
            kind, key = self.selected_record() or (None, None)
        if self.audit_dialog is not None:
            self.audit_dialog.close()
            self.audit_dialog.deleteLater()
        self.audit_dialog = AuditDialog(self.session, kind, key, self)
        self.audit_dialog.show()
        return self.audit_dialog

    def commit_pending_edits(self) -> None:
        """Commit text typed but not yet saved (the composer's debounce) before a read elsewhere."""
        self.workspace.commit_pending_edits()

    def show_todo(self) -> QDialog | None:
        """Help > Wat moet ik nog doen?: the open checks in plain words, run afresh (the checks
        panel shows them too), and the next step of a new dossier."""
        if self.session is None:
            return None
        from ui.todo_dialog import TodoDialog

        todo = self.todo_dialog
        if isinstance(todo, TodoDialog):
            todo.refresh()
        else:
            todo = self.todo_dialog = TodoDialog(self)
        todo.show()
        todo.raise_()
        return todo

    def show_guide(self, page: str | None = None) -> QDialog:
        """Help > Handleiding (F1): the user guide, at the page of the step or view in use."""
        from ui.guide_dialog import GuideDialog, page_for_view

        step = self.next_step.step
        if not page and step is not None and STEPS[step].count in SETUP:
            page = STEPS[step].guide              # a dossier being set up: its next step
        if not page:                  # also the "checked" flag a triggered action passes
            current = self.workspace.currentWidget() if self.project is not None else None
            page = page_for_view(next((n for n, v in self.workspace.views.items()
                                       if v is current), None))
        guide = self.guide_dialog
        if not isinstance(guide, GuideDialog):
            guide = self.guide_dialog = GuideDialog(self)
        guide.open_page(page)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.acts.values(), self).exec()

    def show_about(self) -> None:
        from ui.about_dialog import show_about

        show_about(self)

    # --- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_dropped(paths)

    def open_dropped(self, paths: list[Path]) -> None:
        dossiers = [p for p in paths if p.suffix.lower() == DOSSIER_SUFFIX]
        others = [p for p in paths if p.suffix.lower() != DOSSIER_SUFFIX]
        if dossiers:
            self.open_path(dossiers[0])
        elif others and self.session is not None:
            self.import_files(others)

    # --- layout -----------------------------------------------------------------------------
    MIN_DOCK_WIDTH = dock_sizer.MIN_WIDTH

    def _restore_layout(self) -> None:
        # Below this the docks' lists and the board's chips are clipped; a dock dragged to a
        # sliver cannot be saved that way, and one left narrow widens as the window grows.
        self.setMinimumSize(1024, 640)
        self.dock_sizer = dock_sizer.DockSizer(self, self.docks())
        geometry, state = settings.WINDOW_GEOMETRY.get(), settings.WINDOW_STATE.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:
            self.workspace.size_docks(self)

    def _place_docks(self, dossier_open: bool) -> None:
        """The start screen stands alone: without a dossier the docks would sit around it
        empty and greyed. Those put away come back when a dossier opens, and are saved as
        shown (closeEvent), so the next session's dossier has them."""
        if dossier_open:
            for dock in self._docks_put_away:
                dock.show()
            self._docks_put_away = []
            return
        away = [dock for dock in self.docks() if not dock.isHidden()]
        for dock in away:
            dock.hide()
        self._docks_put_away += [dock for dock in away if dock not in self._docks_put_away]

    def closeEvent(self, event) -> None:
        self._place_docks(True)
        self.dock_sizer.settle()
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        self.tasks.cancel("backup")        # a half-made backup is removed, the dossier kept
        self.tasks.cancel("damage-scan")
        self.tasks.cancel("suggestions")
        self.tasks.wait(10000)
        self.set_project(None)
        super().closeEvent(event)
