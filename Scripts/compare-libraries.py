#!/usr/bin/env python3
"""Compares two libraries through the bigan binary, as a user sees them: counts, 20 searches,
theme and set listings, and drafts of four occasions by seed. Row ids, paths of libraries and
sizes are left out; everything else must be the same.

Usage: Scripts/compare-libraries.py BIGAN LIBRARY_A LIBRARY_B   (exit 1 on any difference)"""
import json
import subprocess
import sys

QUERIES = ["党", "廉", "稳", "发展", "改革", "督查", "服务意识", "政务公开", "新动能", "乡村振兴",
           "作风建设", "安全生产", "高质量发展", "营商环境", "人民", "经济", "教育", "医疗", "创新", "脱贫攻坚"]
DRAFTS = [("总结表彰会", 1), ("工作部署会", 7), ("座谈会", 3), ("动员大会", 11)]
IGNORED = {"id", "snippetId", "size", "library", "schemaVersion", "path"}


def run(bigan, library, args):
    result = subprocess.run([bigan, *args, "--library", library], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} on {library} failed: {result.stderr.strip()}")
    return json.loads(result.stdout)


def strip(value):
    if isinstance(value, dict):
        return {key: strip(item) for key, item in value.items() if key not in IGNORED}
    if isinstance(value, list):
        return [strip(item) for item in value]
    return value


def main():
    bigan, first, second = sys.argv[1:4]
    checks = [("stats", ["stats", "--json"]), ("themes", ["themes", "--json"]),
              ("theme listing", ["snippets", "--theme", "督查落实", "--limit", "30", "--json"]),
              ("sets", ["snippets", "--kind", "set", "--limit", "50", "--json"])]
    checks += [(f"search {query}", ["search", query, "--limit", "20", "--json"]) for query in QUERIES]
    checks += [(f"draft {occasion} seed {seed}",
                ["draft", "--occasion", occasion, "--role", "市长", "--region", "天水市", "--year", "2026",
                 "--seed", str(seed), "--json"]) for occasion, seed in DRAFTS]
    differences = 0
    for name, args in checks:
        a, b = strip(run(bigan, first, args)), strip(run(bigan, second, args))
        if a != b:
            differences += 1
            print(f"differ: {name}")
            print("  A:", json.dumps(a, ensure_ascii=False)[:300])
            print("  B:", json.dumps(b, ensure_ascii=False)[:300])
    print(f"{len(checks) - differences} of {len(checks)} views agree ({len(QUERIES)} searches, {len(DRAFTS)} drafts)")
    sys.exit(1 if differences else 0)


main()
