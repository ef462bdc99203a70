"""The Windows build steps, exercised on any OS (#17): the icon, the version resource, signing."""

from __future__ import annotations

import ast
import struct
import subprocess
from pathlib import Path

import pytest

from winbuild import icon, sign, version
from workbench.version import __version__

ROOT = Path(__file__).resolve().parents[1]


# --- icon ----------------------------------------------------------------------------------
def test_the_icon_is_rendered_from_the_svg_at_every_windows_size(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QImage, QImageReader

    target = icon.write_icon(tmp_path / "workbench.ico")
    data = target.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icon.SIZES))
    for index, size in enumerate(icon.SIZES):
        w, h, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (w or 256, h or 256, planes, bits) == (size, size, 1, 32)
        image = QImage.fromData(data[offset:offset + length], "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255       # not blank
    reader = QImageReader(str(target))
    assert reader.canRead() and reader.imageCount() == len(icon.SIZES)    # Qt reads it as .ico


def test_icon_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        icon.ico_bytes({512: b"png"})


def test_the_app_window_uses_the_same_icon(qapp) -> None:
    from ui.app import make_application

    assert not make_application().windowIcon().isNull()


# --- version resource ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "parts"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
                                             ("2", (2, 0, 0, 0)), ("0.4.0.dev7+g1a2b", (0, 4, 0, 0)),
                                             ("1.2.3.4.5", (1, 2, 3, 4))])
def test_versions_become_four_numbers(text: str, parts: tuple[int, ...]) -> None:
    assert version.four_part(text) == parts


# PyInstaller's own parser (PyInstaller.utils.win32.versioninfo) imports pywin32 and cannot be
# imported off Windows; these stand-ins take the same keyword arguments.
def _stub(kind: str, *names: str):
    def make(*args, **kwargs):
        assert len(args) <= len(names) and set(kwargs) <= set(names), (kind, args, kwargs)
        return {"kind": kind, **dict(zip(names, args, strict=False)), **kwargs}
    return make


STUBS = {
    "VSVersionInfo": _stub("VSVersionInfo", "ffi", "kids"),
    "FixedFileInfo": _stub("FixedFileInfo", "filevers", "prodvers", "mask", "flags", "OS",
                           "fileType", "subtype", "date"),
    "StringFileInfo": _stub("StringFileInfo", "kids"),
    "StringTable": _stub("StringTable", "name", "kids"),
    "StringStruct": _stub("StringStruct", "name", "val"),
    "VarFileInfo": _stub("VarFileInfo", "kids"),
    "VarStruct": _stub("VarStruct", "name", "kids"),
}


def test_version_resource_carries_the_package_version(tmp_path: Path) -> None:
    path = version.version_file(tmp_path, __version__, exe_name="workbench.exe",
                                description="Consultation Workbench (command line)")
    info = eval(compile(ast.parse(path.read_text(encoding="utf-8"), mode="eval"), str(path), "eval"),
                {"__builtins__": {}}, STUBS)
    assert info["ffi"]["filevers"] == version.four_part(__version__) == info["ffi"]["prodvers"]
    table = info["kids"][0]["kids"][0]
    strings = {s["name"]: s["val"] for s in table["kids"]}
    assert strings["ProductVersion"] == __version__ and strings["OriginalFilename"] == "workbench.exe"
    assert strings["CompanyName"] == "Vlaamse overheid"
    assert table["name"] == "081304B0"


def test_the_spec_gives_both_programs_an_icon_and_a_version() -> None:
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert spec.count("icon=ICON") == 2
    assert "version=APP_VERSION" in spec and "version=CLI_VERSION" in spec
    assert "winbuild.icon" in spec and "sign_files(" in spec


# --- signing -------------------------------------------------------------------------------
def test_signing_is_skipped_with_a_message_without_a_certificate() -> None:
    def never(*a, **k):
        raise AssertionError("signtool must not run")

    message = sign.sign_files([Path("workbench.exe")], env={}, run=never)
    assert "skipped" in message and "CWB_SIGN_PFX" in message


def test_signing_with_a_pfx_signs_then_verifies(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def signtool(command, **kwargs):
        calls.append(command)
        return subprocess.CompletedProcess(command, 0, "", "")

    env = {"CWB_SIGN_PFX": r"C:\certs\vo.pfx", "CWB_SIGN_PFX_PASSWORD": "geheim",
           "CWB_SIGNTOOL": r"C:\sdk\signtool.exe"}
    files = [tmp_path / "workbench-app.exe", tmp_path / "workbench.exe"]
    assert "signed and verified" in sign.sign_files(files, env=env, run=signtool)
    signing, verifying = calls
    assert signing[:2] == [r"C:\sdk\signtool.exe", "sign"]
    assert signing[signing.index("/fd") + 1] == "SHA256" and "/tr" in signing and "/td" in signing
    assert signing[signing.index("/f") + 1] == r"C:\certs\vo.pfx"
    assert signing[-2:] == [str(f) for f in files]
    assert verifying[1:4] == ["verify", "/pa", "/q"]


def test_a_failed_signature_fails_the_build_without_showing_the_password() -> None:
    def failing(command, **kwargs):
        return subprocess.CompletedProcess(command, 1, "SignTool Error: no certificate", "")

    env = {"CWB_SIGN_PFX": "vo.pfx", "CWB_SIGN_PFX_PASSWORD": "geheim", "CWB_SIGNTOOL": "signtool"}
    with pytest.raises(sign.SigningFailed) as caught:
        sign.sign_files([Path("workbench.exe")], env=env, run=failing)
    assert "geheim" not in str(caught.value) and "no certificate" in str(caught.value)


def test_a_certificate_in_the_store_is_chosen_by_thumbprint() -> None:
    args = sign.certificate_args({"CWB_SIGN_THUMBPRINT": "ab cd ef", "CWB_SIGN_MACHINE_STORE": "1"})
    assert args == ["/sha1", "abcdef", "/sm"]
