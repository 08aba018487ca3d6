#!/usr/bin/env python3
"""Fails when a translation is missing or wrong, so CI notices strings that landed untranslated.

Checks every translations/*.ts file:
  - no unfinished, vanished or obsolete entry, no empty translation;
  - each translation has the same %1..%99 and %n placeholders as its source;
  - a source with a keyboard accelerator (&File) keeps exactly one in its translation;
  - plural (numerus) entries have as many forms as the language needs.
With --lupdate it first runs lupdate over the sources into a copy of each .ts file, so a string
added to the code but not yet brought into the .ts files fails too. The fix in both cases:
    cmake --build build --target update_translations
then translate the entries this script lists (Qt Linguist, or edit the .ts by hand).
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:[1-9][0-9]?|n)")
# "&x" where x is not '&' and not the start of an XML/HTML entity such as &amp; or &lt;.
ACCELERATOR = re.compile(r"&(?![&#]|[a-zA-Z]+;)(?=\S)")
PLURAL_FORMS = {"de": 2, "es": 2, "en": 2, "fr": 2}


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def accelerators(text):
    text = (text or "").replace("&&", "")
    return len(ACCELERATOR.findall(text))


def check(path, label):
    problems = []
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    count = 0
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{label}: [{ctx}] {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                want = PLURAL_FORMS.get(language)
                if want and len(forms) != want:
                    problems.append(f"{where}: {len(forms)} plural forms, {language} needs {want}")
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(form) != placeholders(source):
                    problems.append(
                        f"{where}: placeholders {placeholders(form)} in {form!r}, "
                        f"the source has {placeholders(source)}")
                elif accelerators(source) == 1 and accelerators(form) != 1:
                    problems.append(f"{where}: {form!r} needs exactly one & accelerator")
    return count, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="+", type=Path, help=".ts files")
    parser.add_argument("--lupdate", help="lupdate executable: check against the sources too")
    parser.add_argument("--source-dir", type=Path, help="project root, with --lupdate")
    parser.add_argument("--min-entries", type=int, default=1,
                        help="fail when a .ts file has fewer entries (a broken scan)")
    args = parser.parse_args()

    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in args.ts:
            path = ts
            if args.lupdate:
                path = Path(tmp) / ts.name
                shutil.copy(ts, path)
                root = args.source_dir
                command = [args.lupdate, "-silent", "-locations", "none", "-no-obsolete",
                           "-I", str(root / "core"), str(root / "core"), str(root / "app"),
                           str(root / "ui"), "-ts", str(path)]
                result = subprocess.run(command, capture_output=True, text=True)
                if result.returncode != 0:
                    failures.append(f"{ts.name}: lupdate failed: {result.stderr.strip()}")
                    continue
                if path.read_bytes() != ts.read_bytes():
                    failures.append(f"{ts.name}: out of date with the sources "
                                    "(run: cmake --build build --target update_translations)")
            count, problems = check(path, ts.name)
            print(f"{ts.name}: {count} entries, {len(problems)} problems")
            if count < args.min_entries:
                failures.append(f"{ts.name}: only {count} entries")
            failures += problems
    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
