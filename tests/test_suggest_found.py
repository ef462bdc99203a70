"""Suggestions (#16): each option's sum of its found paragraphs and the answers of the
officer's examples, kept with the dossier (migration 008).

The first scan of a session takes the sum of the vectors of the paragraphs found for each
option by a mention or a section from the dossier instead of making those vectors again, and
which example each paragraph resembles most (for the reason "lijkt op citaat 12") for the
examples that did not change. Neither may ever show: a scan that uses them finds exactly
what a scan from scratch finds, and what someone tampered with, or what another installation
made, is made again."""

from __future__ import annotations

import math
from array import array
from typing import Any

import pytest

from tests.test_suggest_stored import VARIO, Row, cold_plan, demo, new_evidence, scratch_plan, sql
from workbench import Project, suggest_rank, suggest_stored, suggest_vectors

__all__ = ["demo"]                      # the fixture, shared with test_suggest_stored


def vectors_made(project: Project, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Row], int]:
    """A cold plan's rows, and how many paragraph vectors it made."""
    made = suggest_vectors.compact_counts
    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> suggest_vectors.Vec:
        calls.append(1)
        return made(*args, **kwargs)

    monkeypatch.setattr(suggest_vectors, "compact_counts", counted)
    rows, _read = cold_plan(project, monkeypatch)
    monkeypatch.setattr(suggest_vectors, "compact_counts", made)
    return rows, len(calls)


def kept_sums(project: Project) -> dict[int, tuple]:
    return {r[0]: tuple(r[1:]) for r in sql(
        project, "SELECT option_id, identity, terms, weights, seal FROM suggest_found")}


def reseal(project: Project, option_id: int, identity: bytes, terms: bytes,
           weights: bytes) -> None:
    """Write a row as this installation would (its seal right): only the checks behind the
    seal can refuse it."""
    seal = suggest_stored._found_seal(suggest_stored._installation_key(), option_id, identity,
                                      terms, weights)
    sql(project, "UPDATE suggest_found SET identity = ?, terms = ?, weights = ?, seal = ? "
                 "WHERE option_id = ?", (identity, terms, weights, seal, option_id))


