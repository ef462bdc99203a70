"""Soak the GUI tests: run them N times, each in a fresh interpreter, and count hard crashes (#18).

    .venv/bin/python bench/gui_soak.py                     # tests/test_ui_*.py, 50 runs
    .venv/bin/python bench/gui_soak.py --runs 20 tests/test_ui_tasks.py tests/test_ui_keyboard_journey.py
    .venv/bin/python bench/gui_soak.py --runs 10 --stop-on-crash --logs /tmp/soak

A run's exit code 0 means all tests passed, 1 that some failed; anything else (139 SIGSEGV,
134 SIGABRT, 135 SIGBUS, a negative signal number, ...) is a crash of the interpreter, the kind
of failure a test cannot report. Each run has faulthandler on, so a crash's log (``--logs``)
holds the Python stack of every thread. Prints one table row per run and a summary; exits 1
when any run crashed. A soak is not a test: nothing here runs in the suite.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_A_CRASH = (0, 1)           # pytest: all passed / some tests failed


@dataclass
class Run:
    number: int
    exit_code: int
    seconds: float

    @property
    def crashed(self) -> bool:
        return self.exit_code not in NOT_A_CRASH


def gui_tests() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_ui_*.py"))


def run_once(number: int, tests: list[str], logs: Path | None, timeout: float) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
               *tests]
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout)
        code, output = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired as exc:
        code, output = -9, f"timed out after {timeout:.0f} s\n{_text(exc.stdout)}{_text(exc.stderr)}"
    seconds = time.monotonic() - started
    if logs is not None:
        logs.mkdir(parents=True, exist_ok=True)
        (logs / f"run-{number:03d}.log").write_text(output, encoding="utf-8")
    return Run(number, code, seconds)


def _text(captured: bytes | str | None) -> str:
    if isinstance(captured, bytes):
        return captured.decode("utf-8", "replace")
    return captured or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tests", nargs="*", help="test files (default: tests/test_ui_*.py)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--logs", type=Path, help="folder for each run's output")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    parser.add_argument("--stop-on-crash", action="store_true")
    args = parser.parse_args(argv)
    tests = args.tests or gui_tests()
    print(f"GUI soak: {len(tests)} test files, {args.runs} runs, Python {sys.version.split()[0]}")
    print(f"{'run':>4}  {'exit':>5}  {'seconds':>8}  crashed")
    runs: list[Run] = []
    for number in range(1, args.runs + 1):
        run = run_once(number, tests, args.logs, args.timeout)
        runs.append(run)
        print(f"{run.number:>4}  {run.exit_code:>5}  {run.seconds:>8.1f}  "
              f"{'YES' if run.crashed else 'no'}", flush=True)
        if run.crashed and args.stop_on_crash:
            break
    crashed = [r for r in runs if r.crashed]
    failed = [r for r in runs if r.exit_code == 1]
    mean = sum(r.seconds for r in runs) / len(runs)
    print(f"summary: {len(runs)} runs, {len(crashed)} crashed "
          f"({', '.join(str(r.exit_code) for r in crashed) or 'none'}), "
          f"{len(failed)} with failing tests, {mean:.1f} s per run")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
