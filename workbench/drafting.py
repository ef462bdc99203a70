"""'Draft from evidence': a first version of each section of the communication.

The officer edits it afterwards; generated overviews stay live references ([[overview:S3]],
[[matrix]], [[advisors]]) so they follow the evidence until export.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.project import Project

STANCE_WORDS = {
    "preferred": "verkiest", "supports": "steunt", "conditional": "steunt onder voorwaarden",
    "neutral": "is neutraal over", "opposes": "is gekant tegen",
}


def _names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def draft_bodies(project: Project) -> dict[str, str]:
    dossier = project.dossier()
    advisors = project.advisors()
    name = {a.key: a.name for a in advisors}
    received = [a.name for a in advisors if a.status == "received"]
    asked = [a.name for a in advisors if a.status == "asked"]
    questions = project.questions()
    options = project.options()
    stances = project.stances()
    by_option: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in stances:
        by_option[s.option_key].append((s.advisor_key, s.stance))

    summary = [f"Over het groenboek “{dossier.title}” werd advies gevraagd aan "
               f"{_names([a.name for a in advisors])}."]
    if received:
        summary.append(f"Het advies van {_names(received)} is ontvangen en verwerkt.")
    if asked:
        summary.append(f"Het advies van {_names(asked)} is nog niet ontvangen.")
    for option in options:
        prefer = [name[a] for a, st in by_option[option.key] if st == "preferred"]
        if prefer:
            summary.append(f"{_names(prefer)} verkiest {option.title}.")

    situation = [f"Deze mededeling verwerkt de adviezen over {dossier.title}"
                 + (f" ({dossier.reference})." if dossier.reference else ".")]
    situation += [f"- {q.key}: {q.text}" for q in questions]

    def overviews(question_keys: set[str]) -> str:
        parts = []
        for option in options:
            if option.question_key in question_keys:
                parts.append(f"**{option.title}**")
                parts.append(f"[[overview:{option.key}]]")
        return "\n\n".join(parts)

    first = {questions[0].key} if questions else set()
    rest = {q.key for q in questions[1:]}
    positions = []
    for a in advisors:
        said = [f"{STANCE_WORDS[st]} {key}" for key, st in  # option keys: S1, 3+, ...
                ((s.option_key, s.stance) for s in stances if s.advisor_key == a.key)
                if st in STANCE_WORDS]
        if said:
            positions.append(f"- {a.name} {_names(said)}.")
    conclusion = [s for s in summary[1:] if "verkiest" in s] or [
        "Nog geen voorkeuren vastgelegd."]
    return {
        "Samenvatting": " ".join(summary),
        "Situering": "\n".join([situation[0], "", *situation[1:]]),
        "Ingewonnen adviezen": "[[advisors]]",
        "Overzicht per scenario": overviews(first),
        "Standpunten van de adviesinstanties": "\n".join(["[[matrix]]", "", *positions]),
        "Nieuwe strategische thema's (Q2)": overviews(rest),
        "Conclusie": " ".join(conclusion),
    }
