package dev.extract.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page (troff, section 1) made from the same command model as --help, so the two cannot
 * disagree. The distribution installs it as share/man/man1/extract.1.
 */
final class ManPage {
    private ManPage() {
    }

    static String of(CommandSpec spec, String version) {
        StringBuilder m = new StringBuilder();
        m.append(".TH EXTRACT 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        m.append(".SH NAME\nextract \\- read news articles and write verifiable fact sheets\n");
        m.append(".SH SYNOPSIS\n.B extract\n[\\fIOPTIONS\\fR] [\\fIINPUT\\fR...]\n");
        m.append(".SH DESCRIPTION\n");
        for (String paragraph : spec.usageMessage().description()) {
            if (!paragraph.isBlank()) {
                m.append(".PP\n").append(escape(paragraph)).append('\n');
            }
        }
        m.append(".SH OPTIONS\n");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            m.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR...\n")
                    .append(escape(String.join(" ", p.description()))).append('\n');
        }
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                option(m, o);
            }
        }
        m.append(".SH EXIT STATUS\n");
        spec.usageMessage().exitCodeList().forEach((code, meaning) ->
                m.append(".TP\n").append(code.strip()).append('\n').append(escape(meaning)).append('\n'));
        m.append(".SH EXAMPLES\n.nf\n");
        for (String line : spec.usageMessage().footer()) {
            m.append(escape(line.strip())).append('\n');
        }
        m.append(".fi\n.SH SEE ALSO\nThe README of the distribution: output fields, formats and how the rules work.\n");
        return m.toString();
    }

    private static void option(StringBuilder m, OptionSpec o) {
        m.append(".TP\n");
        List<String> names = List.of(o.names());
        for (int i = 0; i < names.size(); i++) {
            m.append(i > 0 ? ", " : "").append("\\fB").append(escape(names.get(i))).append("\\fR");
        }
        if (o.arity().max() > 0) {
            m.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        m.append('\n').append(escape(String.join(" ", o.description())
                .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())))).append('\n');
    }

    // Backslashes and hyphens escaped; a line must not start with a control character.
    private static String escape(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

}
