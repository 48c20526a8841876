package org.synergos.model.lavaan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Covariance;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.StructuralPath;
import org.synergos.model.helpers.Elements;
import org.synergos.model.helpers.FrameworkQueries;
import org.synergos.model.testsupport.SemSignature;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Round trips on the reference models: the lavaan tutorial's PoliticalDemocracy model exactly as lavaan
 * 0.6-14 recorded the syntax it fitted ({@code "model"} of the fit JSONs in org.synergos.testing's
 * reference/lavaan_poldem and reference/lavaan_poldem_variants), and seminr's ECSI model built from
 * seminr_mobi_ecsi/ecsi_pls_estimates.json (seminr 2.3.2).
 */
class LavaanRoundTripTest {

    private static final String POLDEM_WRITTEN = """
            # measurement model
              ind60 =~ x1 + x2 + x3
              dem60 =~ y1 + y2 + y3 + y4
              dem65 =~ y5 + y6 + y7 + y8

            # regressions
              dem60 ~ ind60
              dem65 ~ ind60 + dem60

            # covariances
              y1 ~~ y5
              y2 ~~ y4 + y6
              y3 ~~ y7
              y4 ~~ y8
              y6 ~~ y8
            """;

    @ParameterizedTest
    @ValueSource(strings = {"lavaan_poldem/poldem_ml_fit.json", "lavaan_poldem_variants/poldem_mlr_fit.json"})
    void politicalDemocracyReadsWritesAndRereadsUnchanged(String fitJson) throws Exception {
        String syntax = modelSyntaxOf(fitJson);
        Framework read = LavaanReader.read(syntax);
        assertEquals(3, read.getConstructs().size());
        assertEquals(11, FrameworkQueries.allIndicators(read).size());
        assertEquals(3, read.getPaths().size());
        assertEquals(6, read.getCovariances().size());

        String written = LavaanWriter.write(read);
        assertEquals(POLDEM_WRITTEN, written);
        Framework reread = LavaanReader.read(written);
        assertTrue(EcoreUtil.equals(read, reread), "read(write(read(s))) equals read(s)");
        assertEquals(written, LavaanWriter.write(reread), "write(read(s)) is stable");
    }

    /** Every free parameter lavaan estimated (apart from its default variances) is in the model. */
    @Test
    void politicalDemocracyMatchesLavaansParameterTable() throws Exception {
        Framework model = LavaanReader.read(modelSyntaxOf("lavaan_poldem/poldem_ml_fit.json"));
        Set<String> ours = new HashSet<>();
        for (Construct construct : model.getConstructs()) {
            construct.getIndicators().forEach(i -> ours.add(construct.getCode() + " =~ " + i.getCode()));
        }
        model.getPaths().forEach(p -> ours.add(p.getTarget().getCode() + " ~ " + p.getSource().getCode()));
        model.getCovariances().forEach(c -> ours.add(c.getLeft().getCode() + " ~~ " + c.getRight().getCode()));

        ReferenceTable params = ReferenceResults.table("lavaan_poldem/poldem_ml_params.csv");
        Set<String> lavaans = new HashSet<>();
        for (int row = 0; row < params.rowCount(); row++) {
            String lhs = params.cell(row, "lhs");
            String op = params.cell(row, "op");
            String rhs = params.cell(row, "rhs");
            if (!(op.equals("~~") && lhs.equals(rhs))) {
                lavaans.add(lhs + " " + op + " " + rhs);
            }
        }
        assertEquals(lavaans, ours);
    }

    @Test
    void ecsiCompositeModelRoundTrips() throws Exception {
        Framework ecsi = ecsiFromSeminrEstimates();
        String written = LavaanWriter.write(ecsi);
        assertTrue(written.contains("  Image <~ IMAG1 + IMAG2 + IMAG3 + IMAG4 + IMAG5\n"), written);
        assertTrue(written.contains("  Complaints <~ CUSCO\n"), written);
        assertTrue(written.contains("  Satisfaction ~ Image + Expectation + Quality + Value\n"), written);
        assertTrue(written.contains("  Loyalty ~ Image + Satisfaction + Complaints\n"), written);

        Framework reread = LavaanReader.read(written);
        assertEquals(SemSignature.of(ecsi), SemSignature.of(reread));
        assertEquals(written, LavaanWriter.write(reread));
    }

