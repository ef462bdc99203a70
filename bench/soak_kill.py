"""Soak test: kill -9 a writing process N times; the dossier must survive every kill.

    .venv/bin/python bench/soak_kill.py [--rounds 200] [--seed 1] [--keep-file] [--imports]

Each round starts a child that opens the dossier for editing (taking over the dead previous
child's lock: same computer, process gone) and edits through the core API, printing "ack N"
after each committed edit; the parent kills it after a random number of acks plus a random
delay. After every kill: PRAGMA integrity_check must be "ok" and every acknowledged edit present.
Prints e.g. "200/200 kills survived, 0 edits lost (31 kills left a hot journal)".
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench import Project  # noqa: E402
from workbench.store.uri import sqlite_uri  # noqa: E402

CHILD = r"""
import sys
from workbench import Project
path, start = sys.argv[1], int(sys.argv[2])
project = Project.open(path)
print("open", flush=True)
n = start
while True:
    if n % 3 == 0:
        project.add_question(f"Q{n}", "x" * 5000 + str(n))
    elif n % 7 == 0:
        project.add_advisor(f"A{n}", f"Advisor {n}")
        project.delete_advisor(f"A{n}")
        project.revert(project.last_change)     # add, delete, undo: three transactions
    else:
        project.add_advisor(f"A{n}", f"Advisor {n}")
    print(f"ack {n}", flush=True)
    n += 1
"""


# --imports: batches of files, read by worker processes and committed every 2 s; a file is
# acknowledged when the import's progress counts it, which it does only once committed (#15).
CHILD_IMPORT = r"""
import sys
from pathlib import Path
from workbench import Project
path, start, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
project = Project.open(path)
print("open", flush=True)
n = start
while True:
    batch = []
    for k in range(n, n + 8):
        batch.append(folder / f"imp{k}.txt")
        batch[-1].write_text(f"Advies nummer {k}. " * 300, encoding="utf-8")
    told = [0]
    def progress(done, total, current, first=n, told=told):
        for i in range(told[0], done):
            print(f"ack {first + i}", flush=True)
        told[0] = max(told[0], done)
    results = project.import_files(batch, progress=progress)
    assert all(r.ok for r in results), [r.message() for r in results if not r.ok]
    n += 8
"""


def present(project: Project) -> set[int]:
    keys = [q.key for q in project.questions()] + [a.key for a in project.advisors()]
    imported = [s.file_name[3:-4] for s in project.sources() if s.file_name.startswith("imp")]
    return {int(k[1:]) for k in keys} | {int(k) for k in imported}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-file", action="store_true", help="keep the dossier afterwards")
    parser.add_argument("--imports", action="store_true",
                        help="kill during batch imports instead of edits")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="cwb-soak-"))
    path = folder / "soak.cwb"
    env = {**os.environ, "CWB_BACKUP_DIR": str(folder / "backups")}
    Project.create(path, "Soak").close()
    acked: set[int] = set()
    survived = lost = hot = 0
    start, began = 1, time.monotonic()
    for done in range(args.rounds):
        if done and done % 25 == 0:
            print(f"  {done} rounds: {survived} survived, {lost} lost, "
                  f"{time.monotonic() - began:.0f} s", flush=True)
        child = [CHILD_IMPORT, str(path), str(start), str(folder)] if args.imports else \
            [CHILD, str(path), str(start)]
        proc = subprocess.Popen([sys.executable, "-c", *child], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "open":
            proc.kill()
            proc.wait()
            print("the child could not open the dossier", file=sys.stderr)
            return 1
        wanted, count = rng.randint(1, 30), 0
        while count < wanted:
            line = proc.stdout.readline()
            if not line:
                break
            acked.add(int(line.split()[1]))
            count += 1
        time.sleep(rng.random() * 0.02)
        proc.kill()
        proc.wait()
        acked |= {int(x.split()[1]) for x in proc.stdout.read().splitlines() if x.startswith("ack")}
        proc.stdout.close()
        journal = Path(f"{path}-journal")
        hot += journal.exists() and journal.stat().st_size > 0
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Project.open(path) as project:
            there = present(project)
        survived += ok
        lost += len(acked - there)
        start = max(there | {0}) + 1
    seconds = time.monotonic() - began
    print(f"{survived}/{args.rounds} kills survived, {lost} edits lost "
          f"({hot} kills left a hot journal; {len(acked)} edits acknowledged; {seconds:.0f} s)")
    if args.keep_file:
        print(f"dossier: {path}")
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0 if survived == args.rounds and lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
