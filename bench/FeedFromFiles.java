import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the .txt files of a directory as one JSON Lines feed, one article a line: {"id", "date", "text"}, the date
 * taken from the date line, so that the feed holds the same articles as the files. Usage: FeedFromFiles DIR FEED
 */
public final class FeedFromFiles {
    private static final Pattern DATE_LINE = Pattern.compile("\\Adate (\\d{4}-\\d{2}-\\d{2})\\R");

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                ObjectNode article = json.createObjectNode().put("id", name.substring(0, name.length() - 4));
                Matcher date = DATE_LINE.matcher(text);
                if (date.find()) {
                    article.put("date", date.group(1));
                    text = text.substring(date.end());
                }
                out.write(article.put("text", text).toString());
                out.write('\n');
            }
        }
    }
}
