package org.reactions.render;

import java.util.List;
import java.util.TreeSet;
import org.reactions.stance.Label;
import org.reactions.statements.Voice;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DayCount;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SpeakerCount;

/**
 * The form that filters the report's statements by country, label, voice, speaker and date, and searches their text. It is
 * hidden until the report's script shows it, so that a reader without script sees every statement and no dead form.
 */
final class HtmlFilters {
    private HtmlFilters() {
    }

    static String html(RunSummary summary) {
        StringBuilder b = new StringBuilder("<form id=\"filters\" hidden role=\"search\" aria-label=\"filter the statements\">\n");
        b.append("<label>Country <select name=\"country\"><option value=\"\">all</option>");
        for (CountrySummary c : summary.countries()) {
            if (c.statements() > 0) {
                b.append("<option value=\"").append(c.code()).append("\">").append(HtmlReportWriter.escape(c.name())).append("</option>");
            }
        }
        b.append("</select></label>\n<label>Label <select name=\"label\"><option value=\"\">all</option>");
        for (Label label : HtmlOverview.labelsFound(summary)) {
            b.append("<option>").append(label.name()).append("</option>");
        }
        b.append("</select></label>\n<label>Voice <select name=\"voice\"><option value=\"\">all</option>");
        for (Voice voice : Voice.values()) {
            b.append("<option>").append(voice.label()).append("</option>");
        }
        b.append("</select></label>\n<label>Speaker <input name=\"speaker\" list=\"speakers\" autocomplete=\"off\"></label><datalist id=\"speakers\">");
        TreeSet<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        summary.countries().forEach(c -> c.speakers().stream().map(SpeakerCount::name).forEach(speakers::add));
        speakers.forEach(name -> b.append("<option value=\"").append(HtmlReportWriter.escape(name)).append("\">"));
        b.append("</datalist>\n");
        List<String> days = summary.countries().stream().flatMap(c -> c.timeline().stream()).map(DayCount::date)
                .filter(java.util.Objects::nonNull).map(Object::toString).sorted().toList();
        String range = days.isEmpty() ? "" : " min=\"" + days.get(0) + "\" max=\"" + days.get(days.size() - 1) + "\"";
        b.append("<label>From <input type=\"date\" name=\"from\"").append(range).append("></label>\n<label>To <input type=\"date\" name=\"to\"")
                .append(range).append("></label>\n<label>Search <input type=\"search\" name=\"q\" placeholder=\"words in the statement\"></label>\n")
                .append("<output id=\"shown\" aria-live=\"polite\"></output>\n</form>\n");
        return b.toString();
    }
}
