package io.specpoet.generator.pattern;

/**
 * An ECMAScript {@code pattern} that {@link PatternTranslator} cannot turn into an equivalent Java
 * regex: either it is not a valid ECMAScript regular expression at all ({@link #syntaxError()}), or
 * it uses a construct whose exact meaning java.util.regex cannot express.
 */
public final class UnsupportedPatternException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String construct;
    private final int index;
    private final boolean syntaxError;

    private UnsupportedPatternException(String message, String construct, int index, boolean syntaxError) {
        super(message);
        this.construct = construct;
        this.index = index;
        this.syntaxError = syntaxError;
    }

    static UnsupportedPatternException syntaxError(String construct, int index) {
        return new UnsupportedPatternException(
                "invalid regex: " + construct + " at offset " + index, construct, index, true);
    }

    static UnsupportedPatternException untranslatable(String construct, int index) {
        return new UnsupportedPatternException(
                "unsupported regex construct '" + construct + "' at offset " + index, construct, index, false);
    }

    /**
     * Like {@link #untranslatable}, for a pattern read without the {@code u} flag: the message also
     * tells why the {@code u} reading was not possible.
     */
    static UnsupportedPatternException untranslatableWithoutUnicodeFlag(
            String construct, int index, UnsupportedPatternException unicodeSyntaxError) {
        return new UnsupportedPatternException(
                "unsupported regex construct '"
                        + construct
                        + "' at offset "
                        + index
                        + " (the pattern is read without the u flag because with it it is invalid: "
                        + unicodeSyntaxError.construct
                        + " at offset "
                        + unicodeSyntaxError.index
                        + ")",
                construct,
                index,
                false);
    }

    /** The offending construct, e.g. {@code lookbehind of unbounded length}. */
    public String construct() {
        return construct;
    }

    /** Offset of the construct in the pattern, in UTF-16 code units. */
    public int index() {
        return index;
    }

    /** Whether the pattern is no valid ECMAScript regex (rather than one we cannot translate). */
    public boolean syntaxError() {
        return syntaxError;
    }
}
