#!/usr/bin/env python3
"""Checks real answers of the control API against its OpenAPI 3.1 description.

Usage: check_openapi.py OPENAPI_JSON FOLDER

Every *.json file in FOLDER records one answer: {"method": "GET", "path": "/api/v1/...?query",
"status": 200, "body": <the JSON body, or null when there was none>}. The answer's path is matched
to the document's path templates; its status must be listed for that method, and its body must
validate against the schema of that status (a HEAD answer's body is not checked: the server
sends its headers alone). An answer to a method the path does not list must be
404 or 405 (or 401 or 403, which come first) with the Error schema. The document itself must be OpenAPI 3.1 with every $ref
resolving. Exits 1 and names every mismatch; 0 when all answers match.
"""

import glob
import json
import os
import re
import sys

import jsonschema

METHODS = ("get", "head", "post", "put", "patch", "delete", "options", "trace")


def resolve(doc, ref):
    node = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def check_refs(doc, node, where, problems):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                resolve(doc, ref)
            except (KeyError, TypeError):
                problems.append(f"{where}: $ref {ref} does not resolve")
        for key, value in node.items():
            check_refs(doc, value, f"{where}/{key}", problems)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            check_refs(doc, value, f"{where}/{i}", problems)


def check_document(doc):
    problems = []
    if not str(doc.get("openapi", "")).startswith("3.1"):
        problems.append("the document is not OpenAPI 3.1")
    for key in ("info", "paths", "components"):
        if key not in doc:
            problems.append(f"the document has no {key}")
    check_refs(doc, doc, "#", problems)
    for path, item in doc.get("paths", {}).items():
        names = set(re.findall(r"\{([^}]+)\}", path))
        for method, op in item.items():
            if method not in METHODS:
                continue
            if not op.get("responses"):
                problems.append(f"{method.upper()} {path}: no responses")
            declared = {p.get("name") for p in op.get("parameters", []) if p.get("in") == "path"}
            if declared != names:
                problems.append(f"{method.upper()} {path}: path parameters {sorted(declared)} "
                                f"instead of {sorted(names)}")
    return problems


def templates(doc):
    result = []
    for path in doc["paths"]:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
        literal = len(re.sub(r"\{[^}]+\}", "", path))
        result.append((literal, path, re.compile(pattern)))
    # The most literal template first: /torrents/{ih}/files before any looser one.
    return sorted(result, key=lambda t: -t[0])


def find_template(doc, path):
    for _, template, regex in templates(doc):
        if regex.match(path):
            return template
    return None


def validate(doc, schema, body):
    resolver = jsonschema.RefResolver(base_uri="", referrer=doc)
    validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(body)]


def check_answer(doc, record):
    method = record["method"].lower()
    path = record["path"].split("?", 1)[0]
    status = str(record["status"])
    # A HEAD answer's body never leaves the server: only its status is the document's.
    body = None if method == "head" else record.get("body")
    template = find_template(doc, path)
    op = doc["paths"][template].get(method) if template else None
    name = f"{record['method']} {record['path']} -> {status}"
    if op is None:
        # The token and the Origin are checked before the path and the method.
        expected = ["401", "403", "404" if template is None else "405"]
        problems = [] if status in expected else [f"{name}: expected {' or '.join(expected)}, "
                                                  "the path and method are not in the document"]
        if body is not None:
            problems += [f"{name}: {p}" for p in
                         validate(doc, {"$ref": "#/components/schemas/Error"}, body)]
        return problems
    response = op["responses"].get(status)
    if response is None:
        return [f"{name}: status {status} is not documented for {method.upper()} {template}"]
    if "$ref" in response:
        response = resolve(doc, response["$ref"])
    if body is None:
        return []
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return [f"{name}: the document gives no JSON body for this answer, but it had one"]
    return [f"{name} ({template}): {p}" for p in validate(doc, schema, body)]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    problems = check_document(doc)
    files = sorted(glob.glob(os.path.join(argv[2], "*.json")))
    if not files:
        problems.append(f"no answers in {argv[2]}")
    for file in files:
        with open(file, encoding="utf-8") as f:
            problems += check_answer(doc, json.load(f))
    for p in problems:
        print(p)
    print(f"{len(files)} answers checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
