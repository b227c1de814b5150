package org.reactions.corpus;

/**
 * How the documents of a run are read.
 *
 * @param maxDocumentBytes a document (a file, or one article of a feed) larger than this is skipped with an error
 * @param declaredFormat   the format of standard input, and of files whose extension is not one the tool knows
 * @param fields           the names of a feed's fields
 * @param boilerplate      what marks the boilerplate of a web page, loaded once for the run
 */
public record CorpusOptions(long maxDocumentBytes, InputFormat declaredFormat, FeedFields fields, HtmlBoilerplate boilerplate) {
    public static CorpusOptions defaults(long maxDocumentBytes, HtmlBoilerplate boilerplate) {
        return new CorpusOptions(maxDocumentBytes, InputFormat.TEXT, FeedFields.DEFAULT, boilerplate);
    }
}
