"""workbench.search_query against a real in-memory SQLite FTS5 table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.search_query import QueryError, highlight_terms, to_fts_query

DOCS = {
    1: "De économie van Vlaanderen heeft baat bij sterke clusters.",
    2: "Een co-operatie tussen bedrijven en kennisinstellingen.",
    3: "Zoals bepaald in art. 3 van het decreet.",
    4: "Scenario 3 is de basis; scenario 3 + is preferentieel.",
    5: "Dit OR dat: het woord or staat hier gewoon.",
    6: "Samenwerkingsverbanden en samenwerking met de SOC's.",
    7: "In scenario 30 staat niets, zij zeggen NOT done.",
    8: "Inkanteling in een bestaande organisatie is geen evidentie.",
    9: "Cooperatie of operatie van co en andere woorden.",
}


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", DOCS.items())
    yield conn
    conn.close()


def search(db: sqlite3.Connection, user_text: str) -> list[int]:
    expr = to_fts_query(user_text)
    rows = db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (expr,))
    return [r[0] for r in rows]


@pytest.mark.parametrize(
    ("user_text", "expected"),
    [
        ("economie", [1]),
        ("économie", [1]),
        ("ECONOMIE vlaanderen", [1]),
        ("co-operatie", [2]),  # phrase co + operatie, not row 9 with the words apart
        ("art. 3", [3]),
        ('scenario "3', [4]),
        ('"scenario 3"', [4]),
        ("scenario 3 +", [4]),
        ("3+", [3, 4]),
        ("OR", [5]),
        ("NOT", [7]),
        ("samenwerking*", [6]),
        ("samenwerk*", [6]),
        ('"samenwerk"*', [6]),
        ("Inkanteling", [8]),
        ("scenario 3 OR 30", [4, 7]),
        ("scenario NOT 30", [4]),
        ("scenario OR", []),  # dangling OR is a word: no row has "scenario" and "or"
        ("het OR", [5]),
        ("AND", []),
        ("clusters AND économie", [1]),
        ("clusters economie", [1]),
        ("co NOT operatie", []),
        ("operatie NOT cooperatie", [2]),
        ("de NOT scenario NOT SOC", [1]),
        ("SOC's", [6]),
        ("soc’s", [6]),
    ],
)
def test_queries_find_the_right_rows(
    db: sqlite3.Connection, user_text: str, expected: list[int]
) -> None:
    assert search(db, user_text) == expected


def test_dangling_operators_are_words() -> None:
    assert to_fts_query("OR") == '"OR"'
    assert to_fts_query("NOT scenario") == '"NOT" AND "scenario"'
    assert to_fts_query("scenario AND") == '"scenario" AND "AND"'
    assert to_fts_query("a OR OR b") == '"a" AND ("OR" OR "b")'
    assert to_fts_query("a or b") == '"a" AND "or" AND "b"'


def test_operator_structure() -> None:
    assert to_fts_query("scenario 3 OR 4") == '"scenario" AND ("3" OR "4")'
    assert to_fts_query("a NOT b") == '"a" NOT "b"'
    assert to_fts_query("a NOT b c") == '("a" NOT "b") AND "c"'


def test_phrases_and_prefix_syntax() -> None:
    assert to_fts_query('"scenario 3"') == '"scenario 3"'
    assert to_fts_query('scenario "3') == '"scenario" AND "3"'
    assert to_fts_query('"scenario  \n drie"') == '"scenario drie"'
    assert to_fts_query("samenwerking*") == '"samenwerking"*'
    assert to_fts_query('"scenario dr"*') == '"scenario dr"*'


@pytest.mark.parametrize(
    "user_text",
    ["(foo", "foo)", "title:economie", "^scenario", "NEAR(a b)", "a + b", "{body}: x",
     "scenario-3", "'", "a''b", "x*y", "*", "**a", "-scenario", "a\x00b", "col:\"x\"",
     "OR AND NOT", "scenario OR NOT 3", "\"\"\"", "NOT NOT", "a ( OR ) b"],
)
def test_syntax_characters_never_break_fts5(db: sqlite3.Connection, user_text: str) -> None:
    try:
        search(db, user_text)
    except QueryError:
        pass


@pytest.mark.parametrize("user_text", ["", "   ", "-", ". : ;", '"', '""', "* ( ) ^", "\x00"])
def test_nothing_searchable_raises_query_error(user_text: str) -> None:
    with pytest.raises(QueryError, match="Nothing to search"):
        to_fts_query(user_text)
    assert isinstance(QueryError("x"), ValueError)


def test_highlight_terms() -> None:
    assert highlight_terms("art. 3") == ["art", "3"]
    assert highlight_terms('"scenario 3" co-operatie samenwerk*') == [
        "scenario 3", "co-operatie", "samenwerk"]
    assert highlight_terms("scenario NOT 30") == ["scenario"]
    assert highlight_terms("a OR b OR a") == ["a", "b"]
    assert highlight_terms("OR") == ["OR"]
    assert highlight_terms(" - ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab3 "*():^-+.ORANDTé\'{}')), max_size=40))
def test_random_input_is_valid_fts5(user_text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t(body) VALUES ('a b 3 or and not OR é')")
    try:
        expr = to_fts_query(user_text)
    except QueryError:
        return
    conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()
