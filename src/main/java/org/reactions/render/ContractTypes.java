package org.reactions.render;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a JSON Schema of the output contract ({@code schema/*.schema.json}) gives a property's type, read the same way
 * by the test that holds the writers to the schema and by the Spark job that makes its columns from it: a
 * {@code $ref} or a nullable {@code anyOf} stands for the definition it names, and a nullable type for its non-null
 * type.
 */
public final class ContractTypes {
    private ContractTypes() {
    }

    /**
     * The definition a property stands for: its {@code $ref} followed within {@code schema} ("#/$defs/count"), and of
     * an {@code anyOf} ({@code [X, {"type": "null"}]}, a nullable X) its first alternative that is not null.
     */
    public static JsonNode resolve(JsonNode schema, JsonNode property) {
        JsonNode resolved = property;
        while (resolved.has("$ref") || resolved.has("anyOf")) {
            resolved = resolved.has("$ref") ? schema.at(resolved.get("$ref").asText().substring(1)) // "#/$defs/count" -> "/$defs/count"
                    : firstNotNull(resolved.get("anyOf"));
        }
        return resolved;
    }

    /** The JSON type of a resolved definition: "string" for an enum, and for {@code ["string", "null"]}. */
    public static String type(JsonNode definition) {
        if (definition.has("enum")) {
            return "string";
        }
        JsonNode type = definition.path("type");
        if (type.isArray()) {
            for (JsonNode alternative : type) {
                if (!"null".equals(alternative.asText())) {
                    return alternative.asText();
                }
            }
        }
        return type.asText();
    }

    private static JsonNode firstNotNull(JsonNode alternatives) {
        for (JsonNode alternative : alternatives) {
            if (!"null".equals(alternative.path("type").asText())) {
                return alternative;
            }
        }
        throw new IllegalStateException("the schema has an anyOf of nulls only");
    }
}
