package org.citizencharter.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test helpers for inputs made of bytes: encoded text, joined and searched. */
public final class Bytes {

    private Bytes() {
    }

    /**
     * The UTF-8 bytes of a text.
     *
     * @param text the text
     * @return its bytes
     */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Byte arrays one after another.
     *
     * @param parts the arrays
     * @return their bytes joined
     */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * Where a byte first stands.
     *
     * @param bytes the bytes
     * @param value the byte to find
     * @return its index
     * @throws AssertionError if it is not there
     */
    public static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new AssertionError("The byte " + value + " is not there");
    }
}
