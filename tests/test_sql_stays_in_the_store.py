"""#18: SQL text lives in workbench/store only; the rest of the core and the GUI call the store's
functions. import-linter keeps sqlite3 out of them; this keeps statements out, which a
connection handed around could still run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_RUNS_SQL = re.compile(r"\.(execute|executemany|executescript)\(")


def test_no_statement_is_run_outside_the_store() -> None:
    found = []
    for folder in ("workbench", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.is_relative_to(ROOT / "workbench" / "store"):
                continue
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if _RUNS_SQL.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "SQL run outside workbench/store:\n" + "\n".join(found)
