#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Authoring tool for the catalog: merge a batch of entries and lint both languages.

A batch (a "fragment") is a directory with the same three files as the catalog, holding only
the entries it adds or replaces:  facts.json {"entries": [...]}, en.json and zh_TW.json
{"entries": [...], "groups": [...]?}.  Several people can draft batches side by side and merge
them one after another without editing the same lines.

  fragment.py merge FRAGMENT [CATALOG]   add or replace FRAGMENT's entries in CATALOG (and its
                                         seed corrections in tests/data/seed-v1)
  fragment.py check [CATALOG]            lint what the compiler cannot judge (see lint())
  fragment.py try FRAGMENT [CATALOG]     merge into a temporary copy, compile it, lint it

CATALOG defaults to resources/codes.  The build's iisref_catalogc stays the judge of the
format; this lints the words: both languages say the same things, and the Chinese is Taiwan
usage as Microsoft writes it.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CATALOG = os.path.dirname(HERE)
LANGUAGES = ("en", "zh_TW")
KIND_ORDER = ("http", "ftp", "ftp-substatus", "win32", "httperr")

# Words Taiwan readers should never see (s2twp would rewrite them; we must not write them).
MAINLAND_TERMS = ("默認", "信息", "網絡", "服務器", "證書", "文件夾", "軟件", "數據庫", "用戶名",
                  "端口", "配置文件", "鏈接", "緩存", "登錄", "賬戶", "帳號", "程序集", "進程")
# s2twp's own Taiwan phrasing next to the terms Microsoft's zh-TW IIS Manager uses.
TAIWAN_SYNONYMS = (("使用者端", "用戶端"), ("許可權", "權限"), ("型別", "類型"), ("類別", "類型"),
                   ("連線埠", "連接埠"), ("預設檔案", "預設文件"), ("「檔案」索引標籤", "「文件」索引標籤"),
                   ("「檔案 (Documents)」", "「文件 (Documents)」"), ("控制檯", "控制台"), ("站臺", "站台"), ("名稱空間", "命名空間"))
# Where s2twp's phrasing differs from Microsoft's, ours must be Microsoft's.
NOT_MICROSOFT = (("使用者端", "用戶端"), ("許可權", "權限"))


