"""Render the demo dossier's annex (and the workbook's first pages) to PNGs: `make docs-annex`.

Exports the demo's annex and workbook, converts them with LibreOffice headless and puts page
ranges side by side (pypdfium2 renders, Pillow composes; both are dev dependencies).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from workbench.demo import build_demo
from workbench.export.run import export_all

OUT = Path(__file__).resolve().parent / "annex"
RANGES = {"bijlage.docx": {"annex-title-and-contents": (1, 2), "annex-scenario-1-2": (3, 4),
                      "annex-scenario-3": (6, 7), "annex-stance-matrix": (-3, -2)},
          "pro-contra.xlsx": {"workbook-overview-and-table": (1, 2)}}


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.stderr.write("LibreOffice is needed: make office\n")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with build_demo(work / "demo.cwb") as project:
            export_all(project, annex=work / "bijlage.docx", xlsx=work / "pro-contra.xlsx")
        OUT.mkdir(exist_ok=True)
        for file_name, ranges in RANGES.items():
            source = work / file_name
            subprocess.run([soffice, "--headless",
                            f"-env:UserInstallation={(work / 'lo').as_uri()}",
                            "--convert-to", "pdf", "--outdir", str(work), str(source)],
                           check=True, capture_output=True, timeout=180)
            _render(pdfium.PdfDocument(work / f"{source.stem}.pdf"), ranges)
    return 0


def _render(pdf: pdfium.PdfDocument, ranges: dict[str, tuple[int, int]]) -> None:
    for name, (first, last) in ranges.items():
        numbers = range(first % len(pdf) if first < 0 else first - 1,
                        (last % len(pdf) if last < 0 else last - 1) + 1)
        pages = [pdf[i].render(scale=1.1).to_pil().convert("RGB") for i in numbers]
        sheet = Image.new("RGB", (sum(p.width for p in pages) + 10 * (len(pages) + 1),
                                  max(p.height for p in pages) + 20), "#d0d4da")
        x = 10
        for page in pages:
            sheet.paste(page, (x, 10))
            x += page.width + 10
        sheet.save(OUT / f"{name}.png", optimize=True)
        print(f"{OUT / name}.png: pages {numbers.start + 1}-{numbers.stop}")


if __name__ == "__main__":
    raise SystemExit(main())
