"""workbench history: every recorded change, as a table or JSON, filtered by document or
annotator; an unknown document is one clear error."""

from __future__ import annotations

import json

from tests.conftest import FIXTURES
from workbench.store.project import Project


def test_history_table_json_and_filters(cli, tmp_path):
    project = tmp_path / "desk.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, FIXTURES / "readme" / "desk.jsonl").exit_code == 0
    with Project.open(project) as proj:
        proj.acting_as = "sara"
        proj.add_comment("talks", "alice", "s6", "yes, the whole clause", "sara")
        proj.remove_span("talks", "bob", "s5")
    table = cli("history", project, "--bidi", "off").stdout.splitlines()
    assert table[0].split()[:4] == ["#", "at", "(UTC)", "document"]
    assert "comment c2 added" in table[4] and "sara: yes, the whole clause" in table[4]
    assert "span s5 deleted" in table[5] and "GPE القاهرة" in table[5]
    entries = json.loads(cli("history", project, "--annotator", "bob", "--json").stdout)
    assert [(e["kind"], e["by"], e["item"]) for e in entries] == [
        ("import", "bob", None),
        ("span", "sara", "s5"),
    ]
    assert entries[1]["after"] is None and entries[1]["before"]["text"] == "القاهرة"
    assert json.loads(cli("history", project, "--doc", "talks", "--json").stdout)[0]["id"] == 1
    missing = cli("history", project, "--doc", "nope")
    assert missing.exit_code == 2 and "the project has no document 'nope'" in missing.stderr
