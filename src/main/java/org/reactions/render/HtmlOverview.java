package org.reactions.render;

import java.util.List;
import org.reactions.stance.Label;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.RunSummary;

/**
 * The report's overview: the countries side by side, each with its statements and its stance line (with the countries
 * it aims at); then, for every label that any country has, each country's share of statements (or claims) with that
 * label, drawn on one scale of 0 to 100% so that the countries compare.
 */
final class HtmlOverview {
    private HtmlOverview() {
    }

    static String html(RunSummary summary) {
        StringBuilder b = new StringBuilder("<table id=\"overview\"><tr><th>country</th><th class=\"n\">statements</th>")
                .append("<th class=\"n\">documents</th><th>stance</th></tr>\n");
        for (CountrySummary c : summary.countries()) {
            b.append("<tr><td><a href=\"#country-").append(c.code()).append("\">").append(HtmlReportWriter.escape(c.name())).append(" (")
                    .append(c.code()).append(")</a></td><td class=\"n\">").append(c.statements()).append("</td><td class=\"n\">")
                    .append(c.documents()).append("</td><td>").append(HtmlReportWriter.escape(c.stance())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        List<Label> labels = labelsFound(summary);
        if (labels.isEmpty()) {
            return b.toString();
        }
        b.append("<p class=\"chart-title\">Share of each country's ")
                .append(summary.countsReports() ? "statements" : "claims (a statement reprinted by several outlets is one claim)")
                .append(" with each label, on one scale of 0 to 100%</p>\n<table id=\"shares\"><tr><th>label</th>");
        summary.countries().forEach(c -> b.append("<th class=\"share\">").append(HtmlReportWriter.escape(c.name())).append("</th>"));
        b.append("</tr>\n");
        for (Label label : labels) {
            b.append("<tr><td>").append(label.name()).append("</td>");
            for (CountrySummary c : summary.countries()) {
                b.append(share(c, label, summary.countsReports() ? c.statements() : c.claims()));
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /** The labels that some country's statements have, in label order. */
    static List<Label> labelsFound(RunSummary summary) {
        return summary.countries().stream().flatMap(c -> c.labels().entrySet().stream()).filter(e -> e.getValue() > 0)
                .map(java.util.Map.Entry::getKey).distinct().sorted().toList();
    }

    /** One label's share of a country's statements: its percentage over a bar on the common scale. */
    private static String share(CountrySummary country, Label label, int base) {
        int count = country.labels().getOrDefault(label, 0);
        int percent = base == 0 ? 0 : Math.round(100f * count / base);
        return "<td class=\"share\" data-country=\"" + country.code() + "\" data-label=\"" + label.name() + "\" title=\"" + count + " of " + base + "\"><span class=\"share-n\">"
                + percent + "%</span><span class=\"bar-track\"><span class=\"bar\" style=\"width:" + percent + "%\"></span></span></td>";
    }
}
