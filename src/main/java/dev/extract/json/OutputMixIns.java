package dev.extract.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.extract.Article;
import dev.extract.actors.Actor;
import dev.extract.actors.Mention;
import dev.extract.claims.Claim;
import dev.extract.dates.DateMention;
import dev.extract.figures.Figure;
import dev.extract.lang.Coded;
import java.io.IOException;

/**
 * How the core records are written, kept here so that the records themselves know nothing of Jackson: which
 * optional fields are left out when unknown, and how a fixed value set is spelled. Mix-ins match the records'
 * accessors by name only, so a field that changes its Java type (a string becoming an enum) keeps its rule.
 */
final class OutputMixIns {
    private OutputMixIns() {
    }

    /** Registers every mix-in and the {@link Coded} writer on {@code mapper}. */
    static ObjectMapper register(ObjectMapper mapper) {
        SimpleModule coded = new SimpleModule("coded");
        coded.addSerializer(Coded.class, new CodedSerializer());
        return mapper.registerModule(coded)
                .addMixIn(Article.class, ArticleMixIn.class)
                .addMixIn(Actor.class, ActorMixIn.class)
                .addMixIn(Mention.class, MentionMixIn.class)
                .addMixIn(Figure.class, FigureMixIn.class)
                .addMixIn(Claim.class, ClaimMixIn.class)
                .addMixIn(Claim.Speaker.class, SpeakerMixIn.class)
                .addMixIn(DateMention.class, DateMentionMixIn.class);
    }

    /** A member of a fixed value set is written as its code, the string the data files use. */
    private static final class CodedSerializer extends JsonSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.code());
        }
    }

    /**
     * Every article record ends with the generator (which build wrote it); {@code source} and {@code text}
     * only for inputs that were not plain text.
     */
    @JsonAppend(props = @JsonAppend.Prop(value = GeneratorProperty.class, name = "generator"))
    private abstract static class ArticleMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object source();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object text();
    }

    private abstract static class ActorMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object subtype();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object country();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object gender();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object role();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object affiliation();
    }

    private abstract static class MentionMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object role();
    }

    private abstract static class FigureMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object unit();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object currency();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object qualifier();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object qualifierCue();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object counts();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object per();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object change();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object changeFrom();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object score();
    }

    private abstract static class ClaimMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object date();
    }

    private abstract static class SpeakerMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object resolution();
    }

    private abstract static class DateMentionMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object mod();
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract Object relation();
    }
}
