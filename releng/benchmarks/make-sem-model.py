#!/usr/bin/env python3
"""Writes a SEM model of C constructs x I indicators (default 30 x 9 + 30 = 300 nodes) for diagram benchmarks.
Paths i -> i+1 and i -> i+3, as DiagramBenchmark's model. Usage: make-sem-model.py OUT.synergos [C] [I]"""
import sys

out = sys.argv[1]
constructs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
items = int(sys.argv[3]) if len(sys.argv) > 3 else 9
lines = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<synergos:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
         'xmlns:synergos="http://synergos.org/model/1.0" id="framework" name="benchmark">']
for c in range(1, constructs + 1):
    lines.append(f'  <constructs id="construct.C{c}" name="Construct {c}" code="C{c}">')
    for i in range(1, items + 1):
        lines.append(f'    <indicators id="indicator.C{c}_{i}" name="C{c}_{i}" code="C{c}_{i}" column="C{c}_{i}"/>')
    lines.append('  </constructs>')
for c in range(1, constructs + 1):
    if c + 1 <= constructs:
        lines.append(f'  <paths id="structuralPath.H{c}" label="H{c}" source="construct.C{c}" target="construct.C{c + 1}"/>')
    if c + 3 <= constructs:
        lines.append(f'  <paths id="structuralPath.K{c}" label="K{c}" source="construct.C{c}" target="construct.C{c + 3}"/>')
lines.append('</synergos:Framework>')
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
