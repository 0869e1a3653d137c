package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain Java API of {@link Nullable}. */
class NullableTest {

    @Test
    void ofHoldsAValue() {
        Nullable<String> x = Nullable.of("x");
        assertThat(x.isPresent()).isTrue();
        assertThat(x.isNull()).isFalse();
        assertThat(x.get()).isEqualTo("x");
        assertThat(x.orElse("y")).isEqualTo("x");
        assertThat(x.toOptional()).contains("x");
    }

    @Test
    void ofNullIsASharedInstanceWithoutAValue() {
        Nullable<String> n = Nullable.ofNull();
        assertThat(n).isSameAs(Nullable.<Integer>ofNull());
        assertThat(n.isNull()).isTrue();
        assertThat(n.isPresent()).isFalse();
        assertThat(n.orElse("y")).isEqualTo("y");
        assertThat(n.orElse(null)).isNull();
        assertThat(n.toOptional()).isEqualTo(Optional.empty());
        assertThatThrownBy(n::get)
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("explicit JSON null");
    }

    @Test
    void ofRejectsNullWithAMessageNamingTheAlternatives() {
        assertThatThrownBy(() -> Nullable.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Nullable.ofNull()")
                .hasMessageContaining("Nullable.ofNullable");
    }

    @Test
    void ofNullableChoosesBetweenTheTwo() {
        assertThat(Nullable.ofNullable(null)).isSameAs(Nullable.ofNull());
        assertThat(Nullable.ofNullable("x")).isEqualTo(Nullable.of("x"));
    }

    @Test
    void comparesByValue() {
        assertThat(Nullable.of(List.of("a"))).isEqualTo(Nullable.of(List.of("a")));
        assertThat(Nullable.of(List.of("a"))).hasSameHashCodeAs(Nullable.of(List.of("a")));
        assertThat(Nullable.of("a")).isNotEqualTo(Nullable.of("b"));
        assertThat(Nullable.of("a")).isNotEqualTo(Nullable.ofNull());
        assertThat(Nullable.ofNull()).isNotEqualTo(null);
        assertThat(Nullable.of("a")).isNotEqualTo("a");
        assertThat(Nullable.ofNull()).isNotEqualTo(Optional.empty());
    }

    @Test
    void toStringShowsTheValueOrNull() {
        assertThat(Nullable.of("x")).hasToString("Nullable[x]");
        assertThat(Nullable.of(List.of(1, 2))).hasToString("Nullable[[1, 2]]");
        assertThat(Nullable.ofNull()).hasToString("Nullable[null]");
    }
}
