"""Defensive access to ZIP containers and XML parts (DOCX, ODT).

Sizes are checked from the ZIP directory before anything is decompressed, and XML with a
DTD that declares entities or points at external resources is refused before parsing.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from workbench.extract.document import ImportProblem
from workbench.extract.limits import Limits, describe_bytes

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DANGEROUS_DTD = re.compile(rb"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.IGNORECASE)
_FRESH_COPY = "Ask the sender for a fresh copy of the file."
_SPLIT_HINT = ("Split the document into smaller parts, or save it again from the program that "
               "made it.")


def open_zip(data: bytes, limits: Limits, what: str) -> zipfile.ZipFile:
    """Open a ZIP container after checking member count, total size and compression ratio."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportProblem("corrupt", f"This {what} file is damaged: its ZIP structure cannot be "
                            "read.", "Ask the sender for a fresh copy of the file.") from exc
    if len(infos) > limits.max_zip_members:
        raise ImportProblem("too-large", f"This {what} file contains {len(infos):,} parts; at most "
                            f"{limits.max_zip_members:,} are accepted.", _SPLIT_HINT)
    total = sum(info.file_size for info in infos)
    if total > limits.max_zip_total_bytes:
        raise ImportProblem(
            "too-large", f"This {what} file unpacks to {describe_bytes(total)}; the limit is "
            f"{describe_bytes(limits.max_zip_total_bytes)} uncompressed.", _SPLIT_HINT)
    for info in infos:
        if info.file_size < limits.zip_ratio_min_bytes:
            continue
        ratio = info.file_size / max(1, info.compress_size)
        if ratio > limits.max_zip_ratio:
            raise ImportProblem(
                "too-large", f"Part '{info.filename}' of this {what} file is compressed "
                f"{ratio:,.0f}:1; more than {limits.max_zip_ratio:,.0f}:1 looks like a ZIP bomb "
                "and is refused.", "Do not open this file; ask the sender for a normal copy.")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, what: str) -> bytes | None:
    """Bytes of one member (None if absent); decompression errors become 'corrupt'."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    try:
        with archive.open(info) as handle:
            return handle.read(info.file_size + 1)[: info.file_size]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        hint = "Ask the sender for a fresh copy of the file."
        if isinstance(exc, RuntimeError) and "encrypted" in str(exc).lower():
            raise ImportProblem("encrypted", f"This {what} file is password protected.",
                                "Ask the sender for an unprotected copy.") from exc
        raise ImportProblem("corrupt", f"Part '{name}' of this {what} file is damaged.",
                            hint) from exc


def check_xml_safe(data: bytes, part: str) -> None:
    """Refuse XML whose DTD declares entities or references external resources."""
    head = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = data.decode("utf-16", errors="replace").encode("utf-8")
    match = _DOCTYPE.search(head)
    if not match:
        return
    # Only the doctype itself is inspected: up to "]>" with an internal subset, else ">".
    decl = head[match.start():]
    close = decl.find(b">")
    bracket = decl.find(b"[")
    if bracket != -1 and (close == -1 or bracket < close):
        close = decl.find(b"]>", bracket)
    decl = decl if close == -1 else decl[:close + 2]
    if _DANGEROUS_DTD.search(decl):
        raise ImportProblem(
            "unsafe", f"Part '{part}' declares XML entities or external references "
            "(<!DOCTYPE ...>), which office programs never write; it is refused for safety.",
            "Do not open this file; ask the sender to save the document again as a normal file.")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True)


def parse_xml(data: bytes, part: str, what: str) -> etree._Element:
    """Parse an XML part safely; syntax errors become 'corrupt'."""
    check_xml_safe(data, part)
    try:
        root = etree.fromstring(data, parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ImportProblem("corrupt", f"Part '{part}' of this {what} file is damaged "
                            "(invalid XML).", _FRESH_COPY) from exc
    if root is None:
        raise ImportProblem("corrupt", f"Part '{part}' of this {what} file is empty.",
                            "Ask the sender for a fresh copy of the file.")
    return root


def local(el: etree._Element) -> str:
    """Local name of an element ('' for comments/PIs/entities)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
