package org.synergos.analysis.internal.containment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Missing requirements read as the plugin author wrote them, with the version range. */
class RequirementTextTest {

    @Test
    void packagesAndBundlesWithTheirRanges() {
        assertEquals("package org.example.missing [1.0.0,2.0.0)", RequirementText.of("osgi.wiring.package",
                "(&(osgi.wiring.package=org.example.missing)(version>=1.0.0)(!(version>=2.0.0)))"));
        assertEquals("package org.example.open [1.2.0,∞)",
                RequirementText.of("osgi.wiring.package", "(&(osgi.wiring.package=org.example.open)(version>=1.2.0))"));
        assertEquals("package org.example.any", RequirementText.of("osgi.wiring.package", "(osgi.wiring.package=org.example.any)"));
        assertEquals("bundle org.example.lib [2.0.0,3.0.0)", RequirementText.of("osgi.wiring.bundle",
                "(&(osgi.wiring.bundle=org.example.lib)(bundle-version>=2.0.0)(!(bundle-version>=3.0.0)))"));
    }

    @Test
    void otherNamespacesKeepTheirFilter() {
        assertEquals("osgi.extender (&(osgi.extender=osgi.component)(version>=1.5.0))",
                RequirementText.of("osgi.extender", "(&(osgi.extender=osgi.component)(version>=1.5.0))"));
    }
}
