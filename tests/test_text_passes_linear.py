"""Every text pass of the extractors is linear: crafted text cannot hang an import (#13).

Bounds are generous (seconds where a linear pass takes milliseconds); the quadratic versions
these replace took minutes on the same inputs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from workbench.extract import pdf
from workbench.extract._builder import DocBuilder, clean_block_text
from workbench.extract.normalise import WrappedText, normalise, reflow
from workbench.extract.plaintext import extract_text

BOUND = 5.0
LINE = "De clusterorganisaties vragen een stabiele basisfinanciering voor het beleid-\n"


def _within(seconds: float, work: Callable[[], object]) -> object:
    began = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - began
    assert elapsed < seconds, f"{elapsed:.1f} s"
    return result


def test_a_text_file_without_blank_lines_reflows_in_linear_time() -> None:
    text = LINE * 90_000                       # 6.7 MB, 90,000 lines, one paragraph
    assert len(text) > 6_500_000
    # The whole extractor (decode, normalise, chunk, re-flow, build): ~2 s on an idle core, so
    # a bound that survives a loaded CI machine; the quadratic re-flow took 110 s for 30,000
    # of these lines.
    document = _within(4 * BOUND, lambda: extract_text(text.encode("utf-8"), markdown=False))
    assert document.text.startswith("De clusterorganisaties")  # type: ignore[attr-defined]
    assert "beleid-De" in document.text                         # type: ignore[attr-defined]


def test_reflow_of_100000_lines() -> None:
    lines = ["samen-", "werking met Noord-", "en Zuid-", "Nederland"] * 25_000
    out = _within(BOUND, lambda: reflow(lines))
    assert str(out).startswith("samenwerking met Noord- en Zuid-Nederland samenwerking")


def test_joining_a_paragraph_over_many_pages_is_linear() -> None:
    joined = WrappedText("Begin van een alinea die door-")
    for _ in range(100_000):
        joined.add("loopt over de pagina-")
    text = _within(BOUND, joined.text)
    assert str(text).startswith("Begin van een alinea die doorloopt over de paginaloopt")


def test_normalise_with_hyphen_marks_before_long_blank_runs() -> None:
    adversarial = "a\ufffe" + " \t" * 200_000                 # 400 KB, nothing after the blanks
    _within(BOUND, lambda: normalise(adversarial))
    many = ("woord\ufffe" + " " * 20) * 20_000 + "einde"
    _within(BOUND, lambda: normalise(many))


def test_block_cleaning_of_long_blank_runs_without_line_breaks() -> None:
    blanks = "a" + " \t" * 200_000 + "b"
    cleaned = str(_within(BOUND, lambda: clean_block_text(blanks)))
    assert cleaned.startswith("a \t") and cleaned.endswith("\tb") and "  " not in cleaned
    lines = ("regel  \t \n" * 100_000)
    assert _within(BOUND, lambda: clean_block_text(lines)).count("\n") == 99_999  # type: ignore[union-attr]


def test_pdf_line_passes_on_a_400_kb_line() -> None:
    line = pdf.Line("1" + ".1" * 100_000 + " " + "x" * 200_000, size=10.0)
    _within(BOUND, lambda: pdf._classify(line, 10.0, {}))
    _within(BOUND, lambda: pdf._mask(line.text))
    _within(BOUND, lambda: pdf._sample_offsets(" a" * 200_000))
    _within(BOUND, lambda: pdf._three_samples(" a" * 200_000))
    pages = [[pdf.Line("- " * 100_000)] for _ in range(4)]
    _within(BOUND, lambda: pdf._drop_running_lines(pages))


def test_builder_text_limit_is_checked_while_building() -> None:
    from workbench.extract.document import ImportProblem
    from workbench.extract.limits import Limits

    builder = DocBuilder("text/plain", Limits(max_text_chars=1_000))
    try:
        for _ in range(10_000):
            builder.add("paragraph", "x" * 100)
    except ImportProblem as problem:
        assert problem.reason == "too-large"
        assert builder.length < 1_200      # stopped at the limit, not after everything
    else:
        raise AssertionError("the text limit was not enforced")
