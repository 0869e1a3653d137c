package io.specpoet.runtime;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A response body as received, kept in fixed-size blocks: growing it never copies what is already
 * held, so a body near the size limit needs its own size in memory, not two or three times that.
 * Appended to by one thread, then read by others once complete.
 */
final class ResponseBody {

    private static final int BLOCK = 64 * 1024;

    private final List<byte[]> blocks = new ArrayList<>();
    private long size;

    /** The number of bytes held. */
    long size() {
        return size;
    }

    void append(ByteBuffer buffer) {
        while (buffer.hasRemaining()) {
            int used = (int) (size % BLOCK);
            if (used == 0) {
                blocks.add(new byte[BLOCK]);
            }
            int n = Math.min(BLOCK - used, buffer.remaining());
            buffer.get(blocks.get(blocks.size() - 1), used, n);
            size += n;
        }
    }

    void append(byte[] bytes, int offset, int length) {
        append(ByteBuffer.wrap(bytes, offset, length));
    }

    /** Whether the body is empty or only JSON whitespace. */
    boolean isBlank() {
        long left = size;
        for (byte[] block : blocks) {
            int n = (int) Math.min(block.length, left);
            for (int i = 0; i < n; i++) {
                byte b = block[i];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
            left -= n;
        }
        return true;
    }

    /** The bytes in one array; the size limit keeps this below 2 GiB. */
    byte[] bytes() {
        byte[] out = new byte[(int) size];
        int at = 0;
        for (byte[] block : blocks) {
            int n = Math.min(block.length, out.length - at);
            System.arraycopy(block, 0, out, at, n);
            at += n;
        }
        return out;
    }

    /** Reads the bytes without copying them into one array first. */
    InputStream stream() {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                byte b = blocks.get((int) (position / BLOCK))[(int) (position % BLOCK)];
                position++;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (position >= size) {
                    return -1;
                }
                int inBlock = (int) (position % BLOCK);
                int n = (int) Math.min(Math.min(length, BLOCK - inBlock), size - position);
                System.arraycopy(blocks.get((int) (position / BLOCK)), inBlock, into, offset, n);
                position += n;
                return n;
            }

            @Override
            public int available() {
                return (int) Math.min(Integer.MAX_VALUE, size - position);
            }
        };
    }
}
