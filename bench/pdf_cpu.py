"""CPU time per PDF page: bare pypdfium2 text against our extraction, single-threaded.

The load-independent side of the PDF import figure of ``bench/run.py`` (#15): on a shared
machine wall-clock ratios move by 2x from minute to minute, CPU time per page does not.

    .venv/bin/python bench/pdf_cpu.py [--sample 200] [--profile 25]

Uses the import benchmark's PDFs (the first ``--sample`` PDFs of the --fast full preset,
made in ``--docs`` when missing). Prints ms CPU per page for: bare text, our
extraction (``extract_pdf``), pickling the result (what a worker sends back), one extraction
worker process reading them all (``ExtractionPool`` of one: extraction plus receiving the
file, pickling and sending the result; its CPU from the OS), and storing it into a fresh
dossier (what the main process does); ``--profile N`` prints the top N functions of our
extraction.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import make_dossier  # noqa: E402
from bench.run import bare_pdf_text  # noqa: E402


def sample_pdfs(count: int, folder: Path) -> tuple[list[Path], int]:
    """The import benchmark's first ``count`` PDFs (made in ``folder`` where missing)."""
    params = make_dossier.Params(**{**make_dossier.asdict(make_dossier.PRESETS["full"]),
                                    "fast": True})
    specs = [s for s in make_dossier.plan_documents(params) if s.kind == "pdf"][:count]
    make_dossier.write_documents(specs, folder)
    return [folder / s.file_name for s in specs], sum(s.pages for s in specs)


def cpu(fn, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="top N functions of ours")
    parser.add_argument("--no-store", action="store_true")
    parser.add_argument("--docs", type=Path, default=Path(tempfile.gettempdir()) / "cwb-pdf-cpu",
                        help="folder for the sample PDFs (kept between runs)")
    args = parser.parse_args()

    from workbench.extract.pdf import extract_pdf

    paths, pages = sample_pdfs(args.sample, args.docs)
    datas = [p.read_bytes() for p in paths]
    docs: list = []

    def ours() -> None:
        docs[:] = [extract_pdf(d) for d in datas]

    bare = cpu(lambda: bare_pdf_text(paths), args.reps)
    mine = cpu(ours, args.reps)
    pickled = cpu(lambda: [pickle.loads(pickle.dumps(d)) for d in docs], args.reps)
    rows = [("bare pypdfium2 get_text_range", bare), ("ours: extract_pdf", mine),
            ("ours: pickle out + in", pickled),
            ("ours: one worker process", min(_worker_cpu(datas) for _ in range(args.reps)))]
    if not args.no_store:
        rows.append(("ours: store (main process)", _store_cpu(paths, datas, docs)))
    print(f"{len(paths)} PDFs, {pages} pages; CPU ms per page (best of {args.reps}):")
    for name, seconds in rows:
        print(f"  {name:34s} {seconds * 1000 / pages:7.3f} ms   ({seconds / bare:.2f} x bare)")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(ours)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


def _worker_cpu(datas: list[bytes]) -> float:
    """CPU seconds one started extraction worker spends on the files, as the OS counts it."""
    import psutil

    from workbench.extract.worker import ExtractionPool, Outcome, shutdown_idle_workers

    def load(index: int) -> tuple[bytes, str]:
        return datas[index], f"{index}.pdf"

    with ExtractionPool(1, load, size=1) as warm:       # started, pypdfium2 imported
        list(warm)
    pool = ExtractionPool(len(datas), load, size=1)
    try:
        pool._fill()         # the worker exists once it holds its first file
        worker = psutil.Process(pool._workers[0].process.pid)
        before = worker.cpu_times()
        outcomes: list[Outcome] = list(pool)
        after = worker.cpu_times()
    finally:
        pool.close()
        shutdown_idle_workers()
    assert all(o.document is not None for o in outcomes)
    return (after.user - before.user) + (after.system - before.system)


def _store_cpu(paths: list[Path], datas: list[bytes], docs: list) -> float:
    """CPU of storing the extracted documents as the import does (one savepoint per file,
    one transaction), without the workers."""
    from workbench import Project
    from workbench.extract.worker import Outcome
    from workbench.sources import _Batch

    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "store.cwb", "store benchmark")
        try:
            batch = _Batch(project, paths, None, title=None, date=None, reference=None,
                           replace=None, data=None)
            t0 = time.process_time()
            with project.edit("Import", "source", "", ""):
                for index, doc in enumerate(docs):
                    batch.load(index)
                    batch.save(Outcome(index, document=doc))
            spent = time.process_time() - t0
        finally:
            project.close()
    del datas
    return spent


if __name__ == "__main__":
    raise SystemExit(main())
