package org.synergos.analysis.cbsem.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Test support: the options of a lavaan call (as the corpus manifest lists them, lavaan's names and values)
 * as core {@link SemOptions}; everything the call did not set stays at the core's defaults.
 */
public final class LavaanOptions {

    private LavaanOptions() {
    }

    /** The manifest's lavaan options as core options; an option this mapping does not know fails the test. */
    public static SemOptions of(JsonNode options) {
        SemOptions.Builder b = SemOptions.builder();
        List<String> partial = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode value = option.getValue();
            switch (option.getKey()) {
            case "estimator" -> b.estimator(Estimator.valueOf(value.asText()));
            case "missing" -> b.missing(switch (value.asText()) {
                case "ml", "fiml" -> MissingData.FIML;
                case "listwise" -> MissingData.LISTWISE;
                default -> throw new IllegalArgumentException("missing = " + value);
                });
            case "group" -> b.group(value.asText());
            case "std.lv" -> b.stdLv(value.asBoolean());
            case "group.equal" -> b.groupEqual(texts(value).stream()
                    .map(name -> GroupEquality.ofLavaanName(name)
                            .orElseThrow(() -> new IllegalArgumentException("group.equal " + name)))
                    .toArray(GroupEquality[]::new));
            case "group.partial" -> partial.addAll(texts(value));
            default -> throw new IllegalArgumentException("no core option for lavaan option '" + option.getKey() + "'");
            }
        }
        b.groupPartial(partial.toArray(String[]::new));
        return b.build();
    }

    /** A JSON string or array of strings as a list. */
    public static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }
}
