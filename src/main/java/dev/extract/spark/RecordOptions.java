package dev.extract.spark;

import dev.extract.FactKind;
import dev.extract.cli.JsonlRecords;
import dev.extract.source.FieldNames;
import dev.extract.cli.TextDecoder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The per-record options of a job in plain values, so that the driver can ship them to the executors;
 * each executor builds its {@link JsonlRecords} from them once. Null fields mean the CLI's defaults.
 */
record RecordOptions(int maxChars, String textField, String idField, String dateField, String titleField,
                     boolean html, String only, boolean dayFirst, String referenceDate, boolean withText)
        implements Serializable {

    static RecordOptions defaults() {
        return new RecordOptions(TextDecoder.DEFAULT_MAX_CHARS, null, null, null, null, false, null, false, null, false);
    }

    /** Checks the values on the driver, so that a mistake stops the job before any task runs. */
    RecordOptions validated() {
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be at least 1");
        }
        settings();
        return this;
    }

    JsonlRecords.Settings settings() {
        EnumSet<FactKind> kinds = only == null ? EnumSet.allOf(FactKind.class) : EnumSet.copyOf(FactKind.parseList(only));
        LocalDate reference = null;
        if (referenceDate != null) {
            reference = LocalDate.parse(referenceDate);
            if (reference.getYear() < 1 || reference.getYear() > 9999) {
                throw new IllegalArgumentException("--reference-date must be a date as YYYY-MM-DD (years 0001 to 9999)");
            }
        }
        FieldNames fields = new FieldNames(textField, idField, dateField, titleField, html);
        return new JsonlRecords.Settings(maxChars, fields, kinds, dayFirst, reference, withText);
    }
}
