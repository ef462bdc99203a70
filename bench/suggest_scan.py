"""Suggestion scan time on the consultation-scale dossier (#16).

    .venv/bin/python bench/suggest_scan.py            # the full 2,000-source dossier (cached)
    .venv/bin/python bench/suggest_scan.py --small    # ~20 sources, a quick look

Works on a copy of the generated dossier (bench/make_dossier.py) and prints one table:

- full rescan: every paragraph of every source ranked against every option (what happens
  after an option's title, description or patterns change, or the officer's evidence grows);
- incremental: one new advice imported, only its paragraphs ranked (what the panel does
  after an import), compared against a sample of each option's strongest suggestions.

Targets: full rescan < 10 s, incremental < 1 s. CPU time is printed beside wall time: on a
shared machine it is the steadier figure.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from bench import make_dossier
    from workbench import Project

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    make_dossier.add_arguments(parser)
    args = parser.parse_args(argv)
    generated = make_dossier.ensure(make_dossier.params_from_args(args), args.out,
                                    workers=args.workers)
    with tempfile.TemporaryDirectory(prefix="cwb-suggest-") as tmp:
        copy = Path(tmp) / "dossier.cwb"
        shutil.copy2(generated.dossier, copy)
        project = Project.open(copy)
        try:
            paragraphs = project.conn.execute(
                "SELECT count(*) FROM block WHERE kind != 'heading'").fetchone()[0]
            sources = project.conn.execute("SELECT count(*) FROM source").fetchone()[0]
            options = len(project.options())
            project.conn.execute("DELETE FROM suggestion_scan")     # force a full rescan
            started, cpu = time.perf_counter(), time.process_time()
            found = project.refresh_suggestions()
            full, full_cpu = time.perf_counter() - started, time.process_time() - cpu
            template = next(p for p in sorted(generated.docs.iterdir()) if p.suffix == ".txt")
            new_doc = Path(tmp) / "nieuw-advies.txt"        # a new advice (not a duplicate)
            new_doc.write_text(template.read_text("utf-8") + "\n\nEen nieuw besluit over "
                               "scenario 3 en de verdere financiering.\n", "utf-8")
            advisor = project.advisors()[0].key
            result = project.import_file(new_doc, advisor, title="Nieuw advies (bench)")
            assert result.source is not None, result.message()
            started, cpu = time.perf_counter(), time.process_time()
            added = project.refresh_suggestions()
            incremental = time.perf_counter() - started
            incremental_cpu = time.process_time() - cpu
        finally:
            project.close()
    rows = [
        ("dossier", f"{sources} sources, {paragraphs} paragraphs, {options} options", ""),
        ("full rescan", f"{full:.2f} s wall, {full_cpu:.2f} s CPU ({found} suggestions)",
         "< 10 s"),
        ("incremental after one import", f"{incremental:.2f} s wall, {incremental_cpu:.2f} s CPU "
         f"({added} new)", "< 1 s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  value  [target]")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
