"""New ids: above every id of the same shape in the layer, whatever else the layer holds."""

from __future__ import annotations

import pytest

from workbench.core.model import Document, Layer, Span
from workbench.store.project import Project

TEXT = "دعا مبعوث صيني لدى الأمم المتحدة إلى تعزيز الانضباط الذاتي"


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([], "s1"),
        (["s1", "s2", "s10"], "s11"),  # by number, not as strings (s2 > s10)
        (["s9", "s10", "T1", "T99999"], "s11"),  # another shape is left alone
        (["s3", "s12a"], "s4"),  # the longest is not a number
        (["s10", "s007"], "s11"),  # nor one with a leading zero
        (["s5", "s0123"], "s124"),
        (["s", "sx", "s2"], "s3"),
    ],
)
def test_a_new_span_id_is_above_every_id_of_its_shape(tmp_path, ids, expected):
    with Project.create(tmp_path / "p.wbproj") as project:
        project.add_document(Document("d", TEXT))
        spans = [Span(i, n, n + 1, "PER", TEXT[n]) for n, i in enumerate(ids)]
        project.replace_layer("d", Layer("alice", "in_progress", spans))
        added = project.add_span("d", "alice", "ORG", 4, 9, {}).spans.added[0]
    assert added.id == expected
