"""The failed checks as a reader of a DRAFT export reads them: Dutch, with names instead of keys.

``workbench.checks`` words its problems for the CLI (English, with keys). The draft block of a
deliverable goes to people who know "Scenario 3" and "VARIO", not "S3"; each problem code gets
a Dutch sentence here, built from the record it points at.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.export.content import AnnexContent
from workbench.export.labels import POSITION_TITLES


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Names:
    def __init__(self, content: AnnexContent) -> None:
        self.advisors = {a.key: a.name for a in content.matrix.advisors}
        self.options = {o.key: o for o in content.options()}
        self.arguments = {a.number: (o, a) for o in content.options() for a in o.arguments}
        self.quotes = {q.number: q for o in content.options() for a in o.arguments
                       for q in a.quotes}
        self.sources = {str(s.number): s for s in content.sources}

    def advisor(self, key: str) -> str:
        return self.advisors.get(key, key)

    def option(self, key: str) -> str:
        option = self.options.get(key)
        return option.name if option else key


def dutch_problem(code: str, record_kind: str, record_key: str, names: _Names) -> str:
    """One Dutch sentence for a failed check (falls back to a generic sentence per code)."""
    if code == "argument-without-quote" and record_key.isdigit():
        found = names.arguments.get(int(record_key))
        if found:
            option, argument = found
            position = POSITION_TITLES.get(argument.position, argument.position).lower()
            return (f"{option.name}, {position}: het argument „{_short(argument.text, 60)}” "
                    "steunt nog op geen enkel citaat.")
        return f"Argument {record_key} steunt nog op geen enkel citaat."
    if code in ("quote-changed", "quote-lost") and record_key.isdigit():
        quote = names.quotes.get(int(record_key))
        where = f" uit „{quote.source_title}”" if quote else ""
        what = ("staat niet meer letterlijk zo in de bron" if code == "quote-changed"
                else "is niet meer terug te vinden in de bron")
        return f"Citaat {record_key}{where} {what}."
    if code == "advice-missing":
        return (f"{names.advisor(record_key)}: het advies staat als ontvangen, maar het "
                "document is niet ingelezen.")
    if code == "stance-missing" and "/" in record_key:
        advisor_key, option_key = record_key.split("/", 1)
        return (f"{names.advisor(advisor_key)}: nog geen standpunt vastgelegd over "
                f"{names.option(option_key)}.")
    if code == "advice-not-received":
        return f"{names.advisor(record_key)}: advies gevraagd, nog niet ontvangen."
    if code == "source-unquoted":
        source = names.sources.get(record_key)
        title = f" „{source.title}”" if source else f" {record_key}"
        return f"Uit de bron{title} is nog niets geciteerd."
    if code == "reference-broken":
        return "De mededeling bevat een verwijzing naar een citaat, argument of optie die niet " \
               "meer bestaat."
    if code == "communication-empty":
        return "De mededeling heeft nog geen inhoud."
    if code in ("database-damaged", "json-malformed", "value-wrong-type"):
        return ("Het dossierbestand is beschadigd; deze export kan onvolledig of onjuist zijn. "
                "Herstel het dossier uit een reservekopie.")
    if code == "search-index-damaged":
        return "De zoekindex van het dossier klopt niet meer met de bronteksten."
    return f"Een controle is niet geslaagd ({code})."


def dutch_problems(problems: Iterable[Any], content: AnnexContent) -> tuple[str, ...]:
    """``checks.Problem`` records -> Dutch sentences for the DRAFT block, duplicates removed."""
    names = _Names(content)
    return tuple(dict.fromkeys(
        dutch_problem(p.code, p.record_kind, p.record_key, names) for p in problems))
