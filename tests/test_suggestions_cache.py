"""Suggestions (#16): what the ranking keeps between scans in one session never shows.

A rescan in the app's process reuses each paragraph's vector, the sum of each option's
directly found paragraphs and each option's similarities with every paragraph, as long as
they are still valid. Every rescan here is compared with the same scan from scratch (as a
fresh process makes it): after new evidence for one option, a changed option title, a
changed paragraph text and a changed pattern, both must give the same suggestions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.test_suggestions import DEMO, labelled_dossier
from workbench import Project
from workbench.suggest_rank import forget_scans

Row = tuple[int, int, int, int, str, float, str]


def rescan(project: Project) -> list[Row]:
    """The suggestions of a rescan with what earlier scans kept, after checking that a scan
    from scratch finds exactly the same; then stored, as the panel does."""
    warm = project.plan_suggestions()
    assert warm is not None, "the change did not cause a rescan"
    forget_scans()
    cold = project.plan_suggestions()
    assert cold is not None
    assert sorted(warm.rows) == sorted(cold.rows)
    assert project.apply_suggestions(warm) >= 0
    return sorted(warm.rows)


def likeness(rows: list[Row]) -> dict[tuple[int, int], tuple[float, str]]:
    """(option id, block id) -> (score, reason) of the suggestions made by likeness (the
    row's short reason is its Dutch wording, the stored one a code with its values)."""
    return {(r[0], r[1]): (r[5], r[6]) for r in rows if r[4].startswith("lijkt op")}


VARIO = "vario-advies-36.txt"


@pytest.fixture
def demo_project(tmp_path: Path) -> tuple[Project, dict[str, int]]:
    project, sources = labelled_dossier(tmp_path)
    forget_scans()
    project.refresh_suggestions()           # what a session has kept before the officer works
    return project, sources


def test_rescan_after_evidence_title_and_text_changes_equals_a_fresh_scan(
        demo_project: tuple[Project, dict[str, int]], tmp_path: Path) -> None:
    project, sources = demo_project
    before = likeness(rescan_all(project))

    # New evidence for ONE option: a quote of a VARIO paragraph behind an S3 argument.
    block = next(b for b in project.source_blocks(sources[VARIO])
                 if b.kind != "heading" and "economische opdracht" in b.text)
    quote = project.add_quote(sources[VARIO], start=block.start, end=block.end)
    project.add_argument("S3", "pro", "VARIO wil een economische opdracht", [quote.number])
    after_quote = likeness(rescan(project))
    assert after_quote != before            # the new example changed S3's likeness

    # A changed option title: its words are part of the option's profile.
    project.update_option("S4", title="Scenario 4: transitieprogramma voor de maatschappij "
                                      "en een transformatief innovatiebeleid")
    after_title = likeness(rescan(project))
    assert after_title != after_quote

    # A changed paragraph text: the advice imported again with one paragraph reworded.
    text = (DEMO / VARIO).read_text("utf-8")
    changed = text.replace("economische opdracht", "economische en maatschappelijke opdracht", 1)
    assert changed != text
    corrected = tmp_path / "vario-advies-36-gecorrigeerd.txt"
    corrected.write_text(changed, "utf-8")
    result = project.import_file(corrected, "VARIO", replace=sources[VARIO])
    assert result.source is not None, result.message()
    rescan(project)                        # the replaced source alone (an import)
    project.update_option("S1", description="Commerciële organisaties zonder subsidie.")
    after_text = rescan(project)           # every source again, with the new text
    assert any("economische en maatschappelijke opdracht" in b.text
               for b in project.source_blocks(result.source.number))
    assert after_text


def test_a_changed_pattern_invalidates_the_cached_scores_of_that_option(
        demo_project: tuple[Project, dict[str, int]]) -> None:
    project, _sources = demo_project
    before = rescan_all(project)
    s4 = project.option("S4")
    project.update_option("S4", patterns=[*s4.patterns, "transformatief innovatiebeleid"])
    after = rescan(project)
    named = {r[1] for r in after if r[0] == s4.id and "transformatief innovatiebeleid" in r[6]}
    assert named, "the new pattern names S4 in VARIO's advice"
    # Those paragraphs were compared by likeness before (or not suggested): now they are
    # found directly, and the likeness of the others is computed with S4's new profile.
    assert not any(r[0] == s4.id and r[1] in named and "transformatief innovatiebeleid" in r[6]
                   for r in before)


def rescan_all(project: Project) -> list[Row]:
    """Make every source due for a rescan (the options' fingerprint changes with a new
    argument), and rescan."""
    project.add_argument("IBN", "con", "Geen nieuwe organisaties")
    return rescan(project)



def test_scans_in_several_threads_at_once_find_what_one_scan_finds() -> None:
    """The panel scans on a worker thread while the GUI thread may rank too: whichever scan
    does not get what the process kept works on its own and finds the same."""
    from workbench import demo
    from workbench.suggest_rank import OptionInput, Paragraph, rank

    options = [OptionInput(i, key, title, description, tuple(p for p in patterns
                                                               if "scenario" in p), "", question)
               for i, (question, key, title, description, _by, _colour, patterns)
               in enumerate(demo.OPTIONS, 1)]
    paragraphs = [Paragraph(1000 * n + i, n, (), text.strip())
                  for n, name in enumerate(("speerpuntclusters-advies-groenboek.txt", VARIO), 1)
                  for i, text in enumerate((DEMO / name).read_text("utf-8").split("\n\n"))
                  if len(text.split()) > 3]
    forget_scans()
    expected = sorted(rank(options, paragraphs, []))
    assert any(f.signal == "likeness" for f in expected)
    start = threading.Barrier(4)
    found: list[list[object]] = []

    def scan() -> None:
        start.wait()
        found.append(sorted(rank(options, paragraphs, [])))

    threads = [threading.Thread(target=scan) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert found == [expected] * 4
