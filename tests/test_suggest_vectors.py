"""The similarities of paragraphs with the options' profiles (#16): each paragraph's row of
similarities, kept by the corpus for the process, equals what a corpus made anew computes,
and a rescan after one profile changed computes only that profile's place in each row."""

from __future__ import annotations

import pytest

from workbench import suggest_vectors
from workbench.suggest_vectors import Corpus, Packed, vector
from workbench.suggest_words import Reading, read_paragraph

TEXTS = [
    "De clusterorganisaties worden ingekanteld in het agentschap en verliezen hun eigen werking.",
    "Een systeemtransformatie vraagt een lange adem en betrokkenheid van alle partners.",
    "De financiering via artikel 27 blijft mogelijk na een notificatie bij de Commissie.",
    "Kleine ondernemingen innoveren vooral samen met kennisinstellingen in de clusters.",
    "Het voorgestelde model behoudt de sterktes van de speerpuntclusters en hun roadmaps.",
    "Intercluster projecten brengen transities op gang over de sectoren heen.",
]
PROFILES = [
    "clusterorganisaties inkanteling agentschap werking",
    "systeemtransformatie transitie partners roadmaps",
    "financiering notificatie artikel steun",
    "innovatie ondernemingen kennisinstellingen clusters",
]


def _readings() -> dict[tuple[int, int], Reading]:
    return {(i, 0): read_paragraph(t)[0] for i, t in enumerate(TEXTS)}


def _profiles(corpus: Corpus, texts: list[str]) -> dict[int, dict[str, float]]:
    return {10 + i: vector(read_paragraph(t)[2], corpus.idf) for i, t in enumerate(texts)}


def _fresh(readings: dict[tuple[int, int], Reading], texts: list[str],
           keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[float]]:
    """Per paragraph, its similarity with each profile, one profile at a time."""
    corpus = Corpus(list(readings.values()))
    profiles = list(_profiles(corpus, texts).values())
    return {k: [Packed([p]).dots(corpus.vector(k, readings[k]))[0] for p in profiles]
            for k in keys}


def test_rows_equal_the_similarities_one_profile_at_a_time() -> None:
    readings = _readings()
    corpus = Corpus(list(readings.values()))
    keys = list(readings)
    rows = corpus.similarities(_profiles(corpus, PROFILES), keys, readings)
    assert {k: rows[k] for k in keys} == _fresh(readings, PROFILES, keys)
    assert any(v > 0.1 for k in keys for v in rows[k])      # the texts share words


def test_a_changed_profile_is_computed_again_in_its_place_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    readings = _readings()
    corpus = Corpus(list(readings.values()))
    keys = list(readings)
    corpus.similarities(_profiles(corpus, PROFILES), keys, readings)
    changed = [*PROFILES]
    changed[2] = "financiering notificatie commissie mogelijk"
    more = [*changed, "clusters roadmaps"]
    expected = _fresh(readings, changed, keys), _fresh(readings, more, keys)
    widths: list[int] = []
    original = Packed.__init__

    def counting(self: Packed, vectors: list[dict[str, float]]) -> None:
        widths.append(len(vectors))
        original(self, vectors)

    monkeypatch.setattr(suggest_vectors.Packed, "__init__", counting)
    fewer = keys[1:]                 # the first paragraph is no longer compared
    rows = corpus.similarities(_profiles(corpus, changed), fewer, readings)
    assert widths == [1]            # the other three profiles' similarities are kept
    assert {k: rows[k] for k in fewer} == {k: expected[0][k] for k in fewer}
    assert keys[0] not in rows     # its row would hold the old profile's similarity
    # comparing it again later computes its whole row anew
    rows = corpus.similarities(_profiles(corpus, changed), keys, readings)
    assert widths == [1, 4]
    assert {k: rows[k] for k in keys} == expected[0]
    # other options (one more, or another order): every row anew
    rows = corpus.similarities(_profiles(corpus, more), keys, readings)
    assert widths == [1, 4, 5]
    assert {k: rows[k] for k in keys} == expected[1]
