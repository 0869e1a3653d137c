package io.specpoet.runtime;

import static io.specpoet.runtime.HostileServer.head;
import static io.specpoet.runtime.HostileServer.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against servers that misbehave: every case ends, within the request timeout and a
 * small margin, in the runtime's own exception, with no bearer token in any message and no
 * thread left running; each case runs through {@code send} and {@code sendAsync}.
 */
@Timeout(60)
class HostileServerTest {

    static final String TOKEN = "sk-live-hostile-0123456789abcdef";
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final Duration MARGIN = Duration.ofMillis(1000);
    static final int LIMIT = 1024 * 1024;

    /** 16 MiB of zeros, gzipped to about 16 KiB. */
    static final byte[] BOMB = gzipOrFail(zeros(16 * LIMIT));

    /** One misbehaviour, and what the client must make of it. */
    record Case(
            String name,
            HostileServer.Script script,
            Class<? extends ApiException> expected,
            String messagePart,
            boolean connectionMustClose) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "1 GiB body announced by Content-Length",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1073741824");
                            endless(out);
                        },
                        ResponseTooLargeException.class,
                        "the announced response body (Content-Length) is larger than the limit of 1048576 bytes"
                                + " (maxResponseBytes)",
                        true),
                new Case(
                        "endless chunked body",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked");
                            byte[] chunk = zeros(64 * 1024);
                            for (long sent = 0; sent < (1L << 30); sent += chunk.length) {
                                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes());
                                out.write(chunk);
                                out.write("\r\n".getBytes());
                            }
                        },
                        ResponseTooLargeException.class,
                        "the response body is larger than the limit of 1048576 bytes (maxResponseBytes)",
                        true),
                new Case(
                        "endless error body",
                        (request, socket, out) -> {
                            head(out, "502 Bad Gateway", "Content-Type: text/html");
                            endless(out);
                        },
                        ResponseTooLargeException.class,
                        "HTTP 502 from GET /projects/p1: the response body is larger than the limit",
                        true),
                new Case(
                        "gzip bomb",
                        (request, socket, out) -> {
                            byte[] bomb = BOMB;
                            head(
                                    out,
                                    "200 OK",
                                    "Content-Type: application/json",
                                    "Content-Encoding: gzip",
                                    "Content-Length: " + bomb.length);
                            out.write(bomb);
                        },
                        ResponseTooLargeException.class,
                        "the decoded (gzip) response body is larger than the limit of 1048576 bytes",
                        false),
                new Case(
                        "body dripping one byte every half second",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1000");
                            for (int i = 0; i < 1000; i++) {
                                out.write(' ');
                                out.flush();
                                pause(socket, 500);
                            }
                        },
                        ApiTimeoutException.class,
                        "Timeout (1500 ms) on GET /projects/p1",
                        true),
                new Case(
                        "body stalling after 100 bytes",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1000");
                            out.write(new byte[100]);
                            out.flush();
                            pause(socket, 60_000);
                        },
                        ApiTimeoutException.class,
                        "Timeout (1500 ms) on GET /projects/p1",
                        true),
                new Case(
                        "headers never sent",
                        (request, socket, out) -> pause(socket, 60_000),
                        ApiTimeoutException.class,
                        "Timeout (1500 ms) on GET /projects/p1",
                        true),
                new Case(
                        "empty 200 for a declared body",
                        (request, socket, out) ->
                                head(out, "200 OK", "Content-Type: application/json", "Content-Length: 0"),
                        MissingResponseBodyException.class,
                        "HTTP 200 from GET /projects/p1: the response has no body, but the operation declares" + " one",
                        false),
                new Case(
                        "truncated body",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 100");
                            out.write("{\"id\":\"p1\",".getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            socket.close();
                        },
                        ApiTransportException.class,
                        "Connection failure on GET /projects/p1",
                        false),
                new Case(
                        "HTML page echoing the token",
                        (request, socket, out) -> body(
                                out,
                                "text/html",
                                ("<html><body>Welcome, " + request.get("authorization") + "</body></html>")
                                        .getBytes(StandardCharsets.UTF_8)),
                        ApiException.class,
                        "the response body could not be read as io.specpoet.runtime.TestModels$Project",
                        false),
                new Case(
                        "broken JSON",
                        (request, socket, out) ->
                                body(out, "application/json", "{\"id\": \"p1\", ".getBytes(StandardCharsets.UTF_8)),
                        ApiException.class,
                        "the response body could not be read",
                        false),
                new Case(
                        "invalid UTF-8",
                        (request, socket, out) -> body(out, "application/json", new byte[] {
                            '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'
                        }),
                        ApiException.class,
                        "Invalid UTF-8",
                        false),
                new Case(
                        "wrong JSON shape",
                        (request, socket, out) ->
                                body(out, "application/json", "[1,2,3]".getBytes(StandardCharsets.UTF_8)),
                        ApiException.class,
                        "the response body could not be read",
                        false),
                new Case(
                        "corrupt gzip",
                        (request, socket, out) -> {
                            byte[] bytes = gzip("{\"id\":\"p1\"}".getBytes(StandardCharsets.UTF_8));
                            bytes[bytes.length / 2] ^= 0x5A;
                            bytes = Arrays.copyOf(bytes, bytes.length - 6);
                            head(
                                    out,
                                    "200 OK",
                                    "Content-Type: application/json",
                                    "Content-Encoding: gzip",
                                    "Content-Length: " + bytes.length);
                            out.write(bytes);
                        },
                        ApiException.class,
                        "the gzip response body could not be decoded",
                        false),
                new Case(
                        "connection reset before the response",
                        (request, socket, out) -> HostileServer.reset(socket),
                        ApiTransportException.class,
                        "Connection failure on GET /projects/p1",
                        false),
                new Case(
                        "connection reset in the body",
                        (request, socket, out) -> {
                            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1000");
                            out.write("{\"id\":\"p1\",\"name\":\"".getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            HostileServer.reset(socket);
                        },
                        ApiTransportException.class,
                        "Connection failure on GET /projects/p1",
                        false));
    }

    private static Set<Thread> threadsBefore;

    @BeforeAll
    static void noteThreads() {
        threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    /**
     * Every case used a client of its own, unreachable once the case ended; an exchange still open
     * would keep its client, and so its selector and worker threads, alive. (The check runs once
     * for the class: an idle HttpClient's selector takes up to 3 s to notice it is unreachable.)
     */
    @AfterAll
    static void noThreadIsLeftRunning() throws InterruptedException {
        assertNoThreadLeft(threadsBefore);
    }

    static Stream<Arguments> casesAndModes() {
        return cases().stream().flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest(name = "{0} (async: {1})")
    @MethodSource("casesAndModes")
    void endsInATypedExceptionWithinTheTimeout(Case c, boolean async) throws Exception {
        Failure failure;
        try (HostileServer server = HostileServer.start(c.script())) {
            failure = call(server, async);
            if (c.connectionMustClose()) {
                assertThat(server.awaitClientClosed(MARGIN.toMillis()))
                        .as("the client closed the connection")
                        .isTrue();
            }
            assertThat(server.requests()).isNotEmpty();
            assertThat(server.requests().get(0)).containsEntry("accept-encoding", "gzip");
        }
        assertThat(failure.exception())
                .as("%s after %d ms", failure.exception(), failure.millis())
                .isExactlyInstanceOf(c.expected())
                .hasMessageContaining(c.messagePart());
        assertThat(failure.millis()).isLessThan(TIMEOUT.plus(MARGIN).toMillis());
        assertNoToken(failure.exception());
    }

    @Test
    void gzipResponsesAreDecoded() throws Exception {
        byte[] json = "{\"id\":\"p1\",\"name\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        try (HostileServer server = HostileServer.start((request, socket, out) -> {
            byte[] bytes = gzip(json);
            head(
                    out,
                    "200 OK",
                    "Content-Type: application/json",
                    "Content-Encoding: gzip",
                    "Content-Length: " + bytes.length);
            out.write(bytes);
        })) {
            ApiClient client = client(server);
            ApiRequest request = request();
            assertThat(client.send(request, TestModels.Project.class).body())
                    .isEqualTo(new TestModels.Project("p1", "abc"));
            assertThat(client.sendAsync(request, TestModels.Project.class)
                            .get(5, TimeUnit.SECONDS)
                            .body())
                    .isEqualTo(new TestModels.Project("p1", "abc"));
            assertThat(server.requests()).allSatisfy(h -> assertThat(h).containsEntry("accept-encoding", "gzip"));
        }
    }

    @Test
    void cancellingAnAsyncCallClosesItsConnection() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        try (HostileServer server = HostileServer.start((request, socket, out) -> {
            head(out, "200 OK", "Content-Type: application/json", "Content-Length: 1000");
            out.write(new byte[100]);
            out.flush();
            sent.countDown();
            pause(socket, 60_000);
        })) {
            ApiClient client = new ApiClient(ClientConfig.builder()
                    .baseUri(server.uri())
                    .requestTimeout(Duration.ofSeconds(30)) // far off: the cancel must close it
                    .maxRetries(0)
                    .build());
            var future = client.sendAsync(request(), TestModels.Project.class);
            assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // the headers and the first bytes are in
            future.cancel(true);
            assertThat(server.awaitClientClosed(MARGIN.toMillis()))
                    .as("the connection was closed long before the timeout")
                    .isTrue();
        }
    }

    @Test
    void maxResponseBytesIsPositiveAndShown() {
        URI uri = URI.create("http://h");
        assertThat(ClientConfig.builder().baseUri(uri).build().maxResponseBytes())
                .isEqualTo(64L * 1024 * 1024);
        assertThat(ClientConfig.builder()
                        .baseUri(uri)
                        .maxResponseBytes(10)
                        .build()
                        .toString())
                .contains("maxResponseBytes=10");
        for (long bad : new long[] {0, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> ClientConfig.builder().maxResponseBytes(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("maxResponseBytes must be between 1 and");
        }
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() throws Exception {
        String json = "{\"id\":\"" + "x".repeat(LIMIT - 10) + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(LIMIT);
        try (HostileServer server =
                HostileServer.start((request, socket, out) -> body(out, "application/json", bytes))) {
            ApiClient client = client(server);
            assertThat(client.send(request(), TestModels.Project.class).body().id())
                    .hasSize(LIMIT - 10);
        }
    }

    @Test
    void aRequestMaySetItsOwnAcceptEncoding() throws Exception {
        try (HostileServer server = HostileServer.start((request, socket, out) ->
                body(out, "application/json", "{\"id\":\"p1\"}".getBytes(StandardCharsets.UTF_8)))) {
            ApiClient client = client(server);
            ApiRequest request = ApiRequest.builder("GET", "/projects/p1")
                    .header("Accept-Encoding", "identity")
                    .build();
            client.send(request, TestModels.Project.class);
            assertThat(server.requests().get(0)).containsEntry("accept-encoding", "identity");
        }
    }

    private static ApiClient client(HostileServer server) {
        return new ApiClient(ClientConfig.builder()
                .baseUri(server.uri())
                .bearerToken(TOKEN)
                .requestTimeout(TIMEOUT)
                .maxRetries(0)
                .maxResponseBytes(LIMIT)
                .build());
    }

    private static ApiRequest request() {
        return ApiRequest.builder("GET", "/projects/{id}")
                .pathParameter("id", "p1")
                .build();
    }

    /** The exception a call ended in, and how long it took. */
    record Failure(Throwable exception, long millis) {}

    /**
     * Calls the server with a client of its own, which is unreachable afterwards: its threads end
     * once it is collected, if no exchange of it is still open.
     */
    private static Failure call(HostileServer server, boolean async) throws Exception {
        ApiClient client = client(server);
        long start = System.nanoTime();
        Throwable exception = failure(client, async);
        return new Failure(exception, (System.nanoTime() - start) / 1_000_000);
    }

    /** The exception the call ended in, unwrapped from the future for async calls. */
    private static Throwable failure(ApiClient client, boolean async) throws Exception {
        try {
            if (async) {
                client.sendAsync(request(), TestModels.Project.class)
                        .get(TIMEOUT.plus(MARGIN).toMillis() * 2, TimeUnit.MILLISECONDS);
            } else {
                client.send(request(), TestModels.Project.class);
            }
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    static void assertNoToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
            assertThat(t.toString()).doesNotContain(TOKEN);
        }
    }

    /**
     * Waits until every thread started since {@code before} has ended: the clients' selectors and
     * workers (once the clients are collected), the deadline timer, and the servers' own.
     */
    static void assertNoThreadLeft(Set<Thread> before) throws InterruptedException {
        List<Thread> left = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        do {
            System.gc();
            left.clear();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                // JUnit starts its timeout watcher with the first test that has a timeout
                if (!before.contains(t) && t.isAlive() && !t.getName().startsWith("junit-")) {
                    left.add(t);
                }
            }
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        assertThat(left).as("threads still running").isEmpty();
    }

    static byte[] zeros(int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) '0');
        return bytes;
    }

    private static byte[] gzipOrFail(byte[] bytes) {
        try {
            return gzip(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    /** Writes {@code [0,0,0,…} until the client stops reading or 1 GiB is sent. */
    static void endless(OutputStream out) throws IOException {
        byte[] chunk = "0,".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
        out.write('[');
        for (long sent = 0; sent < (1L << 30); sent += chunk.length) {
            out.write(chunk);
        }
    }

    private static void body(OutputStream out, String contentType, byte[] bytes) throws IOException {
        head(out, "200 OK", "Content-Type: " + contentType, "Content-Length: " + bytes.length);
        out.write(bytes);
    }
}
