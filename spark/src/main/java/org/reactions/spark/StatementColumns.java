package org.reactions.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reactions.render.StatementField;
import org.reactions.render.StatementFields;

/**
 * The columns of {@code statements.parquet}: the contract's statement fields ({@link StatementFields}), in their order,
 * each of the Spark type of its JSON type (every column nullable, as Spark's are), the speaker a struct.
 */
final class StatementColumns {
    static final StructType STRUCT = struct(StatementFields.ALL);

    private StatementColumns() {
    }

    private static StructType struct(List<StatementField> fields) {
        StructType struct = new StructType();
        for (StatementField field : fields) {
            struct = struct.add(field.name(), type(field));
        }
        return struct;
    }

    private static DataType type(StatementField field) {
        return switch (field.type()) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case NUMBER -> DataTypes.DoubleType;
            case STRING_ARRAY -> DataTypes.createArrayType(DataTypes.StringType);
            case OBJECT -> struct(field.parts());
        };
    }
}
