package org.reactions.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One analysed document as it leaves an executor: the one-line JSON of the core's JSON contract, which every output
 * of the job is made from, and what the command line would say about it on standard error.
 *
 * @param index      position in the run
 * @param document   the document object of {@code documents[]}
 * @param statements the objects of {@code statements[]}, in text order
 * @param failed     whether it could not be analysed
 * @param messages   its error and warnings as lines for standard error
 */
record DocumentOutput(long index, String document, List<String> statements, boolean failed, List<String> messages)
        implements Serializable {
    DocumentOutput {
        statements = List.copyOf(statements);
        messages = List.copyOf(messages);
    }
}
