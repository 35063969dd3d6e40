"""Property tests: loaders and the scorer fed garbage and random valid answers."""

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.answers import answer_problems, load_answers_file
from reviewer.errors import ReviewerError
from reviewer.policy import load_policy_pack
from reviewer.questionnaire import Question, QuestionKind, load_questionnaire
from reviewer.scoring import assess
from tests.helpers.engine import mini_pack, mini_questionnaire

Q = mini_questionnaire()
PACK = mini_pack()
FILE_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@FILE_SETTINGS
@given(content=st.binary(max_size=300))
def test_loaders_only_raise_user_errors_on_random_bytes(tmp_path, content):
    path = tmp_path / "garbage"
    path.write_bytes(content)
    for load in (load_questionnaire, load_policy_pack, load_answers_file):
        try:
            load(path)
        except ReviewerError as exc:
            assert str(path) in str(exc)


@FILE_SETTINGS
@given(data=json_values)
def test_answers_loader_only_raises_user_errors_on_random_json(tmp_path, data):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        load_answers_file(path, Q)
    except ReviewerError as exc:
        assert str(path) in str(exc)


@settings(max_examples=100, deadline=None)
@given(answers=st.dictionaries(st.sampled_from(sorted(Q.questions)), json_values, max_size=8))
def test_problems_are_reported_for_random_values_without_crashing(answers):
    problems = answer_problems(Q, answers)
    assert all(p.startswith("answers.") for p in problems)


def value_for(question: Question) -> st.SearchStrategy[Any]:
    options = [o.id for o in question.options]
    match question.kind:
        case QuestionKind.SINGLE:
            return st.sampled_from(options)
        case QuestionKind.MULTI:
            return st.lists(st.sampled_from(options), unique=True)
        case QuestionKind.BOOLEAN:
            return st.booleans()
        case QuestionKind.NUMBER:
            return st.integers(-10_000, 10_000) | st.floats(allow_nan=False, allow_infinity=False)
        case QuestionKind.DATE:
            return st.dates().map(lambda d: d.isoformat())
    return st.text(max_size=30)


valid_answers = st.fixed_dictionaries(
    {}, optional={qid: value_for(q) for qid, q in Q.questions.items()}
)


@settings(max_examples=200, deadline=None)
@given(answers=valid_answers)
def test_random_valid_answers_score_deterministically(answers):
    assert answer_problems(Q, answers) == []
    first = assess(Q, [PACK], answers)
    assert first.to_json() == assess(Q, [PACK], dict(reversed(answers.items()))).to_json()
    visible = Q.visible_answers(answers)
    for trigger in first.triggers:
        assert trigger.explanation
        assert all(a.question in visible for a in trigger.answers)
    assert first.score == sum(t.points for t in first.triggers)


@settings(max_examples=200, deadline=None)
@given(answers=valid_answers)
def test_removing_hidden_answers_never_changes_the_assessment(answers):
    visible = Q.visible_answers(answers)
    assert assess(Q, [PACK], answers).to_json() == assess(Q, [PACK], visible).to_json()
