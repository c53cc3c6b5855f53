"""Blind packages out, layers back: the supervisor's round trip."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.workflow.conftest import import_records, seed_record, variant
from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import Document
from workbench.store.project import Project
from workbench.workflow.packages import merge, pack

SECRET_ENTITY = "اسم-سري-لبوب"  # only in bob's layer
SECRET_GOLD = "كيان-سري-للذهب"  # only in gold


def annotate_like(package_path, record: dict) -> None:
    """The annotator's work, done in the package through the library as the window does it."""
    with Project.open(package_path) as package:
        doc_id = record["id"]
        annotator = record["annotator"]
        ids = {}
        for span in record["spans"]:
            made = package.add_span(
                doc_id, annotator, span["label"], span["start"], span["end"], span["attrs"]
            )
            ids[span["id"]] = made.spans.added[0].id
        for relation in record["relations"]:
            package.add_relation(
                doc_id, annotator, relation["label"], ids[relation["head"]], ids[relation["tail"]]
            )
        package.set_status(doc_id, annotator, "done")


def test_two_packages_round_trip_blind_and_idempotent(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "alice", tmp_path / "alice.wbproj")
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "alice.wbproj", seed_record())
    annotate_like(tmp_path / "bob.wbproj", variant("bob", drop={"O1"}))

    first = merge(seeded, [tmp_path / "alice.wbproj", tmp_path / "bob.wbproj"])
    assert [(r.annotator, r.spans.added, r.unchanged) for r in first] == [
        ("alice", 49, 0),
        ("bob", 48, 0),
    ]
    second = merge(seeded, [tmp_path / "alice.wbproj", tmp_path / "bob.wbproj"])
    assert [(r.spans.added, r.spans.changed, r.spans.removed, r.unchanged) for r in second] == [
        (0, 0, 0, 1)
    ] * 2

    layers = {layer.annotator: layer for layer in seeded.layers(doc_id)}
    assert sorted(layers) == ["alice", "bob"]
    assert (len(layers["alice"].spans), len(layers["bob"].spans)) == (49, 48)
    assert {layer.status for layer in layers.values()} == {"done"}


def test_a_package_never_holds_other_work_even_in_free_pages(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("bob"), dict(variant("gold"), status="in_progress"))
    seeded.create_entity(doc_id, "bob", "PER", SECRET_ENTITY)
    seeded.create_entity(doc_id, "gold", "PER", SECRET_GOLD)

    report = pack(seeded, "alice", tmp_path / "alice.wbproj")
    assert (report.documents, report.layers) == (1, 0)
    raw = (tmp_path / "alice.wbproj").read_bytes()
    for secret in ("bob", "gold", SECRET_ENTITY, SECRET_GOLD):
        assert secret.encode("utf-8") not in raw, secret
    assert not (tmp_path / "alice.wbproj-wal").exists()  # one file to hand over
    with Project.open(tmp_path / "alice.wbproj") as package:
        assert package.annotators() == []
        assert package.schema.to_dict() == seeded.schema.to_dict()
        assert package.document(doc_id).text == seeded.document(doc_id).text


def test_repacking_carries_the_annotators_own_layer(seeded, tmp_path):
    import_records(seeded, tmp_path, variant("bob"))
    report = pack(seeded, "bob", tmp_path / "bob.wbproj")
    assert report.layers == 1
    with Project.open(tmp_path / "bob.wbproj") as package:
        assert package.annotators() == ["bob"]


