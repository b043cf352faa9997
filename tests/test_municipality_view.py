"""Kommuner's sections as the page draws them: the map, the list and the figures agree with each other."""

from __future__ import annotations

from frikommune.app import municipality_view


def test_there_are_eleven_municipalities_to_choose_from(db):
    assert len(municipality_view.names(db)) == 11


def test_the_maps_count_is_the_length_of_the_list_of_experiments_for_every_municipality(db):
    for municipality, name in municipality_view.names(db).items():
        tiles = municipality_view.experiment_map(db, municipality, "da")
        count = int(tiles.table.loc[tiles.table["name"] == name, "experiments"].iloc[0])
        listed, _ = municipality_view.experiments_taken_part(db, municipality, "da")
        assert len(listed.splitlines()) == count, name
        assert f"{count}" in tiles.figure.layout.title.text


def test_laeso_lists_the_experiments_it_took_part_in_through_frederikshavn_laeso(db):
    listed, _ = municipality_view.experiments_taken_part(db, "laesoe", "en")
    assert listed and all("Frederikshavn/Læsø" in line for line in listed.splitlines())


def test_every_figure_table_puts_the_networks_value_beside_the_municipalitys(db):
    groups = municipality_view.figure_groups(db, "aalborg", "en")
    assert groups
    for group in groups:
        assert {"value", "network_value", "series_en"} <= set(group.table.columns)
        assert group.title.endswith(f"({len(group.table)})")


def test_paper_gets_one_key_figure_per_experiment_with_figures(db):
    key, sources = municipality_view.key_figures(db, "aalborg", "da")
    assert len(key) == len(municipality_view.figure_groups(db, "aalborg", "da"))
    assert "source_line" not in key.columns and "source_line" in sources.columns
