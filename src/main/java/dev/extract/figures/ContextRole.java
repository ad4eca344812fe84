package dev.extract.figures;

import dev.extract.lang.Coded;

/**
 * The role a word plays around a number: the second column of {@code context.tsv} and {@code grammar.tsv},
 * where each role is described.
 */
enum ContextRole implements Coded {
    MONTH("month"),
    YEAR_CUE("yearCue"),
    AGE_BEFORE("ageBefore"),
    PRICE_CUE("priceCue"),
    UP("up"),
    DOWN("down"),
    RANGE_TO("rangeTo"),
    RANGE_START("rangeStart"),
    NAME_WORD("nameWord"),
    FRACTION_NEXT("fractionNext"),
    DURATION_MODIFIER("durationModifier"),
    PRICE_END("priceEnd"),
    TIME_WORD("timeWord"),
    MULTIPLIER_NEXT("multiplierNext"),
    TALLY_BEFORE("tallyBefore"),
    TALLY_AFTER("tallyAfter"),
    AMOUNT_OF("amountOf"),
    IRREGULAR_PLURAL("irregularPlural"),
    MINUS_WORD("minusWord"),
    MONEY_CUE("moneyCue"),
    CURRENCY_OR_WEIGHT("currencyOrWeight"),
    NOT_PER("notPer"),
    RANGE_CUE("rangeCue"),
    STREET_WORD("streetWord"),
    EMERGENCY_NUMBER("emergencyNumber"),
    CALL_WORD("callWord"),
    NAME_SUFFIX("nameSuffix"),
    LINK_VERB("linkVerb"),
    AGENT_VERB("agentVerb"),
    MONEY_NOUN("moneyNoun"),
    YEAR_NOUN("yearNoun"),
    // grammar.tsv
    ARTICLE("article"),
    NUMBER_JOINER("numberJoiner"),
    AFTER_ARTICLE("afterArticle"),
    FRACTION_ALONE("fractionAlone"),
    FRACTION_BEFORE_SCALE("fractionBeforeScale"),
    NOT_SCALE_AFTER_DIGITS("notScaleAfterDigits"),
    BARE_ONE("bareOne"),
    MULTIPLIER_SUFFIX("multiplierSuffix"),
    MULTIPLIER_CUE("multiplierCue"),
    COMPARATIVE("comparative"),
    CHANGE_SKIP("changeSkip"),
    COUNTS_SKIP("countsSkip"),
    COMPARISON("comparison"),
    TIME_NOUN("timeNoun"),
    BACK_SKIP("backSkip"),
    AGE_PREFIX("agePrefix"),
    NOT_COUNTRY_PREFIX("notCountryPrefix"),
    MONEY_AFTER("moneyAfter"),
    CENTS_END("centsEnd"),
    AGE_AFTER("ageAfter"),
    FRACTION_NOUN("fractionNoun"),
    STANDALONE_UNIT("standaloneUnit"),
    PLURAL_ENDING("pluralEnding"),
    NOT_PLURAL_ENDING("notPluralEnding"),
    COMPARATIVE_ENDING("comparativeEnding"),
    IDIOM_COMPOUND("idiomCompound"),
    THING_COMPOUND("thingCompound"),
    NOT_COUNTED("notCounted"),
    WHEN_PREPOSITION("whenPreposition"),
    ADDRESS_AFTER("addressAfter");

    private final String code;

    ContextRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
