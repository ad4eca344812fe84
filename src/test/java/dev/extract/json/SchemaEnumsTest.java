package dev.extract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.extract.actors.ActorType;
import dev.extract.actors.Gender;
import dev.extract.actors.MentionKind;
import dev.extract.actors.MentionRole;
import dev.extract.claims.ClaimKind;
import dev.extract.claims.SpeakerResolution;
import dev.extract.claims.Stance;
import dev.extract.lang.Coded;
import dev.extract.text.ReferenceDateSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The enum lists of schema.json are the Java value sets: for each row of the table, the codes of the enum's
 * members equal the schema's values at that JSON pointer (a null the schema allows is not a member). A value
 * added to one side only fails here, naming the pointer and the difference.
 */
class SchemaEnumsTest {
    /**
     * JSON pointer into schema.json → the {@link Coded} enum whose codes it lists. Figure kind, qualifier
     * and change are checked beside their package-private enums (figures.FigureSchemaEnumsTest); the schema
     * enums without a Java value set yet: date type, mod, relation and granularity; source format; error code.
     */
    private static final Map<String, Class<? extends Coded>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("/$defs/article/properties/referenceDateSource", ReferenceDateSource.class);
        TABLE.put("/$defs/actor/properties/type", ActorType.class);
        TABLE.put("/$defs/actor/properties/gender", Gender.class);
        TABLE.put("/$defs/mention/properties/kind", MentionKind.class);
        TABLE.put("/$defs/mention/properties/role", MentionRole.class);
        TABLE.put("/$defs/claim/properties/kind", ClaimKind.class);
        TABLE.put("/$defs/claim/properties/speaker/oneOf/1/properties/resolution", SpeakerResolution.class);
        TABLE.put("/$defs/claim/properties/cue/oneOf/1/properties/stance", Stance.class);
    }

    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(JsonOutput.schema());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> schemaEnumsEqualTheJavaValueSets() {
        return TABLE.entrySet().stream().map(row -> DynamicTest.dynamicTest(row.getKey() + " = "
                + row.getValue().getSimpleName(), () -> check(row.getKey(), row.getValue())));
    }

    private static void check(String pointer, Class<? extends Coded> type) {
        JsonNode values = SCHEMA.at(pointer).path("enum");
        assertTrue(values.isArray(), pointer + " has no enum list in schema.json");
        TreeSet<String> inSchema = new TreeSet<>();
        values.forEach(v -> {
            if (!v.isNull()) {
                inSchema.add(v.asText());
            }
        });
        Coded[] members = type.getEnumConstants();
        assertTrue(members != null, type.getName() + " is not an enum");
        TreeSet<String> inJava = new TreeSet<>();
        Arrays.stream(members).map(Coded::code).forEach(inJava::add);
        TreeSet<String> onlySchema = new TreeSet<>(inSchema);
        onlySchema.removeAll(inJava);
        TreeSet<String> onlyJava = new TreeSet<>(inJava);
        onlyJava.removeAll(inSchema);
        assertEquals(inJava, inSchema, pointer + " vs " + type.getName() + ": only in schema.json " + onlySchema
                + ", only in Java " + onlyJava);
    }
}
