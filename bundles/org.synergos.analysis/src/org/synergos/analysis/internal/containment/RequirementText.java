package org.synergos.analysis.internal.containment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;

/**
 * A requirement as a plugin author wrote it: "package org.example.util [1.0.0,2.0.0)" rather than the
 * resolver's LDAP filter, which is kept for namespaces without a friendlier form.
 */
final class RequirementText {

    private static final Pattern LOWER = Pattern.compile("\\((?:version|bundle-version)>=([^)]+)\\)");
    private static final Pattern UPPER = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");

    private RequirementText() {
    }

    static String of(BundleRequirement requirement) {
        return of(requirement.getNamespace(), requirement.getDirectives().getOrDefault(Constants.FILTER_DIRECTIVE, ""));
    }

    static String of(String namespace, String filter) {
        String kind = switch (namespace) {
        case "osgi.wiring.package" -> "package";
        case "osgi.wiring.bundle" -> "bundle";
        case "osgi.ee" -> "execution environment";
        default -> null;
        };
        Matcher name = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]+)\\)").matcher(filter);
        if (kind == null || !name.find()) {
            return namespace + " " + filter;
        }
        return kind + " " + name.group(1) + range(filter);
    }

    /** " [1.0.0,2.0.0)", " [1.0.0,∞)" or "" from the filter's version bounds. */
    private static String range(String filter) {
        Matcher upper = UPPER.matcher(filter);
        String to = null;
        String rest = filter;
        if (upper.find()) {
            to = upper.group(1);
            rest = filter.substring(0, upper.start()) + filter.substring(upper.end());
        }
        Matcher lower = LOWER.matcher(rest);
        String from = lower.find() ? lower.group(1) : null;
        if (from == null && to == null) {
            return "";
        }
        return " [" + (from == null ? "0.0.0" : from) + "," + (to == null ? "∞" : to) + ")";
    }
}
