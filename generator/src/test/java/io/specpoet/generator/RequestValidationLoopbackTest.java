package io.specpoet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.specpoet.generator.testing.JavaCompilation;
import io.specpoet.runtime.ClientBuilder;
import io.specpoet.runtime.RequestValidation;
import io.specpoet.runtime.RequestValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated API classes refuse a request that breaks the spec before anything is sent: the golden
 * {@code keywords} spec is generated, compiled with javac and called against a loopback server
 * that records what it receives.
 */
class RequestValidationLoopbackTest {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final String VALID_BODY = "{\"price\":1.25,\"toString\":1,\"line\\nbreak\":2,\"quote\\\"\":3}";

    @TempDir
    static Path work;

    static HttpServer server;
    static final List<String> received = new CopyOnWriteArrayList<>();
    static volatile String reply = VALID_BODY;
    static ClassLoader loader;

    @BeforeAll
    static void generateAndServe() throws Exception {
        Path spec = GoldenFilesTest.GOLDEN.resolve("keywords/openapi.yaml");
        loader = JavaCompilation.compile(
                new GeneratorRun(spec, null, "com.example.keywords", null, false).generate(), work.resolve("compiled"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void clear() {
        received.clear();
        reply = VALID_BODY;
    }

    static Object client(RequestValidation mode) throws Exception {
        Class<?> clientClass = Class.forName("com.example.keywords.KeywordsClient", true, loader);
        ClientBuilder<?, ?> builder =
                (ClientBuilder<?, ?>) clientClass.getMethod("builder").invoke(null);
        builder.baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        if (mode != null) {
            builder.requestValidation(mode);
        }
        return builder.build();
    }

    static Object json(String json, String model) throws Exception {
        return MAPPER.readValue(json, Class.forName("com.example.keywords.model." + model, true, loader));
    }

    /** Arguments of putThing: thingId, limit, ids, X-Trace, session, body; all valid. */
    static Object[] valid() throws Exception {
        return new Object[] {"abc", 5, List.of(1L, 2L), "trace", json("\"red\"", "Color"), json(VALID_BODY, "Thing")};
    }

    static Object call(Object client, String method, Object... arguments) throws Exception {
        Object things = client.getClass().getMethod("things").invoke(client);
        Method put = Arrays.stream(things.getClass().getMethods())
                .filter(m -> m.getName().equals(method))
                .findFirst()
                .orElseThrow();
        try {
            return put.invoke(things, arguments);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    static RequestValidationException refused(Object... arguments) throws Exception {
        try {
            call(client(null), "putThingWithResponse", arguments);
        } catch (RequestValidationException e) {
            return e;
        }
        throw new AssertionError("the request was not refused");
    }

    static Object[] with(int index, Object value) throws Exception {
        Object[] arguments = valid();
        arguments[index] = value;
        return arguments;
    }

    @Test
    void aValidRequestGoesThrough() throws Exception {
        call(client(null), "putThingWithResponse", valid());
        assertThat(received).containsExactly("PUT /things/abc?limit=5&ids=1&ids=2 " + VALID_BODY);
    }

    @Test
    void eachKindOfBadRequestIsRefusedAndNothingIsSent() throws Exception {
        assertThat(refused(with(0, "ABC")).violations())
                .extracting(Object::toString)
                .containsExactly("thingId: must match \"[a-z]+\"");
        assertThat(refused(with(0, null)).violations())
                .extracting(Object::toString)
                .containsExactly("thingId: must not be null");
        assertThat(refused(with(1, 7)).violations())
                .extracting(Object::toString)
                .containsExactly("limit: must be a multiple of 5");
        assertThat(refused(with(2, List.of(1L, 1L))).violations())
                .extracting(Object::toString)
                .containsExactly("ids: must not contain equal items (items 0 and 1 are equal)");
        assertThat(refused(with(2, null)).violations())
                .extracting(Object::toString)
                .containsExactly("ids: must not be null");
        assertThat(refused(with(3, "abc")).violations())
                .extracting(Object::toString)
                .containsExactly("X-Trace: length must be between 4 and 2147483647 code points");
        assertThat(refused(with(4, json("\"blue\"", "Color"))).violations())
                .extracting(Object::toString)
                .containsExactly("session: must be one of the values the spec lists");
        assertThat(refused(with(5, null)).violations())
                .extracting(Object::toString)
                .containsExactly("body: must not be null");
        assertThat(refused(with(
                                5,
                                json("{\"price\":1.255,\"toString\":1,\"line\\nbreak\":2,\"quote\\\"\":3}", "Thing")))
                        .violations())
                .extracting(Object::toString)
                .containsExactly("body.price: must be a multiple of 0.01");
        assertThat(refused(with(5, json("{\"price\":1,\"colors\":[\"red\",\"blue\"]}", "Thing")))
                        .violations())
                .extracting(Object::toString)
                .containsExactly(
                        "body.colors[1].<list element>: must be one of the values the spec lists",
                        "body.line\nbreak: required property is missing",
                        "body.quote\": required property is missing",
                        "body.toString: required property is missing");
        assertThat(received).isEmpty();
    }

    @Test
    void everyViolationIsListedAtOnce() throws Exception {
        RequestValidationException e = refused(
                "ABC",
                7,
                null,
                "x",
                null,
                json("{\"price\":1,\"toString\":1,\"line\\nbreak\":2,\"quote\\\"\":3,\"a\":1}", "Thing"));
        assertThat(e.violations())
                .extracting(RequestValidationException.Violation::path)
                .containsExactly("X-Trace", "body", "ids", "limit", "thingId");
        assertThat(e.getMessage())
                .startsWith("the putThing request breaks the spec's constraints, so it was not sent: ")
                .contains("body: must have between 1 and 4 properties");
        assertThat(received).isEmpty();
    }

    @Test
    void theAsyncAndPlainMethodsAreCheckedToo() throws Exception {
        Object client = client(null);
        Object[] bad = with(0, "ABC");
        try {
            call(client, "putThing", bad);
            throw new AssertionError("putThing sent a bad request");
        } catch (RequestValidationException e) {
            assertThat(e.violations())
                    .extracting(RequestValidationException.Violation::path)
                    .containsExactly("thingId");
        }
        // An asynchronous call never throws: its future fails with the same exception.
        CompletableFuture<?> later = (CompletableFuture<?>) call(client, "putThingAsync", bad);
        assertThat(later)
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        RequestValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RequestValidationException.Violation::path)
                                .containsExactly("thingId"));
        assertThat(received).isEmpty();
    }

    @Test
    void offSendsWhatItIsGiven() throws Exception {
        call(client(RequestValidation.OFF), "putThingWithResponse", with(1, 7));
        assertThat(received).hasSize(1);
    }

    @Test
    void anUnlistedEnumValueReadsAndWritesBackAndResponseValidationReportsIt() throws Exception {
        Object thing = json("{\"price\":1,\"color\":\"blue\"}", "Thing");
        assertThat(MAPPER.writeValueAsString(thing)).isEqualTo("{\"price\":1,\"color\":\"blue\"}");

        reply = "{\"price\":1,\"toString\":1,\"line\\nbreak\":2,\"quote\\\"\":3,\"color\":\"blue\",\"level\":4}";
        Object lenient = call(client(null), "putThingWithResponse", valid());
        assertThat(((io.specpoet.runtime.ApiResponse<?>) lenient).violations())
                .extracting(Object::toString)
                .containsExactly(
                        "<body>: must have between 1 and 4 properties",
                        "color: must be one of the values the spec lists",
                        "level: must be one of the values the spec lists");
        // Named properties come first when written; the values are the ones received.
        assertThat((Object) MAPPER.readTree(
                        MAPPER.writeValueAsString(((io.specpoet.runtime.ApiResponse<?>) lenient).body())))
                .isEqualTo((Object) MAPPER.readTree(reply));

        Class<?> clientClass = Class.forName("com.example.keywords.KeywordsClient", true, loader);
        ClientBuilder<?, ?> builder =
                (ClientBuilder<?, ?>) clientClass.getMethod("builder").invoke(null);
        builder.baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .responseValidation(io.specpoet.runtime.ResponseValidation.STRICT);
        try {
            call(builder.build(), "putThingWithResponse", valid());
            throw new AssertionError("STRICT accepted an unlisted enum value");
        } catch (io.specpoet.runtime.ResponseValidationException e) {
            assertThat(e.violations())
                    .extracting(Object::toString)
                    .containsExactly(
                            "<body>: must have between 1 and 4 properties",
                            "color: must be one of the values the spec lists",
                            "level: must be one of the values the spec lists");
        }
    }
}
