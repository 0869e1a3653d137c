package io.specpoet.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of path segments and query components, as UTF-8 with uppercase hex.
 *
 * <p>Not {@link java.net.URLEncoder}: that implements HTML form encoding, which writes a space as
 * {@code +} and encodes characters RFC 3986 allows.
 */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** ALPHA DIGIT - . _ ~ : kept everywhere. */
    private static final String UNRESERVED_MARKS = "-._~";

    /** pchar minus unreserved: sub-delims, ':' and '@' (RFC 3986 section 3.3). */
    private static final String PATH_SEGMENT_EXTRA = "!$&'()*+,;=:@";

    /**
     * Kept in a query name or value: query allows all of pchar plus '/' and '?' (section 3.4), but
     * '&amp;', '=' and '+' separate or stand for something in form-style queries, and some servers
     * split on ';', so those are encoded.
     */
    private static final String QUERY_EXTRA = "!$'()*,:@/?";

    /**
     * Kept in a cookie value: RFC 6265 cookie-octets, except '%' (the escape itself), so a value
     * never holds a space, '"', ',', ';' or '\'.
     */
    private static final String COOKIE_EXTRA = "!#$&'()*+/:<=>?@[]^`{|}";

    private UriEncoding() {}

    /**
     * Encodes text as one path segment: everything but unreserved characters, sub-delims, ':' and
     * '@' is percent-encoded, so '/', '?', '#', '%' and spaces cannot change the path's structure.
     */
    static String pathSegment(String text) {
        return encode(text, PATH_SEGMENT_EXTRA);
    }

    /** Encodes text as a query parameter name or value; a space becomes {@code %20}. */
    static String queryComponent(String text) {
        return encode(text, QUERY_EXTRA);
    }

    /** Encodes text as a cookie value. */
    static String cookieValue(String text) {
        return encode(text, COOKIE_EXTRA);
    }

    private static String encode(String text, String extra) {
        int i = 0;
        while (i < text.length() && keep(text.charAt(i), extra)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid Unicode text (an unpaired surrogate)", e);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (bytes.hasRemaining()) {
            int b = bytes.get() & 0xFF;
            if (b < 0x80 && keep((char) b, extra)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean keep(char c, String extra) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || UNRESERVED_MARKS.indexOf(c) >= 0
                || extra.indexOf(c) >= 0;
    }
}
