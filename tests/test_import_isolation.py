"""Untrusted files are read in worker processes: a crafted file costs only itself (#13, #15)."""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from tests import docgen, hostile_pdf
from workbench import Project
from workbench.cli.main import main
from workbench.extract import limits as limits_module
from workbench.extract.limits import MB, Limits
from workbench.extract.pdf import extract_pdf
from workbench.extract.worker import ExtractionPool

# 500,000 characters: the 5,000-page file is refused at its first page (710,000), before any
# line of it is processed; what matters is that the check runs per page, not after the last.
TIGHT = Limits(seconds_per_file=10, max_worker_memory=384 * MB, max_text_chars=500_000)


def _children_rss() -> int:
    return sum(c.memory_info().rss for c in psutil.Process().children(recursive=True)
               if c.is_running())


def _max_rss_self() -> int:
    if sys.platform.startswith("linux"):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return psutil.Process().memory_info().rss


def test_crafted_pdfs_cost_only_their_own_file_in_a_cli_batch(
        tmp_path: Path, dossier_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(limits_module, "DEFAULT_LIMITS", TIGHT)
    Project.create(dossier_path, "Groenboek").close()
    first = docgen.make_text(tmp_path / "eerste.txt", "Een goed advies over scenario 3.")
    nested = tmp_path / "formulieren.pdf"
    nested.write_bytes(hostile_pdf.nested_forms(depth=4))          # 5 KB, 10^8 draws
    bomb = tmp_path / "bom.pdf"
    bomb.write_bytes(hostile_pdf.flate_bomb(1 << 30))             # 2 MB -> 1 GB
    shared = tmp_path / "gedeeld.pdf"
    shared.write_bytes(hostile_pdf.shared_content(pages=5000))    # 5,000 x 700,000 chars
    last = docgen.make_pdf(tmp_path / "laatste.pdf", [["Het laatste advies steunt scenario 2."]])
    assert nested.stat().st_size < 10_000 and bomb.stat().st_size < 3 * MB

    memory_before = _max_rss_self()
    began = time.monotonic()
    code = main(["import", str(dossier_path), str(first), str(nested), str(bomb), str(shared),
                 str(last), "--json"])
    elapsed = time.monotonic() - began

    assert code == 1                                   # the command ran, some files failed
    out = json.loads(capsys.readouterr().out)
    by_name = {Path(r["file"]).name: r for r in out["results"]}
    assert [Path(r["file"]).name for r in out["results"]] == [
        "eerste.txt", "formulieren.pdf", "bom.pdf", "gedeeld.pdf", "laatste.pdf"]
    assert by_name["eerste.txt"]["ok"] and by_name["laatste.pdf"]["ok"]
    assert by_name["formulieren.pdf"]["problem"]["reason"] in ("timeout", "out-of-memory",
                                                              "crashed")
    assert by_name["bom.pdf"]["problem"]["reason"] in ("out-of-memory", "crashed")
    assert by_name["gedeeld.pdf"]["problem"]["reason"] == "too-large"
    for result in out["results"]:
        if not result["ok"]:
            assert result["problem"]["hint"]
    assert out["imported"] == 2 and out["failed"] == 3
    # Bounded: each bad file stops at its limit (10 s); the runs took 75 s to forever.
    assert elapsed < 90, elapsed
    # The importing process itself never held the bomb or the nested drawing.
    assert _max_rss_self() - memory_before < 200 * MB
    with Project.open(dossier_path, readonly=True) as project:
        assert [s.file_name for s in project.sources()] == ["eerste.txt", "laatste.pdf"]
        assert project.search("scenario")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RUSAGE_CHILDREN is POSIX")
def test_worker_memory_stays_under_its_limit() -> None:
    import resource

    data = hostile_pdf.flate_bomb(1 << 30)
    with ExtractionPool(1, lambda i: (data, "bom.pdf"), limits=TIGHT) as pool:
        outcome, = list(pool)
    assert outcome.problem is not None and outcome.problem.reason in ("out-of-memory", "crashed")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert peak < TIGHT.max_worker_memory + 400 * MB


def test_a_worker_that_dies_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    slow = hostile_pdf.nested_forms(depth=4)
    good = docgen.pdf_bytes([["Een gewoon advies na het kapotte bestand."]])
    files = [(slow, "sterft.pdf"), (good, "goed.pdf")]
    killed: list[int] = []
    pool = ExtractionPool(2, lambda i: files[i], limits=Limits(seconds_per_file=60), size=1)

    def kill_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while not (pool._workers and pool._workers[0].started):   # reading the first file
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)
        pid = pool._workers[0].process.pid
        psutil.Process(pid).kill()         # as the kernel's OOM killer or an abort() would
        killed.append(pid)

    killer = threading.Thread(target=kill_busy_worker)
    killer.start()
    with pool:
        outcomes = list(pool)
    killer.join()
    assert killed
    assert outcomes[0].problem is not None and outcomes[0].problem.reason == "crashed"
    assert "exit code" in outcomes[0].problem.message and outcomes[0].problem.hint
    assert outcomes[1].document is not None and "kapotte bestand" in outcomes[1].document.text


