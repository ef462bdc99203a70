"""Wording shared by the drafted communication and its Word rendering.

A "mededeling aan de Vlaamse Regering" opens with the minister's title line in capitals
("DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, ...") and is signed "De Vlaamse minister van
Economie, Innovatie, ..., <Naam>"; the annex it refers to numbers question i's option j as
"punt i.j".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Words that stay lower case inside a minister's title ("minister van Economie en Landbouw").
_LOWER = {"van", "en", "de", "het", "der", "voor", "bij", "in", "op", "met", "minister",
          "minister-president", "viceminister-president", "vice-minister-president", "'t"}
# Words written in capitals whatever the title line does.
_UPPER = {"VR", "EU", "KMO", "KMO'S"}
_PREPOSITIONS = {"voor", "van", "in", "op", "met", "uit", "bij"}


class Named(Protocol):
    @property
    def name(self) -> str: ...


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Who:
    """An advisor as running text names it: "VARIO", "de speerpuntclusters"."""

    name: str          # as in the middle of a sentence
    plural: bool

    @property
    def start(self) -> str:
        return self.name[:1].upper() + self.name[1:]


def who(advisor: Named) -> Who:
    """The advisor's name for prose, with the article and number Dutch grammar needs.

    "Speerpuntclusters (geconsolideerd advies)" -> "de speerpuntclusters" (plural);
    "VARIO" -> "VARIO"; "Vlaamse Adviesraad voor Innoveren en Ondernemen" -> "de Vlaamse
    Adviesraad voor Innoveren en Ondernemen".
    """
    name = advisor.name.split(" (")[0].strip() or advisor.name.strip()
    words = name.split()
    if len(words) == 1 and is_acronym(name):
        return Who(name, False)
    head = words[0]
    for word in words:                      # the noun before "voor", "van", ...
        if word.lower() in _PREPOSITIONS:
            break
        head = word
    plural = not is_acronym(head) and head.lower().endswith(("s", "en")) \
        and not head.lower().endswith(("ss", "us", "is"))
    if words[0] in ("De", "Het"):             # a proper name with its own article
        return Who(name, plural)
    if plural:
        first = name[:1].lower() + name[1:] if not is_acronym(words[0]) else name
        return Who(f"de {first}", True)
    if len(words) == 1:
        return Who(name, False)
    return Who(f"de {name}", False)


def minister_phrase(title_line: str) -> str:
    """'DE VLAAMSE MINISTER VAN ECONOMIE, ... EN LANDBOUW' -> 'De Vlaamse minister van
    Economie, ... en Landbouw' (the form used in the signature and in running text).

    A title that is not all capitals is taken as the officer wrote it.
    """
    title = " ".join(title_line.split())
    if not title or not title.isupper():
        return title
    words = []
    for index, word in enumerate(title.split(" ")):
        bare = word.strip(",;:.()")
        if bare in _UPPER:
            words.append(word)
        elif index > 0 and bare.lower() in _LOWER:
            words.append(word.lower())
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower()
                                  for part in word.split("-")))
    return " ".join(words)


def minister_in_sentence(title_line: str) -> str:
    """The phrase for the middle of a sentence: 'de Vlaamse minister van ...'."""
    phrase = minister_phrase(title_line)
    return phrase[:1].lower() + phrase[1:] if phrase.startswith("De ") else phrase


def annex_points(question_keys: Iterable[str],
                 options: Iterable[tuple[str, str]]) -> dict[str, str]:
    """option key -> "i.j": question i (dossier order) and its option j (order within the
    question), the numbering of the annex's headings. ``options``: (question key, option key)
    in dossier order."""
    question_number = {key: i for i, key in enumerate(question_keys, 1)}
    seen: dict[str, int] = {}
    points = {}
    for question_key, option_key in options:
        seen[question_key] = seen.get(question_key, 0) + 1
        points[option_key] = f"{question_number.get(question_key, 0)}.{seen[question_key]}"
    return points


def names_list(items: list[str], last: str = "en") -> str:
    """'A', 'A en B', 'A, B en C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
