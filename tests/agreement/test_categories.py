"""Agreement on document categories: Cohen's kappa per pair, Krippendorff's alpha over all,
in the agreement report and its --json."""

from __future__ import annotations

import krippendorff
import pytest

from tests.team_schema import team_schema
from workbench.agreement.project import agreement_report
from workbench.core.model import Document
from workbench.store.project import Project

GENRES = {
    "alice": ["news", "news", "opinion", "opinion"],
    "bob": ["news", "opinion", "opinion", "opinion"],
    "carol": ["news", "news", "opinion", None],
}


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", team_schema()) as proj:
        for i in range(4):
            proj.add_document(Document(f"d{i}", "قال زيد إن السلام قريب"))
            for name, genres in GENRES.items():
                if genres[i] is not None:
                    proj.set_categories(f"d{i}", name, {"genre": [genres[i]]})
                    proj.set_status(f"d{i}", name, "done")
        yield proj


def test_kappa_per_pair_and_alpha_over_all(project):
    report = agreement_report(project)
    genre = next(c for c in report.categories if c.category == "genre")
    kappas = dict(genre.pairs)
    # observed 3/4, expected (2*1 + 2*3) / 16 = 1/2: kappa 0.5
    assert kappas[("alice", "bob")].value == 0.5
    values = {"news": 1, "opinion": 2}
    rows = [[values.get(g, float("nan")) if g else float("nan") for g in GENRES[n]] for n in GENRES]
    expected = krippendorff.alpha(reliability_data=rows, level_of_measurement="nominal")
    assert genre.overall.value == pytest.approx(expected, abs=1e-6)
    topic = next(c for c in report.categories if c.category == "topic")
    assert topic.overall.value is None and topic.overall.reason  # everyone chose none
    data = report.to_json()["categories"]
    assert data[1]["pairs"][0] == {"annotators": ["alice", "bob"], "kappa": 0.5}


def test_the_command_prints_a_line_per_category(project, tmp_path):
    from click.testing import CliRunner

    from workbench.cli.main import main

    result = CliRunner().invoke(main, ["agreement", str(project.path)])
    assert result.exit_code == 0, result.output
    assert "category genre: Cohen's kappa alice / bob 0.500" in result.output
