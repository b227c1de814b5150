package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DayCount;

class TimelineChartTest {
    private static final Map<Label, Integer> NO_LABELS = Map.of();

    private static CountrySummary country(CountryCode code, DayCount... days) {
        int statements = List.of(days).stream().mapToInt(DayCount::statements).sum();
        return new CountrySummary(code, code.value(), statements, days.length, List.of(), NO_LABELS, "-", List.of(), List.of(days), statements, 0);
    }

    private static DayCount day(String date, int statements) {
        return new DayCount(date == null ? null : LocalDate.parse(date), statements, statements, 1, NO_LABELS);
    }

    /** date → [x, height] of each bar. */
    private static List<String> bars(String html) {
        List<String> bars = new ArrayList<>();
        Matcher m = Pattern.compile("data-date=\"([^\"]+)\" x=\"([^\"]+)\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            bars.add(m.group(1) + " x=" + m.group(2) + " h=" + m.group(3));
        }
        return bars;
    }

    @Test
    void everyCountryIsDrawnOnTheSameDaysAndScale() {
        CountrySummary ru = country(CountryCode.of("RU"), day("2026-03-01", 4), day("2026-03-03", 2), day(null, 5));
        CountrySummary cn = country(CountryCode.of("CN"), day("2026-03-04", 1));
        TimelineChart.Scale scale = TimelineChart.Scale.of(List.of(ru, cn));
        assertEquals(4, scale.days());
        String russia = TimelineChart.html(ru, scale);
        assertEquals(List.of("2026-03-01 x=63.0 h=60.0", "2026-03-03 x=363.0 h=30.0"), bars(russia)); // 24 px bars centred in 150 px days
        assertTrue(russia.contains("<p class=\"chart-title\">Statements per day, by the date of their documents (2026-03-01 to 2026-03-04)</p>"), russia);
        assertTrue(russia.contains("text-anchor=\"end\">4</text>") && russia.contains("text-anchor=\"end\">0</text>"), "the height axis: " + russia);
        assertTrue(russia.contains("5 statements in documents without a date."), russia);
        String china = TimelineChart.html(cn, scale);
        assertEquals(List.of("2026-03-04 x=513.0 h=15.0"), bars(china));
        assertFalse(china.contains("without a date"), china);
    }

    @Test
    void withoutDatesThereIsNoChartOnlyWhy() {
        CountrySummary ir = country(CountryCode.of("IR"), day(null, 3));
        String html = TimelineChart.html(ir, TimelineChart.Scale.of(List.of(ir)));
        assertEquals("<p class=\"muted\">No timeline: none of these documents is dated.</p>\n"
                + "<p class=\"muted\">3 statements in documents without a date.</p>\n", html);
    }

    @Test
    void oneDayIsOneBarWithItsDateUnderIt() {
        CountrySummary cn = country(CountryCode.of("CN"), day("2026-03-04", 2));
        String html = TimelineChart.html(cn, TimelineChart.Scale.of(List.of(cn)));
        assertEquals(List.of("2026-03-04 x=288.0 h=60.0"), bars(html));
        assertTrue(html.contains("width=\"24.0\""), html);
        assertTrue(html.contains("text-anchor=\"middle\">2026-03-04</text>"), html);
        assertTrue(html.contains("(2026-03-04)</p>"), html);
    }
}