    @Test
    void modifiersDefinitionsAndConstraintsRoundTrip() throws Exception {
        Framework model = ecsiFromSeminrEstimates();
        model.getConstructs().forEach(c -> c.setMode(ConstructMode.REFLECTIVE));
        Indicator first = model.getConstructs().get(0).getIndicators().get(0);
        first.setLoadingFree(true);
        first.setLoadingLabel("l1");
        model.getConstructs().get(1).getIndicators().get(0).setLoadingFixedValue(1.0);
        StructuralPath a = model.getPaths().get(0);
        a.setParameterLabel("a");
        model.getPaths().get(1).setFixedValue(-0.25);
        Covariance cov = Elements.covariance(model, first, model.getConstructs().get(0).getIndicators().get(1));
        cov.setParameterLabel("c1");
        cov.setFixedValue(0.5);
        org.synergos.model.DefinedParameter ind = org.synergos.model.SynergosFactory.eINSTANCE.createDefinedParameter();
        ind.setName("ind");
        ind.setExpression("a*(1 - l1) + c1^2");
        model.getDefinedParameters().add(ind);
        org.synergos.model.ParameterConstraint positive = org.synergos.model.SynergosFactory.eINSTANCE
                .createParameterConstraint();
        positive.setLeft("a");
        positive.setOperator(org.synergos.model.ConstraintOperator.GREATER_THAN);
        positive.setRight("0");
        model.getConstraints().add(positive);

        String written = LavaanWriter.write(model);
        assertTrue(written.contains("Image =~ NA*IMAG1 + l1*IMAG1 + IMAG2"), written);
        assertTrue(written.contains("Expectation =~ 1*CUEX1 + CUEX2"), written);
        assertTrue(written.contains("IMAG1 ~~ 0.5*c1*IMAG2"), written);
        assertTrue(written.contains("ind := a*(1 - l1) + c1^2"), written);
        assertTrue(written.contains("a > 0"), written);
        Framework reread = LavaanReader.read(written);
        assertEquals(SemSignature.of(model), SemSignature.of(reread));
        assertEquals(written, LavaanWriter.write(reread));
    }

    /**
     * Constructs and items from {@code vif_outer} (construct/item pairs in seminr's order), paths from
     * the non-zero cells of {@code path_coef} (rows = from, columns = to, same construct order).
     */
    static Framework ecsiFromSeminrEstimates() {
        JsonNode estimates = ReferenceResults.json("seminr_mobi_ecsi/ecsi_pls_estimates.json");
        Framework ecsi = Elements.framework("ECSI (seminr mobi demo)");
        Map<String, Construct> constructs = new LinkedHashMap<>();
        for (JsonNode row : estimates.get("vif_outer")) {
            Construct construct = constructs.computeIfAbsent(row.get("construct").asText(),
                    name -> Elements.construct(ecsi, name, ConstructMode.COMPOSITE));
            Elements.indicator(construct, row.get("item").asText());
        }
        List<Construct> order = new ArrayList<>(constructs.values());
        JsonNode paths = estimates.get("path_coef");
        for (int from = 0; from < order.size(); from++) {
            for (int to = 0; to < order.size(); to++) {
                if (paths.get(from).get(to).asDouble() != 0) {
                    Elements.path(ecsi, null, order.get(from), order.get(to));
                }
            }
        }
        return ecsi;
    }

    /** The model syntax lavaan fitted, as its fit JSON records it. */
    private static String modelSyntaxOf(String fitJson) {
        JsonNode model = ReferenceResults.json(fitJson).get("model");
        assertTrue(model != null && model.isTextual(), "no \"model\" text in " + fitJson);
        return model.asText();
    }
}