def test_merge_touches_no_other_layer(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"), variant("gold"))
    before = {layer.annotator: layer for layer in seeded.layers(doc_id)}
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob", drop={"O1", "D1"}))
    merge(seeded, [tmp_path / "bob.wbproj"])
    after = {layer.annotator: layer for layer in seeded.layers(doc_id)}
    assert after["alice"] == before["alice"] and after["gold"] == before["gold"]


def test_merge_reports_changes_made_after_an_earlier_merge(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob"))
    merge(seeded, [tmp_path / "bob.wbproj"])
    with Project.open(tmp_path / "bob.wbproj") as package:
        layer = package.layer(doc_id, "bob")
        package.remove_span(doc_id, "bob", layer.spans[0].id)
        package.update_span(doc_id, "bob", layer.spans[1].id, label="GPE")
        package.add_span(doc_id, "bob", "PER", 0, 5)
    (report,) = merge(seeded, [tmp_path / "bob.wbproj"])
    assert (report.spans.added, report.spans.changed, report.spans.removed) == (1, 1, 1)
    assert "spans +1 ~1 -1" in report.summary()


def test_merge_refuses_a_document_whose_text_differs_and_changes_nothing(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    pack(seeded, "carol", tmp_path / "carol.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob"))
    annotate_like(tmp_path / "carol.wbproj", variant("carol"))
    with sqlite3.connect(tmp_path / "carol.wbproj") as conn:
        conn.execute("UPDATE documents SET text = text || ' ', sha256 = 'x'")
    with pytest.raises(ProjectError, match="different text") as caught:
        merge(seeded, [tmp_path / "bob.wbproj", tmp_path / "carol.wbproj"])
    assert "carol.wbproj" in str(caught.value)
    assert seeded.layers(doc_id) == []  # bob's package did not land either


def test_pack_and_merge_refuse_mistakes(seeded, tmp_path):
    with pytest.raises(ValidationError, match="gold"):
        pack(seeded, "gold", tmp_path / "g.wbproj")
    with pytest.raises(ProjectError, match="no document 'nope'"):
        pack(seeded, "bob", tmp_path / "b.wbproj", ["nope"])
    assert not (tmp_path / "b.wbproj").exists()
    pack(seeded, "bob", tmp_path / "b.wbproj")
    with pytest.raises(ProjectError, match="exists already"):
        pack(seeded, "bob", tmp_path / "b.wbproj")
    with Project.create(tmp_path / "plain.wbproj"):
        pass
    with pytest.raises(ProjectError, match="not an annotator package"):
        merge(seeded, [tmp_path / "plain.wbproj"])


def test_merge_validates_the_layer_against_the_projects_schema(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    with sqlite3.connect(tmp_path / "bob.wbproj") as conn:
        conn.execute(
            "INSERT INTO layers (doc_id, annotator, status, created_at, updated_at) "
            "VALUES (?, 'bob', 'done', '', '')",
            [doc_id],
        )
        conn.execute(
            'INSERT INTO spans (layer_id, id, start, "end", label, text) '
            "VALUES (1, 's1', 0, 5, 'EVENT', 'الأمم')"
        )
    with pytest.raises(ValidationError, match="EVENT"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layer(doc_id, "bob") is None


def test_merge_refuses_a_package_holding_a_duplicate_span(seeded, tmp_path):
    """A package edited outside the workbench can hold two identical spans: merge says which,
    in which package, and nothing lands."""
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    with Project.open(tmp_path / "bob.wbproj") as package:
        package.add_span(doc_id, "bob", "PER", 0, 5)
    with sqlite3.connect(tmp_path / "bob.wbproj") as conn:
        conn.execute(
            'INSERT INTO spans (layer_id, id, start, "end", label, text) '
            "SELECT layer_id, 'twin', start, \"end\", label, text FROM spans"
        )
    with pytest.raises(
        ValidationError, match=r"span twin: PER .* exists already \(span s1\)"
    ) as caught:
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert "bob.wbproj" in str(caught.value) and doc_id in str(caught.value)
    assert seeded.layer(doc_id, "bob") is None


# -- forged packages: an attacker edits a package file with sqlite3 --------------------------


def _forge(path, *statements: tuple[str, list]) -> None:
    with sqlite3.connect(path) as conn:
        for sql, args in statements:
            conn.execute(sql, args)


def _claim(annotator: str) -> tuple[str, list]:
    return (
        "UPDATE project SET value = json_set(value, '$.annotator', ?) WHERE key = 'package'",
        [annotator],
    )


def _relabel_layers(annotator: str) -> tuple[str, list]:
    return ("UPDATE layers SET annotator = ?", [annotator])


def test_pack_records_what_it_handed_out(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    (handed,) = seeded.packages_handed_out()
    assert handed.annotator == "bob"
    assert handed.documents == {doc_id: seeded.document_sha(doc_id)}
    with Project.open(tmp_path / "bob.wbproj") as package:
        assert package.info("package")["id"] == handed.id


@pytest.mark.parametrize("claimed", ["gold", "alice"])
def test_a_package_forged_to_claim_another_layer_changes_nothing(seeded, tmp_path, claimed):
    """bob edits his package so that it claims to be gold's (or alice's) and says it is
    theirs: merge refuses it, and gold's and alice's layers stay as they were."""
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"), variant("gold"))
    before = seeded.layers(doc_id)
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob", drop={"O1", "D1"}))
    _forge(tmp_path / "bob.wbproj", _claim(claimed), _relabel_layers(claimed))
    with pytest.raises(ProjectError, match="made for bob") as caught:
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert "bob.wbproj" in str(caught.value)
    assert seeded.layers(doc_id) == before


def test_a_package_with_an_empty_layer_renamed_cannot_wipe_another_annotator(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    import_records(seeded, tmp_path, variant("alice"))
    before = seeded.layers(doc_id)
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    with Project.open(tmp_path / "bob.wbproj") as package:
        package.set_status(doc_id, "bob", "done")  # an empty layer
    _forge(tmp_path / "bob.wbproj", _relabel_layers("alice"))
    with pytest.raises(ProjectError, match="holds layers of alice, not only bob's"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layers(doc_id) == before


@pytest.mark.parametrize("other", ["alice", "gold"])
def test_a_package_holding_another_annotators_layer_is_refused_whole(seeded, tmp_path, other):
    """bob's own layer beside a layer renamed to someone else's: nothing of it lands."""
    doc_id = seeded.document_ids()[0]
    seeded.add_documents([Document("second", seeded.document(doc_id).text + " ثانية")])
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob"))
    with Project.open(tmp_path / "bob.wbproj") as package:
        package.add_span("second", "bob", "PER", 0, 5)
    _forge(
        tmp_path / "bob.wbproj",
        ("UPDATE layers SET annotator = ? WHERE doc_id = ?", [other, "second"]),
    )
    with pytest.raises(ProjectError, match=f"holds layers of {other}, not only bob's"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layers(doc_id) == [] and seeded.layers("second") == []


def test_a_package_whose_text_was_edited_behind_its_hash_is_refused(seeded, tmp_path):
    """The stored hash left alone, the text changed: merge hashes the text itself."""
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob"))
    _forge(tmp_path / "bob.wbproj", ("UPDATE documents SET text = 'نص آخر تماما ' || text", []))
    with pytest.raises(ProjectError, match="has a different text from the project's"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layers(doc_id) == []


def _older_and_newer(seeded, tmp_path):
    """alice's package, a copy taken while she was in progress, and her finished package
    (one span fewer, done)."""
    doc_id = seeded.document_ids()[0]
    package = tmp_path / "alice.wbproj"
    pack(seeded, "alice", package)
    annotate_like(package, seed_record())
    with Project.open(package) as opened:
        opened.set_status(doc_id, "alice", "in_progress")
    shutil.copyfile(package, tmp_path / "alice-copy.wbproj")
    with Project.open(package) as opened:
        first = opened.layer(doc_id, "alice").spans[0]
        opened.remove_span(doc_id, "alice", first.id)
        opened.set_status(doc_id, "alice", "done")
    return doc_id, package, tmp_path / "alice-copy.wbproj"


def test_an_older_copy_of_a_merged_package_is_refused(seeded, tmp_path):
    doc_id, newer, older = _older_and_newer(seeded, tmp_path)
    merge(seeded, [newer])
    merged = seeded.layer(doc_id, "alice")
    assert (merged.status, len(merged.spans)) == ("done", 48)
    with pytest.raises(ProjectError, match="older copy of this package") as caught:
        merge(seeded, [older])
    assert "alice-copy.wbproj" in str(caught.value)
    assert seeded.layer(doc_id, "alice") == merged
    (again,) = merge(seeded, [newer])  # the newer one itself still merges: idempotent
    assert again.unchanged == 1


def test_the_older_copy_merges_first_and_the_newer_one_after_it(seeded, tmp_path):
    doc_id, newer, older = _older_and_newer(seeded, tmp_path)
    merge(seeded, [older])
    assert seeded.layer(doc_id, "alice").status == "in_progress"
    merge(seeded, [newer])
    assert seeded.layer(doc_id, "alice").status == "done"


def test_packing_again_retires_the_earlier_package_for_those_documents(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    pack(seeded, "alice", tmp_path / "alice.wbproj")
    annotate_like(tmp_path / "alice.wbproj", seed_record())
    pack(seeded, "alice", tmp_path / "alice-new.wbproj")
    pack(seeded, "bob", tmp_path / "bob.wbproj")  # another annotator's retires nothing
    with pytest.raises(ProjectError, match="replaced by alice-new.wbproj") as caught:
        merge(seeded, [tmp_path / "alice.wbproj"])
    assert str(tmp_path / "alice.wbproj") in str(caught.value)
    assert seeded.layers(doc_id) == []
    (report,) = merge(seeded, [tmp_path / "alice.wbproj"], accept_replaced=True)
    assert report.spans.added == 49


def test_a_package_this_project_did_not_make_is_refused(seeded, tmp_path):
    """A package made by another project (or built by hand, or with its id changed) never
    lands, even when it is for an annotator of this project and its texts match."""
    doc_id = seeded.document_ids()[0]
    with Project.create(tmp_path / "other.wbproj", seeded.schema) as other:
        other.add_documents([seeded.document(doc_id)])
        pack(other, "alice", tmp_path / "elsewhere.wbproj")
    pack(seeded, "alice", tmp_path / "alice.wbproj")
    annotate_like(tmp_path / "elsewhere.wbproj", variant("alice"))
    annotate_like(tmp_path / "alice.wbproj", variant("alice"))
    _forge(
        tmp_path / "alice.wbproj",
        ("UPDATE project SET value = json_set(value, '$.id', ?) WHERE key = 'package'", ["x"]),
    )
    for name in ("elsewhere.wbproj", "alice.wbproj"):
        with pytest.raises(ProjectError, match="not a package this project made"):
            merge(seeded, [tmp_path / name])
    assert seeded.layers(doc_id) == []


def test_a_package_holding_a_document_it_was_not_given_is_refused(seeded, tmp_path):
    doc_id = seeded.document_ids()[0]
    seeded.add_documents([Document("second", seeded.document(doc_id).text + " ثانية")])
    pack(seeded, "bob", tmp_path / "bob.wbproj", [doc_id])
    with Project.open(tmp_path / "bob.wbproj") as package:
        package.add_documents([seeded.document("second")])
        package.add_span("second", "bob", "PER", 0, 5)
    with pytest.raises(ProjectError, match="'second' was not handed out in this package"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layers("second") == []


def test_merge_never_writes_a_gold_layer_even_from_a_recorded_package(seeded, tmp_path):
    """Belt and braces: even a record of a gold package (which pack never makes) is refused."""
    doc_id = seeded.document_ids()[0]
    pack(seeded, "bob", tmp_path / "bob.wbproj")
    annotate_like(tmp_path / "bob.wbproj", variant("bob"))
    _forge(tmp_path / "bob.wbproj", _claim("gold"), _relabel_layers("gold"))
    _forge(seeded.path, ("UPDATE packages SET annotator = 'gold'", []))
    with pytest.raises(ProjectError, match="gold"):
        merge(seeded, [tmp_path / "bob.wbproj"])
    assert seeded.layers(doc_id) == []
