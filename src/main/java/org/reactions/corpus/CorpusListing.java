package org.reactions.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the paths a user gives into the documents of a run: a directory stands for the files it holds, in its
 * subdirectories too, whose extension (any case) is one the tool reads ({@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}/{@code .ndjson}, {@code .json}), sorted by relative path so that the result does not depend on the
 * file system's listing order; hidden files and directories (a leading dot) are passed over. A file stands for
 * itself, and {@code -} for standard input. Files of other kinds found in a directory are counted in one problem
 * line, never passed over silently. Nothing is read here.
 *
 * @param documents the documents (and feeds), in the order they will be reported
 * @param problems  one-line messages: arguments that yield no document (an empty directory, say), files skipped
 */
public record CorpusListing(List<DocumentSource> documents, List<String> problems) {
    static final String OTHER_KINDS = ".html, .htm, .jsonl, .ndjson or .json";

    /** The documents of the paths, standard input read as text. */
    public static CorpusListing of(List<String> arguments) {
        return of(arguments, InputFormat.TEXT);
    }

    /**
     * @param declared the format of standard input and of files named on the command line whose extension is not
     *                 one the tool knows; null when none is declared: standard input is then text, and such a file
     *                 is a feed when its content is one ({@link ContentSniffing#sniffed})
     */
    public static CorpusListing of(List<String> arguments, InputFormat declared) {
        List<DocumentSource> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> idUses = new HashMap<>();
        for (String argument : arguments) {
            if (DocumentSource.STDIN.equals(argument)) {
                documents.add(new DocumentSource(uniqueId("stdin", idUses), argument, declared == null ? InputFormat.TEXT : declared));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                listDirectory(path, argument, idUses, documents, problems);
            } else {
                // a missing or unreadable file is still a document of the run: reading it reports the error
                InputFormat named = InputFormat.ofFileName(argument);
                InputFormat format = named != null ? ContentSniffing.checked(path, argument, named, problems)
                        : declared != null ? declared : ContentSniffing.sniffed(path);
                if (named == null && declared == null && format.isFeed()) {
                    problems.add(argument + ": read as " + ContentSniffing.describe(format) + ", by its content");
                }
                documents.add(new DocumentSource(uniqueId(idOf(path), idUses), argument, format));
            }
        }
        return new CorpusListing(List.copyOf(documents), List.copyOf(problems));
    }

    /** Whether some document is a feed, whose articles are only counted as they are read. */
    public boolean hasFeeds() {
        return documents.stream().anyMatch(d -> d.format().isFeed());
    }

    private static void listDirectory(Path directory, String argument, Map<String, Integer> idUses,
                                      List<DocumentSource> documents, List<String> problems) {
        List<Path> found = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        try {
            // links are followed (a corpus is often a link to a shared folder); a loop is reported, not followed
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(directory) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file)) {
                        if (InputFormat.ofFileName(file.getFileName().toString()) != null) {
                            found.add(file);
                        } else {
                            skipped.merge(kindOf(file), 1, Integer::sum);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(file + ": links back to a directory above it; not followed");
                    } else if (file.equals(directory)) {
                        problems.add(argument + ": cannot list directory (" + DocumentReader.reason(e) + ")");
                    } else if (InputFormat.ofFileName(file.getFileName().toString()) != null) {
                        found.add(file); // reading it names the error
                    } else {
                        problems.add(file + ": cannot list directory (" + DocumentReader.reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | SecurityException e) {
            problems.add(argument + ": cannot list directory (" + DocumentReader.reason(e) + ")");
            return;
        }
        found.sort((a, b) -> relativeName(directory, a).compareTo(relativeName(directory, b)));
        if (found.isEmpty() && problems.stream().noneMatch(p -> p.startsWith(argument + ": cannot list"))) {
            problems.add(argument + ": directory holds no .txt files (nor any " + OTHER_KINDS + ")");
        }
        if (!skipped.isEmpty()) {
            int count = skipped.values().stream().mapToInt(Integer::intValue).sum();
            problems.add(argument + ": skipped " + count + (count == 1 ? " file" : " files") + " of other kinds (" + describe(skipped) + ")");
        }
        for (Path file : found) {
            String id = idOfRelative(relativeName(directory, file));
            InputFormat format = ContentSniffing.checked(file, file.toString(), InputFormat.ofFileName(file.toString()), problems);
            documents.add(new DocumentSource(uniqueId(id, idUses), file.toString(), format));
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The path below the directory, with / between its parts on every system. */
    private static String relativeName(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String kindOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "no extension";
    }

    private static String describe(Map<String, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(kind + " ×" + n));
        return String.join(", ", parts);
    }

    /**
     * The id of a file found in a listed directory: its path below the directory ({@code /} between the parts),
     * without the extension ("2026/march/wire").
     */
    public static String idOfRelative(String relativeName) {
        return withoutExtension(relativeName);
    }

    /** A document's id: its file name without the extension. */
    public static String idOf(Path path) {
        Path name = path.getFileName();
        return withoutExtension(name == null ? path.toString() : name.toString());
    }

    private static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        int slash = file.lastIndexOf('/');
        return dot > slash + 1 ? file.substring(0, dot) : file;
    }

    /** Two files may share a name in different directories; ids must stay unique for statement ids. */
    public static String uniqueId(String id, Map<String, Integer> uses) {
        int n = uses.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "~" + n;
    }
}
