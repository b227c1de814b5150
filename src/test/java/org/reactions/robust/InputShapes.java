package org.reactions.robust;

import java.util.Locale;

/**
 * Inputs of the shapes that made earlier versions take time in the square of their size: one endless sentence
 * with a speech verb, thousands of mentions or quotation marks or pronouns in one sentence, very many paragraphs,
 * very many statements. Used by {@code LinearTimeTest} and by {@code bench/shapes.sh}
 * ({@code java -cp target/test-classes org.reactions.robust.InputShapes SHAPE N} prints one).
 */
public enum InputShapes {
    /** a scraped page without full stops: a name, a speech verb and a clause, over and over */
    LONG_SENTENCE("Lavrov said the strikes were a grave mistake and ", " "),
    /** thousands of mentions in one sentence */
    MENTIONS("Russia, China, Iran and Putin met ", " "),
    /** thousands of quotation marks in one sentence */
    QUOTES("\"We condemn it,\" Lavrov said and \"they must stop\" ", " "),
    /** a pronoun for every few words of one sentence */
    PRONOUNS("Lavrov met Wang and he said that ", " "),
    /** very many paragraphs */
    PARAGRAPHS("He said the talks would go on.", "\n"),
    /** very many statements in one document */
    STATEMENTS("Lavrov said the strikes were illegal. \"We warn against escalation,\" he added.", "\n");

    private final String unit;
    private final String separator;

    InputShapes(String unit, String separator) {
        this.unit = unit;
        this.separator = separator;
    }

    /** The shape with n repetitions of its unit. */
    public String text(int n) {
        StringBuilder b = new StringBuilder(n * (unit.length() + 1));
        for (int i = 0; i < n; i++) {
            b.append(unit).append(separator);
        }
        return b.append('\n').toString();
    }

    public static void main(String[] args) {
        System.out.print(valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_')).text(Integer.parseInt(args[1])));
    }
}
