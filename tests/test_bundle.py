"""Shipping: the wheel carries resources/ and db/ and works installed; the PyInstaller bundle
(dist/ConsultationWorkbench, or $CWB_BUNDLE) runs both programs on a clean dossier.

The bundle tests are slow and skipped unless the bundle has been built (`make bundle`);
`make bundle-smoke` and .ci/run build it and then run them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
MAX_BUNDLE_MB = 250


# -- the wheel (fast: built, never installed) ----------------------------------------------------

@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", str(ROOT), "-w", str(out)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("consultation_workbench-*.whl")
    return built


def test_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    demo = sorted(p.name for p in (ROOT / "resources" / "demo").glob("*.txt"))
    assert demo, "the demo documents are missing from the checkout"
    for name in demo:
        assert f"cwb_data/resources/demo/{name}" in names
    assert "cwb_data/db/001_initial.sql" in names
    for sql in (ROOT / "db").glob("*.sql"):
        assert f"cwb_data/db/{sql.name}" in names
    for template in (ROOT / "resources" / "templates").glob("*.docx"):
        assert f"cwb_data/resources/templates/{template.name}" in names
    guide = sorted((ROOT / "resources" / "guide").rglob("*.*"))
    assert guide, "the user guide is missing from the checkout"
    for path in guide:                   # Help > Handleiding: its pages and their pictures
        assert f"cwb_data/{path.relative_to(ROOT).as_posix()}" in names


def test_wheel_carries_every_module(wheel: Path) -> None:
    """pyproject lists the packages explicitly (for cwb_data): a new subpackage must be added."""
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(
        p.relative_to(ROOT).as_posix()
        for package in ("workbench", "ui") for p in (ROOT / package).rglob("*.py")
        if "__pycache__" not in p.parts and p.relative_to(ROOT).as_posix() not in names
    )
    assert not missing, (f"not in the wheel: {missing}; add their package to [tool.setuptools] "
                         "packages in pyproject.toml")


INSTALLED_PROBE = r"""
import sys
from pathlib import Path
import workbench
from workbench.resources import resource_path
from workbench.store.migrations import migrations_dir
from workbench.demo import build_demo
site = Path(sys.argv[1]).resolve()
assert Path(workbench.__file__).resolve().is_relative_to(site), workbench.__file__
assert resource_path("demo").resolve().is_relative_to(site / "cwb_data"), resource_path("demo")
assert migrations_dir().resolve() == (site / "cwb_data" / "db"), migrations_dir()
build_demo(Path(sys.argv[2])).close()
print("ok")
"""


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    """Unpacked like pip installs it, away from the checkout: resources/ and db/ come from
    cwb_data, and the demo dossier (which imports resources/demo) builds."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", INSTALLED_PROBE, str(site), str(tmp_path / "d.cwb")],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"


# -- the PyInstaller bundle (slow) ---------------------------------------------------------------

def _why_not_tested() -> str | None:
    """Why the bundle tests skip: no bundle, or a dist/ bundle older than the sources. With
    CWB_BUNDLE set (make bundle-smoke, CI) they always run, and fail if the bundle is missing."""
    if os.environ.get("CWB_BUNDLE"):
        return None
    exe = ROOT / "dist" / "ConsultationWorkbench" / f"workbench{EXE}"
    if not exe.exists():
        return "no bundle: run `make bundle-smoke` (or set CWB_BUNDLE)"
    built = exe.stat().st_mtime
    sources = [p for d in ("workbench", "ui", "db", "resources") for p in (ROOT / d).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".qm"]
    if any(p.stat().st_mtime > built for p in sources):
        return "dist/ConsultationWorkbench is older than the sources: run `make bundle-smoke`"
    return None


needs_bundle = pytest.mark.skipif(_why_not_tested() is not None, reason=str(_why_not_tested()))


@pytest.fixture
def bundle() -> Path:
    folder = Path(os.environ.get("CWB_BUNDLE") or ROOT / "dist" / "ConsultationWorkbench")
    assert (folder / f"workbench{EXE}").exists(), f"no bundle at {folder}"
    return folder


