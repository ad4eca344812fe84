/**
 * Readers for the inputs people have besides plain text: saved web pages (jsoup), JSON and JSON Lines
 * feeds, CSV/TSV, web archives (jwarc), gzip; and the sniffing that tells them apart and refuses formats
 * the tool cannot read (PDF, office documents, images, archives). Each turns an input into
 * {@link dev.extract.source.SourceText}s; nothing here knows of the command line.
 */
package dev.extract.source;
