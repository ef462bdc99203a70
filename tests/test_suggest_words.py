"""The words the suggestions compare (#16): folded tokens and Dutch stems of a paragraph, and
a scan that leaves the garbage collector as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.test_suggestions import labelled_dossier
from workbench.suggest_words import analyse, collection_paused, forget, stem


def test_stems_of_words_numbers_and_urls() -> None:
    forget()
    tokens, stems = analyse("De inkantelingen van COVID19-steun en H2020 (zie "
                            "https://www.vlaio.be/clusters) in het ééngemaakte model")
    # every \w+ token, folded: what a match pattern's words must be among
    assert {"inkantelingen", "covid19", "steun", "h2020", "https", "www", "vlaio", "be",
            "eengemaakte", "model"} <= set(tokens)
    # content words only (no stop word, nothing under three letters, no URL), in order;
    # a token with digits gives its letter runs
    assert stems == (stem("inkantelingen"), stem("covid"), stem("steun"), stem("zie"),
                     stem("eengemaakte"), stem("model"))
    assert stem("inkantelingen") == stem("inkanteling")


def test_the_analysis_of_a_text_does_not_depend_on_what_came_before() -> None:
    text = "Scenario 3 versterkt de clusterorganisaties; de clusters behouden hun werking."
    forget()
    first = analyse(text)
    analyse("Andere woorden: werking, clusters, organisaties, versterking.")
    forget()
    assert analyse(text) == first


@pytest.mark.parametrize("enabled", [True, False])
def test_a_scan_leaves_the_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    """A scan pauses automatic collection (a third of its time at 2,000 sources); the GUI
    turns it off itself while workers run, and must find it off afterwards."""
    project, _sources = labelled_dossier(tmp_path)
    try:
        was = gc.isenabled()
        (gc.enable if enabled else gc.disable)()
        with collection_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        assert project.plan_suggestions() is not None
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
        project.close()


def test_what_a_scan_keeps_is_not_walked_by_the_next_young_collection() -> None:
    """After a scan, the objects it made and kept are in the oldest generation: the first
    allocation after it (storing the plan) made the collector walk them all (#16, 0.5-0.7 s of
    a cold rescan at 2,000 sources). Garbage among them is still collected there; what the
    process froze itself stays frozen."""
    was = gc.isenabled()
    gc.enable()
    gc.unfreeze()           # a process that froze nothing (an earlier test may have)
    try:
        gc.collect()
        with collection_paused():
            kept = [[i] for i in range(50_000)]         # tracked containers a scan keeps
        assert gc.get_count()[0] < 1000
        assert not any(x is kept for g in (0, 1) for x in gc.get_objects(generation=g))
        assert any(x is kept for x in gc.get_objects(generation=2))
        cycle: list[object] = []
        cycle.append(cycle)
        with collection_paused():
            del cycle
        assert gc.collect() >= 1           # the cycle, found in the oldest generation
        gc.freeze()
        frozen = gc.get_freeze_count()
        with collection_paused():
            made = [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen and made
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_the_compiled_stemmer_gives_the_pure_python_stems() -> None:
    """PyStemmer (a dependency for speed) is in use and stems every word of the demo's
    advice as the pure-Python Snowball Dutch stemmer does (the labels were set with it)."""
    from snowballstemmer.dutch_stemmer import DutchStemmer

    from tests.test_suggestions import DEMO
    from workbench import suggest_words
    from workbench.patterns import fold

    assert type(suggest_words._STEMMER).__module__ == "Stemmer"
    reference = DutchStemmer()
    words = {w for path in DEMO.iterdir() if path.suffix in (".txt", ".md")
             for w in suggest_words.WORD.findall(fold(path.read_text("utf-8")))}
    assert len(words) > 1000
    assert {w: suggest_words._STEMMER.stemWord(w) for w in words} == {
        w: reference.stemWord(w) for w in words}


def test_tokens_are_the_word_runs_of_the_text() -> None:
    """tokens_of() splits ASCII text in C: it must find what the regex \\w+ finds."""
    from workbench.suggest_words import TOKEN, tokens_of

    texts = [f"ab{chr(c)}cd e_f 12x" for c in range(128)]
    texts += ["scenario 3+ en scenario's 1, 2 of 4", "\x1c\x1dword\x1e\x1f", "", "  ",
              "eenmalig, €-steun § 3 (zie ‘bijlage’)", "financiële steun"]
    for text in texts:
        assert tokens_of(text) == TOKEN.findall(text), repr(text)
