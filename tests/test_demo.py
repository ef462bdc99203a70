"""The demo dossier is the real consultation, processed the way an officer would."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from workbench import Project
from workbench import demo_evidence as data
from workbench.checks import run_checks


def test_demo_is_pinned(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        assert [o.key for o in p.options()] == ["S1", "S2", "S3", "S4", "3+", "IBN"]
        per_option = Counter((a.option_key, a.position) for a in p.arguments())
        expected = Counter((a.option_key, a.position) for a in data.ARGUMENTS)
        assert per_option == expected
        assert all(a.quote_numbers for a in p.arguments())
        for key in ("S1", "S2", "S3", "S4", "3+"):
            assert p.arguments(key), f"no arguments for {key}"
        assert len(p.quotes()) == len(set(data.all_quotes()))
        assert {c.status for c in p.verify_quotes()} == {"ok"}
        grid = {(s.advisor_key, s.option_key) for s in p.stances()}
        assert grid == {(a, o) for a in ("VARIO", "SPC") for o in data.OPTION_KEYS}


def test_demo_sources_have_their_metadata(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        by_file = {s.file_name: s for s in p.sources()}
        vario = by_file["vario-advies-36.txt"]
        assert (vario.advisor_key, vario.date) == ("VARIO", "2024-05-06")
        assert by_file["groenboek-mededeling.md"].advisor_key is None  # background
        assert len(by_file) == len(data.DOCUMENTS)


def test_demo_check_reports_only_the_expected_warnings(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        report = run_checks(p)
    assert report.errors == []
    # the communication is not drafted yet, and has no VR number of its own (#19)
    assert sorted((w.code, w.record_key) for w in report.warnings) == [
        ("advice-not-received", "HBC"), ("advice-not-received", "SERV"),
        ("communication-empty", ""), ("communication-vr-number-missing", "")]
    assert report.quotes_checked == len(set(data.all_quotes()))


def test_quote_pages_and_sections_are_citable(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        spc = next(s for s in p.sources() if s.file_name.startswith("speerpuntclusters-advies"))
        quotes = p.quotes(spc.number)
        # the clusters' advice is a text file: quotes are cited by their section
        assert any(any("3.3" in h for h in q.heading_path) for q in quotes)


# ---------------------------------------------------------------- the corrected evidence (#16)

def _squash(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _advice_text(advisor: str) -> str:
    docs = [d for d in data.DOCUMENTS if d.advisor_key == advisor]
    root = Path(__file__).resolve().parent.parent / "resources" / "demo"
    return _squash(" ".join((root / d.file_name).read_text("utf-8") for d in docs))


def _quotes_of(option: str, position: str | None = None) -> list[str]:
    return [q.exact for a in data.ARGUMENTS if a.option_key == option
            and (position is None or a.position == position) for q in a.quotes]


def test_misfiled_arguments_are_refiled() -> None:
    # A14: "ongeacht welk scenario" is a condition for every scenario, not a pro of scenario 3
    assert not any("ongeacht welk scenario" in q for q in _quotes_of("S3", "pro"))
    assert any("ongeacht welk scenario" in q for q in _quotes_of("S3", "condition"))
    # A19: VARIO wants a mainly economic mission: nothing of VARIO argues for scenario 4
    vario_for_s4 = [q.exact for a in data.ARGUMENTS if a.option_key == "S4"
                    and a.position == "pro" for q in a.quotes if q.document == data.VARIO_DOC]
    assert vario_for_s4 == []
    assert any("in hoofdzaak een economische opdracht" in q for q in _quotes_of("S4", "con"))
    # A35: the clusters' room for new themes is quoted with the sentence that qualifies it
    for a in data.arguments_for("IBN"):
        for q in a.quotes:
            if "ruimte moet zijn om nieuwe thema" in q.exact:
                assert "niet te werken via een oproep voor nieuwe clusters" in q.exact
                assert a.position != "pro"


def test_no_quote_starts_with_a_pronoun_without_its_referent_or_mid_sentence() -> None:
    for a in data.ARGUMENTS:
        for q in a.quotes:
            assert q.exact[:1].isupper() or q.exact[:1] in "‘“", (a.text, q.exact)
            if q.exact.startswith(("Dit partnerschap", "Dit is ook")):
                raise AssertionError(f"quote without its referent: {q.exact}")


def test_missing_key_points_are_quoted() -> None:
    wanted = {
        "S1": ["minder aangewezen omwille van hun administratieve en operationele complexiteit",
               "(cf. overheidsaanbestedingen)"],
        "S3": ["de ondersteuning van KMO-innovatie en de uitbreiding van het quadruple-helix model",
               "overkoepelende strategie voor industrie- en innovatiebeleid",
               "de volgende sterktes (blijven) vertonen",
               "versterkte partnerschapsrol voor VLAIO",
               "lange tijdshorizon", "minimum aan administratieve overhead",
               "los van de keuze van scenario"],
        "S4": ["interclusterprojecten gebaseerd op gezamenlijke interclusterroadmaps",
               "haalbaar via de procedure van aanmelding"],
        "3+": ["veel stringenter dan nodig voor de aanmelding",
               "antwoord bieden op een marktfalen"],
        "IBN": ["zonder het opzetten van nieuwe organisaties/structuren",
                "niet te werken via een oproep voor nieuwe clusters"],
    }
    for option, phrases in wanted.items():
        quotes = " ".join(_quotes_of(option))
        for phrase in phrases:
            assert phrase in quotes, (option, phrase)


def test_stances_are_reconsidered_and_quote_their_ground() -> None:
    import re

    by = {(s.advisor_key, s.option_key): s for s in data.STANCES}
    assert by[("SPC", "S1")].stance == "opposes" and by[("SPC", "S4")].stance == "opposes"
    assert by[("VARIO", "S4")].stance == "opposes"
    assert by[("VARIO", "S3")].stance == "preferred" and not by[("VARIO", "S3")].explicit
    inferred = {k for k, s in by.items() if not s.explicit}
    assert inferred == {("VARIO", "S1"), ("VARIO", "S3"), ("VARIO", "S4"),
                        ("SPC", "S1"), ("SPC", "S4")}
    for key, stance in by.items():
        if stance.stance == "not-addressed":
            continue
        grounds = re.findall(r"‘([^‘’]*(?:’s?[^‘’]*)*)’", stance.note)
        grounds = [g for g in grounds if len(g) > 12]
        assert grounds, f"{key}: the note quotes no ground"
        text = _advice_text(key[0])
        for ground in grounds:
            assert _squash(ground) in text, (key, ground)


def test_demo_states_no_fact_the_documents_do_not(demo_path: Path) -> None:
    from workbench import demo

    advisors = {a[0]: a for a in demo.ADVISORS}
    assert advisors["SERV"][4] is None and advisors["HBC"][4] is None     # no "asked on"
    assert advisors["HBC"][1] == "HBC"          # the documents give no fuller name
    assert data.document(data.MEMO_DOC).advisor_key is None               # background
    with Project.open(demo_path, readonly=True) as p:
        assert {a.key: a.asked_on for a in p.advisors()}["HBC"] is None
        memo = next(s for s in p.sources() if s.file_name == data.MEMO_DOC)
        assert memo.advisor_key is None
        assert {(s.advisor_key, s.option_key): s.explicit for s in p.stances()}[("VARIO", "S3")] is False
