package dev.extract.figures;

/**
 * A currency written before the number at word {@code i}: the currency, the first word of the figure
 * (a country prefix: "US $5"), the word the number starts at and how many characters of it are a glued code.
 */
record CurrencyLead(Currency currency, int first, int phraseAt, int skip) {
}
