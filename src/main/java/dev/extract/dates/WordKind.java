package dev.extract.dates;

import dev.extract.lang.Coded;

/**
 * The kinds of word the date Lexicon holds: the first column of {@code words.tsv}, {@code tense.tsv} and
 * {@code cues.tsv} (each file's header says what a kind is for), and the forms taken from {@code common/}
 * (month, fullmonth, verbmonth, weekday). A macro of {@code patterns.tsv} ({MONTH}) names one in capitals.
 * An unknown kind in a file fails at load with its file and line.
 */
enum WordKind implements Coded {
    AGEAFTER("ageafter"),
    AGEBEFORE("agebefore"),
    AHEAD("ahead"),
    AHEADBEFORETO("aheadbeforeto"),
    AHEADBEFOREWORD("aheadbeforeword"),
    UNTIL("until"),
    DEFERRAL("deferral"),
    ARTICLE("article"),
    ATTRIBUTENOUN("attributenoun"),
    CLOCKIDIOM("clockidiom"),
    CLOCKLEAD("clocklead"),
    CLOCKWORD("clockword"),
    HALFDAY("halfday"),
    COORDINATOR("coordinator"),
    COUNTEDFROM("countedfrom"),
    COUNTNOUN("countnoun"),
    CURRENCYBEFORE("currencybefore"),
    DATELEAD("datelead"),
    DAYAFTER("dayafter"),
    DAYIDIOM("dayidiom"),
    DEADLINE("deadline"),
    DECADEWORD("decadeword"),
    DEICTIC("deictic"),
    DETERMINER("determiner"),
    DIRECTION("direction"),
    FLOATINGHOLIDAY("floatingholiday"),
    FOCUSNOW("focusnow"),
    FROMNAMED("fromnamed"),
    FULLMONTH("fullmonth"),
    FUTURE("future"),
    GERUNDENDING("gerundending"),
    HALFWORD("halfword"),
    HOLIDAY("holiday"),
    IDIOMAFTER("idiomafter"),
    INTENTION("intention"),
    LATESTGONE("latestgone"),
    LEAD("lead"),
    LENGTHAFTER("lengthafter"),
    MOD("mod"),
    MODAL("modal"),
    MONTH("month"),
    NOTDEICTIC("notdeictic"),
    NOTPRESENTENDING("notpresentending"),
    NUMBER("number"),
    NUMBERLEAD("numberlead"),
    OLDYEARLEAD("oldyearlead"),
    ONES("ones"),
    ORDINAL("ordinal"),
    PARTOFDAY("partofday"),
    PAST("past"),
    PASTAUXILIARY("pastauxiliary"),
    PASTENDING("pastending"),
    PERCENTAFTER("percentafter"),
    PERFECT("perfect"),
    POINTREL("pointrel"),
    POSMOD("posmod"),
    PRESENT("present"),
    PRESENTENDING("presentending"),
    RATELEAD("ratelead"),
    RATEMEASURE("ratemeasure"),
    RECORDNOUN("recordnoun"),
    RECENT("recent"),
    RELATION("relation"),
    REPORTOPENER("reportopener"),
    SEASON("season"),
    SEASONLEAD("seasonlead"),
    SEASONVERB("seasonverb"),
    SETADJECTIVE("setadjective"),
    SHIFT("shift"),
    SPANLINK("spanlink"),
    SPANOPENER("spanopener"),
    SPEECHVERB("speechverb"),
    SPOKENHUNDRED("spokenhundred"),
    SPOKENZERO("spokenzero"),
    SPORT("sport"),
    STREET("street"),
    TENS("tens"),
    UNIT("unit"),
    VERBMONTH("verbmonth"),
    VIEWDAYLEAD("viewdaylead"),
    WEEKDAY("weekday"),
    WILL("will"),
    YEARENDBACK("yearendback"),
    YEARLINK("yearlink"),
    YEARNOUN("yearnoun");

    private final String code;

    WordKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
