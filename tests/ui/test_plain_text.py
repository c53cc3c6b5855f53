"""Whatever comes from a file (labels, descriptions, names, titles) shows as the characters it
is: Qt takes strings that start with a tag for rich text, and '&' in a menu for a mnemonic."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workbench.formats.importer import import_paths
from workbench.store.project import Project

SCHEMA = """
name = "hostile"
[[labels]]
name = "<i>PER</i>"
key = "p"
description = "<b>bold</b> & <a href='x'>link</a>"
"""
TEXT = "قال ليو إن الوضع خطير"


def test_names_and_descriptions_from_files_are_plain_text(make_window, qtbot, tmp_path):
    schema = tmp_path / "hostile.toml"
    schema.write_text(SCHEMA, encoding="utf-8")
    from workbench.core.schema import Schema

    path = tmp_path / "p.db"
    record = {
        "id": "d1",
        "text": TEXT,
        "meta": {"title": "<h1>عنوان</h1>"},
        "annotator": "alice",
        "spans": [
            {"id": "s1", "start": 4, "end": 7, "label": "<i>PER</i>", "text": "ليو", "entity": "e1"}
        ],
        "entities": [{"id": "e1", "label": "<i>PER</i>", "name": "<u>ليو</u> & شركاه"}],
    }
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(path, Schema.from_toml_file(schema)) as project:
        import_paths(project, [source])
    window, _ = make_window({"d1": TEXT}, "alice", path)
    span = window.session.index.get("s1")
    window.go_to_span(span)
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text(), (
            label.text()
        )
    assert window.spans.title.text() == "<i>PER</i>: ليو"
    button = window.label_palette.buttons["<i>PER</i>"]
    assert (
        button.toolTip()
        == "<p>&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=&#x27;x&#x27;&gt;link&lt;/a&gt;</p>"
    )
    other = window.session.add_span("<i>PER</i>", 11, 16)
    window.session.select(other)
    menu = window.entity_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Add to “<u>ليو</u> && شركاه”" in texts
    assert window.documents.model.title(0) == "<h1>عنوان</h1>"
    assert window.documents.view.model().index(0, 0).data() == "<h1>عنوان</h1>"
