package dev.extract.claims;

import dev.extract.lang.Coded;

/** The named word sets of grammar-words.tsv that the claim patterns test. */
enum WordSet implements Coded {
    /** Forms of "be": after them a participle is passive ("is thought"), before -ing progressive. */
    BE("be"),
    /** Future auxiliaries: "will announce" reports nothing yet. */
    FUTURE("future"),
    /** Modals: "critics would call them …" is a hypothetical. */
    MODAL("modal"),
    /** Negation: "did not say" states nothing. */
    NEGATION("negation"),
    /** Words before a time word that belong to it ("on Thursday", "this morning"). */
    TIME_PREPS("timePreps"),
    /** Forms of have and do that act as auxiliaries when tagged VERB. */
    AUX_VERBS("auxVerbs"),
    /** Auxiliaries of the perfect: after them a form in -s is a noun ("has plans"). */
    PERFECT_AUX("perfectAux"),
    /** Words that open "Asked whether …" as a clause with no asker. */
    ASKED_OPENERS("askedOpeners"),
    /** What joins a gerund cue to the clause whose subject speaks ("by saying", ", claiming"). */
    GERUND_LINKS("gerundLinks"),
    /** Prepositions that open an absolute phrase whose subject speaks ("with 30 percent saying …"). */
    ABSOLUTE_OPENERS("absoluteOpeners"),
    /** Coordinators that join a second verb or clause to the first. */
    COORDINATORS("coordinators"),
    /** After "that" these open a condition, not a question. */
    CONDITION_OPENERS("conditionOpeners"),
    /** Words before a speaker whose cue's content lacks its subject ("what the senators said was …"). */
    GAP_OPENERS("gapOpeners"),
    /** Words that open an embedded question ("asked whether …", "did not say how many …"). */
    WH_COMPLEMENT("whComplement"),
    /** Demonstratives: "according to this" names no source. */
    DEMONSTRATIVES("demonstratives"),
    /** Possessive pronouns owning a cue noun ("according to his estimates"). */
    POSSESSIVE_PRONOUNS("possessivePronouns"),
    /** Prepositions that introduce the source after a cue noun ("estimates by the IMF"). */
    AGENT_PREPS("agentPreps"),
    /** The say-verbs that attribute in a title-case headline ("Obama Says …"). */
    HEADLINE_SAY("headlineSay"),
    /** Words that join a post-posed speaker to its complement or second title. */
    SPEAKER_LINKS("speakerLinks"),
    /** Words before a cue noun that make it part of a relative clause or an infinitive. */
    NOT_BEFORE_CUE_NOUN("notBeforeCueNoun"),
    /** Subject pronouns that open a clause of their own after ", and". */
    SUBJECT_PRONOUNS("subjectPronouns"),
    /** Words that head a share of a group before "of" ("most of them", "both of his senators"). */
    QUANTIFIERS("quantifiers"),
    /** Prepositions that join a share to its group ("of", "in" of "6 in 10 voters"). */
    PARTITIVE_PREPS("partitivePreps"),
    /** Object pronouns that name the group of a share ("most of them", "many of those"). */
    GROUP_PRONOUNS("groupPronouns"),
    /** Words that stand alone as a share of a group opening a clause ("Others say", "Another said", "Some say"). */
    BARE_SHARES("bareShares"),
    /** The word that joins an object to how it is seen ("sees Clinton as the stronger candidate"). */
    AS_WORDS("asWords"),
    /** Words that hedge a share before it ("About four in 10", "More than six in 10", "Nearly nine out of 10"). */
    SHARE_HEDGES("shareHedges"),
    /** Reporting verbs whose participle before "to be" describes and reports nothing ("said to be", "believed to have"). */
    RAISING_LEMMAS("raisingLemmas"),
    /** The infinitives after such a participle ("to be", "to have"). */
    RAISED_INFINITIVES("raisedInfinitives"),
    /** Quantifiers floated between a subject and its verb ("The senators all suggested", "They both said"). */
    FLOATING_QUANTIFIERS("floatingQuantifiers"),
    /** Words that open an insert of examples after a subject ("Other unions, including the AFL-CIO, have …"). */
    EXAMPLE_OPENERS("exampleOpeners"),
    /** After a cue that asks nothing these open what was explained, not a question ("explained how …"). */
    EXPLAINED_OPENERS("explainedOpeners"),
    /** Relative pronouns that are the subject of a cue right after a noun ("cities that support", "which reported"). */
    RELATIVE_SUBJECTS("relativeSubjects"),
    /** Prepositions that open the setting of an attribution inside its proposition ("said in a June report, …"). */
    SETTING_PREPS("settingPreps"),
    /** Words that open an aside between two pieces of one quote. */
    ASIDE_OPENERS("asideOpeners"),
    /** Words that open a relative clause set off by commas after a subject. */
    RELATIVE("relative"),
    /** Indefinite articles: after one a cue verb names rather than reports ("a group called X"). */
    INDEFINITE("indefinite"),
    /** Subordinators that open a clause holding a report ("while X said", "after X announced"); not "if": a hypothetical. */
    SUBORDINATORS("subordinators"),
    /** Words that open a condition around an attribution ("If the company announced …"): a hypothetical. */
    HYPOTHETICAL("hypothetical");

    private final String code;

    WordSet(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
