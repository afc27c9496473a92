import pytest

from curation import reviews
from curation.agreement import cohen_kappa, krippendorff_alpha
from curation.selectors import queue_figures
from tests.curation.conftest import set_reviews_per_sample

# Ten samples, two reviewers. Worked by hand: observed agreement 7/10; A approves 6 and
# rejects 4, B approves 5 and rejects 5, so chance agreement is (6*5 + 4*5)/100 = 0.5 and
# kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4. For alpha, the coincidence matrix has 8 approve
# pairs, 6 reject pairs and 3+3 mixed of n = 20 values (11 approve, 9 reject), so
# alpha = 1 - (n - 1) * 3 / (11 * 9) = 1 - 57/99 = 0.4242...
A = ["approve"] * 4 + ["reject"] + ["approve"] * 2 + ["reject"] * 3
B = ["approve"] * 5 + ["reject"] * 2 + ["reject"] * 3


def test_cohen_kappa_on_a_hand_computed_case():
    assert cohen_kappa(A, B) == pytest.approx(0.4)


def test_krippendorff_alpha_on_the_same_case():
    units = [{"a": x, "b": y} for x, y in zip(A, B, strict=True)]
    assert krippendorff_alpha(units) == pytest.approx(1 - 57 / 99)


def test_alpha_with_three_reviewers_and_missing_votes():
    # Three samples: all agree, all agree, one of three dissents; plus a unit with one vote
    # (not pairable, ignored). Values: 4 approve pairs*... computed by hand below.
    units = [
        {"a": "approve", "b": "approve", "c": "approve"},
        {"a": "reject", "b": "reject"},
        {"a": "approve", "b": "approve", "c": "reject"},
        {"c": "reject"},
    ]
    # Coincidences (each unit weighs pairs by 1/(m-1)): unit 1 gives o_AA 6/2=3; unit 2 o_RR 2;
    # unit 3 gives o_AA 2/2=1, o_AR = o_RA = 2/2 = 1. n_A = 5, n_R = 3, n = 8.
    # alpha = 1 - (n - 1) * o_AR / (n_A * n_R) = 1 - 7 * 1 / 15.
    assert krippendorff_alpha(units) == pytest.approx(1 - 7 / 15)


def test_agreement_is_undefined_when_everyone_gives_one_label():
    assert cohen_kappa(["approve"] * 3, ["approve"] * 3) is None
    assert krippendorff_alpha([{"a": "reject", "b": "reject"}]) is None
    assert cohen_kappa([], []) is None


@pytest.mark.django_db
def test_queue_figures_show_agreement_per_project_and_pair(
    project, reviewer, second_reviewer, pending
):
    set_reviews_per_sample(project, 2)
    for a, b in zip(A, B, strict=True):
        sample = pending()
        for user, vote in ((reviewer, a), (second_reviewer, b)):
            reviews.decide_sample(
                user=user, sample_id=sample.pk, decision=vote, dataset="d", reason="prank"
            )
    figures = queue_figures(project_ids=None)
    assert figures.agreement == [
        {"project": "acme", "samples": 10, "method": "Cohen's kappa", "value": pytest.approx(0.4)}
    ]
    assert figures.pairs[0]["pair"] == "rita / rob"
    assert figures.pairs[0]["kappa"] == pytest.approx(0.4)
    assert figures.pairs[0]["raw"] == pytest.approx(0.7)
    (row,) = figures.states
    # 7 agreed (4 approved, 3 rejected), 3 disputed and still pending.
    assert row["project"] == "acme" and row["counts"][:3] == [3, 4, 3] and row["disputed"] == 3
    assert {t["reviewer"]: t["all"] for t in figures.throughput} == {"rita": 10, "rob": 10}
