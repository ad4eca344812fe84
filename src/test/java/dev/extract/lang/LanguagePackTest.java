package dev.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguagePackTest {
    private static final Path ROOT = Path.of("src/main/resources/dev/extract/lang");

    enum Colour implements Coded {
        RED("red"), DARK_BLUE("darkBlue");

        private final String code;

        Colour(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    @Test
    void everyFileOfEveryLanguageLoadsWithItsProvenance() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("NOTICE"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md")).toList(); // README.md: the allow-list, no table
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Path rel = ROOT.relativize(file);
            String tag = rel.getName(0).toString();
            String path = rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/');
            assertFalse(LanguagePack.forTag(tag).rows(path).isEmpty(), rel + " has no rows");
        }
    }

    @Test
    void aFileWithoutSourceAndLicenceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LanguagePack.forTag("xx").rows("no-header.tsv"));
        assertTrue(e.getMessage().contains("lang/xx/no-header.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("Source:"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LanguagePack.english().rows("nowhere/none.tsv"));
        assertTrue(e.getMessage().contains("lang/en/nowhere/none.tsv"), e.getMessage());
    }

    @Test
    void anOverlayAddsItsRowsAfterTheBaseLanguage() {
        List<Row> rows = LanguagePack.forTag("xx-YY").rows("colours.tsv");
        assertEquals(List.of("red", "darkBlue", "red"), rows.stream().map(r -> r.cell(0)).toList());
        assertEquals("lang/xx-YY/colours.tsv:3", rows.get(2).where());
        assertSame(LanguagePack.forTag("xx-YY"), LanguagePack.forTag("xx-YY"));
    }

    @Test
    void aCodedCellIsReadOrRejectedWithFileAndLine() {
        List<Row> rows = LanguagePack.forTag("xx").rows("colours.tsv");
        assertEquals(Colour.DARK_BLUE, rows.get(1).coded(0, Colour.values()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows.get(1).coded(1, Colour.values()));
        assertEquals("lang/xx/colours.tsv:4: unknown value 'green' in column 2", e.getMessage());
    }
}
