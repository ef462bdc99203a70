"""One column of an exported table: its header, width and how a row gives its value.

Every table of the deliverables (the workbook's sheets, the Word documents' flat tables) is a
list of these, so a column's header, width and content are one line that cannot drift apart,
and a new column is one more line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """``width``: characters in Excel, a relative weight in Word.

    ``kind`` (Excel): "text" (wrapped when ``wrap``), "short" (a few distinct values repeated
    on many rows: converted once), "number" or "date" (ISO text in, a real date out).
    ``fill``: a cell's background colour for a row (hex), or None.
    """

    header: str
    width: float
    value: Callable[[T], object]
    kind: str = "text"
    wrap: bool = False
    fill: Callable[[T], str | None] | None = None
