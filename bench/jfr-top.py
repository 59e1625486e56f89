#!/usr/bin/env python3
"""Where the CPU went in a JFR recording: reads `jfr print --events jdk.ExecutionSample` from stdin
and prints the share of samples by the code running (self), by the part of the stack it belongs to
(the first frame of a known library or of Pagalba, from the top), and the Pagalba methods on the
stack (inclusive). Usage: jfr print --events jdk.ExecutionSample --stack-depth 256 rec.jfr | jfr-top.py [N]
(bench/lib.sh: jfr_top rec.jfr N)
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
# the part of the program a frame belongs to, by package; the first match from the top of the stack
PARTS = [
    ("lt.pagalba.", "Pagalba"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("com.zaxxer.hikari.", "Hikari pool"),
    ("tools.jackson.", "Jackson"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("org.springframework.jdbc.", "Spring JDBC"),
    ("org.springframework.transaction.", "Spring transactions"),
    ("org.springframework.security.", "Spring Security"),
    ("org.springframework.web.", "Spring MVC"),
    ("org.springframework.validation.", "Spring MVC"),
    ("org.hibernate.validator.", "Bean Validation"),
    ("org.springframework.modulith.", "Spring Modulith events"),
    ("org.springframework.context.event.", "Spring events"),
    ("org.springframework.aop.", "Spring AOP proxies"),
    ("org.springframework.", "Spring (other)"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("com.google.i18n.phonenumbers.", "libphonenumber"),
    ("io.micrometer.", "Micrometer"),
    ("ch.qos.logback.", "Logback"),
    ("org.slf4j.", "Logback"),
]


def part_of(method):
    for prefix, part in PARTS:
        if method.startswith(prefix):
            return part
    return None


def main():
    top_n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    self_counts, parts, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    stack = []

    def flush():
        nonlocal samples
        if not stack:
            return
        samples += 1
        self_counts[stack[0]] += 1
        part = next((p for p in map(part_of, stack) if p), "JDK and other")
        parts[part] += 1
        for method in set(m for m in stack if m.startswith("lt.pagalba.")):
            inclusive[method] += 1

    for line in sys.stdin:
        if line.startswith("jdk.ExecutionSample"):
            flush()
            stack = []
            continue
        match = FRAME.match(line)
        if match:
            stack.append(match.group(1))
    flush()
    if not samples:
        print("no samples")
        return
    pct = lambda n: 100.0 * n / samples
    print(f"{samples} execution samples")
    print("by part of the program (first known frame from the top of the stack):")
    for part, n in parts.most_common():
        print(f"  {pct(n):5.1f} %  {part}")
    print(f"top {top_n} methods running (self):")
    for method, n in self_counts.most_common(top_n):
        print(f"  {pct(n):5.1f} %  {method}")
    print(f"top {top_n} Pagalba methods on the stack (inclusive):")
    for method, n in inclusive.most_common(top_n):
        print(f"  {pct(n):5.1f} %  {method}")


if __name__ == "__main__":
    main()
