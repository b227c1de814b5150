package org.reactions.entities;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a knowledge-base holder held the office, as the brackets of the role say it: "(until October 2025)", "(from
 * March 2026)", "(killed June 2025)", "(acting, from January 2026)", "(July 2025 to August 2026)", "(until 2026)".
 * A bound that is only a month or a year covers all of it; a role without such words holds at any time.
 *
 * @param from the first day it may have held, or null for open
 * @param to   the last day it may have held, or null for open
 */
record HeldPeriod(LocalDate from, LocalDate to) {
    static final HeldPeriod ALWAYS = new HeldPeriod(null, null);

    /** a year, maybe after its month ("october 2025", "2026") */
    private static final String WHEN = "((?:" + Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|")) + ") )?(\\d{4})";
    private static final Pattern UNTIL = Pattern.compile("(?:until|killed|died|to) (?:early |late |mid-)?" + WHEN);
    private static final Pattern FROM = Pattern.compile("(?:from|since) (?:early |late |mid-)?" + WHEN + "|\\(" + WHEN + " to ");

    /** a holder who died in the office: "(killed February 2026)" */
    private static final Pattern DIED = Pattern.compile("\\((?:[^)]*\\W)?(?:killed|died)\\W");

    /**
     * The offices a role names, each as written: "National Security Adviser (until May 2025); Ambassador to the UN (from
     * September 2025)" is two; a ";" inside brackets is no separator ("(June 2025 to February 2026; killed)").
     */
    static List<String> offices(String role) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < role.length(); i++) {
            char c = role.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';' && depth == 0) {
                parts.add(role.substring(from, i).strip());
                from = i + 1;
            }
        }
        parts.add(role.substring(from).strip());
        return parts;
    }

    /** Whether the brackets of an office say that its holder died in it. */
    static boolean diedIn(String office) {
        return DIED.matcher(office.toLowerCase(Locale.ROOT)).find();
    }

    /** The period of a role as written; {@link #ALWAYS} when its brackets give none. */
    static HeldPeriod of(String role) {
        int open = role.indexOf('(');
        if (open < 0) {
            return ALWAYS;
        }
        String brackets = role.substring(open).toLowerCase(Locale.ROOT);
        Matcher until = UNTIL.matcher(brackets);
        Matcher from = FROM.matcher(brackets);
        LocalDate to = until.find() ? last(until.group(1), until.group(2)) : null;
        LocalDate first = from.find() ? (from.group(2) != null ? first(from.group(1), from.group(2)) : first(from.group(3), from.group(4))) : null;
        return new HeldPeriod(first, to);
    }

    /** Whether the office may have been held that day; an undated document asks about today, so an ended one is not. */
    boolean holds(LocalDate day) {
        if (day == null) {
            return to == null;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate first(String month, String year) {
        return month == null ? LocalDate.of(Integer.parseInt(year), 1, 1) : YearMonth.of(Integer.parseInt(year), month(month)).atDay(1);
    }

    private static LocalDate last(String month, String year) {
        return month == null ? LocalDate.of(Integer.parseInt(year), 12, 31) : YearMonth.of(Integer.parseInt(year), month(month)).atEndOfMonth();
    }

    private static Month month(String name) {
        return Month.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
