"""Fuzzing the loaders through the CLI, in a process with a memory bound.

Run as `python -m tests.helpers.fuzz_loaders`: it caps its own address space, then feeds
answers files, policy packs and questionnaires made of random bytes, mutated real files and
hostile fragments to `score`, `policy validate` and `questionnaire show --file`. Every run
must end with exit 0 or 2 and a message, never 70 (an internal error) and never a memory
error. A failure raises, printing hypothesis's falsifying example, so the process exits 1.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

#: The address-space bound. Reviewer's CLI peaks near 100 MiB; the reported alias bomb
#: passed 7 GB.
MEMORY_BOUND = 1024 * 1024 * 1024

HOSTILE = [
    b"&a [*a]",
    b"a: &a [*a, *a]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c, *c]\n",
    b"9" * 5000,
    b"1e99999",
    b"-" + b"1" * 4400,
    b"[" * 10_000,
    b"{" * 3000,
    b'{"a": ' * 2000,
    b"- " * 2000,
    b"\x00",
    b"\xff\xfe\xfd",
    b"\xef\xbb\xbf",
    b'{"title": "a", "title": "b"}',
    b"id: a\nid: b\n",
    b"2024-13-45",
    b"!!python/object/apply:os.system ['true']",
    b"<<: *missing",
    b"? [a, b]\n: c\n",
    b"NaN",
    b"Infinity",
    b"\x1b[2J\x07\r\xe2\x80\xae",
    b"%YAML 1.1\n---\n---\n",
    b"*",
    b"\t",
    b"true",
    b"null",
    b'"\\ud800"',
]
MUTATION = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "duplicate"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=0, max_value=64),
    st.one_of(st.sampled_from(HOSTILE), st.binary(max_size=16)),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


FIRST_WHEN = """    when:
      all:
        - &eu {includes: {question: jurisdictions, value: eu}}
"""


def alias_bomb_pack(levels: int) -> str:
    """Return the shipped EU pack with a `when:` tree of aliases that expands to 3**levels."""
    from reviewer.resources import policies_dir

    text = (policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8")
    assert FIRST_WHEN in text, "the shipped pack changed; update the bomb's anchor point"
    items = ["          - &b0 {includes: {question: jurisdictions, value: eu}}"]
    items += [
        f"          - &b{i} {{any: [*b{i - 1}, *b{i - 1}, *b{i - 1}]}}" for i in range(1, levels)
    ]
    bomb = FIRST_WHEN + "        - any:\n" + "\n".join(items) + "\n"
    return text.replace(FIRST_WHEN, bomb, 1)


def mutate(seed: bytes, mutations: list[tuple[str, float, int, bytes]]) -> bytes:
    """Apply byte-level edits to a real file."""
    data = bytearray(seed)
    for op, where, length, payload in mutations:
        at = int(where * len(data))
        if op == "insert":
            data[at:at] = payload
        elif op == "delete":
            del data[at : at + length]
        elif op == "replace":
            data[at : at + len(payload)] = payload
        else:
            data[at:at] = data[at : at + length]
    return bytes(data)


def contents(seed: bytes) -> st.SearchStrategy[bytes]:
    """Generate inputs for one loader: random bytes, hostile fragments, mutated seeds, data."""
    return st.one_of(
        st.binary(max_size=2048),
        st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=4).map(b"\n".join),
        st.lists(MUTATION, min_size=1, max_size=6).map(lambda m: mutate(seed, m)),
        JSON_VALUES.map(lambda v: json.dumps(v).encode()),
        JSON_VALUES.map(lambda v: yaml.safe_dump(v).encode()),
    )


def run_cli(argv: list[str]) -> tuple[int, str]:
    """Run the CLI in this process and return its exit status and error output."""
    from reviewer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse only; the files are always well-formed argv
            code = int(exc.code or 0)
    return code, err.getvalue()


def check(folder: Path, name: str, data: bytes, command: list[str]) -> None:
    """Write the bytes to a file, run the command on it, and demand exit 0 or 2."""
    path = folder / name
    path.write_bytes(data)
    code, err = run_cli([*command, str(path)])
    assert code in (0, 2), f"exit {code} for {data[:200]!r}:\n{err[:2000]}"
    assert "internal error" not in err, err[:2000]
    if code == 2:
        assert err.startswith("reviewer: error: "), err[:2000]


def main(examples: int) -> None:
    """Bound the memory, then fuzz each loader."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))
    from reviewer.resources import examples_dir, policies_dir, questionnaires_dir

    answers_seed = (examples_dir() / "credit-scoring.json").read_bytes()
    pack_seed = (policies_dir() / "microsoft_ai_code_of_conduct.yaml").read_bytes()
    questionnaire_seed = (questionnaires_dir() / "ai_deployment_intake.yaml").read_bytes()
    folder = Path(tempfile.mkdtemp(prefix="fuzz-loaders-"))
    options = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )

    @options
    @given(contents(answers_seed))
    @example(b'{"n": ' + b"9" * 5000 + b"}")
    @example(b"[" * 10_000 + b"]" * 10_000)
    @example(answers_seed.replace(b'"title"', b'"title": "x", "title"', 1))
    def answers(data: bytes) -> None:
        check(folder, "answers.json", data, ["score"])

    @options
    @given(contents(pack_seed))
    @example(alias_bomb_pack(25).encode())  # the reported 35 KB pack that grew past 7 GB
    def packs(data: bytes) -> None:
        check(folder, "pack.yaml", data, ["policy", "validate"])

    @options
    @given(contents(questionnaire_seed))
    def questionnaires(data: bytes) -> None:
        check(folder, "questionnaire.yaml", data, ["questionnaire", "show", "--file"])

    answers()
    packs()
    questionnaires()
    print("ok")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
