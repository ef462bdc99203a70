"""Suggestions (#16): each option's sum of its found paragraphs, kept with the dossier
(migration 008).

The first scan of a session takes the sum of the vectors of the paragraphs found for each
option by a mention or a section from the dossier instead of making those vectors again. A
kept sum must never show: a scan that uses one finds exactly what a scan from scratch finds,
and a sum someone tampered with, or one made by another installation, is made again."""

from __future__ import annotations

import math
from array import array
from typing import Any

import pytest

from tests.test_suggest_stored import Row, cold_plan, demo, new_evidence, scratch_plan, sql
from workbench import Project, suggest_stored, suggest_vectors

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
