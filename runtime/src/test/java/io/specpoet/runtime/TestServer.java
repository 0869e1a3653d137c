package io.specpoet.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and a free port, recording every request it receives and
 * answering with canned replies: the n-th request gets the n-th reply, the last one repeats.
 */
final class TestServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Recorded(String method, URI uri, Headers headers, String body, long arrivalNanos) {
        /** The request target as sent, such as {@code /a%2Fb?x=1}. */
        String target() {
            return uri.toString();
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A canned reply. */
    static final class Reply {
        final int status;
        final String body;
        final List<String[]> headers = new ArrayList<>();
        Duration delay = Duration.ZERO;

        private Reply(int status, String body) {
            this.status = status;
            this.body = body;
        }

        Reply header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        Reply after(Duration delay) {
            this.delay = delay;
            return this;
        }
    }

    static Reply json(int status, String body) {
        return new Reply(status, body).header("Content-Type", "application/json");
    }

    static Reply text(int status, String body) {
        return new Reply(status, body).header("Content-Type", "text/html; charset=utf-8");
    }

    static Reply empty(int status) {
        return new Reply(status, null);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final List<Reply> replies;

    private TestServer(List<Reply> replies, int threads) throws IOException {
        this.replies = List.copyOf(replies);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static TestServer start(Reply... replies) throws IOException {
        return new TestServer(List.of(replies), 4);
    }

    static TestServer startWithThreads(int threads, Reply... replies) throws IOException {
        return new TestServer(List.of(replies), threads);
    }

    /** A URI on which nothing listens: connections are refused. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Recorded> requests() {
        return requests;
    }

    Recorded only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly 1 request, got " + requests);
        }
        return requests.get(0);
    }

    /** Milliseconds between the arrivals of request i and i + 1. */
    long spacingMillis(int i) {
        return (requests.get(i + 1).arrivalNanos() - requests.get(i).arrivalNanos()) / 1_000_000;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI(),
                    exchange.getRequestHeaders(),
                    body,
                    arrival));
            int n = count.getAndIncrement();
            Reply reply = replies.get(Math.min(n, replies.size() - 1));
            if (!reply.delay.isZero()) {
                try {
                    Thread.sleep(reply.delay.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
            for (String[] header : reply.headers) {
                exchange.getResponseHeaders().add(header[0], header[1]);
            }
            byte[] bytes = reply.body == null ? new byte[0] : reply.body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
