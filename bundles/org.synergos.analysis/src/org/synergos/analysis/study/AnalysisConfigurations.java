package org.synergos.analysis.study;

import java.util.Map;

import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Parameter;
import org.synergos.model.SynergosFactory;
import org.synergos.model.helpers.ModelIds;

/** Adds configured analyses to a model, as import and tests create them. */
public final class AnalysisConfigurations {

    private AnalysisConfigurations() {
    }

    /** An enabled analysis of engine {@code engineId} on {@code source}, with these parameter values in order. */
    public static AnalysisConfiguration add(Framework framework, String name, String engineId, DataSource source,
            Map<String, String> parameters) {
        AnalysisConfiguration analysis = SynergosFactory.eINSTANCE.createAnalysisConfiguration();
        analysis.setName(name);
        analysis.setEngineId(engineId);
        analysis.setDataSource(source);
        parameters.forEach((key, value) -> {
            Parameter parameter = SynergosFactory.eINSTANCE.createParameter();
            parameter.setKey(key);
            parameter.setValue(value);
            analysis.getParameters().add(parameter);
        });
        framework.getAnalyses().add(analysis);
        ModelIds.assign(analysis);
        return analysis;
    }
}
