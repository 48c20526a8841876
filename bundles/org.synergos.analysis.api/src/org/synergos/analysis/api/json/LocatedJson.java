package org.synergos.analysis.api.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON value that remembers the line it starts on, so that every complaint an engine makes about its
 * configuration file (a plugin's hierarchy or subsystem file, say) can name the file, the line and the element.
 * Jackson's tree model forgets locations; its streaming parser keeps them, so the tree is built here from the
 * parser's tokens. Since 1.1.
 */
public final class LocatedJson {

    /** Kinds of JSON value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, OTHER }

    private final Kind kind;
    private final int line;
    private final Map<String, LocatedJson> members;
    private final List<LocatedJson> items;
    private final String text;
    private final double number;

    private LocatedJson(Kind kind, int line, Map<String, LocatedJson> members, List<LocatedJson> items, String text,
            double number) {
        this.kind = kind;
        this.line = line;
        this.members = members;
        this.items = items;
        this.text = text;
        this.number = number;
    }

    /** Reads a whole file; syntax errors and duplicate keys are reported with the file and line. */
    public static LocatedJson read(Path file) throws JsonFileException {
        JsonFactory factory = JsonFactory.builder().build();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == null) {
                throw new JsonFileException(file, 1, "the file is empty");
            }
            LocatedJson root = value(parser);
            if (parser.nextToken() != null) {
                throw new JsonFileException(file, line(parser), "unexpected content after the top-level object");
            }
            return root;
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new JsonFileException(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new JsonFileException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static LocatedJson value(JsonParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
        case START_OBJECT: {
            Map<String, LocatedJson> members = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                members.put(name, value(parser));
            }
            return new LocatedJson(Kind.OBJECT, line, members, List.of(), null, Double.NaN);
        }
        case START_ARRAY: {
            List<LocatedJson> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser));
            }
            return new LocatedJson(Kind.ARRAY, line, Map.of(), items, null, Double.NaN);
        }
        case VALUE_STRING:
            return new LocatedJson(Kind.STRING, line, Map.of(), List.of(), parser.getText(), Double.NaN);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
            return new LocatedJson(Kind.NUMBER, line, Map.of(), List.of(), parser.getText(), parser.getDoubleValue());
        default:
            return new LocatedJson(Kind.OTHER, line, Map.of(), List.of(), parser.getText(), Double.NaN);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** Members of an object, in file order. */
    public Map<String, LocatedJson> members() {
        return members;
    }

    public LocatedJson member(String name) {
        return members.get(name);
    }

    public List<LocatedJson> items() {
        return items;
    }

    /** The literal text of a scalar (a string's content, a number as written). */
    public String text() {
        return text;
    }

    public double number() {
        return number;
    }

    /** How the value reads in a message: the literal of a scalar, else its kind. */
    public String describe() {
        return switch (kind) {
        case STRING -> "\"" + text + "\"";
        case NUMBER, OTHER -> text;
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        };
    }
}
