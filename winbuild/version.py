"""The Windows version resource of both programs, from the package version (#17).

Explorer shows it under Properties > Details; IT's software inventory, AppLocker publisher rules
and support calls read it ("which version do you have?"). PyInstaller's ``EXE(version=...)``
takes a file with a ``VSVersionInfo(...)`` expression, which ``version_file()`` writes.
"""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "Vlaamse overheid"
PRODUCT = "Consultation Workbench"
LANGUAGE = "0813"           # Dutch (Belgium)
CODEPAGE = "04B0"           # Unicode (1200)


def four_part(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); '1.2.3rc1' -> (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("rc")[0]
                                           .split("a")[0].split("b")[0].split(".dev")[0])[:4]]
    if not numbers:
        raise ValueError(f"{version!r}: no version number")
    numbers += [0] * (4 - len(numbers))
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"{version!r}: each part must be at most 65535 on Windows")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info_text(version: str, *, exe_name: str, description: str) -> str:
    """The text PyInstaller evaluates into a VSVersionInfo for one .exe."""
    parts = four_part(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": Path(exe_name).stem,
        "LegalCopyright": f"© {COMPANY}; EUPL-1.2",
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={parts!r},
    prodvers={parts!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '{LANGUAGE}{CODEPAGE}',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x{LANGUAGE}, 0x{CODEPAGE}])])
  ]
)
"""


def version_file(folder: Path, version: str, *, exe_name: str, description: str) -> Path:
    """Write the version resource text for ``exe_name`` into ``folder``; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{Path(exe_name).stem}-version.txt"
    path.write_text(version_info_text(version, exe_name=exe_name, description=description),
                    encoding="utf-8")
    return path
