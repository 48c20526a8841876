package org.synergos.analysis.study;

import java.util.Map;

import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.model.lavaan.LavaanReader;
import org.synergos.model.lavaan.LavaanSyntaxException;

/**
 * A study from lavaan model syntax, as {@code synergos import} and the workbench's "Import lavaan" make it:
 * the model and, given a data file, that file as its data source with a {@code cb-sem} analysis on it, so
 * that analyze and report run it at once.
 */
public final class LavaanStudy {

    private LavaanStudy() {
    }

    /**
     * @param syntax lavaan model syntax
     * @param name the study's name
     * @param dataPath the CSV file relative to the model file, or {@code null} for none
     * @param origin what the syntax came from (a file name), for the analysis's name
     */
    public static Framework read(String syntax, String name, String dataPath, String origin) throws LavaanSyntaxException {
        Framework framework = LavaanReader.read(syntax, name);
        if (dataPath != null) {
            DataSource source = Elements.csvDataSource(framework, "data", dataPath);
            source.getMissingValueCodes().add("NA");
            AnalysisConfigurations.add(framework, "CB-SEM (imported from " + origin + ")", "cb-sem", source, Map.of());
        }
        return framework;
    }
}
