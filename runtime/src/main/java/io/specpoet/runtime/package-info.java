/** The runtime of specpoet-generated clients; nothing is null unless marked {@code @Nullable}. */
@NullMarked
package io.specpoet.runtime;

import org.jspecify.annotations.NullMarked;
