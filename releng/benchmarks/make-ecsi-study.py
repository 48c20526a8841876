#!/usr/bin/env python3
"""Writes a study folder for whole-command PLS-SEM benchmarks: the ECSI model of seminr's mobi example
(7 composites, Mode A, path weighting) with mobi.csv (250 x 24) copied beside it, 5,000 resamples.
Usage: make-ecsi-study.py OUT_DIR PATH/TO/mobi.csv"""
import os
import shutil
import sys

out, data = sys.argv[1], sys.argv[2]
blocks = {"Image": ["IMAG%d" % i for i in range(1, 6)], "Expectation": ["CUEX%d" % i for i in range(1, 4)],
          "Quality": ["PERQ%d" % i for i in range(1, 8)], "Value": ["PERV1", "PERV2"],
          "Satisfaction": ["CUSA%d" % i for i in range(1, 4)], "Complaints": ["CUSCO"],
          "Loyalty": ["CUSL%d" % i for i in range(1, 4)]}
paths = [("Image", "Expectation"), ("Image", "Satisfaction"), ("Image", "Loyalty"), ("Expectation", "Quality"),
         ("Expectation", "Value"), ("Expectation", "Satisfaction"), ("Quality", "Value"),
         ("Quality", "Satisfaction"), ("Value", "Satisfaction"), ("Satisfaction", "Complaints"),
         ("Satisfaction", "Loyalty"), ("Complaints", "Loyalty")]
os.makedirs(out, exist_ok=True)
shutil.copyfile(data, os.path.join(out, "data.csv"))
lines = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<synergos:Framework xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
         'xmlns:synergos="http://synergos.org/model/1.0" id="framework" name="ECSI (mobi) benchmark">']
for construct, items in blocks.items():
    lines.append(f'  <constructs id="construct.{construct}" name="{construct}" code="{construct}" weighting="MODE_A">')
    lines += [f'    <indicators id="indicator.{i}" name="{i}" code="{i}" column="{i}"/>' for i in items]
    lines.append('  </constructs>')
for n, (source, target) in enumerate(paths, 1):
    lines.append(f'  <paths id="structuralPath.P{n}" label="P{n}" source="construct.{source}" target="construct.{target}"/>')
lines += ['  <dataSources id="dataSource.data" name="mobi" path="data.csv"/>',
          '  <analyses id="analysisConfiguration.pls" name="PLS-SEM, 5,000 resamples" engineId="pls-sem" '
          'dataSource="dataSource.data">',
          '    <parameters key="bootstrap" value="5000"/>',
          '    <parameters key="seed" value="123"/>',
          '  </analyses>',
          '</synergos:Framework>']
with open(os.path.join(out, "model.synergos"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
