package io.specpoet.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link NullableValueExtractor} through the real Hibernate Validator, found through the
 * service loader only (the factory is built without configuration).
 */
class NullableValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    record Inner(@NotNull String id) {}

    /**
     * Constraints on optional nullable properties, as generated code carries them. {@code @Valid}
     * goes on the type argument: on the component it works too, but Hibernate Validator logs
     * HV000271 (deprecated on a container).
     */
    record Form(
            @Pattern(regexp = "[a-z]+") Nullable<String> name,
            @Max(10) Nullable<Long> count,
            Nullable<@Valid Inner> inner,
            @Size(max = 2) Nullable<List<@Pattern(regexp = "[a-z]+") String>> tags) {}

    /** A required nullable property: present, but possibly JSON null. */
    record Required(
            @NotNull(payload = Unwrapping.Skip.class) Nullable<String> name) {}

    /** What a plain @NotNull does: it is unwrapped onto the value, so it never fails. */
    record PlainNotNull(@NotNull Nullable<String> name) {}

    /** A constraint on the type argument works too. */
    record TypeArgument(Nullable<@Size(max = 1) String> code) {}

    private static Set<String> violations(Object bean) {
        Set<String> found = new TreeSet<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            String constraint =
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            found.add(v.getPropertyPath() + ": " + constraint);
        }
        return found;
    }

    @Test
    void constraintsApplyToThePresentValue() {
        assertThat(violations(new Form(Nullable.of("abc"), Nullable.of(10L), null, null)))
                .isEmpty();
        assertThat(violations(new Form(Nullable.of("ABC"), Nullable.of(11L), null, null)))
                .containsExactly("count: Max", "name: Pattern");
    }

    @Test
    void explicitNullAndAbsentAreNotChecked() {
        Form nulls = new Form(Nullable.ofNull(), Nullable.ofNull(), Nullable.ofNull(), Nullable.ofNull());
        assertThat(violations(nulls)).isEmpty();
        assertThat(violations(new Form(null, null, null, null))).isEmpty();
    }

    @Test
    void validCascadesIntoThePresentValue() {
        assertThat(violations(new Form(null, null, Nullable.of(new Inner("i")), null)))
                .isEmpty();
        assertThat(violations(new Form(null, null, Nullable.of(new Inner(null)), null)))
                .containsExactly("inner.id: NotNull");
    }

    @Test
    void sizeAppliesToTheListAndElementConstraintsToItsElements() {
        assertThat(violations(new Form(null, null, null, Nullable.of(List.of("a", "b")))))
                .isEmpty();
        assertThat(violations(new Form(null, null, null, Nullable.of(List.of("a", "b", "c")))))
                .containsExactly("tags: Size");
        assertThat(violations(new Form(null, null, null, Nullable.of(List.of("a", "B")))))
                .containsExactly("tags[1].<list element>: Pattern");
        // A null element is not a pattern violation, as for a plain List.
        assertThat(violations(new Form(null, null, null, Nullable.of(Arrays.asList("a", null)))))
                .isEmpty();
    }

    @Test
    void requiredButNullableRejectsOnlyAnAbsentProperty() {
        assertThat(violations(new Required(Nullable.of("x")))).isEmpty();
        assertThat(violations(new Required(Nullable.ofNull()))).isEmpty();
        assertThat(violations(new Required(null))).containsExactly("name: NotNull");
    }

    @Test
    void aPlainNotNullIsUnwrappedAndSoChecksNothing() {
        assertThat(violations(new PlainNotNull(Nullable.of("x")))).isEmpty();
        assertThat(violations(new PlainNotNull(Nullable.ofNull()))).isEmpty();
        assertThat(violations(new PlainNotNull(null))).isEmpty();
    }

    @Test
    void constraintsOnTheTypeArgumentApplyToTheValue() {
        assertThat(violations(new TypeArgument(Nullable.of("a")))).isEmpty();
        assertThat(violations(new TypeArgument(Nullable.ofNull()))).isEmpty();
        assertThat(violations(new TypeArgument(Nullable.of("ab")))).containsExactly("code: Size");
    }
}
