"""CPU time per PDF page of STORING an import: the main process's side of the PDF figure (#15).

``bench/run.py --only import_pdf`` prints the storing process's CPU per page, but mixed with
waiting for the workers and measured on a shared machine. This replays the import benchmark's
PDFs, extracted once (and kept, pickled, in ``--docs``), through the real import path
(``Project.import_files``: loading, duplicate check, savepoints, undo log, search index, audit,
the commit budget and its commits) with the extraction pool replaced by one that hands over the
pickled results, unpickling them as the real pool does. So only storing is measured, with no
worker competing for a core.

    .venv/bin/python bench/store_cpu.py [--sample 200] [--reps 3] [--profile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pdf_cpu import sample_pdfs  # noqa: E402


def extracted(paths: list[Path], folder: Path) -> list[bytes]:
    """Each PDF's extraction outcome as a worker sends it (pickled), kept between runs."""
    from workbench.extract.dispatch import extract_file
    from workbench.extract.worker import Outcome

    cache = folder / f"outcomes-{len(paths)}.pickle"
    if cache.exists():
        blobs: list[bytes] = pickle.loads(cache.read_bytes())
        if len(blobs) == len(paths):
            return blobs
    blobs = [pickle.dumps(Outcome(i, document=extract_file(p.read_bytes(), p.name)))
             for i, p in enumerate(paths)]
    cache.write_bytes(pickle.dumps(blobs))
    return blobs


class ReplayPool:
    """Stands in for ``ExtractionPool``: each file is loaded (read, hashed, checked for a
    duplicate) as the real pool does before a worker gets it, and its result unpickled."""

    blobs: list[bytes] = []

    def __init__(self, count: int, load: Callable[[int], Any], **_: object) -> None:
        self.count, self._load, self._next = count, load, 0

    def __enter__(self) -> ReplayPool:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def cancel(self) -> None:
        pass

    def next(self, timeout: float | None = None) -> Any:
        from workbench.extract.worker import Outcome

        if self._next >= self.count:
            raise StopIteration
        index, self._next = self._next, self._next + 1
        loaded = self._load(index)
        if loaded is None:
            return Outcome(index)
        outcome = pickle.loads(self.blobs[index])
        assert outcome.index == index
        return outcome


def store_once(paths: list[Path], work: Path, profile: cProfile.Profile | None = None,
               undo: bool = True) -> tuple[float, float, float]:
    """CPU, wall and system (kernel) CPU seconds of one import of ``paths`` into a fresh
    dossier, storing only."""
    from workbench import Project
    from workbench import sources as import_pipeline

    target = work / "store.cwb"
    target.unlink(missing_ok=True)
    project = Project.create(target, "store benchmark")
    real = vars(import_pipeline)["ExtractionPool"]
    setattr(import_pipeline, "ExtractionPool", ReplayPool)   # noqa: B010 (a stand-in, on purpose)
    try:
        project.add_advisor("ADV", "Adviseur")
        t0, w0, s0 = time.process_time(), time.perf_counter(), os.times().system
        if profile is not None:
            results = profile.runcall(project.import_files, paths, "ADV")
        else:
            results = project.import_files(paths, "ADV")
        spent, wall = time.process_time() - t0, time.perf_counter() - w0
        system = os.times().system - s0
        bad = [r.message() for r in results if not r.ok]
        if bad:
            raise RuntimeError(f"import failed: {bad[:3]}")
        if undo:   # the import must stay undoable: checked here, outside the timing
            project.revert(project.last_change)
    finally:
        setattr(import_pipeline, "ExtractionPool", real)   # noqa: B010
        project.close()
    return spent, wall, system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="top N functions of storing")
    parser.add_argument("--no-undo", action="store_true",
                        help="skip undoing each import (instruction counts of storing alone)")
    parser.add_argument("--sort", default="tottime", help="profile order (tottime, cumulative)")
    parser.add_argument("--docs", type=Path, default=Path(tempfile.gettempdir()) / "cwb-store-cpu",
                        help="folder for the sample PDFs and their extraction (kept)")
    args = parser.parse_args()
    args.docs.mkdir(parents=True, exist_ok=True)
    paths, pages = sample_pdfs(args.sample, args.docs)
    for path in paths:
        path.read_bytes()                     # warm the page cache
    ReplayPool.blobs = extracted(paths, args.docs)
    with tempfile.TemporaryDirectory(prefix="cwb-store-") as tmp:
        runs = [store_once(paths, Path(tmp), undo=not args.no_undo) for _ in range(args.reps)]
        best = min(cpu for cpu, _wall, _system in runs)
        print(f"{len(paths)} PDFs, {pages} pages; storing CPU ms per page, best of {args.reps}: "
              f"{best * 1000 / pages:.3f} (all: "
              + ", ".join(f"{cpu * 1000 / pages:.3f}" for cpu, _, _ in runs)
              + "; of which system: " + ", ".join(f"{s * 1000 / pages:.3f}" for _, _, s in runs)
              + "; wall: " + ", ".join(f"{wall * 1000 / pages:.3f}" for _, wall, _ in runs)
              + f"); load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if args.profile:
            profile = cProfile.Profile(time.process_time)
            store_once(paths, Path(tmp), profile)
            pstats.Stats(profile).sort_stats(args.sort).print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
