package org.reactions.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the paths a user gives into the documents of a run: a directory stands for its {@code *.txt} files
 * (sorted by name, so the result does not depend on the file system's listing order), a file for itself,
 * and {@code -} for standard input. Nothing is read here.
 *
 * @param documents the documents, in the order they will be reported
 * @param problems  one-line messages for arguments that yield no document (an empty directory, say)
 */
public record CorpusListing(List<DocumentSource> documents, List<String> problems) {

    public static CorpusListing of(List<String> arguments) {
        List<DocumentSource> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> idUses = new HashMap<>();
        for (String argument : arguments) {
            if (DocumentSource.STDIN.equals(argument)) {
                documents.add(new DocumentSource(uniqueId("stdin", idUses), argument));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<Path> texts = listTexts(path, argument, problems);
                if (texts != null && texts.isEmpty()) {
                    problems.add(argument + ": directory holds no .txt files");
                }
                for (Path text : texts == null ? List.<Path>of() : texts) {
                    documents.add(new DocumentSource(uniqueId(idOf(text), idUses), text.toString()));
                }
            } else {
                // a missing or unreadable file is still a document of the run: reading it reports the error
                documents.add(new DocumentSource(uniqueId(idOf(path), idUses), argument));
            }
        }
        return new CorpusListing(List.copyOf(documents), List.copyOf(problems));
    }

    private static List<Path> listTexts(Path directory, String argument, List<String> problems) {
        List<Path> texts = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.txt")) {
            for (Path entry : stream) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    texts.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add(argument + ": cannot list directory (" + DocumentReader.reason(e) + ")");
            return null;
        }
        texts.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return texts;
    }

    /** A document's id: its file name without the extension. */
    public static String idOf(Path path) {
        Path name = path.getFileName();
        String file = name == null ? path.toString() : name.toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Two files may share a name in different directories; ids must stay unique for statement ids. */
    public static String uniqueId(String id, Map<String, Integer> uses) {
        int n = uses.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "~" + n;
    }
}
