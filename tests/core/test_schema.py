"""The schema file: the default news-quotes schema and clear errors for bad ones."""

import pytest

from workbench.core.errors import ValidationError
from workbench.core.schema import Schema, default_schema


def test_default_schema_has_the_news_quote_labels():
    schema = default_schema()
    assert list(schema.labels) == ["PER", "ORG", "GPE", "LOC", "TITLE", "QUOTE", "CUE"]
    assert schema.labels["QUOTE"].attributes["kind"].values == ("direct", "indirect", "mixed")
    assert schema.labels["PER"].attributes["mention_type"].values == ("NAM", "NOM", "PRO")
    assert schema.relations["SPEAKER"].tails == {"PER", "ORG", "GPE"}
    assert schema.relations_between("PER", "ORG") == ["AFFILIATION"]


def test_schema_survives_the_project_round_trip():
    schema = default_schema()
    assert Schema.from_dict(schema.to_dict()) == schema


def test_bad_schema_files_name_the_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[labels]]\nname = 'A'\n[[relations]]\nname='R'\nhead=['A']\ntail=['B']\n")
    with pytest.raises(ValidationError, match=r"bad\.toml: relation R names unknown tail"):
        Schema.from_toml_file(bad)
    bad.write_text("labels = [")
    with pytest.raises(ValidationError, match="invalid TOML"):
        Schema.from_toml_file(bad)


def test_schema_refuses_what_it_does_not_declare():
    schema = default_schema()
    with pytest.raises(ValidationError, match="label 'NAME' is not in the schema"):
        schema.check_span("NAME", {})
    with pytest.raises(ValidationError, match="value 'quoted' is not allowed for QUOTE.kind"):
        schema.check_span("QUOTE", {"kind": "quoted"})
    with pytest.raises(ValidationError, match="SPEAKER cannot point to a CUE span"):
        schema.check_relation("SPEAKER", "QUOTE", "CUE")
    schema.check_span("PER", {"clitics": ["ل"]})  # reserved: recorded by the editor
