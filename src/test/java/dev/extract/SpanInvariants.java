package dev.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks every span in an output tree: any object with integer {@code start} and {@code end} must lie
 * inside the input (code points, end exclusive, non-empty) and its {@code text} must be exactly the
 * input's code points in that range.
 */
final class SpanInvariants {
    private SpanInvariants() {
    }

    static List<String> violations(String input, JsonNode output) {
        int[] cps = input.codePoints().toArray();
        List<String> out = new ArrayList<>();
        walk("", output, cps, out);
        return out;
    }

    private static void walk(String path, JsonNode node, int[] cps, List<String> out) {
        if (node.isObject()) {
            if (node.has("start") || node.has("end")) {
                check(path, node, cps, out);
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                walk(path + "." + f, node.get(f), cps, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), cps, out);
            }
        }
    }

    private static void check(String path, JsonNode span, int[] cps, List<String> out) {
        JsonNode s = span.get("start");
        JsonNode e = span.get("end");
        JsonNode t = span.get("text");
        if (s == null || e == null || t == null || !s.isInt() || !e.isInt() || !t.isTextual()) {
            out.add(path + ": a span needs integer start, end and a text: " + span);
            return;
        }
        int start = s.asInt();
        int end = e.asInt();
        if (start < 0 || start >= end || end > cps.length) {
            out.add(path + ": offsets " + start + ".." + end + " outside 0.." + cps.length);
            return;
        }
        String slice = new String(cps, start, end - start);
        if (!slice.equals(t.asText())) {
            out.add(path + ": text '" + t.asText() + "' but input[" + start + ":" + end + "] is '" + slice + "'");
        }
    }
}
