#!/usr/bin/env python3
"""What SQLite alone costs an import, against what it costs the floor.

Usage: Scripts/write-bound.py LIBRARY CORPUS

LIBRARY is a library `bigan import` built from the .txt files of CORPUS (a folder). Its rows are
inserted again, every value already computed, into an empty library with the same schema, in one
transaction, table group by table group, with the library's page cache: no reading, parsing, tagging or Swift at all, only the
database writes an import cannot avoid with this schema. The full-text index gets the bigram
tokens of each snippet (Han runs only, so slightly fewer tokens than the import writes).

The floor's writes are measured the same way: the corpus's non-empty lines into a plain
`fts5(text)` table (unicode61). Both sides pay Python's cost per row alike (executemany).
Prints seconds for each group, cumulative, and each as a multiple of the floor's writes.
"""
import os
import sqlite3
import sys
import tempfile
import time

# The library's page cache (SnippetLibrary.makeConfiguration); the floor keeps SQLite's default,
# as `bigan-bench floor` does.
LIBRARY_CACHE_KIB = 65536
TABLES = ["source", "speech", "section", "snippet", "snippetSource", "snippetTheme"]


def bigrams(text):
    out, run = [], []
    for ch in text + " ":
        if "\u4e00" <= ch <= "\u9fff":
            run.append(ch)
            continue
        if run:
            out += [run[i] + run[i + 1] for i in range(len(run) - 1)] + [run[-1]]
        run = []
    return " ".join(out)


def fresh(path, cache_kib=2000):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA cache_size = -{cache_kib}")
    return db


def timed(db, work):
    start = time.perf_counter()
    db.execute("BEGIN")
    work()
    db.execute("COMMIT")
    return time.perf_counter() - start


def main(library, corpus):
    source = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
    schema = [
        sql for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "AND name NOT GLOB 'snippetSearch_*' AND name NOT GLOB 'sectionSearch_*' ORDER BY rowid")
    ]
    config = source.execute("SELECT v FROM snippetSearch_config WHERE k = 'hashsize'").fetchone()
    rows = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
    tokens = [(row[0], bigrams(row[2])) for row in rows["snippet"]]

    lines = []
    for folder, _, files in os.walk(corpus):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            data = open(os.path.join(folder, name), "rb").read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
            lines += [line.strip() for line in text.splitlines() if line.strip()]

    work = tempfile.mkdtemp(prefix="bigan-bound.")
    db = fresh(os.path.join(work, "floor.sqlite"))
    db.execute("CREATE VIRTUAL TABLE line USING fts5(text)")
    floor = timed(db, lambda: db.executemany("INSERT INTO line (text) VALUES (?)", ((l,) for l in lines)))
    db.close()
    print(f"floor: {len(lines)} lines into fts5(text): {floor:.2f} s")

    groups = [
        ("snippets (text, dedup key, kind, first speech)", ["source", "speech", "section", "snippet"], False),
        ("+ occurrences", ["snippetSource"], False),
        ("+ theme tags", ["snippetTheme"], False),
        ("+ bigram full-text index", [], True),
    ]
    db = fresh(os.path.join(work, "library.sqlite"), cache_kib=LIBRARY_CACHE_KIB)
    for sql in schema:
        db.execute(sql)
    if config:
        db.execute("INSERT INTO snippetSearch (snippetSearch, rank) VALUES ('hashsize', ?)", config)

    def insert(tables, index):
        for table in tables:
            if rows[table]:
                marks = ",".join("?" * len(rows[table][0]))
                db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        if index:
            db.executemany("INSERT INTO snippetSearch (rowid, text) VALUES (?, ?)", tokens)

    total = 0.0
    for label, tables, index in groups:
        seconds = timed(db, lambda: insert(tables, index))
        total += seconds
        print(f"{label}: {seconds:.2f} s, total {total:.2f} s = {total / floor:.2f} x the floor's writes")
    db.close()

    db = fresh(os.path.join(work, "index.sqlite"), cache_kib=LIBRARY_CACHE_KIB)
    db.execute("CREATE VIRTUAL TABLE snippetSearch USING fts5(text, content='', columnsize=0, tokenize='ascii')")
    if config:
        db.execute("INSERT INTO snippetSearch (snippetSearch, rank) VALUES ('hashsize', ?)", config)
    alone = timed(db, lambda: db.executemany("INSERT INTO snippetSearch (rowid, text) VALUES (?, ?)", tokens))
    db.close()
    print(f"the bigram index alone: {alone:.2f} s = {alone / floor:.2f} x the floor's writes")
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    os.rmdir(work)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
