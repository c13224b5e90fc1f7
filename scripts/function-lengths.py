#!/usr/bin/env python3
"""Prints the longest function bodies of C++ files and fails when one is over a limit.

Usage: scripts/function-lengths.py [--max N] FILE...

A function is a top-level brace block (namespace blocks are entered) whose opening line is not a
class, struct, enum or namespace; its length counts the lines from its signature's first line to the
closing brace. Good enough for this code base's clang-format layout.
"""
import re
import sys


def functions(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    depth = 0
    start = None
    name = None
    namespace_depth = 0
    in_block_comment = False
    for i, raw in enumerate(lines):
        line = re.sub(r'"(\\.|[^"\\])*"', '""', raw)
        line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
        line = line.split('//')[0]
        if in_block_comment:
            if '*/' not in line:
                continue
            line = line.split('*/', 1)[1]
            in_block_comment = False
        if '/*' in line and '*/' not in line:
            in_block_comment = True
            line = line.split('/*')[0]
        for ch in line:
            if ch == '{':
                if depth == namespace_depth and start is None:
                    head = ' '.join(l.strip() for l in lines[max(0, i - 3):i + 1])
                    if re.search(r'\bnamespace\b[^;{]*\{?\s*$', lines[i]) or re.match(r'\s*namespace\b', lines[i]):
                        namespace_depth += 1
                    elif re.match(r'\s*(class|struct|enum|union)\b', lines[i]) or re.match(
                            r'\s*(class|struct|enum|union)\b', lines[i - 1] if i else ''):
                        start = ('type', i)
                    else:
                        sig = i
                        while sig > 0 and lines[sig - 1].strip() and not lines[sig - 1].strip().endswith(
                                (';', '}', '{')) and not lines[sig - 1].lstrip().startswith(('//', '#', '/*', '*')):
                            sig -= 1
                        start = ('function', sig)
                        name = lines[sig].strip()
                depth += 1
            elif ch == '}':
                depth -= 1
                if start is not None and depth == namespace_depth:
                    if start[0] == 'function':
                        yield name, start[1] + 1, i - start[1] + 1
                    start = None
                elif depth < namespace_depth:
                    namespace_depth = depth


def main(argv):
    limit = 100
    files = []
    it = iter(argv)
    for a in it:
        if a == '--max':
            limit = int(next(it))
        else:
            files.append(a)
    worst = 0
    over = []
    for path in files:
        for name, line, length in functions(path):
            worst = max(worst, length)
            if length > limit:
                over.append((path, line, length, name))
        longest = sorted(functions(path), key=lambda f: -f[2])[:3]
        print(f'{path}: longest ' + ', '.join(f'{n[:60]!r} {l} lines (line {ln})' for n, ln, l in longest))
    for path, line, length, name in over:
        print(f'{path}:{line}: {length} lines (over {limit}): {name}')
    print(f'longest function: {worst} lines; {len(over)} over {limit}')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
