#!/usr/bin/env bash
# Which index serves Chinese search on PostgreSQL, measured on a library: the GIN index over the
# search tokens bigan stores (Han bigrams, run-final unigrams, words; `snippetSearch_tokens`)
# against pg_trgm's GIN index over the text (`LIKE '%…%'`), for queries of one to four characters.
# The trigram index is built inside a transaction that is rolled back: the library is left as it
# was. Prints a Markdown table (warm timings: each query runs three times, the last is kept).
# Usage: Scripts/postgres-index-compare.sh DATABASE   (with the variables of Scripts/postgres-cluster.sh)
set -euo pipefail
db="${1:?a database holding a bigan library}"
[[ -n "${BIGAN_PG_URL:-}" && -n "${BIGAN_PG_FOLDER:-}" ]] || { echo "no cluster: eval \"\$(Scripts/postgres-cluster.sh start DIR)\"" >&2; exit 2; }
port="${BIGAN_PG_URL##*:}"
# query | the tsquery bigan sends for it (TextSearchSyntax)
QUERIES=(
  "党|'党':*" "廉|'廉':*" "发展|'发展'" "督查|'督查'"
  "新动能|'新动' <-> '动能'" "城镇化|'城镇' <-> '镇化'" "乡村振兴|'乡村' <-> '村振' <-> '振兴'" "作风建设|'作风' <-> '风建' <-> '建设'"
)
sql="SET search_path = bigan, public; SET jit = off; SET max_parallel_workers_per_gather = 0; BEGIN;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\\timing on
CREATE INDEX snippet_text_trgm ON snippet USING gin (text gin_trgm_ops);
\\timing off
ANALYZE snippet;
SELECT 'sizes', pg_size_pretty(pg_relation_size('snippetsearch_tokens')), pg_size_pretty(pg_relation_size('snippet_text_trgm'));
"
for entry in "${QUERIES[@]}"; do
  q="${entry%%|*}"; ts="${entry#*|}"; ts="${ts//\'/\'\'}"
  for _ in 1 2 3; do
    sql+="EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM snippetSearch WHERE searchTokens @@ '$ts'::tsquery;
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM snippet WHERE text LIKE '%$q%';
"
  done
done
sql+="ROLLBACK;"
out="$(psql -X -At -h "$BIGAN_PG_FOLDER" -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 <<<"$sql")"
echo "$out" | grep -E "^Time:" | sed 's/^/trigram index built in: /'
echo "$out" | grep -E "^sizes" | awk -F'|' '{print "index sizes: tokens " $2 ", trigrams " $3}'
echo
echo "| query | tokens (GIN): plan | ms | matches | pg_trgm (GIN): plan | ms | matches |"
echo "|---|---|---|---|---|---|---|"
# Each EXPLAIN: the plan lines, then "Execution Time"; keep the third run of each query's pair.
echo "$out" | python3 -c '
import re, sys
text = sys.stdin.read()
plans = re.split(r"(?m)^(?=Aggregate)", text)[1:]
queries = sys.argv[1:]
def summary(plan):
    scan = "index" if "Bitmap Index Scan" in plan else ("sequential scan" if "Seq Scan" in plan else "other")
    ms = float(re.search(r"Execution Time: ([0-9.]+)", plan).group(1))
    rows = re.search(r"Aggregate \(actual rows=1 loops=1\)", plan)
    matches = re.search(r"(?:Bitmap Heap Scan|Seq Scan)[^\n]*rows=(\d+)", plan)
    return scan, ms, matches.group(1) if matches else "?"
for index, query in enumerate(queries):
    pair = plans[index * 6 + 4: index * 6 + 6]
    (a, am, an), (b, bm, bn) = summary(pair[0]), summary(pair[1])
    print(f"| {query} | {a} | {am:.1f} | {an} | {b} | {bm:.1f} | {bn} |")
' "${QUERIES[@]%%|*}"
