#!/usr/bin/env python3
"""Writes the issue-17 benchmark studies into OUT (default: a fresh temporary folder) and prints OUT:
  dea/       100 DMUs x 5 years (2 inputs, 2 outputs), model.synergos with a dea and a malmquist analysis
  sd/        a system-dynamics model of 50 stocks (a chain of coupled first-order stocks with flows,
             auxiliaries and parameters) over 1,000 RK4 steps
Data are synthetic and seeded (random.Random(17)); nothing is read from outside the repository."""
import os, random, sys, tempfile

out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="synergos-methods-")
rng = random.Random(17)
head = ('<?xml version="1.0" encoding="UTF-8"?>\n<synergos:Framework xmi:version="2.0" '
        'xmlns:xmi="http://www.omg.org/XMI" xmlns:synergos="http://synergos.org/model/1.0" id="framework" name="%s">\n')

os.makedirs(os.path.join(out, "dea"), exist_ok=True)
with open(os.path.join(out, "dea", "data.csv"), "w") as f:
    f.write("dmu,year,staff,spending,patents,revenue\n")
    for d in range(1, 101):
        base = rng.uniform(0.5, 2.0)
        for year in range(2019, 2024):
            staff, spending = base * rng.uniform(20, 60), base * rng.uniform(5, 30)
            growth = 1 + 0.03 * (year - 2019)
            f.write("D%03d,%d,%.3f,%.3f,%.3f,%.3f\n" % (d, year, staff, spending,
                    growth * staff * rng.uniform(0.2, 0.5), growth * spending * rng.uniform(20, 50)))
with open(os.path.join(out, "dea", "model.synergos"), "w") as f:
    f.write(head % "DEA benchmark: 100 DMUs x 5 years")
    f.write('  <dataSources id="dataSource.data" name="synthetic panel" path="data.csv"/>\n')
    for engine in ("dea", "malmquist"):
        f.write('  <analyses id="analysisConfiguration.%s" name="%s" engineId="%s" dataSource="dataSource.data">\n'
                % (engine, engine, engine))
        for key, value in (("dmu", "dmu"), ("inputs", "staff,spending"), ("outputs", "patents,revenue"), ("period", "year")):
            f.write('    <parameters key="%s" value="%s"/>\n' % (key, value))
        f.write('  </analyses>\n')
    f.write('</synergos:Framework>\n')

os.makedirs(os.path.join(out, "sd"), exist_ok=True)
with open(os.path.join(out, "sd", "model.synergos"), "w") as f:
    f.write(head % "System dynamics benchmark: 50 stocks, 1,000 steps")
    f.write('  <analyses id="analysisConfiguration.sd" name="sd" engineId="system-dynamics"/>\n')
    f.write('  <systemDynamicsModels id="sd" name="chain" startTime="0.0" stopTime="100.0" timeStep="0.1" method="RK4" timeUnits="year">\n')
    for i in range(50):
        f.write('    <stocks id="sd.S%d" name="S%d" units="ku" initialValue="%.3f"/>\n' % (i, i, rng.uniform(1, 10)))
    for i in range(50):
        upstream = "S%d" % ((i - 1) % 50)
        f.write('    <flows id="sd.in%d" name="in%d" units="ku/year" to="sd.S%d" equation="rate%d * %s * pressure%d"/>\n'
                % (i, i, i, i, upstream, i))
        f.write('    <flows id="sd.out%d" name="out%d" units="ku/year" from="sd.S%d" equation="S%d / life"/>\n' % (i, i, i, i))
        f.write('    <auxiliaries id="sd.pressure%d" name="pressure%d" units="1" equation="1 / (1 + S%d / capacity)"/>\n' % (i, i, i))
    for i in range(50):
        f.write('    <parameters id="sd.rate%d" name="rate%d" units="1/year" value="%.4f"/>\n' % (i, i, rng.uniform(0.05, 0.2)))
    f.write('    <parameters id="sd.life" name="life" units="year" value="8.0"/>\n')
    f.write('    <parameters id="sd.capacity" name="capacity" units="ku" value="50.0"/>\n')
    f.write('  </systemDynamicsModels>\n</synergos:Framework>\n')
print(out)
