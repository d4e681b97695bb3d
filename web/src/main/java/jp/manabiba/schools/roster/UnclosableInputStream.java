package jp.manabiba.schools.roster;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Lets the reader close its ZipInputStream without closing the caller's stream, which the caller owns. */
final class UnclosableInputStream extends FilterInputStream {

    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the caller closes the stream it passed in
    }
}
