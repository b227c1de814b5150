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
    private static final int WIDTH = 600;
    private static final int HEIGHT = 60;

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
        int undated = 0;
        if (scale.days() > 0) {
            double slot = (double) WIDTH / scale.days();
            b.append("<svg class=\"timeline\" data-country=\"").append(country.code()).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                    .append(HEIGHT + 14).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT + 14)
                    .append("\" role=\"img\" aria-label=\"statements per day\">\n");
            for (DayCount day : country.timeline()) {
                if (day.date() == null) {
                    continue;
                }
                double height = (double) HEIGHT * day.statements() / scale.maxStatements();
                double x = slot * ChronoUnit.DAYS.between(scale.first(), day.date());
                b.append(String.format(java.util.Locale.ROOT,
                        "<rect data-date=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3d6fc4\"><title>%s: %d statements</title></rect>%n",
                        day.date(), x, HEIGHT - height, Math.max(1, slot - 1), height, day.date(), day.statements()));
            }
            b.append("<text x=\"0\" y=\"").append(HEIGHT + 12).append("\" font-size=\"10\">").append(scale.first()).append("</text>")
                    .append("<text x=\"").append(WIDTH).append("\" y=\"").append(HEIGHT + 12).append("\" font-size=\"10\" text-anchor=\"end\">")
                    .append(scale.last()).append("</text>\n</svg>\n");
        }
        for (DayCount day : country.timeline()) {
            undated += day.date() == null ? day.statements() : 0;
        }
        if (undated > 0) {
            b.append("<p class=\"muted\">").append(undated).append(" statements in documents without a date.</p>\n");
        }
        return b.toString();
    }
}
