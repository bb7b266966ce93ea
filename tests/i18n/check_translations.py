#!/usr/bin/env python3
"""The translations are complete and current.

Fails if a .ts file has an unfinished, obsolete or vanished entry; if a translation loses a
placeholder (%1, %n), an accelerator (&) or an HTML tag of its source; or if lupdate, run on a
copy of the .ts files over today's sources, finds a string the files do not have (or no longer
finds one they have). Usage: check_translations.py LUPDATE SOURCE_ROOT TS_FILE...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")
ACCELERATOR = re.compile(r"&(?!&)[^\s&;]")


def messages(path):
    """(context, source, comment) -> (translation element, numerus) for every message."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = (message.find("translation"), message.get("numerus") == "yes")
    return out


def translations(element, numerus):
    if numerus:
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def check_file(path, problems):
    for (context, source, _), (translation, numerus) in messages(path).items():
        where = f"{os.path.basename(path)}: {context}: {source[:60]!r}"
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where}: {kind}")
            continue
        texts = translations(translation, numerus)
        if not texts or any(not t.strip() for t in texts):
            problems.append(f"{where}: empty translation")
            continue
        for text in texts:
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            if numerus:
                wanted = [p for p in wanted if p != "%n"]
            got = sorted(set(PLACEHOLDER.findall(text)))
            if not set(wanted) <= set(got) or not set(got) <= set(wanted) | {"%n"}:
                problems.append(f"{where}: placeholders {wanted} became {got}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                problems.append(f"{where}: HTML tags differ")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"{where}: the accelerator (&) is lost")


def check_current(lupdate, root, ts_files, problems):
    sources = []
    for folder in ("core", "app"):
        for base, _, names in os.walk(os.path.join(root, folder)):
            sources += [os.path.join(base, n) for n in names if n.endswith((".cpp", ".h"))]
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        listing = os.path.join(tmp, "sources.lst")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(sources)) + "\n")
        run = subprocess.run([lupdate, "-I", root, "-locations", "none", "-no-obsolete",
                              "@" + listing, "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"lupdate failed: {run.stderr.strip()}")
            return
        for ts, copy in zip(ts_files, copies):
            before, after = set(messages(ts)), set(messages(copy))
            for context, source, _ in sorted(after - before):
                problems.append(f"{os.path.basename(ts)}: not in the file yet: "
                                f"{context}: {source[:70]!r} (run the update_translations target)")
            for context, source, _ in sorted(before - after):
                problems.append(f"{os.path.basename(ts)}: no longer in the sources: "
                                f"{context}: {source[:70]!r}")


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    lupdate, root, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    for ts in ts_files:
        check_file(ts, problems)
    check_current(lupdate, root, ts_files, problems)
    for p in problems:
        print(p)
    total = sum(len(messages(ts)) for ts in ts_files)
    print(f"{len(problems)} problem(s) in {len(ts_files)} file(s), {total} entries")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
