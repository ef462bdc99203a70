"""Kill -9 a writer at random moments: the file stays intact and no acknowledged edit is lost."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import Project, lock

ROOT = Path(__file__).resolve().parents[1]

# Edits through the core API; "ack N" is printed only after edit N committed. Every third edit
# is a large one (many pages) so that kills also land in the middle of writing a transaction.
CHILD = r"""
import sys
from workbench import Project
path, start = sys.argv[1], int(sys.argv[2])
project = Project.open(path)
print("open", flush=True)
n = start
while True:
    if n % 3 == 0:
        project.add_question(f"Q{n}", "x" * 20000 + str(n))
    else:
        project.add_advisor(f"A{n}", f"Advisor {n}")
    print(f"ack {n}", flush=True)
    n += 1
"""


def present(project: Project) -> set[int]:
    keys = [q.key for q in project.questions()] + [a.key for a in project.advisors()]
    return {int(k[1:]) for k in keys}


def kill_round(path: Path, start: int, rng: random.Random, env: dict) -> set[int]:
    """Run the child, kill it at a random moment; return the acknowledged edits."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True, env=env)
    acked: set[int] = set()
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    wanted = rng.randint(1, 25)
    while len(acked) < wanted:
        line = proc.stdout.readline()
        if not line:
            break
        acked.add(int(line.split()[1]))
    time.sleep(rng.random() * 0.01)       # land anywhere in the next edit
    proc.kill()
    proc.wait()
    acked |= {int(line.split()[1]) for line in proc.stdout.read().splitlines()
              if line.startswith("ack")}
    proc.stdout.close()
    return acked


def run_rounds(path: Path, rounds: int, seed: int, env: dict) -> tuple[int, int]:
    """Returns (rounds survived, acknowledged edits lost)."""
    rng = random.Random(seed)
    acked: set[int] = set()
    survived = lost = 0
    start = 1
    for _ in range(rounds):
        acked |= kill_round(path, start, rng, env)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Project.open(path) as project:   # the killed writer's lock: same host, dead pid
            there = present(project)
        survived += ok
        lost += len(acked - there)
        start = max(there | {0}) + 1
    return survived, lost


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_kill_minus_nine_loses_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "crash.cwb"
    Project.create(path, "Crash").close()
    env = {**os.environ, "CWB_BACKUP_DIR": str(tmp_path / "backups")}
    survived, lost = run_rounds(path, rounds=5, seed=7, env=env)
    assert (survived, lost) == (5, 0)
    assert not lock.lock_path(path).exists()
