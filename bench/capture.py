#!/usr/bin/env python3
"""The SQL behind one HTTP answer, from the bench cluster's JSON log (log_min_duration_statement = 0
while the bench made that one request): every statement the app executed, with its parameters put
in as literals, so it can be replayed bare with pgbench and explained with psql.

Usage: capture.py LOG OFFSET OUT
  LOG     the cluster's jsonlog file; OFFSET the byte where the request's lines begin
  OUT     prefix of what is written:
          OUT.sql        the reads (SELECT/WITH) in order, one pgbench transaction (run it with
                         -D prepared=0: each read is prepared once, then executed)
          OUT.params.sql the same with each read prepared with its parameters and executed with their
                         values, as the app's driver sends it (planned as PostgreSQL plans the app's)
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
            text = match.group(2).strip().rstrip(";")
            values = dict(PARAM.findall(entry.get("detail", "").removeprefix("Parameters: ")))
            literal = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
            yield float(match.group(1)), literal, text, [values[k] for k in sorted(values, key=int)]


def main():
    log, offset, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reads, sent, writes, total = [], [], 0, 0.0
    with open(out + ".tsv", "w") as tsv:
        for ms, text, with_placeholders, values in statements(log, offset):
            if SKIP.match(text):
                continue
            total += ms
            kind = "read" if re.match(r"^\s*(SELECT|WITH)\b", text, re.I) and " FOR UPDATE" not in text.upper() else "write"
            if kind == "read":
                reads.append(text)
                sent.append((with_placeholders, values))
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
    with open(out + ".params.sql", "w") as f:
        # The same reads as the app's driver sends them: prepared with their parameters, executed with the
        # values. PostgreSQL then plans them as it plans the app's: a custom plan for each execution while
        # that is cheaper than the generic one (a search's words, a client's id), so planning counts, as it
        # does in the app; OUT.sql, with the values written in, is planned once for good.
        f.write("\\if :prepared = 0\n")
        f.write("".join(f"PREPARE s{n} AS {text};\n" for n, (text, _) in enumerate(sent, 1)))
        f.write("\\set prepared 1\n\\endif\n")
        f.write("".join(f"EXECUTE s{n}" + (f"({', '.join(values)})" if values else "") + ";\n"
                        for n, (_, values) in enumerate(sent, 1)))
    print(len(reads) + writes, len(reads), writes, f"{total:.3f}")


if __name__ == "__main__":
    main()
