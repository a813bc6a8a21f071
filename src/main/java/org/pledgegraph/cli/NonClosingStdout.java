package org.pledgegraph.cli;

import java.io.FilterOutputStream;

/** System.out for writers that close their stream when done. */
final class NonClosingStdout extends FilterOutputStream {
    NonClosingStdout() {
        super(System.out);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        System.out.write(b, off, len);
    }

    @Override
    public void close() {
        System.out.flush();
    }
}
