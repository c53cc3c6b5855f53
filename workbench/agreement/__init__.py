"""Inter-annotator agreement, in pure Python (no Qt, no NumPy).

Every measure returns a float, or None where it is undefined, with an ``UndefinedAgreement``
warning that says why; ``detail=True`` returns a ``Score`` holding the value, the reason and the
counts behind it.

A project's report: ``agreement.project.agreement_report`` gives an ``agreement.report``
value (pairs, labels, documents, disagreements), each number read through the one list of
measures in ``agreement.measures``.
"""

from workbench.agreement.alignment import align, span_f1
from workbench.agreement.coefficients import cohen_kappa, fleiss_kappa, krippendorff_alpha
from workbench.agreement.links import relation_f1, speaker_agreement
from workbench.agreement.scores import Score, UndefinedAgreement
from workbench.agreement.unitizing import unitizing_alpha

__all__ = [
    "Score",
    "UndefinedAgreement",
    "align",
    "cohen_kappa",
    "fleiss_kappa",
    "krippendorff_alpha",
    "relation_f1",
    "span_f1",
    "speaker_agreement",
    "unitizing_alpha",
]
