#!/usr/bin/env python3
"""Fails when a commit after BASE (b72cdd2) has a subject that breaks the project's rules.

For every commit in BASE..HEAD, merges included:
  - the subject is at most 72 characters;
  - it does not end with a period;
  - it starts with a capital letter and an imperative verb ("Add", "Split", "Fix", "Merge").
    Only the obvious non-imperatives are caught, by the first word alone:
      * a word ending in "ed" or "ing" ("Added", "Fixing"), except a few imperatives that end
        so (Embed, Feed, Seed, Speed, Need, Proceed, Exceed, Shed, Bring, String);
      * a third-person "s" form ("Adds", "Fixes", "Makes"): a word ending in "s" but not in
        "ss" or "us" (so "Pass", "Address" and "Focus" stay allowed);
      * an area prefix ("Scheduler: ...", "README: ..."): a first word ending in a colon.
  - when there is a body, the second line is blank.
The fix for a commit not yet shared: git commit --amend, or git rebase -i BASE.

Skips (exit code 77, which CTest reports as skipped) outside a git checkout, without git, or
when BASE is not in the history (a tarball, a shallow clone).
"""

import argparse
import shutil
import subprocess
import sys

SKIP = 77
MAX_SUBJECT = 72
# Imperatives whose spelling the suffix rules would reject.
IMPERATIVE_EXCEPTIONS = {
    "embed", "feed", "seed", "speed", "need", "proceed", "exceed", "succeed", "shed",
    "bring", "string",
}


def subject_problems(subject):
    """What is wrong with one subject line: a list of reasons, empty when it is fine."""
    problems = []
    if len(subject) > MAX_SUBJECT:
        problems.append(f"subject is {len(subject)} characters, more than {MAX_SUBJECT}")
    if subject.rstrip().endswith("."):
        problems.append("subject ends with a period")
    words = subject.split()
    if not words:
        return problems + ["subject is empty"]
    first = words[0]
    if not first[0].isupper():
        problems.append(f'subject does not start with a capital letter ("{first}")')
    if first.endswith(":"):
        problems.append(f'subject starts with an area ("{first}"), not an imperative verb')
        return problems
    word = first.strip(",;!?\"'()").lower()
    if word in IMPERATIVE_EXCEPTIONS:
        return problems
    if word.endswith("ed") or word.endswith("ing"):
        problems.append(f'"{first}" is not an imperative (say "Add", not "Added" or "Adding")')
    elif word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        problems.append(f'"{first}" is not an imperative (say "Add", not "Adds")')
    return problems


def message_problems(message):
    lines = message.rstrip("\n").split("\n")
    problems = subject_problems(lines[0])
    if len(lines) > 1 and lines[1].strip():
        problems.append("second line is not blank (subject, blank line, then the body)")
    return problems


def self_test():
    """The rules themselves, so this test cannot pass by checking nothing."""
    good = [
        "Add a commit subject test",
        "Merge branch 'wip-docs'",
        "Embed the font",
        "Pass the peer's address on",
        "Focus the player after a seek",
        'Revert "Add a commit subject test"',
    ]
    bad = [
        "Added a commit subject test",
        "Adding a commit subject test",
        "Adds a commit subject test",
        "Fixes the seek",
        "add a commit subject test",
        "Add a commit subject test.",
        "Scheduler: graded priorities",
        "Add " + "x" * 69,
    ]
    failures = [s for s in good if subject_problems(s)]
    failures += [s for s in bad if not subject_problems(s)]
    if message_problems("Add X\nbody right after the subject") == []:
        failures.append("a body without a blank line")
    if message_problems("Add X\n\nThe body.\n") != []:
        failures.append("a subject, a blank line and a body")
    for s in failures:
        print(f"self-test: the rules judge this wrongly: {s!r}")
    return not failures


def git(source_dir, *args):
    return subprocess.run(["git", "-C", source_dir, *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--base", default="b72cdd2")
    args = parser.parse_args()

    if not self_test():
        return 1
    if not shutil.which("git"):
        print("commit_subjects: skipped, git is not installed")
        return SKIP
    inside = git(args.source_dir, "rev-parse", "--show-toplevel")
    if inside.returncode != 0:
        print("commit_subjects: skipped, not a git checkout")
        return SKIP
    if git(args.source_dir, "cat-file", "-e", f"{args.base}^{{commit}}").returncode != 0:
        print(f"commit_subjects: skipped, {args.base} is not in this history "
              "(a shallow clone or a tarball)")
        return SKIP

    # One record per commit: hash, unit separator, raw message, record separator.
    log = git(args.source_dir, "log", "--format=%h%x1f%B%x1e", f"{args.base}..HEAD")
    if log.returncode != 0:
        print(f"commit_subjects: git log failed: {log.stderr.strip()}")
        return 1
    records = [r.lstrip("\n") for r in log.stdout.split("\x1e") if r.strip()]
    failed = 0
    for record in records:
        sha, _, message = record.partition("\x1f")
        problems = message_problems(message)
        if problems:
            failed += 1
            subject = message.split("\n", 1)[0]
            print(f"{sha} {subject}")
            for p in problems:
                print(f"    {p}")
    if failed:
        print(f"{failed} of {len(records)} commits after {args.base} break the rules "
              "(see tests/checkcommits.py); amend or reword them before they are shared.")
        return 1
    print(f"commit_subjects: {len(records)} commits after {args.base} checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