def run(bundle: Path, program: str, *args: str, tmp_path: Path, timeout: int = 120,
        **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "CWB_LOG_DIR": str(tmp_path / "logs"),
                   "CWB_BACKUP_DIR": str(tmp_path / "backups"), **env}   # not the real profile
    environment.pop("PYTHONPATH", None)   # the bundle must not lean on the checkout
    return subprocess.run([str(bundle / f"{program}{EXE}"), *args], cwd=tmp_path, env=environment,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.mark.slow
@needs_bundle
def test_bundle_cli_builds_inspects_and_exports_the_demo(bundle: Path, tmp_path: Path) -> None:
    from workbench.demo import TITLE
    from workbench.version import __version__

    version = run(bundle, "workbench", "--version", tmp_path=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"workbench {__version__}"

    demo = tmp_path / "demo.cwb"
    built = run(bundle, "workbench", "demo", str(demo), tmp_path=tmp_path)
    assert built.returncode == 0, built.stderr
    assert demo.is_file()

    info = run(bundle, "workbench", "info", str(demo), "--json", tmp_path=tmp_path)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["dossier"]["title"] == TITLE
    assert data["questions"], data
    assert data["counts"].get("source", 1) >= 1      # the demo documents were imported

    helptext = run(bundle, "workbench", "--help", tmp_path=tmp_path).stdout
    if " export " not in helptext:
        pytest.skip("this build has no export command yet")
    out = {name: tmp_path / name for name in ("communication.docx", "annex.docx", "workbook.xlsx")}
    exported = run(bundle, "workbench", "export", str(demo), "--communication",
                   str(out["communication.docx"]), "--annex", str(out["annex.docx"]),
                   "--xlsx", str(out["workbook.xlsx"]), "--force", "--json", tmp_path=tmp_path)
    assert exported.returncode == 0, exported.stderr
    for path in out.values():
        assert zipfile.is_zipfile(path), path       # docx/xlsx written with the bundled templates
    with zipfile.ZipFile(out["communication.docx"]) as docx:
        assert "word/document.xml" in docx.namelist()


@pytest.mark.slow
@needs_bundle
def test_bundle_app_shows_the_window(bundle: Path, tmp_path: Path) -> None:
    from workbench.demo import TITLE

    demo = tmp_path / "demo.cwb"
    assert run(bundle, "workbench", "demo", str(demo), tmp_path=tmp_path).returncode == 0
    shown = run(bundle, "workbench-app", str(demo), "--smoke-test", tmp_path=tmp_path,
                QT_QPA_PLATFORM="offscreen", timeout=120)
    assert shown.returncode == 0, shown.stderr[-3000:]
    app_log = (tmp_path / "logs" / "workbench.log").read_text(encoding="utf-8")
    # a windowed .exe on Windows has no stdout: there the line is only in the app log
    printed = app_log if sys.platform == "win32" else shown.stdout
    assert f"window shown: {TITLE}" in printed, (shown.stdout, shown.stderr[-3000:])
    # the crash handler and the rotating app log are installed in the bundle too
    assert "started" in app_log
    assert not list((tmp_path / "logs").glob("crash-*.log"))


@pytest.mark.slow
@needs_bundle
def test_bundle_is_lean_and_carries_the_licence_metadata(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_MB * 1024 * 1024, f"bundle is {size / 2**20:.0f} MB"
    internal = bundle / "_internal"
    for dist in ("python_docx", "openpyxl", "pypdfium2", "pyside6_essentials", "lxml"):
        assert list(internal.glob(f"{dist}-*.dist-info")), f"{dist} metadata not bundled"
    assert (internal / "db" / "001_initial.sql").is_file()
    assert list((internal / "resources" / "demo").glob("*.txt"))
    pyside = internal / "PySide6"
    # PySide6's wheels keep Qt's plugins in PySide6/Qt/plugins on Linux and macOS, but in
    # PySide6/plugins on Windows; PyInstaller bundles them where the wheel has them
    (plugin_dir,) = [d for d in (pyside / "Qt" / "plugins", pyside / "plugins") if d.is_dir()]
    plugins = {p.parent.name for p in plugin_dir.rglob("*") if p.is_file()}
    assert {"platforms", "imageformats", "iconengines"} <= plugins
    assert not plugins & {"sqldrivers", "qmltooling", "networkinformation", "tls", "designer"}
    assert not list(pyside.rglob("*WebEngine*")) and not list(pyside.rglob("*Qt6Quick*"))


@pytest.mark.slow
@pytest.mark.windows
@needs_bundle
def test_bundle_programs_carry_the_icon_and_the_version(bundle: Path) -> None:
    """Both .exe files: our icon (every size of winbuild.icon, PNG-compressed, not PyInstaller's
    default) and a version resource with the package version (#17)."""
    pefile = pytest.importorskip("pefile")        # installed with PyInstaller on Windows
    from winbuild.icon import SIZES
    from winbuild.version import four_part
    from workbench.version import __version__

    for name in ("workbench-app.exe", "workbench.exe"):
        pe = pefile.PE(str(bundle / name))
        icons = [pe.get_data(lang.data.struct.OffsetToData, lang.data.struct.Size)
                 for entry in pe.DIRECTORY_ENTRY_RESOURCE.entries
                 if entry.id == pefile.RESOURCE_TYPE["RT_ICON"]
                 for res in entry.directory.entries for lang in res.directory.entries]
        assert len(icons) == len(SIZES), name
        assert all(data.startswith(b"\x89PNG") for data in icons), name
        fixed = pe.VS_FIXEDFILEINFO[0]
        found = (fixed.FileVersionMS >> 16, fixed.FileVersionMS & 0xFFFF,
                 fixed.FileVersionLS >> 16, fixed.FileVersionLS & 0xFFFF)
        assert found == four_part(__version__), name
        pe.close()
