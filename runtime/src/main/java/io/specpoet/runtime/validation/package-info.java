/** Bean Validation constraints for generated models; nothing is null unless marked {@code @Nullable}. */
@NullMarked
package io.specpoet.runtime.validation;

import org.jspecify.annotations.NullMarked;
