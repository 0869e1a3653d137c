package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A response value of another JSON kind than its schema's fails the read, in every validation
 * mode, with the path to the value; the default mapper does not change it into something else.
 */
class ExactBindingLoopbackTest {

    record Thing(Long count, String name, Boolean live, Double ratio, List<Long> sizes) {}

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"count\":2.5}    | LENIENT | the value at count is the number 2.5, written with a fraction or exponent,"
                        + " but its schema's type is integer (read as Long); values are never converted between JSON types.",
                "{\"sizes\":[1,2.0]} | STRICT | the value at sizes[1] is the number 2.0, written with a fraction or exponent,"
                        + " but its schema's type is integer (read as Long)",
                "{\"name\":2}       | OFF     | the value at name is the integer 2, but its schema's type is string (read as String)",
                "{\"name\":true}    | LENIENT | the value at name is the boolean true, but its schema's type is string (read as String)",
                "{\"live\":1}       | LENIENT | the value at live is the integer 1, but its schema's type is boolean (read as Boolean)",
                "{\"count\":\"5\"}  | LENIENT | the value at count is not of its schema's type, integer (read as Long):"
                        + " Cannot coerce String value (\"5\") to `java.lang.Long` value [operation getThing]",
                "{\"ratio\":\"2.5\"} | OFF    | the value at ratio is not of its schema's type, number (read as Double):",
                "{\"count\":true}   | STRICT  | the value at count is not of its schema's type, integer (read as Long):"
                        + " Cannot deserialize value of type `java.lang.Long` from Boolean value",
            })
    void aValueOfTheWrongKindFailsTheReadAtItsPath(String body, ResponseValidation mode, String problem)
            throws Exception {
        try (TestServer server = TestServer.start(json(200, body))) {
            ApiClient client = new ApiClient(
                    TestModels.config(server).responseValidation(mode).build());
            assertThatThrownBy(() -> client.send(
                            ApiRequest.builder("GET", "/t")
                                    .operationId("getThing")
                                    .build(),
                            Thing.class))
                    .isExactlyInstanceOf(ApiException.class)
                    .hasMessageStartingWith("HTTP 200 from GET /t: the response body could not be read as "
                            + Thing.class.getName()
                            + ": ")
                    .hasMessageContaining(problem)
                    .hasMessageNotContaining("CoercionConfig")
                    .satisfies(e -> {
                        ApiException api = (ApiException) e;
                        assertThat(api.rawBody()).isEqualTo(body);
                        assertThat(api.getCause()).isInstanceOf(JsonMappingException.class);
                    });
        }
    }
}
