package dev.extract.bench;

import java.util.List;
import java.util.Random;

/**
 * Writes varied, news-like articles for benchmarks: sentences from templates with names, places,
 * organisations, figures, dates and attributions drawn at random (fixed seed, so runs compare). Not
 * real news; its job is to look like news to the tagger and the rules, with no two articles alike.
 */
final class ArticleGenerator {
    private static final List<String> PEOPLE = List.of("Maria Lopez", "John Carter", "Amina Yusuf", "Olaf Scholz",
            "Keir Starmer", "Li Wei", "Fatima Khan", "Pedro Alves", "Anna Kowalska", "David Mensah", "Sarah O'Neill",
            "Hiroshi Tanaka", "Elena Petrova", "Ahmed Hassan", "Chloe Martin", "Rajesh Kumar");
    private static final List<String> ORGS = List.of("the Ministry of Finance", "Reuters", "the World Bank",
            "the European Commission", "Acme Corp", "the Bank of England", "the United Nations", "Greenpeace",
            "the Federal Reserve", "Siemens", "the Red Cross", "the Ministry of Defence", "Associated Press", "Toyota");
    private static final List<String> PLACES = List.of("London", "Nairobi", "Brazil", "Germany", "Texas", "Ukraine",
            "Japan", "Paris", "India", "Canada", "Lagos", "Poland", "Mexico City", "Australia");
    private static final List<String> CUES = List.of("said", "told reporters", "announced", "warned", "claimed",
            "estimated", "noted", "added", "insisted", "confirmed");
    private static final List<String> WHEN = List.of("on Monday", "on Thursday", "last week", "in March",
            "earlier this year", "on 4 January 2024", "in 2019", "two weeks ago", "yesterday", "last year",
            "in the first quarter", "since 2010", "by the end of the year", "in September 2022");
    private static final List<String> NOUNS = List.of("jobs", "homes", "soldiers", "patients", "tonnes of grain",
            "barrels of oil", "voters", "students", "refugees", "vehicles", "flights", "trees");
    private static final List<String> TEMPLATES = List.of(
            "%P %C that %N %n had been lost %W.",
            "According to %O, %N %n were affected %W.",
            "%O %C %W that prices rose by %% over the period.",
            "\"We will not accept this,\" %P %C. \"The figures speak for themselves.\"",
            "The deal, worth %M, was signed in %L %W.",
            "%P, a spokesperson for %O, %C the plan would cost %M.",
            "Officials in %L %C about %N %n were waiting %W.",
            "%O reported a loss of %M for the year, down from %M a year earlier.",
            "Unemployment in %L fell to %% %W, %O %C.",
            "More than %N %n gathered in %L %W to protest against the decision.",
            "%P told %O that the project would take at least three years.",
            "Tens of thousands of %n left %L %W, according to %O.",
            "The company expects revenue of %M in fiscal 2025.",
            "%P has led %O since 2015 and is expected to stand again in May.",
            "In a statement, %O %C that the talks in %L had failed.");

    private final Random random;

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    String article() {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(PEOPLE)).append(" Says ").append(pick(PLACES)).append(" Talks Will Go On\n\n");
        int paragraphs = 4 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(fill(pick(TEMPLATES)));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char k = template.charAt(++i);
            switch (k) {
                case 'P' -> out.append(pick(PEOPLE));
                case 'O' -> out.append(pick(ORGS));
                case 'L' -> out.append(pick(PLACES));
                case 'C' -> out.append(pick(CUES));
                case 'W' -> out.append(pick(WHEN));
                case 'n' -> out.append(pick(NOUNS));
                case 'N' -> out.append(String.format("%,d", 100 + random.nextInt(500_000)));
                case 'M' -> out.append(money());
                case '%' -> out.append(1 + random.nextInt(30)).append('.').append(random.nextInt(10)).append('%');
                default -> out.append('%').append(k);
            }
        }
        return out.toString();
    }

    private String money() {
        return switch (random.nextInt(4)) {
            case 0 -> "$" + (1 + random.nextInt(90)) + "bn";
            case 1 -> "€" + (1 + random.nextInt(900)) + " million";
            case 2 -> "£" + (1 + random.nextInt(50)) + "." + random.nextInt(10) + "m";
            default -> "US$" + String.format("%,d", 1000 + random.nextInt(900_000));
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
