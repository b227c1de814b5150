package org.reactions.spark;

import java.io.Serializable;
import org.reactions.corpus.InputFormat;

/**
 * A document of the job as the driver lists it: a file whose bytes an executor will fetch, or a row of a dataset
 * that carries its text.
 *
 * @param index position in the run, from 0 (the order of the report)
 * @param id    document id
 * @param path  the file's path, or the dataset's with the row's number ({@code articles.parquet#12})
 * @param bytes the file's size, or -1 for a row
 * @param text  the row's text, or null for a file (or a row without text)
 * @param date   the row's {@code date} column, or null
 * @param format how the core reads it: text or a web page, as the command line reads a file of its name
 */
record InputDocument(long index, String id, String path, long bytes, String text, String date, InputFormat format)
        implements Serializable {
    static InputDocument file(long index, String id, String path, long bytes, InputFormat format) {
        return new InputDocument(index, id, path, bytes, null, null, format);
    }

    static InputDocument row(long index, String id, String path, String text, String date) {
        return new InputDocument(index, id, path, -1, text, date, InputFormat.TEXT);
    }

    boolean isFile() {
        return bytes >= 0;
    }
}
