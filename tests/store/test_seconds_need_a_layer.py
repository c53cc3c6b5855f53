"""Time on task goes to a layer the annotator has; for one they do not have, nothing is
written (no layer is made): time alone makes nobody an annotator."""

from __future__ import annotations

from workbench.core.model import Document


def test_time_for_a_layer_not_there_writes_nothing(project):
    project.add_document(Document("d1", "قال الوزير."))
    assert project.add_seconds("d1", "sara", 30) is False
    assert project.layer_annotators("d1") == []
    project.set_status("d1", "sara", "in_progress")
    assert project.add_seconds("d1", "sara", 30) is True
    assert project.layer("d1", "sara").seconds == 30
