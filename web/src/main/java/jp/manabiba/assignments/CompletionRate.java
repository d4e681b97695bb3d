package jp.manabiba.assignments;

/**
 * How much of the work given was handed in, per organisation or per session series: pieces of work given, handed
 * in (submitted or done), done, and late. A figure the outcomes issue reads.
 */
public record CompletionRate(long id, String name, long given, long handedIn, long done, long late) {

    /** Handed in / given, 0 when nothing was given. */
    public double rate() {
        return given == 0 ? 0 : (double) handedIn / given;
    }
}
