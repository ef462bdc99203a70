"""The store's one read path (#18): a record's fields come from the columns of the same name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pytest

from workbench import Project, model
from workbench.store import records


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    tags: tuple[str, ...] = ()
    size: int = 0


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE item (size INTEGER, name TEXT, id INTEGER, extra TEXT)")
    conn.execute("INSERT INTO item VALUES (3, 'a', 1, 'x')")
    return conn


def test_fields_are_read_by_name_whatever_the_column_order() -> None:
    found = records.read_all(_conn().execute("SELECT * FROM item"), Item, supplied=("tags",))
    assert found == [Item(1, "a", (), 3)]           # extra columns are ignored


def test_a_field_without_its_column_is_an_error_naming_it() -> None:
    with pytest.raises(LookupError, match=r"Item\.size"):
        records.read_all(_conn().execute("SELECT id, name FROM item"), Item,
                         supplied=("tags",))
    found = records.read_one(_conn().execute("SELECT id, name FROM item"), Item,
                             optional=("tags", "size"))
    assert found == Item(1, "a")


def test_converters_renames_and_supplied_fields() -> None:
    cursor = _conn().execute("SELECT id, name AS label, 'p,q' AS tags, size FROM item")
    make = records.Reader(Item, cursor.description, columns={"name": "label"},
                          convert={"tags": lambda v: tuple(v.split(","))}, supplied=("size",))
    assert make(cursor.fetchone(), size=9) == Item(1, "a", ("p", "q"), 9)


def test_a_duplicated_column_name_is_refused() -> None:
    with pytest.raises(LookupError, match="two columns"):
        records.read_all(_conn().execute("SELECT id, name, name, size FROM item"), Item,
                         supplied=("tags",))


def test_every_record_of_the_demo_reads_back(demo_path) -> None:
    project = Project.open(demo_path, readonly=True)
    try:
        argument = project.arguments()[0]
        assert project.argument(argument.number) == argument
        assert project.arguments(numbers=[argument.number]) == [argument]
        quote = project.quotes()[0]
        assert project.quote(quote.number) == quote and isinstance(quote.heading_path, tuple)
        stance = project.stances()[0]
        assert isinstance(stance.explicit, bool) and isinstance(stance.quote_numbers, tuple)
        option = project.options()[0]
        assert isinstance(option.patterns, tuple) and project.option(option.key) == option
        source = project.sources()[0]
        assert project.source(source.number) == source
        block = project.source_blocks(source.number)[-1]
        assert isinstance(block.not_relevant, bool) and isinstance(block.heading_path, tuple)
        assert isinstance(project.dossier(), model.Dossier)
        summary = project.card_quotes([argument.number])[argument.number][0]
        assert summary.number == argument.quote_numbers[0]
    finally:
        project.close()