def test_a_fresh_process_uses_the_kept_sums_and_finds_the_same(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    assert set(kept_sums(project)) == {o.id for o in project.options()}
    new_evidence(project, sources, 0)
    rows, with_sums = vectors_made(project, monkeypatch)
    assert rows == scratch_plan(project)
    sql(project, "DELETE FROM suggest_found")
    again, without = vectors_made(project, monkeypatch)
    assert again == rows
    assert with_sums < without           # the found paragraphs' vectors were not made again


def test_a_fresh_process_digests_each_kept_paragraph_once(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The found sums are known by the digests of their paragraphs' texts: checking the kept
    readings makes them (from the texts as they are now) and the ranking takes them from
    there instead of digesting the same texts again (#16)."""
    project, sources = demo
    made = suggest_rank.text_digest
    calls: list[str] = []
    monkeypatch.setattr(suggest_rank, "text_digest", lambda text: calls.append(text) or made(text))
    new_evidence(project, sources, 0)
    rows, read = cold_plan(project, monkeypatch)
    assert read == 0 and calls == []
    assert rows == scratch_plan(project)
    sql(project, "DELETE FROM suggest_source_readings")    # nothing kept: the ranking digests them
    again, read = cold_plan(project, monkeypatch)
    assert again == rows and read > 0 and calls


def _weights(values: list[float]) -> bytes:
    return array("d", values).tobytes()


@pytest.mark.parametrize("damage", [
    "seal", "odd length", "not utf-8", "wrong types", "nan", "negative", "a stem twice",
    "fewer weights", "empty stem", "other paragraphs", "no such option"])
def test_damaged_sums_are_made_again_never_believed(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch,
        damage: str) -> None:
    project, sources = demo
    option_id, (identity, terms, weights, _seal) = max(
        kept_sums(project).items(), key=lambda kv: len(kv[1][1]))
    stems = terms.decode("utf-8").split("\n")
    values = list(array("d", weights))
    assert len(stems) > 2 and all(math.isfinite(v) and v >= 0 for v in values)
    if damage == "seal":
        sql(project, "UPDATE suggest_found SET seal = x'00'")
    elif damage == "odd length":
        reseal(project, option_id, identity, terms, weights[:-3])
    elif damage == "not utf-8":
        reseal(project, option_id, identity, b"\xff" + terms, weights)
    elif damage == "wrong types":
        sql(project, "UPDATE suggest_found SET weights = 12, terms = 'tekst'")
    elif damage == "nan":
        reseal(project, option_id, identity, terms, _weights([math.nan, *values[1:]]))
    elif damage == "negative":
        reseal(project, option_id, identity, terms, _weights([-1.0, *values[1:]]))
    elif damage == "a stem twice":
        reseal(project, option_id, identity, "\n".join([stems[1], *stems[1:]]).encode(),
               weights)
    elif damage == "fewer weights":
        reseal(project, option_id, identity, terms, _weights(values[:-1]))
    elif damage == "empty stem":
        reseal(project, option_id, identity, "\n".join(["", *stems[1:]]).encode(), weights)
    elif damage == "other paragraphs":      # well-formed, but not the sum of these paragraphs
        reseal(project, option_id, bytes(16), terms, _weights([v * 2 for v in values]))
    elif damage == "no such option":
        sql(project, "PRAGMA foreign_keys = OFF")
        sql(project, "UPDATE suggest_found SET option_id = 99999 WHERE option_id = ?",
            (option_id,))
        sql(project, "PRAGMA foreign_keys = ON")
    new_evidence(project, sources, 0)
    rows, _made = vectors_made(project, monkeypatch)
    assert rows == scratch_plan(project)
    project.refresh_suggestions()           # ... and kept right again
    new_evidence(project, sources, 1)
    rows, _made = vectors_made(project, monkeypatch)
    assert rows == scratch_plan(project)
    trusted = suggest_stored.decode_found([(k, *v) for k, v in kept_sums(project).items()],
                                          {o.id for o in project.options()})
    assert set(trusted) == {o.id for o in project.options()}
    assert trusted[option_id][0] != bytes(16)


def test_sums_kept_by_another_installation_are_made_again(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    new_evidence(project, sources, 0)
    _rows, ours = vectors_made(project, monkeypatch)
    monkeypatch.setattr(suggest_stored, "_installation_key", lambda: b"k" * 32)
    assert suggest_stored.decode_found(
        [(k, *v) for k, v in kept_sums(project).items()],
        {o.id for o in project.options()}) == {}
    rows, theirs = vectors_made(project, monkeypatch)
    assert rows == scratch_plan(project)
    assert theirs > ours


# ---------------------------------------------------------------- the examples' answers

def comparisons(project: Project, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Row], int]:
    """A cold plan's rows, and how many paragraphs it compared with an option's examples."""
    dots = suggest_vectors.Packed.dots
    calls: list[int] = []

    def counted(self: suggest_vectors.Packed, vec: suggest_vectors.Vec) -> list[float]:
        if self.width != len(project.options()):        # not the options' profiles
            calls.append(1)
        return dots(self, vec)

    monkeypatch.setattr(suggest_vectors.Packed, "dots", counted)
    rows, _read = cold_plan(project, monkeypatch)
    monkeypatch.setattr(suggest_vectors.Packed, "dots", dots)
    return rows, len(calls)


def kept_answers(project: Project) -> dict[tuple[int, int], tuple]:
    return {(r[0], r[1]): tuple(r[2:]) for r in sql(
        project, "SELECT option_id, positive, identity, texts, sims, labels, seal "
                 "FROM suggest_nearest")}


def reseal_answers(project: Project, option_id: int, positive: int, identity: bytes,
                   texts: bytes, sims: bytes, labels: bytes) -> None:
    seal = suggest_stored._nearest_seal(suggest_stored._installation_key(), option_id,
                                        positive, identity, texts, sims, labels)
    sql(project, "UPDATE suggest_nearest SET identity = ?, texts = ?, sims = ?, labels = ?, "
                 "seal = ? WHERE option_id = ? AND positive = ?",
        (identity, texts, sims, labels, seal, option_id, positive))


@pytest.fixture
def examples(demo: tuple[Project, dict[str, int]]) -> tuple[Project, dict[str, int]]:
    """The demo with quotes behind arguments of S2 and S3 (examples the next scan's change,
    a quote for S1, leaves as they are), scanned: the answers are kept."""
    project, sources = demo
    blocks = [b for b in project.source_blocks(sources[VARIO])
              if b.kind != "heading" and len(b.text) > 80]
    for n, option in enumerate(["S2", "S3", "S2"]):
        quote = project.add_quote(sources[VARIO], start=blocks[n].start,
                                  end=blocks[n].start + 70)
        project.add_argument(option, "pro", f"argument {option} {n}", [quote.number])
    project.refresh_suggestions()
    assert any(len(v[1]) for (o, _p), v in kept_answers(project).items()
               if o != project.option("S1").id)
    return project, sources


def test_a_fresh_process_uses_the_kept_answers_and_finds_the_same(
        examples: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = examples
    new_evidence(project, sources, 0)
    rows, with_answers = comparisons(project, monkeypatch)
    assert rows == scratch_plan(project)
    sql(project, "DELETE FROM suggest_nearest")
    again, without = comparisons(project, monkeypatch)
    assert again == rows
    assert with_answers < without        # only the changed option's examples compared again


@pytest.mark.parametrize("damage", [
    "seal", "odd length", "nan", "too similar", "no such example", "other examples",
    "fewer cosines", "a paragraph twice"])
def test_damaged_answers_are_made_again_never_believed(
        examples: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch,
        damage: str) -> None:
    project, sources = examples
    s1 = project.option("S1").id           # the next change (a quote for S1) leaves the rest
    (option_id, positive), (identity, texts, sims, labels, _seal) = max(
        (kv for kv in kept_answers(project).items() if kv[0][0] != s1),
        key=lambda kv: len(kv[1][1]))
    count = len(texts) // 16
    assert count > 2
    cosines = list(array("d", sims))
    if damage == "seal":
        sql(project, "UPDATE suggest_nearest SET seal = x'00'")
    elif damage == "odd length":
        reseal_answers(project, option_id, positive, identity, texts[:-1], sims, labels)
    elif damage == "nan":
        reseal_answers(project, option_id, positive, identity, texts,
                       _weights([math.nan, *cosines[1:]]), labels)
    elif damage == "too similar":
        reseal_answers(project, option_id, positive, identity, texts,
                       _weights([5.0, *cosines[1:]]), labels)
    elif damage == "no such example":
        reseal_answers(project, option_id, positive, identity, texts, sims,
                       array("H", [999] * count).tobytes())
    elif damage == "other examples":        # well-formed, but for other examples
        reseal_answers(project, option_id, positive, bytes(16), texts,
                       _weights([0.99] * count), bytes(2 * count))
    elif damage == "fewer cosines":
        reseal_answers(project, option_id, positive, identity, texts, sims[:-8], labels)
    elif damage == "a paragraph twice":
        reseal_answers(project, option_id, positive, identity, texts[:16] * 2 + texts[32:],
                       sims, labels)
    new_evidence(project, sources, 0)
    rows, _compared = comparisons(project, monkeypatch)
    assert rows == scratch_plan(project)
    project.refresh_suggestions()           # ... and kept right again
    trusted = suggest_stored.decode_nearest(
        [(*k, *v) for k, v in kept_answers(project).items()], {o.id for o in project.options()})
    assert (option_id, bool(positive)) in trusted
    assert trusted[(option_id, bool(positive))][0] != bytes(16)


def test_answers_kept_by_another_installation_are_made_again(
        examples: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = examples
    new_evidence(project, sources, 0)
    _rows, ours = comparisons(project, monkeypatch)
    monkeypatch.setattr(suggest_stored, "_installation_key", lambda: b"k" * 32)
    assert suggest_stored.decode_nearest(
        [(*k, *v) for k, v in kept_answers(project).items()],
        {o.id for o in project.options()}) == {}
    rows, theirs = comparisons(project, monkeypatch)
    assert rows == scratch_plan(project)
    assert theirs > ours
