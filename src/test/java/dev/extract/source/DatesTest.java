package dev.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication times as sources write them, and values that are no date. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-19|2019-11-19",
        "2019-11-19T14:03:00-05:00|2019-11-19",   // the date as written, in the writer's zone
        "2019-11-19T23:30:00+09:00|2019-11-19",
        "2019-11-19T13:03:00.000Z|2019-11-19",
        "2019-11-19 02:24:47|2019-11-19",
        "20191119|2019-11-19",
        "20191119T140300Z|2019-11-19",            // GDELT seendate
        "'Tue, 19 Nov 2019 14:03:00 GMT'|2019-11-19",
        "1574172180|2019-11-19",                  // Unix seconds
        "1574172180000|2019-11-19",               // Unix milliseconds
    })
    void reads(String value, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-13-01", "2019-02-30", "19/11/2019", "Nov 2019", "12345", "2019"})
    void refuses(String value) {
        assertNull(Dates.parse(value));
    }
}
