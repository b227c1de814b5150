package org.reactions.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DayCount;

/**
 * A country's timeline in the HTML report: an inline SVG bar chart of statements per day, every country's on the
 * same days and the same height scale so that they compare at a glance; undated documents' statements are said
 * beside it, not drawn.
 */
final class TimelineChart {
    /** the plot's size, and the margins left for the axes' labels */
    private static final int WIDTH = 600;
    private static final int HEIGHT = 60;
    private static final int LEFT = 30;
    private static final int BOTTOM = 16;
    /** a bar is never wider than this, so that one day is a bar, not the whole plot */
    private static final double WIDEST_BAR = 24;

    /** The days and height that every country's chart shares. */
    record Scale(LocalDate first, LocalDate last, int maxStatements) {
        static Scale of(List<CountrySummary> countries) {
            LocalDate first = null;
            LocalDate last = null;
            int max = 0;
            for (CountrySummary c : countries) {
                for (DayCount day : c.timeline()) {
                    if (day.date() != null) {
                        first = first == null || day.date().isBefore(first) ? day.date() : first;
                        last = last == null || day.date().isAfter(last) ? day.date() : last;
                        max = Math.max(max, day.statements());
                    }
                }
            }
            return new Scale(first, last, max);
        }

        int days() {
            return first == null ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    private TimelineChart() {
    }

    static String html(CountrySummary country, Scale scale) {
        StringBuilder b = new StringBuilder();
        int dated = 0;
        int undated = 0;
        for (DayCount day : country.timeline()) {
            dated += day.date() == null ? 0 : day.statements();
            undated += day.date() == null ? day.statements() : 0;
        }
        if (dated > 0) {
            b.append("<p class=\"chart-title\">Statements per day, by the date of their documents (")
                    .append(scale.days() == 1 ? scale.first().toString() : scale.first() + " to " + scale.last()).append(")</p>\n");
            chart(b, country, scale);
            b.append("<p class=\"legend\"><span class=\"swatch\"></span> statements on a day; the height runs from 0 to ")
                    .append(scale.maxStatements()).append(", the most of any country on any day</p>\n");
        } else if (undated > 0) {
            b.append("<p class=\"muted\">No timeline: none of these documents is dated.</p>\n");
        }
        if (undated > 0) {
            b.append("<p class=\"muted\">").append(undated).append(" statements in documents without a date.</p>\n");
        }
        return b.toString();
    }

    /** The bars, on the days and height scale every country shares, with the axes and their labels. */
    private static void chart(StringBuilder b, CountrySummary country, Scale scale) {
        double slot = (double) WIDTH / scale.days();
        double bar = Math.min(WIDEST_BAR, Math.max(1, slot - 1));
        b.append("<svg class=\"timeline\" data-country=\"").append(country.code()).append("\" viewBox=\"0 0 ").append(LEFT + WIDTH).append(' ')
                .append(HEIGHT + BOTTOM).append("\" width=\"").append(LEFT + WIDTH).append("\" height=\"").append(HEIGHT + BOTTOM)
                .append("\" role=\"img\" aria-label=\"statements per day\">\n<g transform=\"translate(").append(LEFT).append(",0)\">\n");
        for (DayCount day : country.timeline()) {
            if (day.date() == null) {
                continue;
            }
            double height = (double) HEIGHT * day.statements() / scale.maxStatements();
            double x = slot * ChronoUnit.DAYS.between(scale.first(), day.date()) + (slot - bar) / 2;
            b.append(String.format(java.util.Locale.ROOT,
                    "<rect data-date=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3d6fc4\"><title>%s: %d statements</title></rect>%n",
                    day.date(), x, HEIGHT - height, bar, height, day.date(), day.statements()));
        }
        b.append("<line x1=\"0\" y1=\"").append(HEIGHT).append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(HEIGHT)
                .append("\" stroke=\"#8a93a8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"").append(HEIGHT).append("\" stroke=\"#8a93a8\"/>\n")
                .append("<text x=\"-4\" y=\"9\" font-size=\"10\" text-anchor=\"end\">").append(scale.maxStatements()).append("</text>")
                .append("<text x=\"-4\" y=\"").append(HEIGHT).append("\" font-size=\"10\" text-anchor=\"end\">0</text>\n");
        if (scale.days() == 1) {
            b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT + 12).append("\" font-size=\"10\" text-anchor=\"middle\">")
                    .append(scale.first()).append("</text>\n");
        } else {
            b.append("<text x=\"0\" y=\"").append(HEIGHT + 12).append("\" font-size=\"10\">").append(scale.first()).append("</text>")
                    .append("<text x=\"").append(WIDTH).append("\" y=\"").append(HEIGHT + 12).append("\" font-size=\"10\" text-anchor=\"end\">")
                    .append(scale.last()).append("</text>\n");
        }
        b.append("</g>\n</svg>\n");
    }
}
