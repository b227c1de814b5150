package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.entities.KnownActor;
import org.reactions.knowledge.CountryCode;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * The actors: every actor of the knowledge base, and every actor the corpus named (countries, people learned from a
 * title or appositive, unnamed officials, unknown names), with how often they were named, most named first.
 */
public final class ActorListWriter implements ReportWriter {
    /** The list formats. */
    public enum Style { TEXT, JSON, JSONL, CSV, MARKDOWN }

    private static final List<String> COLUMNS = List.of("name", "type", "country", "role", "official", "source", "mentions");

    private final Writer out;
    private final Style style;
    private final Ansi ansi;
    private final Set<CountryCode> countries;
    private final ActorKnowledgeBase kb;
    private final Map<Actor, Integer> mentions = new LinkedHashMap<>();
    private final CsvCells cells;
    /** whether only the actors the documents name are listed, not the knowledge base's others */
    private final boolean foundOnly;

    /**
     * @param countries only actors of these countries, or every actor when empty
     * @param foundOnly only the actors the documents name (not those of the knowledge base they never name)
     */
    public ActorListWriter(Writer out, Style style, Ansi ansi, ActorKnowledgeBase kb, Set<CountryCode> countries, CsvCells cells, boolean foundOnly) {
        this.foundOnly = foundOnly;
        this.out = out;
        this.cells = cells;
        this.style = style;
        this.ansi = ansi;
        this.countries = countries;
        this.kb = kb;
        for (KnownActor known : kb.actors()) {
            mentions.put(known.actor(), 0);
        }
    }

    @Override
    public void document(DocumentResult result) {
        result.actors().forEach((actor, n) -> mentions.merge(actor, n, Integer::sum));
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        List<Map.Entry<Actor, Integer>> rows = new ArrayList<>();
        for (Map.Entry<Actor, Integer> e : mentions.entrySet()) {
            if ((countries.isEmpty() || (e.getKey().country() != null && countries.contains(e.getKey().country()))) && (!foundOnly || e.getValue() > 0)) {
                rows.add(e);
            }
        }
        rows.sort(Comparator.comparing((Map.Entry<Actor, Integer> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().name())
                .thenComparing(e -> String.valueOf(e.getKey().country()))
                .thenComparing(e -> e.getKey().type()));
        switch (style) {
            case TEXT -> text(rows);
            case MARKDOWN -> markdown(rows);
            case CSV -> csv(rows);
            case JSON, JSONL -> json(rows);
        }
        out.flush();
    }

    /** How the tool knows the actor; for an actor of an --actors file, that file. */
    private String source(Actor actor) {
        return kb.userFile(actor).orElseGet(() -> actor.origin().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private void text(List<Map.Entry<Actor, Integer>> rows) throws IOException {
        for (Map.Entry<Actor, Integer> e : rows) {
            Actor a = e.getKey();
            out.write(String.format("%6d  %-2s  %-11s %s%s%s%n", e.getValue(), a.country() == null ? "-" : a.country(), a.type().label(),
                    ansi.bold(a.name()), a.role() == null ? "" : " (" + a.role() + ")",
                    ansi.dim(" [" + source(a) + (a.official() ? "" : ", not official") + "]")));
        }
    }

    private void markdown(List<Map.Entry<Actor, Integer>> rows) throws IOException {
        out.write("| mentions | country | type | name | role | official | source |\n| ---: | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<Actor, Integer> e : rows) {
            Actor a = e.getKey();
            out.write("| " + e.getValue() + " | " + (a.country() == null ? "" : a.country()) + " | " + a.type().label() + " | "
                    + a.name().replace("|", "\\|") + " | " + (a.role() == null ? "" : a.role().replace("|", "\\|")) + " | "
                    + (a.official() ? "yes" : "no") + " | " + source(a) + " |\n");
        }
    }

    private void csv(List<Map.Entry<Actor, Integer>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter writer = CsvReportWriter.csvMapper().writer(schema.build()).writeValues(out)) {
            for (Map.Entry<Actor, Integer> e : rows) {
                Actor a = e.getKey();
                writer.write(cells.row(Arrays.asList(a.name(), a.type().label(), a.country() == null ? "" : a.country().value(),
                        a.role() == null ? "" : a.role(), a.official() ? "yes" : "no", source(a), Integer.toString(e.getValue()))));
            }
        }
    }

    private void json(List<Map.Entry<Actor, Integer>> rows) throws IOException {
        if (style == Style.JSONL) {
            for (Map.Entry<Actor, Integer> e : rows) {
                try (JsonGenerator g = JsonFormat.compact(out)) {
                    actor(g, e.getKey(), e.getValue());
                }
                out.write('\n');
            }
            return;
        }
        try (JsonGenerator g = JsonFormat.pretty(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeArrayFieldStart("actors");
            for (Map.Entry<Actor, Integer> e : rows) {
                actor(g, e.getKey(), e.getValue());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private void actor(JsonGenerator g, Actor a, int mentions) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        g.writeStringField("type", a.type().label());
        g.writeStringField("country", CountryCode.text(a.country()));
        g.writeStringField("role", a.role());
        g.writeBooleanField("official", a.official());
        g.writeStringField("source", source(a));
        g.writeNumberField("mentions", mentions);
        g.writeEndObject();
    }

    @Override
    public void close() {
        // the output target closes the stream
    }
}
