package org.reactions.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Builds {@code speech-verbs-inventory.tsv} from VerbNet 3.4: the members of the classes of
 * {@code verbnet-classes.tsv}, each with all its inflected forms (regular ones generated, irregular ones from
 * WordNet's {@code verb.exc}). Run once by hand:
 *
 * <pre>
 * java -cp target/test-classes org.reactions.tools.VerbNetConverter VERBNET-3.4-DIRECTORY VERB.EXC VERBNET-COMMIT WORDNET-COMMIT src/main/resources/reactions/lexicon/speech-verbs-inventory.tsv
 * </pre>
 */
public final class VerbNetConverter {
    static final String CLASSES = "/org/reactions/tools/verbnet-classes.tsv";

    private static final String HEADER = """
            # Speech and judgement verbs of VerbNet 3.4 (github.com/cu-clear/verbnet, directory verbnet3.4, commit
            # %s), members of the classes listed below, with all inflected forms: regular ones generated, irregular
            # ones from WordNet's verb.exc (the WordNet dict/ kept in github.com/Noahs-ARK/semafor, commit %s).
            # Built by org.reactions.tools.VerbNetConverter. Classes: %s.
            # VerbNet licence, reproduced as it requires:
            #   VerbNet 3.0 License (also applies to VerbNet 3.X versions). Permission to use, copy, modify and
            #   distribute this software and database and its documentation for any purpose and without fee or
            #   royalty is hereby granted, provided that you agree to comply with the following copyright notice and
            #   statements, including the disclaimer, and that the same appear on ALL copies of the software,
            #   database and documentation, including modifications that you make for internal use or for
            #   distribution. VerbNet 3.0 (or 3.X) Copyright 2009 by University of Colorado. All rights reserved.
            #   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND THE UNIVERSITY OF COLORADO MAKES NO
            #   REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, UNIVERSITY
            #   OF COLORADO MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR
            #   PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY
            #   THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of University of Colorado or CU
            #   may not be used in advertising or publicity pertaining to distribution of the software and/or
            #   database. Title to copyright in this software, database and any associated documentation shall at
            #   all times remain with University of Colorado and LICENSEE agrees to preserve same.
            #   Kipper, Korhonen, Ryant, Palmer: A Large-scale Classification of English Verbs, Language Resources
            #   and Evaluation Journal 42(1), pp. 21-40, 2008.
            # WordNet licence: see SOURCES.md (WordNet Copyright by Princeton University; permission to use, copy,
            # modify and distribute with its copyright notice and disclaimer, reproduced there).
            # source counts: members=%d (of %d classes and subclasses); lemmas written=%d
            # lemma: the member ("speak out"); forms: every form of its verb word; after: the words that follow
            # the verb in a multi-word member ('-' when none); classes: the (sub)classes that list it.
            # lemma	forms	after	classes
            """;

    private VerbNetConverter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: VerbNetConverter VERBNET-DIR VERB.EXC VERBNET-COMMIT WORDNET-COMMIT OUTPUT");
            System.exit(2);
        }
        System.out.println(convert(Path.of(args[0]), Path.of(args[1]), args[2], args[3], Path.of(args[4]), classes()));
    }

    /** @return the header's count line */
    static String convert(Path verbnet, Path exceptions, String verbnetCommit, String wordnetCommit, Path output,
                          List<String> classes) throws IOException, ParserConfigurationException, SAXException {
        Map<String, Set<String>> classesOf = new TreeMap<>();
        int[] counts = new int[2];
        DocumentBuilder builder = builder();
        for (String id : classes) {
            Path file = verbnet.resolve(id + ".xml");
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("no VerbNet class file " + file);
            }
            collect(builder.parse(file.toFile()).getDocumentElement(), classesOf, counts);
        }
        Map<String, List<String>> irregular = irregularForms(exceptions);
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Set<String>> member : classesOf.entrySet()) {
            String[] words = member.getKey().split("_");
            String verb = words[0];
            String after = words.length == 1 ? "-" : String.join(" ", List.of(words).subList(1, words.length));
            rows.add(String.join("\t", String.join(" ", words), String.join("|", forms(verb, irregular)), after,
                    String.join("|", member.getValue())));
        }
        String countLine = "# source counts: members=" + counts[0] + " (of " + counts[1] + " classes and subclasses); lemmas written=" + rows.size();
        String header = String.format(HEADER, verbnetCommit, wordnetCommit, String.join(", ", classes), counts[0],
                counts[1], rows.size());
        rows.add(0, header.stripTrailing());
        Files.write(output, rows, StandardCharsets.UTF_8);
        return countLine;
    }

    /** Members of a class and its subclasses, with the most specific class that lists each. */
    private static void collect(Element vnClass, Map<String, Set<String>> classesOf, int[] counts) {
        counts[1]++;
        String id = vnClass.getAttribute("ID");
        for (Node child = vnClass.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            if (element.getTagName().equals("MEMBERS")) {
                for (Node m = element.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element member && member.getTagName().equals("MEMBER")) {
                        counts[0]++;
                        String name = member.getAttribute("name").toLowerCase(java.util.Locale.ROOT);
                        classesOf.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(id);
                    }
                }
            } else if (element.getTagName().equals("SUBCLASSES")) {
                for (Node s = element.getFirstChild(); s != null; s = s.getNextSibling()) {
                    if (s instanceof Element sub && sub.getTagName().equals("VNSUBCLASS")) {
                        collect(sub, classesOf, counts);
                    }
                }
            }
        }
    }

    /**
     * The regular forms of a verb, with WordNet's irregular forms in place of the regular ones they replace, and
     * for an -ize verb the British -ise forms too (news uses both spellings; VerbNet lists the American one).
     */
    static List<String> forms(String verb, Map<String, List<String>> irregular) {
        List<String> forms = new ArrayList<>(spelling(verb, irregular));
        if (verb.endsWith("ize")) {
            forms.addAll(spelling(verb.substring(0, verb.length() - 3) + "ise", irregular));
        }
        return forms;
    }

    private static Set<String> spelling(String verb, Map<String, List<String>> irregular) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(Inflection.thirdPerson(verb));
        List<String> exceptions = irregular.getOrDefault(verb, List.of());
        boolean irregularParticiple = exceptions.stream().anyMatch(f -> f.endsWith("ing"));
        boolean irregularPast = exceptions.stream().anyMatch(f -> !f.endsWith("ing") && !f.endsWith("s"));
        if (!irregularPast) {
            forms.add(Inflection.past(verb));
        }
        if (!irregularParticiple) {
            forms.add(Inflection.presentParticiple(verb));
        }
        forms.addAll(exceptions);
        return forms;
    }

    /** verb.exc: "inflected base [base...]" lines, turned into base → inflected forms. */
    static Map<String, List<String>> irregularForms(Path exceptions) throws IOException {
        Map<String, List<String>> byBase = new HashMap<>();
        for (String line : Files.readAllLines(exceptions, StandardCharsets.UTF_8)) {
            String[] words = line.strip().split(" ");
            for (int i = 1; i < words.length; i++) {
                if (!words[0].contains("_")) {
                    byBase.computeIfAbsent(words[i], k -> new ArrayList<>()).add(words[0]);
                }
            }
        }
        return byBase;
    }

    static List<String> classes() throws IOException {
        List<String> classes = new ArrayList<>();
        try (InputStream in = VerbNetConverter.class.getResourceAsStream(CLASSES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    classes.add(line.split("\t")[0]);
                }
            }
        }
        return classes;
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
