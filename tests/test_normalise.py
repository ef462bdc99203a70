"""normalise() and reflow(): the canonical text every extractor produces."""

import unicodedata

from workbench.extract.normalise import join_wrapped, normalise, reflow


def test_nfc_composes_accents():
    assert normalise("cre\u0301e\u0308ren") == "créëren"
    assert unicodedata.is_normalized("NFC", normalise("e\u0301"))


def test_ligatures_expanded():
    assert normalise("e\ufb03ciënt \ufb01nanciering \ufb02ux a\ufb00ect \ufb04 \ufb05 \ufb06") == \
        "efficiënt financiering flux affect ffl st st"


def test_soft_hyphen_and_zero_width_removed():
    assert normalise("samen\u00adwerking\u200b \u200c\u200dclus\u2060ter\ufeff") == \
        "samenwerking cluster"


def test_pdfium_hyphen_markers_join_words():
    assert normalise("samen\x02\r\nwerking") == "samenwerking"
    assert normalise("samen\ufffewerking") == "samenwerking"
    assert normalise("samen\ufffe\nwerking") == "samenwerking"
    assert normalise("Zuid\ufffeNederland") == "Zuid-Nederland"
    assert normalise("Noord\ufffeen Zuid") == "Noord- en Zuid"
    assert normalise("einde samen\ufffe") == "einde samen-"


def test_illegal_xml_characters_removed_but_tabs_and_newlines_kept():
    assert normalise("a\x00b\x01c\x08d\x1fe\ufffff") == "abcdef"
    assert normalise("kol1\tkol2\n\nalinea") == "kol1\tkol2\n\nalinea"
    assert normalise("lone \ud800 surrogate") == "lone  surrogate"


def test_line_endings_and_breaks():
    assert normalise("a\r\nb\rc") == "a\nb\nc"
    assert normalise("pagina 1\x0cpagina 2") == "pagina 1\npagina 2"


def test_nbsp_becomes_space_and_c1_read_as_cp1252():
    assert normalise("650\u00a0k€") == "650 k€"
    assert normalise("scenario\x92s \x96 test") == "scenario’s – test"


def test_empty():
    assert normalise("") == ""


def test_reflow_joins_hard_wraps():
    assert reflow(["In juni 2023 nam de minister het  ", "  initiatief om een groenboek"]) == \
        "In juni 2023 nam de minister het initiatief om een groenboek"


def test_reflow_hyphen_rules():
    assert reflow(["de samen-", "werking tussen"]) == "de samenwerking tussen"
    assert reflow(["Noord-", "en Zuid-Nederland"]) == "Noord- en Zuid-Nederland"
    assert reflow(["kennis-", "of onderzoeksinstelling"]) == "kennis- of onderzoeksinstelling"
    assert reflow(["Zuid-", "Nederland"]) == "Zuid-Nederland"
    assert reflow(["COVID-", "19"]) == "COVID-19"
    assert reflow(["scenario 3 -", "genaamd"]) == "scenario 3 - genaamd"


def test_reflow_skips_blank_lines():
    assert reflow(["", "een", "  ", "twee", ""]) == "een twee"
    assert reflow([]) == ""


def test_join_wrapped_reports_offset():
    joined, offset = join_wrapped("de samen-", "werking")
    assert joined == "de samenwerking" and joined[offset:] == "werking"
    joined, offset = join_wrapped("naar de", "volgende pagina")
    assert joined == "naar de volgende pagina" and joined[offset:] == "volgende pagina"
