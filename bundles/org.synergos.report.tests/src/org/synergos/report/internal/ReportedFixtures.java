package org.synergos.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.synergos.model.Framework;
import org.synergos.model.Identified;
import org.synergos.model.ReportedStatistic;
import org.synergos.model.SynergosFactory;
import org.synergos.model.io.ModelStore;

/** Reported statistics for the checks' tests: synthetic ones, and the nqpf-smes example's stored values. */
final class ReportedFixtures {

    static final Path NQPF_SMES = Path.of("../../examples/nqpf-smes/model.synergos");

    private ReportedFixtures() {
    }

    static ReportedStatistic add(Framework model, Identified subject, String label, String statistic, double value,
            String source) {
        ReportedStatistic reported = SynergosFactory.eINSTANCE.createReportedStatistic();
        reported.setId("reportedStatistic." + model.getReportedStatistics().size());
        reported.setSubject(subject);
        reported.setSubjectLabel(label);
        reported.setStatistic(statistic);
        reported.setValue(value);
        reported.setSource(source);
        model.getReportedStatistics().add(reported);
        return reported;
    }

    static Framework nqpfSmes() throws Exception {
        return ModelStore.load(NQPF_SMES);
    }

    static List<ConsistencyCheck.CheckFinding> inconsistent(List<ConsistencyCheck.CheckFinding> findings) {
        return findings.stream().filter(f -> !f.consistent()).toList();
    }
}