def test_cancel_reaches_the_file_in_progress() -> None:
    data = hostile_pdf.nested_forms(depth=4)
    began = time.monotonic()
    with ExtractionPool(3, lambda i: (data, f"f{i}.pdf"), limits=Limits(seconds_per_file=60),
                        cancel=lambda: time.monotonic() - began > 1.0) as pool:
        outcomes = list(pool)
    assert time.monotonic() - began < 10
    assert [o.problem.reason for o in outcomes if o.problem] == ["cancelled"] * 3
    deadline = time.monotonic() + 5
    while _children_rss() and any(c.cpu_percent(interval=0.1) > 20
                                  for c in psutil.Process().children(recursive=True)):
        assert time.monotonic() < deadline, "a worker still reads the cancelled file"


def test_project_import_cancel_stops_a_file_in_progress(project: Project, tmp_path: Path) -> None:
    nested = tmp_path / "traag.pdf"
    nested.write_bytes(hostile_pdf.nested_forms(depth=4))
    began = time.monotonic()
    results = project.import_files([nested], cancel=lambda: time.monotonic() - began > 1.0,
                                   limits=Limits(seconds_per_file=60))
    assert time.monotonic() - began < 10
    assert results == [] and project.sources() == []


def test_a_pdf_whose_every_page_is_identical_keeps_its_text() -> None:
    document = extract_pdf(hostile_pdf.identical_pages(4))
    assert "Wij steunen scenario 3 zonder voorbehoud." in document.text
    assert document.page_count == 4


# --------------------------------------------------------------------------- disk full


def _fill(project: Project, tmp_path: Path, count: int) -> list[Path]:
    return [docgen.make_text(tmp_path / f"advies-{i}.txt",
                             f"Advies {i}. " + f"Tekst over scenario {i} en meer. " * 4000)
            for i in range(count)]


def test_disk_full_during_import_reports_the_files_and_keeps_the_dossier(
        project: Project, tmp_path: Path) -> None:
    first = project.import_file(docgen.make_text(tmp_path / "eerst.txt", "Eerste advies."))
    assert first.ok
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages + 40}")   # a nearly full disk
    results = project.import_files(_fill(project, tmp_path, 4))
    assert len(results) == 4
    failed = [r for r in results if not r.ok]
    assert failed and all(r.problem.reason == "disk-full" for r in failed)
    assert "full" in failed[0].problem.message and failed[0].problem.hint
    stored = [r.source.number for r in results if r.ok]
    # Nothing half-written: what is reported stored is there, in full; the rest is absent.
    assert [s.number for s in project.sources()] == [first.source.number, *stored]
    for number in stored:
        assert project.source_text(number).startswith("Advies")
    assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    project.conn.execute("PRAGMA max_page_count = 1073741823")
    assert project.add_advisor("SERV", "SERV")                  # the dossier still works


