package org.reactions.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reactions.render.ContractTypes;

/**
 * Spark column types for the objects of the JSON contract, read from its JSON Schema
 * ({@code schema/reactions-v1.schema.json}, which the build puts in the job jar): a field added to the contract is a
 * Parquet column, in the contract's order, with no change here.
 */
final class ContractSchema {
    static final String RESOURCE = "/schema/reactions-v1.schema.json";
    private static final JsonNode SCHEMA = load();

    private ContractSchema() {
    }

    /** The columns of one object of the contract, {@code statement} or {@code document} (a key of {@code $defs}). */
    static StructType of(String definition) {
        JsonNode object = SCHEMA.path("$defs").path(definition);
        if (object.isMissingNode()) {
            throw new IllegalStateException(RESOURCE + " defines no '" + definition + "'");
        }
        return struct(object);
    }

    private static StructType struct(JsonNode object) {
        StructType struct = new StructType();
        Iterator<Map.Entry<String, JsonNode>> properties = resolve(object).path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            struct = struct.add(property.getKey(), type(property.getValue()));
        }
        return struct;
    }

    private static DataType type(JsonNode property) {
        JsonNode node = resolve(property);
        String type = ContractTypes.type(node);
        return switch (type) {
            case "string" -> DataTypes.StringType;
            case "integer" -> DataTypes.IntegerType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            case "array" -> DataTypes.createArrayType(type(node.path("items")));
            case "object" -> struct(node);
            default -> throw new IllegalStateException(RESOURCE + ": no column type for JSON type '" + type + "'");
        };
    }

    private static JsonNode resolve(JsonNode node) {
        return ContractTypes.resolve(SCHEMA, node);
    }

    private static JsonNode load() {
        try (InputStream in = ContractSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the job jar");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
