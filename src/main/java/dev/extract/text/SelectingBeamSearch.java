package dev.extract.text;

import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The POS tagger's beam search, with the same results as OpenNLP's {@link BeamSearch} (same queues, same
 * order of insertion, same scores), but the lowest score a step follows (the beam size's best outcome
 * score) is found in one pass over the scores. OpenNLP sorts a copy of all the scores for it, for every
 * beam of every token: a seventh of the whole extraction's time. Not thread-safe: one per tagger.
 */
final class SelectingBeamSearch extends BeamSearch {
    /** The artifact of a {@link POSModel} that holds its maximum-entropy model. */
    private static final String POS_ARTIFACT = "pos.model";
    private static final Object[] NO_CONTEXT = new Object[0];

    private final double[] probs;
    /** The best scores of the step being read, best first (a buffer of beam size). */
    private final double[] best;

    private SelectingBeamSearch(int size, MaxentModel model) {
        super(size, model);
        this.probs = new double[model.getNumOutcomes()];
        this.best = new double[size];
    }

    /**
     * A POS model like {@code pos} (same maximum-entropy model, factory, tag dictionary and beam size) whose
     * tagger searches with a {@code SelectingBeamSearch}; for one thread, as the search keeps buffers.
     */
    static POSModel posModel(POSModel pos) {
        String beam = pos.getManifestProperty(BEAM_SIZE_PARAMETER);
        int size = beam == null ? opennlp.tools.postag.POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        java.util.Map<String, String> manifest = beam == null ? java.util.Map.of() : java.util.Map.of(BEAM_SIZE_PARAMETER, beam);
        MaxentModel maxent = pos.getArtifact(POS_ARTIFACT);
        return new POSModel(pos.getLanguage(), new SelectingBeamSearch(size, maxent), manifest, pos.getFactory());
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Path> prev = new PriorityQueue<>(size);
        Queue<Path> next = new PriorityQueue<>(size);
        prev.add(Path.EMPTY);
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        for (int i = 0; i < sequence.length; i++) {
            int beams = Math.min(size, prev.size());
            for (int b = 0; b < beams && !prev.isEmpty(); b++) {
                Path top = prev.remove();
                String[] outcomes = top.outcomes();
                double[] scores = model.eval(cg.getContext(i, sequence, outcomes, context), probs);
                extend(top, i, sequence, outcomes, scores, lowestFollowed(scores), minSequenceScore, validator, next);
                if (next.isEmpty()) { // nothing good enough: every valid outcome goes on
                    extend(top, i, sequence, outcomes, scores, Double.NEGATIVE_INFINITY, minSequenceScore, validator, next);
                }
            }
            prev.clear();
            Queue<Path> swap = prev;
            prev = next;
            next = swap;
        }
        Sequence[] top = new Sequence[Math.min(numSequences, prev.size())];
        for (int k = 0; k < top.length; k++) {
            top[k] = prev.remove().sequence();
        }
        return top;
    }

    /** Adds to {@code next} each valid outcome of score at least {@code lowest} (all, at minus infinity). */
    private <T> void extend(Path top, int i, T[] sequence, String[] outcomes, double[] scores, double lowest,
            double minSequenceScore, SequenceValidator<T> validator, Queue<Path> next) {
        boolean all = lowest == Double.NEGATIVE_INFINITY;
        for (int p = 0; p < scores.length; p++) {
            if (all || scores[p] >= lowest) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, sequence, outcomes, out)) {
                    Path path = new Path(top, out, scores[p]);
                    if (path.score > minSequenceScore) {
                        next.add(path);
                    }
                }
            }
        }
    }

    /**
     * The {@code size}-th highest score (duplicates counted), or the lowest when there are fewer: the element
     * {@code max(0, n - size)} of the scores sorted ascending, in the total order of {@link Double#compare}.
     */
    private double lowestFollowed(double[] scores) {
        int kept = 0;
        for (double s : scores) {
            int at = kept < best.length ? kept : best.length;
            while (at > 0 && Double.compare(s, best[at - 1]) > 0) {
                at--;
            }
            if (at < best.length) {
                int last = Math.min(kept, best.length - 1);
                System.arraycopy(best, at, best, at + 1, last - at);
                best[at] = s;
                kept = Math.min(kept + 1, best.length);
            }
        }
        return best[kept - 1];
    }

    /**
     * A partial tagging as a link to the one it extends: extending costs one object, where OpenNLP's
     * {@link Sequence} copies its two lists (the square of the sentence's length). Scores add up and compare
     * exactly as a Sequence's do, so the queues order them the same.
     */
    private static final class Path implements Comparable<Path> {
        static final Path EMPTY = new Path();

        private final Path parent;
        private final String outcome;
        private final double prob;
        private final double score;
        private final int length;

        private Path() {
            this.parent = null;
            this.outcome = null;
            this.prob = 0;
            this.score = 0;
            this.length = 0;
        }

        Path(Path parent, String outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = parent.score + StrictMath.log(prob);
            this.length = parent.length + 1;
        }

        String[] outcomes() {
            String[] out = new String[length];
            Path p = this;
            for (int k = length - 1; k >= 0; k--, p = p.parent) {
                out[k] = p.outcome;
            }
            return out;
        }

        /** The same sequence as OpenNLP builds it: outcomes added in order, each adding the log of its probability. */
        Sequence sequence() {
            Path[] steps = new Path[length];
            Path p = this;
            for (int k = length - 1; k >= 0; k--, p = p.parent) {
                steps[k] = p;
            }
            Sequence s = new Sequence();
            for (Path step : steps) {
                s.add(step.outcome, step.prob);
            }
            return s;
        }

        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score); // best first, as Sequence orders
        }
    }
}
