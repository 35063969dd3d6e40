"""The compiled yes/no predicates must agree with the explaining evaluator, always."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer import default_policy_packs, default_questionnaire
from reviewer.conditions import evaluate
from tests.reviewer.test_properties import valid_answers as mini_answers
from tests.reviewer.test_properties import value_for

SHIPPED = default_questionnaire()
CONDITIONS = [
    condition
    for pack in default_policy_packs()
    for clause in pack.clauses
    for condition in [clause.when, *(e.when for e in clause.unless)]
]
PREDICATES = [
    predicate
    for pack in default_policy_packs()
    for clause in pack.clauses
    for predicate in [clause.holds, *(e.holds for e in clause.unless)]
]

shipped_answers = st.fixed_dictionaries(
    {}, optional={qid: value_for(q) for qid, q in SHIPPED.questions.items()}
)


@settings(max_examples=300, deadline=None)
@given(answers=shipped_answers)
def test_compiled_predicates_agree_with_evaluate_on_shipped_packs(answers):
    visible = SHIPPED.visible_answers(answers)
    for condition, predicate in zip(CONDITIONS, PREDICATES, strict=True):
        assert predicate(visible) is evaluate(condition, visible, SHIPPED).result


@settings(max_examples=100, deadline=None)
@given(answers=mini_answers)
def test_visibility_agrees_with_evaluating_visible_if(answers):
    from tests.helpers.engine import mini_questionnaire

    q = mini_questionnaire()
    visible = q.visible_answers(answers)
    shown = q.visible_question_ids(answers)
    for section in q.sections:
        for question in section.questions:
            expected = (
                question.visible_if is None or evaluate(question.visible_if, visible, q).result
            )
            assert (question.id in shown) is expected
