"""'Draft from evidence': a first version of the communication a civil servant can keep.

It summarises and refers: per option who prefers, supports or opposes it, the main pros, cons
and conditions in a few sentences, and "zie bijlage, punt i.j" for the full evidence (the
annex numbers question i's option j that way, in dossier order). It names advisors and options
the way a reader knows them, never by their keys, and words a stance the officer inferred as
inferred. The officer edits the text afterwards; nothing here is regenerated on export.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

from workbench.export.build import dutch_date
from workbench.mededeling_text import (
    Who,
    annex_points,
    is_acronym,
    minister_phrase,
    names_list,
    who,
)
from workbench.model import Advisor, Argument, Option, Question, Stance

if TYPE_CHECKING:
    from workbench.project import Project

# How many arguments per position the communication names; the annex has them all.
MAIN_ARGUMENTS = 2
POSITION_LABELS = {"pro": ("Voordelen", "ander voordeel", "andere voordelen"),
                   "con": ("Nadelen", "ander nadeel", "andere nadelen"),
                   "condition": ("Voorwaarden", "andere voorwaarde", "andere voorwaarden")}
STANCE_ORDER = ("preferred", "supports", "conditional", "neutral", "opposes", "not-addressed")
# {a}: who, {o}: which option(s); (singular, plural) for a main clause and a "dat" clause
_MAIN = {
    "preferred": ("{a} verkiest {o}", "{a} verkiezen {o}"),
    "supports": ("{a} steunt {o}", "{a} steunen {o}"),
    "conditional": ("{a} steunt {o} onder voorwaarden", "{a} steunen {o} onder voorwaarden"),
    "neutral": ("{a} neemt geen uitgesproken standpunt in over {o}",
                "{a} nemen geen uitgesproken standpunt in over {o}"),
    "opposes": ("{a} is gekant tegen {o}", "{a} zijn gekant tegen {o}"),
    "not-addressed": ("{a} gaat niet in op {o}", "{a} gaan niet in op {o}"),
}
_SUBORDINATE = {
    "preferred": ("dat {a} {o} verkiest", "dat {a} {o} verkiezen"),
    "supports": ("dat {a} {o} steunt", "dat {a} {o} steunen"),
    "conditional": ("dat {a} {o} onder voorwaarden steunt",
                    "dat {a} {o} onder voorwaarden steunen"),
    "neutral": ("dat {a} geen uitgesproken standpunt over {o} inneemt",
                "dat {a} geen uitgesproken standpunt over {o} innemen"),
    "opposes": ("dat {a} gekant is tegen {o}", "dat {a} gekant zijn tegen {o}"),
    "not-addressed": ("dat {a} niet ingaat op {o}", "dat {a} niet ingaan op {o}"),
}
_NUMBER_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
                 "tien")


def _number(n: int) -> str:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("VR", "SOC's")."""
    first = text.split(" ")[0] if text else ""
    return text if not first or is_acronym(first) else text[:1].lower() + text[1:]


def _group(people: list[Who]) -> Who:
    if len(people) == 1:
        return people[0]
    return Who(names_list([p.name for p in people]), True)


def option_name(option: Option) -> str:
    """How running text names an option: "scenario 3", "de optie „Nieuwe oproep ...”"."""
    short = option.title.split(":")[0].strip() if ":" in option.title else option.title.strip()
    first = short.split(" ")[0].lower() if short else ""
    if first in ("scenario", "optie", "variant", "alternatief"):
        return short[:1].lower() + short[1:]
    return f"de optie „{short}”"


def this_option(option: Option) -> str:
    return "dit scenario" if option_name(option).startswith("scenario") else "deze optie"


def stance_clause(people: list[Who], stance: str, options: str, *, inferred: bool = False
                  ) -> str:
    """One sentence: 'VARIO steunt dit scenario.' or, inferred, 'Uit het advies van VARIO valt
    af te leiden dat VARIO dit scenario steunt.'"""
    group = _group(people)
    index = 1 if group.plural else 0
    if inferred:
        clause = _SUBORDINATE[stance][index].format(a=group.name, o=options)
        source = "de adviezen" if len(people) > 1 else "het advies"
        return f"Uit {source} van {group.name} valt af te leiden {clause}."
    text = _MAIN[stance][index].format(a=group.name, o=options)
    return text[:1].upper() + text[1:] + "."


def _sentence(text: str) -> str:
    """An argument as part of a run-in paragraph: trimmed, ending in one period."""
    text = " ".join(text.split()).rstrip(" .;")
    return text + "."


