package dev.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The manual page is made from the same model as --help: every option and exit status is in it. */
class ManPageTest {
    @Test
    void everyVisibleOptionAndExitStatusIsDocumented() {
        CliRun r = CliRun.of("--man-page");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith(".TH EXTRACT 1 "), r.out());
        for (String option : List.of("format", "table", "skip\\-existing", "quiet", "output", "threads", "glob")) {
            assertTrue(r.out().contains("\\fB\\-\\-" + option + "\\fR"), option);
        }
        for (String status : List.of("0", "1", "2", "130", "143")) {
            assertTrue(r.out().contains(".TP\n" + status + "\n"), status);
        }
        assertTrue(!r.out().contains("man\\-page"), "the hidden option stays hidden");
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith(".") && !l.matches("\\.(TH|SH|TP|PP|B|nf|fi)\\b.*")),
                "no article text can become a troff request");
    }
}
