"""The extractor against the blind held-out sets, scored by benchmarks/eval_extraction.py.

The floors sit a little under the figures measured when they were set (quoted beside
each), so that losing two or three right values, or gaining wrong ones, fails here
while the wording of a single source snippet does not. Raise them when the extractor
gets better; never lower them to let a change through.
"""

from benchmarks.eval_extraction import HELDOUT, ROOT, evaluate, report

HELDOUT2 = ROOT / "tests/understanding/heldout2"
HELDOUT3 = ROOT / "tests/understanding/heldout3"
HELDOUT4 = ROOT / "tests/understanding/heldout4"


def _check(directory, *, kind, precision, recall):
    evaluation = evaluate([directory])
    total = evaluation.overall()
    summary = report(evaluation) + "\n" + "\n".join(evaluation.misses)
    assert evaluation.kind_accuracy >= kind, summary
    assert total.precision >= precision, summary
    assert total.recall >= recall, summary


def test_first_heldout_set_keeps_its_scores():
    # measured: kind 24/24, precision 246/246 = 1.00, recall 246/249 = 0.99 (tuned on it);
    # 247/249 once a relative deadline in hours was read
    _check(HELDOUT, kind=0.95, precision=0.98, recall=0.96)


def test_second_heldout_set_keeps_its_scores():
    # measured blind: kind 9/11, precision 90/93 = 0.97, recall 90/96 = 0.94;
    # after fixing its failure classes: kind 10/11, precision 95/95, recall 95/96
    _check(HELDOUT2, kind=0.9, precision=0.97, recall=0.96)


def test_third_heldout_set_keeps_its_scores():
    # measured blind: kind 10/12, precision 101/107 = 0.94, recall 101/120 = 0.84;
    # after fixing its failure classes: kind 12/12, precision 116/119 = 0.97, recall 116/121 = 0.96;
    # after the fourth set's fixes (quoted wrapped text, floors, "sponsored participants"):
    # precision 122/122, recall 122/122
    _check(HELDOUT3, kind=0.95, precision=0.98, recall=0.97)


def test_fourth_heldout_set_keeps_its_scores():
    # measured blind: kind 10/14, precision 109/130 = 0.84, recall 109/134 = 0.81;
    # after fixing its failure classes: kind 14/14, precision 137/137, recall 137/137
    _check(HELDOUT4, kind=0.95, precision=0.98, recall=0.97)
