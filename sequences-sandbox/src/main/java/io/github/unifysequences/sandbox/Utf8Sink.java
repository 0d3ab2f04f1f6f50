package io.github.unifysequences.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronized character buffer that encodes to UTF-8 in large chunks. Gson's JsonWriter emits
 * many tiny writes; through {@code OutputStreamWriter}/{@code BufferedWriter} each one pays for a lock
 * and an encoder call, which profiling showed as the top cost of rendering a list page.
 */
final class Utf8Sink extends Writer {
    private static final int CHUNK = 32 * 1024;

    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

    Utf8Sink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        buffer.append((char) c);
        drainIfFull();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        buffer.append(chars, offset, length);
        drainIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        buffer.append(text, offset, offset + length);
        drainIfFull();
    }

    private void drainIfFull() throws IOException {
        if (buffer.length() >= CHUNK) {
            drain();
        }
    }

    /** Encodes what is buffered, keeping a trailing high surrogate until its pair arrives. */
    private void drain() throws IOException {
        int end = buffer.length();
        if (end > 0 && Character.isHighSurrogate(buffer.charAt(end - 1))) {
            end--;
        }
        out.write(buffer.substring(0, end).getBytes(StandardCharsets.UTF_8));
        buffer.delete(0, end);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
