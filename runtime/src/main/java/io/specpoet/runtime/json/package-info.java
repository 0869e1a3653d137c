/** Jackson support for generated models; nothing is null unless marked {@code @Nullable}. */
@NullMarked
package io.specpoet.runtime.json;

import org.jspecify.annotations.NullMarked;
