#!/usr/bin/env python3
"""The SQL behind one HTTP answer, from the bench cluster's JSON log (log_min_duration_statement = 0
while the bench made that one request): every statement the app executed, with its parameters put
in as literals, so it can be replayed bare with pgbench and explained with psql.

Usage: capture.py LOG OFFSET OUT
  LOG     the cluster's jsonlog file; OFFSET the byte where the request's lines begin
  OUT     prefix of what is written:
          OUT.sql        the reads (SELECT/WITH) in order, one pgbench transaction (run it with
                         -D prepared=0: each read is prepared once, then executed)
          OUT.<n>.sql    each read alone, for EXPLAIN
          OUT.tsv        n of the read (- for a write), server-side ms as logged, read or write,
                         the statement's first 120 characters
Prints: statements reads writes logged_ms
"""
import json
import re
import sys

PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
PLACEHOLDER = re.compile(r"\$(\d+)(?!\d)")
EXECUTE = re.compile(r"^duration: ([0-9.]+) ms\s+execute [^:]*: (.*)$", re.S)
SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|RESET|SAVEPOINT|RELEASE)\b", re.I)


def statements(log, offset):
    with open(log, "rb") as f:
        f.seek(offset)
        for raw in f:
            try:
                entry = json.loads(raw)
            except ValueError:
                continue
            if entry.get("application_name") == "psql" or entry.get("backend_type") != "client backend":
                continue
            match = EXECUTE.match(entry.get("message", ""))
            if not match:
                continue
            text = match.group(2)
            values = dict(PARAM.findall(entry.get("detail", "").removeprefix("Parameters: ")))
            text = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
            yield float(match.group(1)), text.strip().rstrip(";")


def main():
    log, offset, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reads, writes, total = [], 0, 0.0
    with open(out + ".tsv", "w") as tsv:
        for ms, text in statements(log, offset):
            if SKIP.match(text):
                continue
            total += ms
            kind = "read" if re.match(r"^\s*(SELECT|WITH)\b", text, re.I) and " FOR UPDATE" not in text.upper() else "write"
            if kind == "read":
                reads.append(text)
            one_line = " ".join(text.split())
            tsv.write(f"{len(reads) if kind == 'read' else '-'}\t{ms:.3f}\t{kind}\t{one_line[:120]}\n")
            if kind == "read":
                with open(f"{out}.{len(reads)}.sql", "w") as f:
                    f.write(text + ";\n")
            else:
                writes += 1
    with open(out + ".sql", "w") as f:
        # One pgbench transaction runs every read of the answer. Each is prepared once per
        # connection (pgbench -D prepared=0), as the app's driver prepares what it repeats, so the
        # bare figure is execution and round trips, not planning. (pgbench -M prepared would take the
        # ":00" of a time literal for a variable.)
        f.write("\\if :prepared = 0\n")
        f.write("".join(f"PREPARE s{n} AS {r};\n" for n, r in enumerate(reads, 1)))
        f.write("\\set prepared 1\n\\endif\n")
        f.write("".join(f"EXECUTE s{n};\n" for n in range(1, len(reads) + 1)))
    print(len(reads) + writes, len(reads), writes, f"{total:.3f}")


if __name__ == "__main__":
    main()
