package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The Parquet columns of documents come from the contract's JSON Schema, references and nullable types resolved; those of
 * statements from the field list, which give the same columns.
 */
class ContractSchemaTest {
    @Test
    void statementColumnsFollowTheSchema() {
        StructType statement = ContractSchema.of("statement");
        assertEquals(DataTypes.StringType, statement.apply("id").dataType());            // a $ref to a string
        assertEquals(DataTypes.IntegerType, statement.apply("start").dataType());        // a $ref to an integer
        assertEquals(DataTypes.StringType, statement.apply("quote").dataType());         // ["string", "null"]
        assertEquals(DataTypes.StringType, statement.apply("mode").dataType());          // an enum
        assertEquals(DataTypes.DoubleType, statement.apply("confidence").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType), statement.apply("labels").dataType());
        assertEquals(new StructType().add("name", DataTypes.StringType).add("role", DataTypes.StringType).add("type", DataTypes.StringType),
                statement.apply("speaker").dataType());
        assertEquals("id", statement.fieldNames()[0]);
    }

    @Test
    void theStatementColumnsOfTheFieldListAreTheSchemas() {
        assertEquals(ContractSchema.of("statement"), StatementColumns.STRUCT);
    }
}
