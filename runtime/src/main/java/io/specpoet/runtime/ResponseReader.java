package io.specpoet.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Reads the response body of one attempt as it arrives, within the size limit and the attempt's
 * deadline.
 *
 * <p>The {@link java.net.http.HttpRequest#timeout() request timeout} of {@link
 * java.net.http.HttpClient} stops counting once the headers are in; this reader's deadline,
 * started when the attempt is sent, covers the body too. When it passes, or the body grows past
 * the limit, the body subscription is cancelled (which closes the connection) and the body
 * completes at once with an {@link IOException}: a {@link HttpTimeoutException}, or a {@link
 * TooLarge}. Bodies are requested one chunk at a time, so a fast server cannot fill the heap
 * ahead of the count.
 *
 * <p>A {@code gzip} body is decoded when complete; its decoded size counts against the limit as
 * well, so a small compressed body that inflates to gigabytes is refused.
 */
final class ResponseReader implements HttpResponse.BodyHandler<ResponseBody> {

    /**
     * One thread for all deadlines of all clients; it ends a second after the last pending deadline
     * is cancelled or has passed, so an idle application keeps no thread of ours.
     */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final long limit;
    private final Duration timeout;
    private final boolean bodiless;
    /** Why the attempt was given up before the body began, or {@code null}. */
    private volatile IOException stopped;

    private volatile Subscriber subscriber;
    private volatile ScheduledFuture<?> deadline;

    private ResponseReader(long limit, Duration timeout, boolean bodiless) {
        this.limit = limit;
        this.timeout = timeout;
        this.bodiless = bodiless;
    }

    /**
     * Starts the deadline of an attempt about to be sent.
     *
     * @param limit the largest body, in bytes, as received and as decoded
     * @param timeout the time the whole exchange may take
     * @param method the request method; {@code HEAD} responses announce a length they never send
     */
    static ResponseReader start(long limit, Duration timeout, String method) {
        ResponseReader reader = new ResponseReader(limit, timeout, method.equals("HEAD"));
        reader.deadline = DEADLINES.schedule(reader::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return reader;
    }

    /** Ends the attempt's deadline: the exchange is over, one way or another. */
    void finish() {
        ScheduledFuture<?> d = deadline;
        if (d != null) {
            d.cancel(false);
        }
    }

    /** Gives up on the body, closing the connection: the caller no longer waits for it. */
    void abort() {
        finish();
        stop(new IOException("the call was cancelled"));
    }

    @Override
    public HttpResponse.BodySubscriber<ResponseBody> apply(HttpResponse.ResponseInfo info) {
        Subscriber s = new Subscriber(info);
        subscriber = s;
        IOException reason = stopped;
        if (reason != null) {
            s.fail(reason);
        }
        return s;
    }

    private void expire() {
        // Before the headers, HttpClient's own request timeout (the same duration) ends the exchange.
        stop(timedOut());
    }

    private void stop(IOException reason) {
        stopped = reason;
        Subscriber s = subscriber;
        if (s != null) {
            s.fail(reason);
        }
    }

    private HttpTimeoutException timedOut() {
        return new HttpTimeoutException(
                "the response was not complete within the request timeout (" + timeout.toMillis() + " ms)");
    }

    /** The body passed the size limit, as received or as decoded. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        final int statusCode;
        final transient HttpHeaders headers;
        final long limit;

        TooLarge(HttpResponse.ResponseInfo info, long limit, String what, boolean closing) {
            super(what
                    + " is larger than the limit of "
                    + limit
                    + " bytes (maxResponseBytes)"
                    + (closing ? "; the connection was closed" : ""));
            this.statusCode = info.statusCode();
            this.headers = info.headers();
            this.limit = limit;
        }
    }

    /** The body could not be decoded by its {@code Content-Encoding}. */
    static final class Undecodable extends IOException {
        private static final long serialVersionUID = 1L;

        final int statusCode;
        final transient HttpHeaders headers;

        Undecodable(HttpResponse.ResponseInfo info, IOException cause) {
            super("the gzip response body could not be decoded: " + cause.getMessage(), cause);
            this.statusCode = info.statusCode();
            this.headers = info.headers();
        }
    }

    private final class Subscriber implements HttpResponse.BodySubscriber<ResponseBody> {
        private final HttpResponse.ResponseInfo info;
        private final CompletableFuture<ResponseBody> result = new CompletableFuture<>();
        private final ResponseBody body = new ResponseBody();
        private volatile Flow.Subscription subscription;

        Subscriber(HttpResponse.ResponseInfo info) {
            this.info = info;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
                return;
            }
            if (announcedLength() > limit) {
                fail(new TooLarge(info, limit, "the announced response body (Content-Length)", true));
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (body.size() + buffer.remaining() > limit) {
                    fail(new TooLarge(info, limit, "the response body", true));
                    return;
                }
                body.append(buffer);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(decoded());
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        }

        @Override
        public CompletionStage<ResponseBody> getBody() {
            return result;
        }

        /** Ends the body with a failure and cancels the subscription, unless it ended already. */
        void fail(IOException failure) {
            if (result.completeExceptionally(failure)) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        private long announcedLength() {
            int status = info.statusCode();
            if (bodiless || status == 204 || status == 304) {
                return -1;
            }
            try {
                return info.headers().firstValueAsLong("Content-Length").orElse(-1);
            } catch (NumberFormatException e) {
                return -1; // HttpClient itself rejects a broken length when it reads the body
            }
        }

        private ResponseBody decoded() throws IOException {
            if (!isGzip(info.headers()) || body.size() == 0) {
                return body;
            }
            ResponseBody out = new ResponseBody();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = new GZIPInputStream(body.stream(), buffer.length)) {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    if (out.size() + n > limit) {
                        throw new TooLarge(info, limit, "the decoded (gzip) response body", false);
                    }
                    out.append(buffer, 0, n);
                }
            } catch (TooLarge e) {
                throw e;
            } catch (IOException e) {
                throw new Undecodable(info, e);
            }
            return out;
        }
    }

    /**
     * Whether the body is gzip-encoded, and only that. Other codings are left as they are: the
     * client asks for gzip alone, so they only come from a request that set its own {@code
     * Accept-Encoding}.
     */
    static boolean isGzip(HttpHeaders headers) {
        List<String> codings = new ArrayList<>();
        for (String value : headers.allValues("Content-Encoding")) {
            for (String coding : value.split(",")) {
                String c = coding.strip().toLowerCase(Locale.ROOT);
                if (!c.isEmpty() && !c.equals("identity")) {
                    codings.add(c);
                }
            }
        }
        return codings.equals(List.of("gzip")) || codings.equals(List.of("x-gzip"));
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "specpoet-response-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(1, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