def load(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def save(path, document):
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        json.dump(document, file, ensure_ascii=False, indent=2)
        file.write("\n")


def key_of(entry):
    return entry["key"] if "key" in entry else entry["kind"] + ":" + entry["code"]


def sort_key(key):
    kind, code = key.split(":", 1)
    rank = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    if kind == "httperr":
        return (rank, 0, 0, code.lower())
    status, _, sub = code.partition(".")
    return (rank, int(status), int(sub) if sub else -1, "")


def merge_list(existing, added, identity):
    by_identity = {identity(item): item for item in existing}
    for item in added:
        by_identity[identity(item)] = item
    return list(by_identity.values())


def reciprocate(facts_entries):
    """Related codes link both ways: a link A -> B adds B -> A."""
    by_key = {key_of(entry): entry for entry in facts_entries}
    for entry in facts_entries:
        for target in entry.get("related", []):
            other = by_key.get(target)
            if other is not None and key_of(entry) not in other.setdefault("related", []):
                other["related"].append(key_of(entry))


def merge(fragment, catalog):
    facts_path = os.path.join(catalog, "facts.json")
    facts = load(facts_path)
    added = load(os.path.join(fragment, "facts.json"))["entries"]
    facts["entries"] = sorted(merge_list(facts["entries"], added, key_of),
                              key=lambda entry: sort_key(key_of(entry)))
    reciprocate(facts["entries"])
    save(facts_path, facts)
    for language in LANGUAGES:
        path = os.path.join(catalog, language + ".json")
        prose = load(path)
        part = load(os.path.join(fragment, language + ".json"))
        prose["entries"] = sorted(merge_list(prose["entries"], part.get("entries", []), key_of),
                                  key=lambda entry: sort_key(key_of(entry)))
        if part.get("groups"):
            prose["groups"] = merge_list(prose["groups"], part["groups"],
                                         lambda group: (group["kind"], group["group"]))
        save(path, prose)
    merge_corrections(fragment, catalog)
    print(f"merged {len(added)} entries from {fragment} into {catalog}")


def merge_corrections(fragment, catalog):
    """A batch that corrects seed sentences brings them in its own corrections.json."""
    added = os.path.join(fragment, "corrections.json")
    target = os.path.join(catalog, "..", "..", "tests", "data", "seed-v1", "corrections.json")
    if not os.path.exists(added) or not os.path.exists(target):
        return
    document = load(target)
    known = {(c["key"], c["language"], c["old"]) for c in document["corrections"]}
    for correction in load(added)["corrections"]:
        if (correction["key"], correction["language"], correction["old"]) not in known:
            document["corrections"].append(correction)
    save(target, document)


def item_text(item):
    return item["text"] if isinstance(item, dict) else item


def item_versions(item):
    return item.get("iisVersions", []) if isinstance(item, dict) else []


def reading_strings(entry):
    strings = [entry.get("title", ""), entry.get("meaning", "")]
    for field in ("causes", "fixSteps"):
        strings += [item_text(item) for item in entry.get(field, [])]
    strings += entry.get("notes", [])
    strings += list(entry.get("references", {}).values())
    return [string for string in strings if string]


IDENTIFIER = re.compile(r"0x[0-9A-Fa-f]+|\b\d{2,}\b|\b[A-Za-z]+_[A-Za-z_]+\b")


def identifiers(text):
    return {token.lower() for token in IDENTIFIER.findall(text)}


def lint_parallel(key, english, chinese, problems, warnings):
    for field in ("causes", "fixSteps", "notes"):
        mine, theirs = english.get(field, []), chinese.get(field, [])
        if len(mine) != len(theirs):
            problems.append(f"{key}: {field}: {len(mine)} in en, {len(theirs)} in zh_TW")
            continue
        for index, (a, b) in enumerate(zip(mine, theirs)):
            if item_versions(a) != item_versions(b):
                problems.append(f"{key}: {field}[{index}]: iisVersions differ between languages")
            missing = identifiers(item_text(a)) - identifiers(item_text(b))
            if missing:
                warnings.append(f"{key}: {field}[{index}]: zh_TW lacks {sorted(missing)}")
    if set(english.get("references", {})) != set(chinese.get("references", {})):
        problems.append(f"{key}: references: titled ids differ between languages")
    for field in ("title", "meaning"):
        if not english.get(field) or not chinese.get(field):
            problems.append(f"{key}: {field}: empty")
    for field in ("causes", "fixSteps"):
        if not english.get(field):
            problems.append(f"{key}: {field}: none")


def lint_chinese(key, chinese, problems):
    for text in reading_strings(chinese):
        for term in MAINLAND_TERMS:
            if term in text:
                problems.append(f"{key}: mainland term {term}: {text[:60]}")
        for theirs, ours in NOT_MICROSOFT:
            if theirs in text:
                problems.append(f"{key}: write {ours}, not {theirs}: {text[:60]}")


def fold(text):
    for theirs, ours in TAIWAN_SYNONYMS:
        text = text.replace(theirs, ours)
    return text


def lint_opencc(chinese_entries, problems):
    opencc = shutil.which("opencc")
    if not opencc:
        problems.append("opencc is not installed (./build.sh test installs it)")
        return
    pairs = [(key_of(entry), text.replace("\n", " "))
             for entry in chinese_entries for text in reading_strings(entry)]
    result = subprocess.run([opencc, "-c", "s2twp.json"], input="\n".join(t for _, t in pairs) + "\n",
                            capture_output=True, text=True, check=True)
    for (key, text), converted in zip(pairs, result.stdout.split("\n")):
        if fold(converted) != fold(text):
            problems.append(f"{key}: opencc s2twp changes: {text[:80]} -> {converted[:80]}")


def lint(catalog):
    facts = load(os.path.join(catalog, "facts.json"))["entries"]
    prose = {language: {key_of(e): e for e in load(os.path.join(catalog, language + ".json"))["entries"]}
             for language in LANGUAGES}
    problems, warnings = [], []
    keys = [key_of(entry) for entry in facts]
    for language in LANGUAGES:
        if set(prose[language]) != set(keys):
            problems.append(f"{language}.json: keys differ from facts.json: "
                            f"{sorted(set(prose[language]) ^ set(keys))}")
    by_key = {key_of(entry): entry for entry in facts}
    for key in keys:
        english, chinese = prose["en"].get(key, {}), prose["zh_TW"].get(key, {})
        lint_parallel(key, english, chinese, problems, warnings)
        lint_chinese(key, chinese, problems)
        if not by_key[key].get("references"):
            warnings.append(f"{key}: no references")
        for target in by_key[key].get("related", []):
            if key not in by_key.get(target, {}).get("related", []):
                problems.append(f"{key}: related {target} does not link back")
    lint_opencc(prose["zh_TW"].values(), problems)
    for line in warnings:
        print("warning:", line)
    for line in problems:
        print("error:", line)
    print(f"{len(keys)} entries: {len(problems)} error(s), {len(warnings)} warning(s)")
    return not problems


def find_compiler():
    for candidate in (os.environ.get("IISREF_CATALOGC", ""),
                      os.path.join(DEFAULT_CATALOG, "..", "..", "build", "app", "iisref_catalogc")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def try_fragment(fragment, catalog):
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "codes")
        os.mkdir(copy)
        for name in ("facts.json",) + tuple(language + ".json" for language in LANGUAGES):
            shutil.copy(os.path.join(catalog, name), copy)
        merge(fragment, copy)
        compiler = find_compiler()
        compiled = True
        if compiler:
            compiled = subprocess.run([compiler, copy, os.path.join(scratch, "out")]).returncode == 0
            print("iisref_catalogc:", "ok" if compiled else "FAILED")
        else:
            print("iisref_catalogc not found: set IISREF_CATALOGC or build the project")
        return lint(copy) and compiled and compiler is not None


def main(arguments):
    if len(arguments) >= 2 and arguments[0] == "merge":
        merge(arguments[1], arguments[2] if len(arguments) > 2 else DEFAULT_CATALOG)
        return 0
    if arguments and arguments[0] == "check":
        return 0 if lint(arguments[1] if len(arguments) > 1 else DEFAULT_CATALOG) else 1
    if len(arguments) >= 2 and arguments[0] == "try":
        return 0 if try_fragment(arguments[1], arguments[2] if len(arguments) > 2 else DEFAULT_CATALOG) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
