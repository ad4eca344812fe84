package dev.extract.figures;

record Per(int first, int last) {
}
