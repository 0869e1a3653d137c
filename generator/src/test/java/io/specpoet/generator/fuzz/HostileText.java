package io.specpoet.generator.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The raw material of random specs: names that are hard to turn into Java, and text that tries
 * to break out of comments and string literals. Every attempt to inject code names
 * {@link #MARKERS}; no name carries a marker, so a marker in generated code outside comments and
 * string literals is code the spec smuggled in.
 */
final class HostileText {

    /** The identifiers injected code would declare or call. */
    static final List<String> MARKERS = List.of("FuzzInjected", "fuzzInjected");

    /** Names OpenAPI allows for components: {@code ^[a-zA-Z0-9.\-_]+$}. */
    private static final List<String> COMPONENT_NAMES = List.of(
            "Pet",
            "pet",
            "PET",
            "pEt",
            "Pet_",
            "_pet",
            "Pet2",
            "pet2",
            "pet-name",
            "pet_name",
            "petName",
            "PetName",
            "pet.name",
            "Pet.Name",
            "123",
            "1st",
            "_",
            "__",
            "-",
            "a-",
            "x.y.z",
            "class",
            "int",
            "default",
            "enum",
            "record",
            "var",
            "yield",
            "true",
            "null",
            "goto",
            "const",
            "sealed",
            "permits",
            "non-sealed",
            "String",
            "Object",
            "Class",
            "Override",
            "Deprecated",
            "Record",
            "Integer",
            "List",
            "Map",
            "Objects",
            "Collections",
            "LinkedHashMap",
            "UUID",
            "URI",
            "OffsetDateTime",
            "LocalDate",
            "BigDecimal",
            "BigInteger",
            "JsonNode",
            "JsonProperty",
            "Nullable",
            "ApiClient",
            "ApiRequest",
            "ApiResponse",
            "ApiException",
            "CompletableFuture",
            "Generated",
            "NotNull",
            "Valid",
            "Pattern",
            "Size",
            "Builder",
            "Value",
            "KnownValue",
            "Unknown",
            "Deserializer",
            "UNRECOGNIZED",
            "builder",
            "Response",
            "Request",
            "Error",
            "Default",
            "DefaultApi",
            "PetsApi",
            "Client",
            "Type",
            "Item",
            "ItemItem",
            "Value2",
            "java",
            "javax",
            "io",
            "com");

    /** Any other name: properties, parameters, tags, operation ids, enum values. */
    private static final List<String> NAMES = List.of(
            "class",
            "int",
            "default",
            "enum",
            "record",
            "var",
            "yield",
            "_",
            "true",
            "null",
            "goto",
            "const",
            "sealed",
            "permits",
            "non-sealed",
            "assert",
            "strictfp",
            "this",
            "super",
            "new",
            "package",
            "import",
            "static",
            "interface",
            "switch",
            "return",
            "void",
            "boolean",
            "char",
            "builder",
            "toBuilder",
            "build",
            "additionalProperties",
            "putAdditionalProperty",
            "value",
            "wireValue",
            "of",
            "knownValues",
            "isKnown",
            "hashCode",
            "equals",
            "toString",
            "getClass",
            "wait",
            "notify",
            "clone",
            "finalize",
            "apiClient",
            "close",
            "body",
            "request",
            "response",
            "options",
            "name",
            "Async",
            "WithResponse",
            "getPet",
            "getPetAsync",
            "getPetWithResponse",
            "getPetRequest",
            "get-pet",
            "GET_PET",
            "über",
            "Über",
            "ÜBER",
            "名前",
            "имя",
            "Σίσυφος",
            "ß",
            "ǅungla",
            "😀",
            "a😀b",
            "ﬁle",
            "İstanbul",
            "ı",
            "e\u0301",
            "\u200Bzero",
            "\u202Eevil",
            "١٢٣",
            "Ⅻ",
            "𝔘nicode",
            "क्षत्रिय",
            "",
            " ",
            "$ref",
            "$schema",
            "$",
            "$$",
            "123",
            "1st",
            "-",
            "a/b",
            "~0~1",
            "%20",
            "{id}",
            "a b",
            "x\ty",
            "\"quoted\"",
            "back\\slash",
            "\\u0041",
            "a.b.c",
            "@type",
            "#hash",
            "pet",
            "Pet",
            "PET",
            "pet_name",
            "petName",
            "pet-name",
            "PetName",
            "pet name",
            "Pet2",
            "pet2",
            "foo",
            "Foo",
            "FOO",
            "fooBar",
            "foo_bar",
            "foo-bar",
            "FooBar",
            "id",
            "ID",
            "Id",
            "url",
            "URL",
            "Url");

    /** Text for descriptions, titles, examples, defaults and enum values. */
    private static final List<String> TEXT = List.of(
            "*/ class FuzzInjected {} /*",
            "\\u002a/ class FuzzInjected {} /*",
            "\\u002A\\u002F class FuzzInjected {}",
            "\\\\u002a/ class FuzzInjected {}",
            "\\uu002a/ class FuzzInjected {}",
            "\"; class FuzzInjected {} //",
            "\"); FuzzInjected.run(); //",
            "\\u0022); FuzzInjected.run(); //",
            "\\\"; class FuzzInjected {}",
            "'; class FuzzInjected {} '",
            "\n}\nclass FuzzInjected {\n",
            "\\u000a class FuzzInjected {}",
            "\\u000d class FuzzInjected {}",
            "end of comment *\\u002f class FuzzInjected {}",
            "line\r\nbreak\rcarriage\u2028separator\u2029paragraph\u0085next",
            "$L $S $T $N $$ $ $1 %s %n %%",
            "{@code } @param x @return {@link FuzzInjected} <b>bold</b> &amp; &#42; </code> */",
            "\\",
            "trailing backslash\\",
            "emoji 😀 𝔘 e\u0301",
            "\"\"\" text block \"\"\"",
            "\t tab",
            "",
            " ",
            "null",
            "~",
            "yes",
            "A pet in the store.",
            "x".repeat(300));

    /**
     * ECMAScript patterns the translator supports, some of them aimed at the string literal the
     * translated regex is written into.
     */
    private static final List<String> PATTERNS = List.of(
            "^[a-z]+$",
            "^\\d{3}-\\d{4}$",
            "\\u002a/",
            "^\"; class FuzzInjected {} //$",
            "[*/]",
            "\\*/ class FuzzInjected",
            ".*",
            "^(a|b)*$",
            "[\\u0000-\\u001f]",
            "^[^\\\\]*$",
            "\\\\u002a",
            "",
            "^\\$L\\$S$",
            "^\\\\\"$",
            "a{2,5}?",
            "^[\\w.-]+@[\\w-]+$",
            "\\bword\\b",
            "(?:x|y)+",
            "[😀]",
            "^.{0,10}$");

    private final Random random;

    HostileText(Random random) {
        this.random = random;
    }

    String componentName() {
        return pick(COMPONENT_NAMES);
    }

    String name() {
        return switch (random.nextInt(10)) {
            case 0 -> pick(NAMES) + pick(List.of("_", "-", " ", "", ".", "/")) + pick(NAMES);
            case 1 -> pick(NAMES).repeat(1 + random.nextInt(3));
            default -> pick(NAMES);
        };
    }

    String text() {
        return random.nextInt(4) == 0 ? pick(TEXT) + " " + pick(TEXT) : pick(TEXT);
    }

    String pattern() {
        return pick(PATTERNS);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
