"""The suggestion runner on real project files: the sample end to end, names from done
layers, re-runs that keep verdicts, cancel and progress, and the model source."""

from __future__ import annotations

import pytest

from tests.workflow.conftest import import_records, seed_record
from workbench.core.errors import ValidationError, WorkbenchError
from workbench.core.model import SUGGEST, Document
from workbench.core.schema import Schema
from workbench.store.project import Project
from workbench.workflow.suggest import parse_sources, suggest


def test_the_sample_gets_quotes_cues_speakers_and_nothing_else_changes(seeded: Project):
    record = seed_record()
    report = suggest(seeded, using=("rules",))
    layer = seeded.layer(record["id"], SUGGEST)
    labels = {s.label for s in layer.spans}
    assert {"QUOTE", "CUE", "PER", "ORG", "TITLE", "GPE"} <= labels
    assert report.spans["QUOTE"] == 15 and report.documents == 1
    assert {r.label for r in layer.relations} == {"SPEAKER", "HAS_CUE", "HAS_TITLE", "AFFILIATION"}
    assert seeded.annotators() == [SUGGEST]
    info = seeded.suggestion_info(record["id"])
    assert {i.source for i in info.values()} >= {"rules:quote", "rules:cue", "rules:speaker"}
    assert "15 QUOTE" not in report.summary() and "QUOTE 15" in report.summary()


def test_names_of_done_layers_are_suggested_in_other_documents(seeded: Project, tmp_path):
    record = seed_record()
    import_records(seeded, tmp_path, record)  # alice's done layer on the sample
    seeded.add_document(Document("new", "التقى ليو جيه يي مع ستيفن كراون في الأمم المتحدة."))
    suggest(seeded, ["new"], using=("names",))
    layer = seeded.layer("new", SUGGEST)
    assert [(s.label, s.text) for s in layer.spans] == [
        ("PER", "ليو جيه يي"),
        ("PER", "ستيفن كراون"),
        ("ORG", "الأمم المتحدة"),
    ]
    assert seeded.layer(record["id"], SUGGEST) is None  # only the documents asked for


def test_a_layer_not_done_gives_no_names(seeded: Project, tmp_path):
    record = dict(seed_record(), status="in_progress")
    import_records(seeded, tmp_path, record)
    seeded.add_document(Document("new", "التقى ليو جيه يي مع ستيفن كراون."))
    suggest(seeded, ["new"], using=("names",))
    assert seeded.layer("new", SUGGEST).spans == []


def test_running_again_keeps_verdicts_and_never_brings_back_a_rejected_quote(seeded: Project):
    doc = seed_record()["id"]
    suggest(seeded, using=("rules",))
    first = seeded.layer(doc, SUGGEST)
    quote = next(s for s in first.spans if s.label == "QUOTE")
    seeded.reject_suggestion(doc, "alice", quote.id)
    cue = next(s for s in first.spans if s.label == "CUE")
    seeded.accept_suggestion(doc, "alice", cue.id)
    suggest(seeded, using=("rules",))
    again = seeded.layer(doc, SUGGEST)
    assert len(again.spans) == len(first.spans)
    assert [s for s in again.spans if s.start == quote.start and s.label == "QUOTE"] == [quote]
    undecided = {(s.span.label, s.span.start) for s in seeded.undecided_suggestions(doc, "alice")}
    assert ("QUOTE", quote.start) not in undecided and ("CUE", cue.start) not in undecided
    assert seeded.layer(doc, "alice").spans[0].text == cue.text


def test_cancel_leaves_the_project_as_before_and_progress_is_reported(seeded: Project):
    for n in range(3):
        seeded.add_document(Document(f"d{n}", "وقال الوزير إن الوضع صعب."))
    seen = []
    report = suggest(
        seeded, using=("rules",), progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) == 2,
    )  # fmt: skip
    assert report.cancelled and "cancelled" in report.summary()
    assert seen == [(1, 4), (2, 4)]
    assert all(seeded.layer(d, SUGGEST) is None for d in seeded.document_ids())
    suggest(seeded, using=("rules",), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)