def test_disk_full_in_the_cli_prints_the_json_result(
        tmp_path: Path, dossier_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    Project.create(dossier_path, "Groenboek").close()
    files = _fill(Project, tmp_path, 3)  # type: ignore[arg-type]
    from workbench.store import connection

    configure = connection._configure

    def nearly_full(conn: sqlite3.Connection, *, readonly: bool) -> None:
        configure(conn, readonly=readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 30}")

    monkeypatch.setattr(connection, "_configure", nearly_full)
    code = main(["import", str(dossier_path), *map(str, files), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["failed"] >= 1
    reasons = {r["problem"]["reason"] for r in out["results"] if not r["ok"]}
    assert reasons == {"disk-full"}
    monkeypatch.setattr(connection, "_configure", configure)
    with Project.open(dossier_path, readonly=True) as project:
        assert len(project.sources()) == out["imported"]
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_io_error_while_storing_is_reported_not_raised(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.store import sources as store

    def broken(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "insert_source", broken)
    results = project.import_files([docgen.make_text(tmp_path / "a.txt", "Advies A."),
                                    docgen.make_text(tmp_path / "b.txt", "Advies B.")])
    assert [r.problem.reason for r in results] == ["write-failed", "write-failed"]
    assert "I/O" in results[0].problem.message or "i/o" in results[0].problem.message
    monkeypatch.undo()
    assert project.sources() == []
    assert project.import_file(docgen.make_text(tmp_path / "c.txt", "Advies C.")).ok


# --------------------------------------------------------------------------- honest progress


def test_progress_counts_only_what_is_committed(project: Project, tmp_path: Path) -> None:
    files = [docgen.make_text(tmp_path / f"a{i}.txt", f"Advies nummer {i}.") for i in range(6)]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, path: Path) -> None:
        reader = sqlite3.connect(f"{project.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            committed = reader.execute("SELECT count(*) FROM source").fetchone()[0]
        finally:
            reader.close()
        seen.append((done, committed))

    results = project.import_files(files, progress=progress)
    assert all(r.ok for r in results)
    assert seen[-1] == (6, 6)
    assert all(done <= committed for done, committed in seen)


def test_the_app_import_job_reports_stored_files_and_cancels(project: Project,
                                                             tmp_path: Path) -> None:
    from types import SimpleNamespace

    from ui.importing import import_job
    from ui.tasks import Task

    texts: list[str] = []
    good = docgen.make_text(tmp_path / "goed.txt", "Een goed advies.")
    slow = tmp_path / "traag.pdf"
    slow.write_bytes(hostile_pdf.nested_forms(depth=4))
    task = Task("import", lambda done, total, text: texts.append(text))
    began = time.monotonic()
    threading.Timer(2.0, task.cancelled.set).start()
    results = import_job(SimpleNamespace(project=project), [good, slow], None)(task)  # type: ignore[arg-type]
    assert time.monotonic() - began < 12
    assert [r.file.name for r in results] == ["goed.txt"]          # the slow one was cancelled
    assert [s.file_name for s in project.sources()] == ["goed.txt"]
    assert any("1 van 2 bestanden opgeslagen" in t for t in texts)


ORPHAN = r"""
import os, sys, time
from tests import hostile_pdf
from workbench.extract.worker import ExtractionPool
if __name__ == "__main__":
    data = hostile_pdf.nested_forms(4)
    pool = ExtractionPool(1, lambda i: (data, "traag.pdf"))
    pool._fill()
    worker = pool._workers[0]
    while not worker.started:          # until the worker has begun reading the file
        pool._pump(0.1)
    print(worker.process.pid, flush=True)
    time.sleep(1.0)
    os.kill(os.getpid(), 9)
"""


def test_a_worker_stops_when_the_importing_process_is_killed(tmp_path: Path) -> None:
    import subprocess

    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    # Not subprocess.run: the worker inherits stdout, and run() would wait for it to close.
    proc = subprocess.Popen([sys.executable, str(script)], cwd=root, stdout=subprocess.PIPE,
                            text=True, env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert proc.stdout is not None
    pid = int(proc.stdout.readline())
    proc.wait(timeout=60)                      # the importing process is gone (SIGKILL)
    proc.stdout.close()
    deadline = time.monotonic() + 5
    while True:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        assert time.monotonic() < deadline, "the orphaned worker still reads the crafted file"
        time.sleep(0.2)
