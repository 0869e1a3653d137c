package io.specpoet.runtime.json;

/**
 * A union variant that wraps a scalar, array or map member: {@code CustomerOrId.StringValue}.
 * Request parameters are written from the value it holds, as if it had been passed directly.
 *
 * @param <T> the type of the value
 */
public interface UnionWrapper<T> {

    /** @return the value the variant holds; never null */
    T value();

    /** The value a union wrapper holds, or {@code value} itself if it is none. */
    static Object unwrap(Object value) {
        return value instanceof UnionWrapper<?> wrapper ? wrapper.value() : value;
    }
}
