"""Turn whatever a user types into a search box into a safe SQLite FTS5 MATCH expression.

Written for tables using ``tokenize='unicode61 remove_diacritics 2'`` (case and diacritics are
handled by the tokenizer, so "economie" finds "économie").

Rules:

- every bare word becomes a quoted FTS5 string, so FTS5 syntax characters (parentheses,
  colons, carets, ``+``, ``-``, ``NEAR(...)``) never reach FTS5 unquoted. A word the
  tokenizer splits (``co-operatie`` -> co + operatie, ``3+`` -> 3) is therefore a phrase;
- ``"double-quoted text"`` stays one phrase; an unbalanced quote is closed at the end;
- a trailing ``*`` on a word or a closing quote makes a prefix query (``samenwerk*``);
- ``OR``, ``AND`` and ``NOT`` in capitals are operators only between two terms; a lone or
  dangling one (first, last, next to another operator) is an ordinary word. Lower case
  ``or``/``and``/``not`` are always words;
- terms without an operator between them must all occur (AND). ``OR`` binds tighter than
  AND, as in web search: ``scenario 3 OR 4`` is ``scenario AND (3 OR 4)``; ``a NOT b``
  excludes b;
- words with no letter or digit (``-``, ``:``, ``.``) are dropped; a query with nothing
  searchable raises :class:`QueryError`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QueryError", "highlight_terms", "to_fts_query"]

_OPERATORS = ("OR", "AND", "NOT")


class QueryError(ValueError):
    """The user's query has nothing to search for."""


@dataclass(frozen=True)
class _Term:
    text: str  # what goes between the quotes (no '*')
    prefix: bool = False
    quoted: bool = False  # typed as "a phrase"

    def fts(self) -> str:
        body = '"' + self.text.replace('"', '""') + '"'
        return body + "*" if self.prefix else body


@dataclass(frozen=True)
class _Op:
    word: str  # OR / AND / NOT, as typed (candidate operator)


def _searchable(s: str) -> bool:
    return any(ch.isalnum() for ch in s)


def _clean(s: str) -> str:
    """Drop control characters (NUL would cut the expression short)."""
    return "".join(ch for ch in s if ch >= " " or ch in "\t\n")


def _lex(user_text: str) -> list[_Term | _Op]:
    """Split into quoted phrases, bare words and candidate operators."""
    text = _clean(user_text)
    items: list[_Term | _Op] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == '"':
            close = text.find('"', i + 1)
            end = n if close < 0 else close
            body = text[i + 1:end]
            i = end + 1
            prefix = False
            while i < n and text[i] == "*":
                prefix = True
                i += 1
            if _searchable(body):
                items.append(_Term(" ".join(body.split()), prefix=prefix, quoted=True))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        word = text[i:j]
        i = j
        if word in _OPERATORS:
            items.append(_Op(word))
            continue
        stripped = word.rstrip("*")
        if _searchable(stripped):
            items.append(_Term(stripped, prefix=stripped != word))
    return items


def _resolve(items: list[_Term | _Op]) -> list[_Term | _Op]:
    """Keep an operator only between two terms; otherwise it is a plain word."""
    out: list[_Term | _Op] = []
    for k, item in enumerate(items):
        if isinstance(item, _Op):
            prev_is_term = bool(out) and isinstance(out[-1], _Term)
            nxt = items[k + 1] if k + 1 < len(items) else None
            if prev_is_term and isinstance(nxt, _Term):
                out.append(item)
            else:
                out.append(_Term(item.word))
        else:
            out.append(item)
    return out


def _parse(user_text: str) -> list[tuple[str, list[_Term]]]:
    """Clauses joined at the top level: [("AND"|"NOT", [terms OR-ed together]), ...].

    The first clause's connector is "AND".
    """
    clauses: list[tuple[str, list[_Term]]] = []
    pending = "AND"
    join_or = False
    for item in _resolve(_lex(user_text)):
        if isinstance(item, _Op):
            if item.word == "OR":
                join_or = True
            else:
                pending = item.word
            continue
        if join_or and clauses:
            clauses[-1][1].append(item)
        else:
            clauses.append((pending, [item]))
        pending, join_or = "AND", False
    return clauses


def _clause_sql(terms: list[_Term]) -> str:
    if len(terms) == 1:
        return terms[0].fts()
    return "(" + " OR ".join(t.fts() for t in terms) + ")"


def to_fts_query(user_text: str) -> str:
    """A safe FTS5 MATCH expression for ``user_text`` (see the module docstring).

    Raises :class:`QueryError` when nothing in the text is searchable.
    """
    clauses = _parse(user_text)
    if not clauses:
        raise QueryError("Nothing to search for: type at least one word or number.")
    expr = _clause_sql(clauses[0][1])
    last_op = ""
    for op, terms in clauses[1:]:
        left = f"({expr})" if last_op and last_op != op else expr
        expr = f"{left} {op} {_clause_sql(terms)}"
        last_op = op
    return expr


def highlight_terms(user_text: str) -> list[str]:
    """The plain terms to highlight in results: words and phrases as typed (without the
    prefix ``*`` and surrounding punctuation), excluding terms after ``NOT``, deduplicated,
    in query order. Prefix terms should be highlighted as word starts."""
    out: list[str] = []
    for op, terms in _parse(user_text):
        if op == "NOT":
            continue
        for term in terms:
            text = _strip_punct(term.text)
            if text and text not in out:
                out.append(text)
    return out


def _strip_punct(s: str) -> str:
    start, end = 0, len(s)
    while start < end and not s[start].isalnum():
        start += 1
    while end > start and not s[end - 1].isalnum():
        end -= 1
    return s[start:end]
