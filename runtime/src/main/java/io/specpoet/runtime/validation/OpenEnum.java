package io.specpoet.runtime.validation;

/**
 * A generated enum class: it holds the values the spec lists and keeps any other value as it was
 * read. {@link KnownValue @KnownValue} reports the other values; enum classes of any base type
 * (string, integer, number) implement this to get that check.
 */
public interface OpenEnum {

    /**
     * Whether the spec lists this value.
     *
     * @return {@code false} for a value kept only because it was read
     */
    boolean isKnown();
}
