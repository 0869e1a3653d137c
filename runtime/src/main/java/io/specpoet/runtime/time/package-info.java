/** RFC 3339 dates and times; nothing is null unless marked {@code @Nullable}. */
@NullMarked
package io.specpoet.runtime.time;

import org.jspecify.annotations.NullMarked;