class _Drafter:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.dossier = project.dossier()
        self.questions: list[Question] = project.questions()
        self.options: list[Option] = project.options()
        self.advisors: list[Advisor] = project.advisors()
        self.who = {a.key: who(a) for a in self.advisors}
        self.stances: list[Stance] = project.stances()
        self.points = annex_points([q.key for q in self.questions],
                                   [(o.question_key, o.key) for o in self.options])
        sources = project.sources()
        advisor_of_source = {s.id: s.advisor_key for s in sources}
        self.sources_of: dict[str, list[Any]] = defaultdict(list)
        for s in sources:
            if s.advisor_key:
                self.sources_of[s.advisor_key].append(s)
        advisor_of_quote = {q.number: advisor_of_source.get(q.source_id)
                            for q in project.quotes()}
        self.arguments: dict[str, list[tuple[Argument, list[str]]]] = defaultdict(list)
        for argument in project.arguments():
            keys = dict.fromkeys(advisor_of_quote.get(n) for n in argument.quote_numbers)
            self.arguments[argument.option_key].append(
                (argument, [k for k in keys if k is not None and k in self.who]))

    def ordered(self, keys: list[str]) -> list[str]:
        """Advisor keys in dossier order (so attributions always read the same way)."""
        rank = {a.key: i for i, a in enumerate(self.advisors)}
        return sorted(keys, key=lambda k: rank.get(k, len(rank)))

    def mentions(self, text: str, key: str) -> bool:
        """Whether ``text`` already names the advisor (no "(VARIO)" after "VARIO vraagt")."""
        bare = self.who[key].name.removeprefix("de ")
        return bare.casefold() in text.casefold()

    # --- sections --------------------------------------------------------------------------
    def sections(self) -> list[tuple[str, str]]:
        out = [("Situering", self.situering()),
               ("Ingewonnen adviezen", self.adviezen()),
               ("Standpunten van de adviesinstanties", self.standpunten())]
        for number, question in enumerate(self.questions, 1):
            out.append((self.question_title(number, question), self.question_body(question)))
        out.append(("Voorstel", self.voorstel()))
        return out

    def question_title(self, number: int, question: Question) -> str:
        """'Vraag 1: de vier voorgestelde scenario's' (the question's first clause), or the
        title of a question's only option when the question is one long sentence."""
        first = question.text.split(",")[0].strip().rstrip(".")
        if first and len(first) <= 70:
            return f"Vraag {number}: {_lower_first(first)}"
        options = [o for o in self.options if o.question_key == question.key]
        if len(options) == 1:
            return f"Vraag {number}: {_lower_first(options[0].title)}"
        return f"Vraag {number}"

    def situering(self) -> str:
        d = self.dossier
        asked = list(self.advisors)
        reference = f" ({d.reference})" if d.reference else ""
        names = names_list([self.who[a.key].name for a in asked])
        when = self.asked_when(asked)
        dates = "" if when else self.asked_dates(asked)
        lines = [f"Het document „{d.title}”{reference} werd{when} voor advies "
                 f"voorgelegd aan {names}.{dates}" if asked else
                 f"Over het document „{d.title}”{reference} werd advies gevraagd."]
        if self.questions:
            count = len(self.questions)
            lines.append("")
            lines.append(f"De adviesvraag bevatte {_number(count)} "
                         f"{'vraag' if count == 1 else 'vragen'}:")
            lines.append("")
            lines += [f"{i}. {q.text}" for i, q in enumerate(self.questions, 1)]
            lines.append("")
        lines.append("Deze mededeling vat de ontvangen adviezen samen, per vraag en per optie. De "
                     "bijlage bevat per optie alle voordelen, nadelen en voorwaarden die de "
                     "adviezen aanvoeren, met de letterlijk geciteerde passages, en het "
                     "standpunt van elke adviesinstantie.")
        return "\n".join(lines)

    @staticmethod
    def asked_when(asked: list[Advisor]) -> str:
        """' op 27 maart 2024' when every advisor was asked that day, else nothing: a date
        known for some must not be told of the others (#16: SERV and HBC were shown as
        asked on a date no document states)."""
        dates = {a.asked_on for a in asked}
        return f" op {dutch_date(dates.pop())}" if len(dates) == 1 and None not in dates else ""

    def asked_dates(self, asked: list[Advisor]) -> str:
        """The known dates, for when they differ or are not known for all: ' VARIO en de
        speerpuntclusters ontvingen de adviesvraag op 27 maart 2024.'"""
        by_date: dict[str, list[str]] = {}
        for a in asked:
            if a.asked_on:
                by_date.setdefault(a.asked_on, []).append(self.who[a.key].name)
        if len(by_date) == 1:
            (day, names), = by_date.items()
            verb = "ontving" if len(names) == 1 else "ontvingen"
            return f" {_upper_first(names_list(names))} {verb} de adviesvraag op {dutch_date(day)}."
        if by_date:
            return " De adviesvraag werd verstuurd aan " + names_list(
                [f"{names_list(names)} op {dutch_date(day)}"
                 for day, names in sorted(by_date.items())]) + "."
        return ""

    def adviezen(self) -> str:
        received, waiting, declined = [], [], []
        for a in self.advisors:
            name = self.who[a.key]
            if a.status == "received":
                received.append(self.received_sentence(a, name))
            elif a.status == "declined":
                declined.append(name.name)
            else:
                waiting.append(name.name)
        lines = []
        if received:
            lines += [f"- {s}" for s in received]
        if waiting:
            lines.append("")
            lines.append(f"De adviezen van {names_list(waiting)} zijn nog niet ontvangen; ze "
                         "worden verwerkt zodra ze binnenkomen." if len(waiting) > 1 else
                         f"Het advies van {waiting[0]} is nog niet ontvangen; het wordt "
                         "verwerkt zodra het binnenkomt.")
        if declined:
            lines.append("")
            verb = "zagen" if len(declined) > 1 else "zag"
            lines.append(f"{names_list(declined)[:1].upper()}{names_list(declined)[1:]} {verb} "
                         "af van een advies.")
        return "\n".join(lines).strip() or "Er werden nog geen adviezen ontvangen."

    def received_sentence(self, advisor: Advisor, name: Who) -> str:
        documents = self.sources_of.get(advisor.key, [])
        titles = [f"„{s.title}”" for s in documents]
        dates = [s.date for s in documents if s.date] or (
            [advisor.received_on] if advisor.received_on else [])
        when = f" op {dutch_date(min(dates))}" if dates else ""
        verb = "bezorgden" if name.plural else "bezorgde"
        what = f" ({names_list(titles)})" if titles else ""
        noun = "hun advies" if name.plural else "een advies"
        return f"{name.start} {verb}{when} {noun}{what}."

    def standpunten(self) -> str:
        by_advisor: dict[str, list[Stance]] = defaultdict(list)
        for s in self.stances:
            by_advisor[s.advisor_key].append(s)
        option_by_key = {o.key: o for o in self.options}
        lines = []
        any_inferred = False
        for advisor in self.advisors:
            rank = {o.key: i for i, o in enumerate(self.options)}
            stances = sorted((s for s in by_advisor.get(advisor.key, [])
                              if s.option_key in option_by_key), key=lambda s: rank[s.option_key])
            if not stances:
                continue
            name = self.who[advisor.key]
            clauses = []
            silent = []
            for stance in STANCE_ORDER:
                chosen = [s for s in stances if s.stance == stance]
                if not chosen:
                    continue
                if stance == "not-addressed":
                    silent = [option_name(option_by_key[s.option_key]) for s in chosen]
                    continue
                names = []
                for s in chosen:
                    label = option_name(option_by_key[s.option_key])
                    if not s.explicit:
                        label += " (afgeleid)"
                        any_inferred = True
                    names.append(label)
                verb = _MAIN[stance][1 if name.plural else 0].format(a="", o=names_list(names))
                clauses.append(verb.strip())
            sentence = name.start + " " + names_list(clauses) if clauses else ""
            if silent:
                verb = "spreken" if name.plural else "spreekt"
                tail = f"over {names_list(silent)} {verb} {name.name} zich niet uit"
                sentence = f"{sentence}; {tail}" if sentence else tail[:1].upper() + tail[1:]
            lines.append(f"- {sentence}.")
        if not lines:
            return "Er zijn nog geen standpunten vastgelegd."
        intro = ("Per adviesinstantie de standpunten over de voorgelegde opties (de bijlage "
                 "bevat de volledige standpuntenmatrix met de geciteerde passages):")
        out = [intro, "", *lines]
        if any_inferred:
            out += ["", "Een standpunt gemarkeerd als „afgeleid” staat niet uitdrukkelijk in het "
                    "advies, maar is afgeleid uit de inhoud ervan."]
        return "\n".join(out)

    def question_body(self, question: Question) -> str:
        options = [o for o in self.options if o.question_key == question.key]
        parts = [f"> {question.text}", ""]
        if not options:
            parts.append("Voor deze vraag zijn geen opties vastgelegd.")
            return "\n".join(parts)
        titled = self.question_title(0, question).endswith(_lower_first(options[0].title))
        for option in options:
            heading = [] if len(options) == 1 and titled else [f"## {option.title}", ""]
            parts += [*heading, *self.option_body(option), ""]
        return "\n".join(parts).strip()

    def option_body(self, option: Option) -> list[str]:
        paragraphs = []
        proposer_key = option.proposed_by if option.proposed_by in self.who else None
        stance_text = self.option_stances(option, skip=proposer_key)
        if proposer_key:
            proposer = self.who[proposer_key]
            own = next((s for s in self.stances if s.option_key == option.key
                        and s.advisor_key == proposer_key), None)
            verb = "stellen" if proposer.plural else "stelt"
            sentence = f"{proposer.start} {verb} {this_option(option)} zelf voor"
            if own is not None and own.stance == "preferred":
                sentence += f" en {'verkiezen' if proposer.plural else 'verkiest'} het"
            elif own is not None:
                stance_text = " ".join(filter(None, [
                    stance_clause([proposer], own.stance, this_option(option),
                                  inferred=not own.explicit), stance_text]))
            paragraphs.append(" ".join(filter(None, [sentence + ".", stance_text])))
        elif stance_text:
            paragraphs.append(stance_text)
        arguments = self.arguments.get(option.key, [])
        for position in ("pro", "con", "condition"):
            chosen = [(a, keys) for a, keys in arguments if a.position == position]
            if not chosen:
                continue
            label, one_more, more = POSITION_LABELS[position]
            # the arguments most advisors back first, then the best documented ones
            ranked = sorted(chosen, key=lambda item: (-len(item[1]), -len(item[0].quote_numbers),
                                                      item[0].seq, item[0].number))
            sentences = []
            for argument, keys in ranked[:MAIN_ARGUMENTS]:
                sentence = _sentence(argument.text)
                named = [k for k in self.ordered(keys) if not self.mentions(sentence, k)]
                if named:
                    attribution = names_list([self.who[k].name for k in named])
                    sentence = sentence[:-1] + f" ({attribution})."
                sentences.append(sentence)
            rest = len(chosen) - MAIN_ARGUMENTS
            if rest > 0:
                sentences.append(f"De bijlage vermeldt nog {_number(rest)} "
                                 f"{one_more if rest == 1 else more}.")
            paragraphs.append(f"**{label}.** " + " ".join(sentences))
        if not arguments:
            paragraphs.append("De adviezen voeren over deze optie nog geen argumenten aan.")
        point = self.points.get(option.key)
        if point:
            paragraphs.append(f"Voor alle argumenten en de geciteerde passages: zie bijlage, "
                              f"punt {point}.")
        return [p for paragraph in paragraphs for p in (paragraph, "")][:-1]

    def option_stances(self, option: Option, skip: str | None = None) -> str:
        stances = [s for s in self.stances if s.option_key == option.key
                   and s.advisor_key in self.who and s.advisor_key != skip]
        this = this_option(option)
        sentences = []
        for stance in STANCE_ORDER:
            explicit = [self.who[s.advisor_key] for s in stances
                        if s.stance == stance and s.explicit]
            if explicit:
                sentences.append(stance_clause(explicit, stance, this))
            for s in stances:
                if s.stance == stance and not s.explicit:
                    sentences.append(stance_clause([self.who[s.advisor_key]], stance, this,
                                                   inferred=True))
        return " ".join(sentences)

    def voorstel(self) -> str:
        minister = minister_phrase(self.dossier.minister_title)
        received = [self.who[a.key].name for a in self.advisors if a.status == "received"]
        waiting = [self.who[a.key].name for a in self.advisors if a.status == "asked"]
        opening = (f"{minister} stelt de Vlaamse Regering voor kennis te nemen van:" if minister
                   else "Aan de Vlaamse Regering wordt voorgesteld kennis te nemen van:")
        items = []
        if received:
            items.append(f"de adviezen van {names_list(received)} over „{self.dossier.title}”;")
        items.append("het overzicht van de voordelen, nadelen en voorwaarden per optie en van de "
                     "standpunten van de adviesinstanties in de bijlage, als basis voor een "
                     "weloverwogen en onderbouwde beslissing;")
        if waiting:
            items.append(f"het gegeven dat de adviezen van {names_list(waiting)} nog niet "
                         "ontvangen zijn en na ontvangst aan dit overzicht worden toegevoegd."
                         if len(waiting) > 1 else
                         f"het gegeven dat het advies van {waiting[0]} nog niet ontvangen is en "
                         "na ontvangst aan dit overzicht wordt toegevoegd.")
        items[-1] = items[-1].rstrip(";") + ("" if items[-1].endswith(".") else ".")
        return "\n".join([opening, "", *(f"{i}. {item}" for i, item in enumerate(items, 1))])


def draft_sections(project: Project) -> list[tuple[str, str]]:
    """(title, Markdown body) of every section of a first draft, in order."""
    return _Drafter(project).sections()


def draft_bodies(project: Project) -> dict[str, str]:
    """Section title -> drafted body (for filling sections that already exist)."""
    return dict(draft_sections(project))
