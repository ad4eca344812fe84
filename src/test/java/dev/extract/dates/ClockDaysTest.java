package dev.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clock time takes its nearest day in its sentence, and finding it stays linear however many there are. */
class ClockDaysTest {

    private static ResolvedDate clock(int from) {
        return new ResolvedDate(from, from + 9, 0, new Timex("TIME", "2024-01-05T09:15", null), null, "time-hm");
    }

    private static ResolvedDate day(int from, String value) {
        return new ResolvedDate(from, from + 7, 0, new Timex("DATE", value, null), null, "weekday");
    }

    @Test
    void aClockTimeTakesTheNearestDayOfItsSentence() {
        List<ResolvedDate> found = new ArrayList<>(List.of(day(0, "2024-01-02"), clock(40), day(52, "2024-01-03")));
        ClockDays.attach(found);
        assertEquals("2024-01-03T09:15", found.get(1).timex().value());
        List<ResolvedDate> alone = new ArrayList<>(List.of(clock(40)));
        ClockDays.attach(alone);
        assertEquals("2024-01-05T09:15", alone.get(0).timex().value());
    }

    /** One sentence of n clock times and n days: 4x the dates under 8x the CPU time (quadratic work gives 16x). */
    @Test
    void manyClockTimesInOneSentenceCostLinearTime() {
        double ratio = dev.extract.Complexity.ratio(n -> {
            List<ResolvedDate> found = new ArrayList<>(2 * n);
            for (int i = 0; i < n; i++) {
                found.add(clock(40 * i));
                found.add(day(40 * i + 20, "2024-01-0" + (1 + i % 9)));
            }
            return found;
        }, 4_000, found -> ClockDays.attach(new ArrayList<>(found)));
        assertTrue(ratio < 8, "4x the dates took " + ratio + " times the CPU time");
    }
}
