"""Resource limits applied before and while reading a file."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * MB         # the file as given
    max_zip_total_bytes: int = 200 * MB    # sum of uncompressed ZIP members (DOCX/ODT)
    max_zip_ratio: float = 100.0           # uncompressed:compressed, for big members only
    zip_ratio_min_bytes: int = 1 * MB      # members smaller than this skip the ratio check
    max_zip_members: int = 10_000
    max_pdf_pages: int = 5_000
    max_text_chars: int = 50_000_000       # extracted text, counted while extracting
    # Enforced on the worker process that reads the file (extract/worker.py):
    seconds_per_file: float = 120.0        # a 300-page advice takes 1-3 s
    max_worker_memory: int = 1536 * MB     # memory extraction may take on top of the interpreter


DEFAULT_LIMITS = Limits()


def describe_bytes(size: float) -> str:
    """'100 MB', '1.5 MB', '700 KB' — for messages."""
    if size >= MB:
        value = size / MB
        return f"{value:.0f} MB" if abs(value - round(value)) < 0.05 else f"{value:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