def test_the_model_source_without_a_trained_model_is_a_clear_error(seeded: Project):
    with pytest.raises(WorkbenchError, match="no model trained; run 'workbench train"):
        suggest(seeded, using=("rules", "model"))
    assert seeded.annotators() == []


def test_unknown_sources_and_documents_are_refused():
    with pytest.raises(ValidationError, match="unknown suggestion source 'rulez'"):
        parse_sources("rulez,names")
    assert parse_sources(" rules , names,rules") == ("rules", "names")


def test_a_schema_without_quote_labels_gets_only_what_it_can_hold(tmp_path):
    schema = Schema.from_dict(
        {"name": "names-only", "labels": [{"name": "PER"}, {"name": "ORG"}], "relations": []}
    )
    with Project.create(tmp_path / "p.db", schema) as project:
        project.add_document(Document("d", "وقال الرئيس السوداني عمر البشير إن الوضع خطير."))
        suggest(project, using=("rules",))
        layer = project.layer("d", SUGGEST)
        assert [(s.label, s.text) for s in layer.spans] == [("PER", "عمر البشير")]
        assert layer.relations == []


def test_an_unknown_document_is_refused(seeded: Project):
    with pytest.raises(WorkbenchError, match="no document 'nope'"):
        suggest(seeded, ["nope"])


def test_suggestions_are_no_annotator_for_adjudication_or_lists(seeded: Project, tmp_path):
    record = seed_record()
    bob = dict(record, annotator="bob")
    import_records(seeded, tmp_path, record, bob)
    suggest(seeded, using=("rules",))
    assert seeded.layer_annotators() == ["alice", "bob"]
    assert seeded.layer_annotators(record["id"], "any") == ["alice", "bob"]
    from workbench.workflow.adjudication import auto_adjudicate_document

    report = auto_adjudicate_document(seeded, record["id"], status="any")
    gold = seeded.layer(record["id"], "gold")
    assert report.documents == 1 and len(gold.spans) == len(record["spans"])


def test_the_model_source_adds_the_stored_models_names(tmp_path):
    from tests.workflow.test_train import ARTICLES, fill, record
    from workbench.workflow.train import train

    with Project.create(tmp_path / "m.wbproj") as project:
        fill(project, tmp_path, [record(f"d{i}", t, n) for i, (t, n) in enumerate(ARTICLES)])
        train(project)
        project.add_document(Document("new", "التقى سامح شكري في باريس بممثلي الأمم المتحدة."))
        report = suggest(project, ["new"], using=("model",))
        info = project.suggestion_info("new")
        found = {(s.label, s.text) for s in project.layer("new", SUGGEST).spans}
    assert ("PER", "سامح شكري") in found
    assert {i.source for i in info.values()} == {"model:crf"}
    assert report.sources == {"model": len(found)}


def test_a_name_annotated_with_two_labels_is_named_in_the_report(seeded: Project, tmp_path):
    china = {"id": "T1", "start": 4, "end": 9, "label": "GPE", "text": "الصين"}
    first = {"id": "a", "text": "زار الصين.", "annotator": "alice", "status": "done",
             "spans": [china]}  # fmt: skip
    second = dict(first, id="b", annotator="bob")
    second["spans"] = [dict(first["spans"][0], label="ORG")]
    import_records(seeded, tmp_path, first, second)
    seeded.add_document(Document("c", "وقالت الصين إن الحوار ممكن."))
    report = suggest(seeded, ["c"], using=("names",))
    assert "'الصين' is annotated as GPE and as ORG: both suggested" in report.summary()
    layer = seeded.layer("c", SUGGEST)
    assert sorted(s.label for s in layer.spans) == ["GPE", "ORG"]


def test_the_project_takes_edits_while_suggestions_are_computed(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        for n in range(3):
            project.add_document(Document(f"d{n}", "وقال الوزير إن الوضع صعب."))
        edits = []

        def edit_meanwhile(done, total):  # another connection writes between documents
            if done == 1:
                with Project.open(path) as other:
                    edits.append(other.add_span("d2", "alice", "PER", 5, 11))

        report = suggest(project, using=("rules",), progress=edit_meanwhile)
        assert edits and report.documents == 3
        assert [s.text for s in project.layer("d2", "alice").spans] == ["الوزير"]
        assert project.layer("d2", SUGGEST).spans
