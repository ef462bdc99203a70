"""Code signing of the built programs as a build step (#17).

Unsigned PyInstaller programs are often flagged by SmartScreen and antivirus, and AppLocker rules
work best with a publisher. The spec calls ``sign_files()`` after the build on Windows:

- ``CWB_SIGN_PFX`` (a .pfx file) with ``CWB_SIGN_PFX_PASSWORD``, or ``CWB_SIGN_THUMBPRINT`` (the
  SHA-1 thumbprint of a certificate in the user's or, with ``CWB_SIGN_MACHINE_STORE=1``, the
  machine's certificate store, e.g. on a smart card or HSM) selects the certificate;
- ``CWB_SIGN_TIMESTAMP`` the RFC 3161 timestamp server (default DigiCert's), so signatures stay
  valid after the certificate expires;
- ``CWB_SIGNTOOL`` the signtool.exe to use (default: on PATH, else the newest Windows SDK's).

Without a certificate the step is skipped with a message; with one, a failure fails the build
(never ship an unsigned build by accident).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
DESCRIPTION = "Consultation Workbench"


class SigningFailed(RuntimeError):
    pass


def find_signtool(env: Mapping[str, str]) -> str | None:
    if env.get("CWB_SIGNTOOL"):
        return env["CWB_SIGNTOOL"]
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10" / "bin"
    candidates = sorted(kits.glob("10.*/x64/signtool.exe")) if kits.is_dir() else []
    return str(candidates[-1]) if candidates else None


def certificate_args(env: Mapping[str, str]) -> list[str] | None:
    """signtool's arguments that choose the certificate, or None when none is configured."""
    if env.get("CWB_SIGN_PFX"):
        args = ["/f", env["CWB_SIGN_PFX"]]
        if env.get("CWB_SIGN_PFX_PASSWORD"):
            args += ["/p", env["CWB_SIGN_PFX_PASSWORD"]]
        return args
    if env.get("CWB_SIGN_THUMBPRINT"):
        args = ["/sha1", env["CWB_SIGN_THUMBPRINT"].replace(" ", "")]
        if env.get("CWB_SIGN_MACHINE_STORE") == "1":
            args.append("/sm")
        return args
    return None


def sign_command(signtool: str, files: Sequence[Path], env: Mapping[str, str]) -> list[str]:
    cert = certificate_args(env)
    if cert is None:
        raise SigningFailed("no certificate configured")
    return [signtool, "sign", "/fd", "SHA256", "/tr", env.get("CWB_SIGN_TIMESTAMP", DEFAULT_TIMESTAMP),
            "/td", "SHA256", "/d", DESCRIPTION, *cert, *map(str, files)]


def sign_files(files: Sequence[Path], env: Mapping[str, str] | None = None,
               run: Callable[..., subprocess.CompletedProcess] = subprocess.run) -> str:
    """Sign and verify ``files``; returns what was done, for the build log.

    Raises ``SigningFailed`` when a certificate is configured but signing or verifying fails.
    """
    env = os.environ if env is None else env
    if certificate_args(env) is None:
        return ("code signing skipped: no certificate configured (set CWB_SIGN_PFX and "
                "CWB_SIGN_PFX_PASSWORD, or CWB_SIGN_THUMBPRINT, to sign the programs)")
    signtool = find_signtool(env)
    if signtool is None:
        raise SigningFailed("a certificate is configured but signtool.exe was not found; install "
                            "the Windows SDK's signing tools or set CWB_SIGNTOOL")
    for command in (sign_command(signtool, files, env),
                    [signtool, "verify", "/pa", "/q", *map(str, files)]):
        result = run(command, capture_output=True, text=True)
        if result.returncode != 0:
            shown = [("***" if i and command[i - 1] == "/p" else part)
                     for i, part in enumerate(command)]           # never log the password
            raise SigningFailed(f"{' '.join(shown[:3])} ... failed ({result.returncode}): "
                                f"{(result.stdout or '')[-2000:]}{(result.stderr or '')[-2000:]}")
    return f"signed and verified: {', '.join(Path(f).name for f in files)}"


def main(argv: list[str] | None = None) -> int:
    files = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    try:
        print(sign_files(files))
    except SigningFailed as exc:
        sys.stderr.write(f"signing failed: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
