package io.specpoet.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@link CodePointLength} through the real Hibernate Validator. */
class CodePointLengthTest {

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

    /** How generated records carry it: on the component, next to @Size for comparison. */
    record Name(@CodePointLength(min = 1, max = 3) String value) {}

    record SizeName(@Size(min = 1, max = 3) String value) {}

    /** On a plain field. */
    static final class Holder {
        @CodePointLength(max = 2)
        CharSequence value;

        Holder(CharSequence value) {
            this.value = value;
        }
    }

    /** As TYPE_USE on container elements. */
    record Tags(List<@CodePointLength(max = 3) String> tags) {}

    record Labels(Map<String, @CodePointLength(max = 2) String> labels) {}

    record Repeated(
            @CodePointLength(min = 1) @CodePointLength(max = 3)
            String value) {}

    record CustomMessage(
            @CodePointLength(max = 1, message = "at most {max}, not ${validatedValue}")
            String value) {}

    record NegativeMin(@CodePointLength(min = -1) String value) {}

    record MaxBelowMin(@CodePointLength(min = 5, max = 4) String value) {}

    private static Set<String> messages(Object bean) {
        return validator.validate(bean).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    private static Set<String> paths(Object bean) {
        return validator.validate(bean).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void countsAstralCharactersAsOneCodePointUnlikeSize() {
        String threeEmoji = "😀😀😀"; // 6 UTF-16 chars
        assertThat(threeEmoji).hasSize(6);
        assertThat(validator.validate(new Name(threeEmoji))).isEmpty();
        assertThat(validator.validate(new SizeName(threeEmoji))).hasSize(1);
        assertThat(validator.validate(new Name("😀😀😀😀"))).hasSize(1);
        assertThat(validator.validate(new Name("𝄞"))).isEmpty(); // U+1D11E MUSICAL SYMBOL G CLEF
    }

    @Test
    void enforcesMinAndMaxInclusively() {
        assertThat(validator.validate(new Name(""))).hasSize(1);
        assertThat(validator.validate(new Name("a"))).isEmpty();
        assertThat(validator.validate(new Name("abc"))).isEmpty();
        assertThat(validator.validate(new Name("abcd"))).hasSize(1);
        assertThat(validator.validate(new Name("😀"))).isEmpty(); // 2 chars, 1 code point >= min 1
    }

    @Test
    void countsCombiningMarksAsCodePointsNotGraphemes() {
        String eAcute = "e\u0301"; // renders as one grapheme "é", but is 2 code points
        assertThat(validator.validate(new Holder(eAcute))).isEmpty();
        assertThat(validator.validate(new Holder(eAcute + "\u0301"))).hasSize(1);
        // The family emoji is one grapheme but 5 code points (3 people joined by 2 ZWJs).
        String family = "👨\u200D👩\u200D👧";
        assertThat(family.codePointCount(0, family.length())).isEqualTo(5);
        assertThat(validator.validate(new Name(family))).hasSize(1);
    }

    @Test
    void countsEachUnpairedSurrogateAsOneCodePointLikeStringCodePointCount() {
        String lone = "\uD83D"; // high surrogate with no low surrogate
        String reversed = "\uDE00\uD83D"; // low then high: not a pair, so two code points
        assertThat(reversed.codePointCount(0, reversed.length())).isEqualTo(2);
        assertThat(validator.validate(new Holder(lone))).isEmpty();
        assertThat(validator.validate(new Holder(reversed))).isEmpty();
        assertThat(validator.validate(new Holder(reversed + "x"))).hasSize(1);
        assertThat(validator.validate(new Holder("a\uD83D"))).isEmpty();
        assertThat(validator.validate(new Holder("\uD83D\uDE00\uD83D"))).isEmpty(); // pair + lone
    }

    @Test
    void acceptsNullAndAnyCharSequence() {
        assertThat(validator.validate(new Name(null))).isEmpty();
        assertThat(validator.validate(new Holder(null))).isEmpty();
        assertThat(validator.validate(new Holder(new StringBuilder("😀😀")))).isEmpty();
        assertThat(validator.validate(new Holder(new StringBuilder("😀😀😀")))).hasSize(1);
    }

    @Test
    void reportsOneViolationForARecordComponentWithAnInterpolatedMessage() {
        Set<ConstraintViolation<Name>> violations = validator.validate(new Name("abcd"));
        assertThat(violations).hasSize(1);
        ConstraintViolation<Name> violation = violations.iterator().next();
        assertThat(violation.getMessage()).isEqualTo("length must be between 1 and 3 code points");
        assertThat(violation.getMessageTemplate()).isEqualTo(CodePointLength.DEFAULT_MESSAGE);
        assertThat(violation.getPropertyPath()).hasToString("value");
        assertThat(violation.getInvalidValue()).isEqualTo("abcd");
        assertThat(messages(new Holder("abc"))).containsExactly("length must be between 0 and 2 code points");
    }

    @Test
    void messageNeedsNoBundleAndIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            try (ValidatorFactory german = Validation.buildDefaultValidatorFactory()) {
                assertThat(german.getValidator().validate(new Name("abcd")))
                        .extracting(ConstraintViolation::getMessage)
                        .containsExactly("length must be between 1 and 3 code points");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void useSiteMessageIsInterpolatedToo() {
        assertThat(messages(new CustomMessage("ab"))).containsExactly("at most 1, not ab");
    }

    @Test
    void validatesListElementsAsTypeUse() {
        assertThat(validator.validate(new Tags(List.of("a", "😀😀😀", "e\u0301e"))))
                .isEmpty();
        Set<ConstraintViolation<Tags>> violations = validator.validate(new Tags(List.of("ok", "toolong", "😀😀😀😀")));
        assertThat(violations).hasSize(2);
        assertThat(paths(new Tags(List.of("ok", "toolong", "😀😀😀😀"))))
                .containsExactlyInAnyOrder("tags[1].<list element>", "tags[2].<list element>");
        assertThat(messages(new Tags(List.of("toolong"))))
                .containsExactly("length must be between 0 and 3 code points");
    }

    @Test
    void validatesMapValuesAsTypeUse() {
        assertThat(validator.validate(new Labels(Map.of("k", "😀😀")))).isEmpty();
        assertThat(paths(new Labels(Map.of("k", "😀😀😀")))).containsExactly("labels[k].<map value>");
    }

    @Test
    void isRepeatable() throws Exception {
        assertThat(Repeated.class.getDeclaredField("value").getAnnotation(CodePointLength.List.class))
                .isNotNull();
        assertThat(validator.validate(new Repeated("abc"))).isEmpty();
        assertThat(messages(new Repeated(""))).containsExactly("length must be between 1 and 2147483647 code points");
        assertThat(messages(new Repeated("abcd"))).containsExactly("length must be between 0 and 3 code points");
    }

    @Test
    void validatesConstructorParameters() throws Exception {
        Constructor<Name> constructor = Name.class.getDeclaredConstructor(String.class);
        assertThat(validator.forExecutables().validateConstructorParameters(constructor, new Object[] {"abcd"}))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("Name.value");
        assertThat(validator.forExecutables().validateConstructorParameters(constructor, new Object[] {"😀😀😀"}))
                .isEmpty();
    }

    @Test
    void validatorAloneCountsCodePoints() {
        CodePointLengthValidator v = new CodePointLengthValidator();
        v.initialize(bounds(2, 2));
        assertThat(v.isValid("😀😀", null)).isTrue();
        assertThat(v.isValid("ab", null)).isTrue();
        assertThat(v.isValid("a", null)).isFalse();
        assertThat(v.isValid("abc", null)).isFalse();
        assertThat(v.isValid("😀", null))
                .isFalse(); // 2 chars but 1 code point: the length() shortcut must not accept it
        assertThat(v.isValid("😀😀😀", null)).isFalse();
        assertThat(v.isValid(null, null)).isTrue();
        v.initialize(bounds(0, 0));
        assertThat(v.isValid("", null)).isTrue();
        assertThat(v.isValid("\uD83D", null)).isFalse();
    }

    private static CodePointLength bounds(int min, int max) {
        return new CodePointLength() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CodePointLength.class;
            }

            @Override
            public String message() {
                return DEFAULT_MESSAGE;
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public int min() {
                return min;
            }

            @Override
            public int max() {
                return max;
            }
        };
    }

    @Test
    void rejectsANegativeMinWhenFirstUsed() {
        // Hibernate Validator wraps the validator's exception in a ValidationException.
        assertThatThrownBy(() -> validator.validate(new NegativeMin("x")))
                .isInstanceOf(ValidationException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@CodePointLength min must not be negative, but was -1");
    }

    @Test
    void rejectsMaxBelowMinWhenFirstUsed() {
        assertThatThrownBy(() -> validator.validate(new MaxBelowMin("x")))
                .isInstanceOf(ValidationException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@CodePointLength max must not be less than min, but min was 5 and max was 4");
    }
}
