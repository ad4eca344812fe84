package dev.extract.cli;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator that turns each element of another as it is pulled: streaming, so a source of any size stays lazy. */
public final class MappedIterator<A, B> implements Iterator<B> {
    private final Iterator<A> source;
    private final Function<? super A, ? extends B> turn;

    private MappedIterator(Iterator<A> source, Function<? super A, ? extends B> turn) {
        this.source = source;
        this.turn = turn;
    }

    public static <A, B> Iterator<B> of(Iterator<A> source, Function<? super A, ? extends B> turn) {
        return new MappedIterator<>(source, turn);
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public B next() {
        return turn.apply(source.next());
    }
}
