"""Turn advice documents (PDF, DOCX, ODT, HTML, TXT/MD) into normalised text with structure."""

from workbench.extract.dispatch import extract_file, media_type_for
from workbench.extract.document import Block, ExtractedDocument, ImportProblem, PageSpan
from workbench.extract.limits import DEFAULT_LIMITS, Limits

__all__ = [
    "DEFAULT_LIMITS", "Block", "ExtractedDocument", "ImportProblem", "Limits", "PageSpan",
    "extract_file", "media_type_for",
]
