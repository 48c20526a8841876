package org.synergos.analysis.pls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergos.testing.ReferenceTable;
import org.synergos.testing.ReferenceResults;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ECSI model on mobi against cSEM 0.6.1 (R 4.2.2), {@code csem_ecsi/}: variants {@code pls} (blocks as
 * common factors, no disattenuation), {@code pls_composite} (blocks as composites) and {@code plsc}.
 * cSEM converges with its own criterion, so agreement is limited by the two stopping points: tolerance
 * 1e-5 absolute (observed ~1e-10). Compared: paths, loadings, weights, R², adjusted R², rhoC, AVE, rhoA,
 * HTMT (signed correlations, as cSEM), f² (cSEM's definition) and SRMR.
 */
class PlsResultCsemTest {

    static final double TOL = 1e-5;
    private static final String DIR = "csem_ecsi/";

    private static PlsResult estimate(String variant) {
        PlsOptions defaults = PlsOptions.defaults();
        return switch (variant) {
            case "pls" -> EcsiReference.estimate("ecsi_pls", Measurement.REFLECTIVE,
                    defaults.toBuilder().consistent(false).build());
            case "pls_composite" -> EcsiReference.estimate("ecsi_pls", Measurement.COMPOSITE_MODE_A, defaults);
            default -> EcsiReference.estimate("ecsi_pls", Measurement.REFLECTIVE, defaults);
        };
    }

    @Test
    void plsCommonFactorVariant() {
        check("pls", SrmrForm.COMMON_FACTOR);
    }

    @Test
    void plsCompositeVariant() {
        check("pls_composite", SrmrForm.COMPOSITE);
    }

    @Test
    void plscVariant() {
        check("plsc", SrmrForm.COMMON_FACTOR);
    }

    private void check(String variant, SrmrForm form) {
        PlsResult r = estimate(variant);
        JsonNode csem = ReferenceResults.json(DIR + "ecsi_csem.json").get(variant);
        JsonNode criteria = csem.get("criteria");
        EcsiReference.Deviation d = new EcsiReference.Deviation("cSEM " + variant + " estimates", TOL);
        ReferenceTable paths = ReferenceResults.table(DIR + "ecsi_" + variant + "_paths.csv"); // rows = to
        List<String> constructs = paths.rowNames();
        for (String to : constructs) {
            for (String from : constructs) {
                d.check(paths.number(to, from), r.pathCoefficients().get(from, to), from + "->" + to);
            }
        }
        for (String kind : List.of("loadings", "weights")) {
            ReferenceTable t = ReferenceResults.table(DIR + "ecsi_" + variant + "_" + kind + ".csv");
            LabeledMatrix actual = kind.equals("loadings") ? r.outerLoadings() : r.outerWeights();
            for (String c : t.rowNames()) {
                for (String item : t.header().subList(1, t.header().size())) {
                    d.check(t.number(c, item), actual.get(item, c), kind + " " + item + "/" + c);
                }
            }
        }
        criteria.get("R2").fields().forEachRemaining(e -> d.check(e.getValue().asDouble(),
                r.rSquared().get(e.getKey()), "R2 " + e.getKey()));
        criteria.get("R2_adj").fields().forEachRemaining(e -> d.check(e.getValue().asDouble(),
                r.adjustedRSquared().get(e.getKey()), "R2adj " + e.getKey()));
        if (!variant.equals("pls_composite")) {
            criteria.get("RhoC").fields().forEachRemaining(e -> d.check(e.getValue().asDouble(),
                    r.reliability().get(e.getKey()).rhoC(), "rhoC " + e.getKey()));
            criteria.get("AVE").fields().forEachRemaining(e -> d.check(e.getValue().asDouble(),
                    r.reliability().get(e.getKey()).ave(), "AVE " + e.getKey()));
            checkHtmt(criteria.get("HTMT").get("htmts"), constructs, r, d);
        }
        if (variant.equals("plsc")) {
            criteria.get("Reliability").get("Dijkstra-Henselers_rho_A").fields().forEachRemaining(e -> d.check(
                    e.getValue().asDouble(), r.reliability().get(e.getKey()).rhoA(), "rhoA " + e.getKey()));
        }
        checkFSquare(criteria.get("F2"), constructs, r, d);
        checkInnerVif(criteria.get("VIF"), variant.equals("plsc") ? r.innerVifStructural() : r.innerVif(), d);
        d.report();
        EcsiReference.Deviation srmr = new EcsiReference.Deviation("cSEM " + variant + " SRMR (" + form + ")", TOL);
        srmr.check(criteria.get("SRMR").asDouble(), r.srmr(form), "SRMR");
        srmr.check(criteria.get("SRMR").asDouble(), r.srmr(SrmrForm.AS_SPECIFIED), "SRMR as specified");
        srmr.report();
    }

    private static void checkHtmt(JsonNode htmt, List<String> constructs, PlsResult r, EcsiReference.Deviation d) {
        for (int i = 0; i < constructs.size(); i++) {
            for (int j = 0; j < i; j++) {
                d.check(htmt.get(i).get(j).asDouble(), r.htmtSigned().get(constructs.get(i), constructs.get(j)),
                        "HTMT " + constructs.get(i) + "/" + constructs.get(j));
            }
        }
    }

    /**
     * cSEM's VIF: rows the endogenous constructs with more than one predictor, columns every predictor, both in
     * cSEM's order (unnamed in the stored JSON; the order is fixed by cSEM's structural-model parsing). Under
     * PLSc cSEM takes the disattenuated construct correlations.
     */
    private static void checkInnerVif(JsonNode vif, LabeledMatrix actual, EcsiReference.Deviation d) {
        List<String> rows = List.of("Value", "Satisfaction", "Loyalty");
        List<String> columns = List.of("Expectation", "Quality", "Image", "Value", "Satisfaction", "Complaints");
        int compared = 0;
        for (int row = 0; row < rows.size(); row++) {
            for (int col = 0; col < columns.size(); col++) {
                double expected = vif.get(row).get(col).asDouble();
                double value = actual.get(columns.get(col), rows.get(row));
                if (expected == 0.0) {
                    assertTrue(Double.isNaN(value), "no path " + columns.get(col) + "->" + rows.get(row));
                } else {
                    d.check(expected, value, "inner VIF " + columns.get(col) + "->" + rows.get(row));
                    compared++;
                }
            }
        }
        assertEquals(9, compared, "cSEM lists the VIF of every one of the 9 paths into multi-predictor constructs");
    }

    /** cSEM's F2: rows = endogenous constructs in construct order, columns = all constructs. */
    private static void checkFSquare(JsonNode f2, List<String> constructs, PlsResult r, EcsiReference.Deviation d) {
        List<String> endogenous = new ArrayList<>(r.rSquared().keySet());
        endogenous.sort((a, b) -> constructs.indexOf(a) - constructs.indexOf(b));
        for (int row = 0; row < endogenous.size(); row++) {
            for (int col = 0; col < constructs.size(); col++) {
                double expected = f2.get(row).get(col).asDouble();
                double actual = r.fSquareFixedScores().get(constructs.get(col), endogenous.get(row));
                if (!Double.isNaN(actual) || expected != 0.0) {
                    d.check(expected, actual, "f2 " + constructs.get(col) + "->" + endogenous.get(row));
                }
            }
        }
    }
}
