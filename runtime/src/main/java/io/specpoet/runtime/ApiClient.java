package io.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s and decodes their responses; what every generated client calls.
 * Thread-safe: one instance, holding one {@link HttpClient}, serves any number of threads.
 *
 * <p>Every request carries {@code Accept: application/json}, {@code Accept-Encoding: gzip}, the
 * {@linkplain ClientConfig#userAgent() User-Agent}, {@code Authorization: Bearer <token>} when a
 * token is configured (a supplier is asked before every attempt), the {@code Content-Type} of the
 * body ({@code application/json}, {@code application/x-www-form-urlencoded}, {@code
 * multipart/form-data} or a raw body's own), and the configured request timeout. Headers the
 * request sets itself win.
 *
 * <p>Response bodies are read as they arrive, within {@linkplain
 * ClientConfig#maxResponseBytes() maxResponseBytes} and the request timeout, which covers the
 * whole exchange; gzip bodies are decoded. A 2xx response body is decoded as the requested type
 * ({@code null} for {@link Void}, a 204 or 205, a {@code HEAD} request or a {@linkplain
 * ApiRequest#bodilessStatus(int) bodiless status}; the bytes as they are for {@code byte[]} when
 * the response is not JSON) and then validated as {@linkplain ClientConfig#responseValidation()
 * configured}.
 * Anything else throws (or, for {@code sendAsync}, completes the future with):
 *
 * <ul>
 *   <li>{@link ApiException} for a status outside 2xx, with the error body decoded as the type
 *       the request declares for it, or for a 2xx body that cannot be decoded;
 *   <li>{@link ResponseValidationException} for a body breaking its constraints in {@link
 *       ResponseValidation#STRICT} mode;
 *   <li>{@link MissingResponseBodyException} for an empty 2xx body where one is declared;
 *   <li>{@link ResponseTooLargeException} for a body larger than the limit;
 *   <li>{@link ApiTimeoutException} when an attempt times out, {@link ApiTransportException} for
 *       other connection failures.
 * </ul>
 *
 * <p><b>Retries.</b> An {@linkplain ApiRequest#idempotent() idempotent} request is sent again, up
 * to {@linkplain ClientConfig#maxRetries() maxRetries} times, after a connection failure or
 * timeout or a 408, 429, 502, 503 or 504. The wait is the {@code Retry-After} header (seconds or
 * an HTTP-date, at most {@linkplain ClientConfig#maxRetryAfter() maxRetryAfter}) if the response
 * has a valid one, else an exponential backoff with full jitter. Other requests are sent once.
 * When no attempt succeeds, the last failure is thrown. Asynchronous retries wait without
 * blocking a thread.
 */
public final class ApiClient {

    private final ClientConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String base;

    /** {@code null} in {@link ResponseValidation#OFF} mode. */
    private final BeanValidation validation;

    /** {@code null} when requests go out unchecked. */
    private final RequestValidator requestValidator;

    /**
     * Creates a client.
     *
     * @param config the configuration
     * @throws IllegalStateException if the configuration asks for {@link ResponseValidation#STRICT}
     *     or {@link RequestValidation#STRICT} and no Bean Validation provider can be started
     */
    public ApiClient(ClientConfig config) {
        this(
                config,
                config.responseValidation() == ResponseValidation.OFF
                                && config.requestValidation() == RequestValidation.OFF
                        ? null
                        : BeanValidation.shared());
    }

    ApiClient(ClientConfig config, BeanValidation validation) {
        this.config = config;
        this.http = config.httpClient();
        this.mapper = config.objectMapper();
        String uri = config.baseUri().toString();
        this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        this.validation = config.responseValidation() == ResponseValidation.OFF ? null : validation;
        if (config.responseValidation() == ResponseValidation.STRICT && !validation.available()) {
            throw new IllegalStateException(
                    providerMissing("ResponseValidation.STRICT", validation, "ResponseValidation.LENIENT or OFF"));
        }
        this.requestValidator = RequestValidator.of(config.requestValidation(), validation);
    }

    /** Why a STRICT validation mode cannot be had, the same words for requests and responses. */
    static String providerMissing(String mode, BeanValidation validation, String alternatives) {
        return mode
                + " needs a Jakarta Bean Validation provider, such as Hibernate"
                + " Validator (org.hibernate.validator:hibernate-validator with"
                + " org.glassfish.expressly:expressly), on the class path, but none could be"
                + " started ("
                + validation.problem()
                + "). Add one, or choose "
                + alternatives
                + ".";
    }

    /**
     * Whether requests are checked before they are sent; generated code asks this before it
     * collects the arguments to check, so that a client that does not validate pays nothing.
     *
     * @return {@code true} if {@link #validateRequest} checks anything
     */
    public boolean validatesRequests() {
        return requestValidator != null;
    }

    /**
     * Checks a request's arguments against the constraints on the parameters of a generated API
     * method, and through {@code @Valid} on the models they hold. Does nothing when requests are
     * not validated.
     *
     * @param operationId the operation, named in the exception
     * @param api the generated API object
     * @param methodName the API method whose parameters carry the constraints
     * @param names the parameters' names as the spec spells them, by position
     * @param arguments the arguments, by position
     * @throws RequestValidationException listing every violation; then nothing must be sent
     */
    public void validateRequest(
            String operationId, Object api, String methodName, List<String> names, @Nullable Object... arguments) {
        if (requestValidator != null) {
            requestValidator.validate(operationId, api, methodName, names, arguments);
        }
    }

    /** The configuration. */
    public ClientConfig config() {
        return config;
    }

    /**
     * Sends a request and waits for its response, retrying as described in the class
     * documentation.
     *
     * @param request the request
     * @param bodyType the type of the response body; {@code Void.class} for none
     * @param <T> the body type
     * @return the successful response
     * @throws ApiException if the call did not succeed (see the class documentation)
     * @throws IllegalArgumentException if the request body cannot be written as JSON
     */
    public <T> ApiResponse<T> send(ApiRequest request, Class<T> bodyType) {
        return sendSync(request, mapper.getTypeFactory().constructType(bodyType));
    }

    /**
     * Sends a request and waits for its response, for generic body types such as {@code
     * List<Project>}.
     *
     * @param request the request
     * @param bodyType the type of the response body
     * @param <T> the body type
     * @return the successful response
     * @throws ApiException if the call did not succeed (see the class documentation)
     * @throws IllegalArgumentException if the request body cannot be written as JSON
     */
    public <T> ApiResponse<T> send(ApiRequest request, TypeReference<T> bodyType) {
        return sendSync(request, mapper.getTypeFactory().constructType(bodyType));
    }

    /**
     * Sends a request without blocking. The future completes with the successful response, or
     * exceptionally with the exception {@link #send(ApiRequest, Class)} would throw ({@code join()}
     * wraps it in a {@link CompletionException}). Cancelling the future stops further retries.
     *
     * @param request the request
     * @param bodyType the type of the response body; {@code Void.class} for none
     * @param <T> the body type
     * @return the future response
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, Class<T> bodyType) {
        return sendAsyncTyped(request, mapper.getTypeFactory().constructType(bodyType));
    }

    /**
     * Sends a request without blocking, for generic body types; see {@link #sendAsync(ApiRequest,
     * Class)}.
     *
     * @param request the request
     * @param bodyType the type of the response body
     * @param <T> the body type
     * @return the future response
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, TypeReference<T> bodyType) {
        return sendAsyncTyped(request, mapper.getTypeFactory().constructType(bodyType));
    }

    /**
     * Builds a request and sends it without blocking, as {@link #sendAsync(ApiRequest, Class)}. A
     * request that cannot be built, such as one breaking the spec's constraints ({@link
     * RequestValidationException}), completes the future exceptionally too: an asynchronous call
     * never throws.
     *
     * @param request builds the request
     * @param bodyType the type of the response body; {@code Void.class} for none
     * @param <T> the body type
     * @return the future response
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(Supplier<ApiRequest> request, Class<T> bodyType) {
        return sendAsyncTyped(request, mapper.getTypeFactory().constructType(bodyType));
    }

    /**
     * Builds a request and sends it without blocking, for generic body types; see {@link
     * #sendAsync(Supplier, Class)}.
     *
     * @param request builds the request
     * @param bodyType the type of the response body
     * @param <T> the body type
     * @return the future response
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(Supplier<ApiRequest> request, TypeReference<T> bodyType) {
        return sendAsyncTyped(request, mapper.getTypeFactory().constructType(bodyType));
    }

    @Override
    public String toString() {
        return "ApiClient[" + config + "]";
    }

    private <T> ApiResponse<T> sendSync(ApiRequest request, JavaType type) {
        Call<T> call = new Call<>(request, type);
        for (int attempt = 1; ; attempt++) {
            String token = call.token();
            HttpRequest httpRequest = call.httpRequest(token);
            HttpResponse<ResponseBody> response = null;
            IOException failure = null;
            ResponseReader reader = call.reader();
            CompletableFuture<HttpResponse<ResponseBody>> exchange = send(httpRequest, reader);
            try {
                response = exchange.get();
            } catch (ExecutionException e) {
                failure = ioFailure(e);
            } catch (InterruptedException e) {
                reader.abort();
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                throw call.interrupted(e, token);
            } finally {
                reader.finish();
            }
            Outcome<T> outcome = call.evaluate(response, failure, attempt, token);
            if (outcome.retryAfter == null) {
                return outcome.get();
            }
            try {
                TimeUnit.NANOSECONDS.sleep(outcome.retryAfter.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw outcome.failure;
            }
        }
    }

    private <T> CompletableFuture<ApiResponse<T>> sendAsyncTyped(Supplier<ApiRequest> request, JavaType type) {
        ApiRequest built;
        try {
            built = request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sendAsyncTyped(built, type);
    }

    private <T> CompletableFuture<ApiResponse<T>> sendAsyncTyped(ApiRequest request, JavaType type) {
        CompletableFuture<ApiResponse<T>> result = new CompletableFuture<>();
        try {
            attemptAsync(new Call<>(request, type), 1, result);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private <T> void attemptAsync(Call<T> call, int attempt, CompletableFuture<ApiResponse<T>> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        String token;
        HttpRequest httpRequest;
        try {
            token = call.token();
            httpRequest = call.httpRequest(token);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        ResponseReader reader;
        CompletableFuture<HttpResponse<ResponseBody>> exchange;
        try {
            reader = call.reader();
            exchange = send(httpRequest, reader);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        // A caller who cancels (or times out the future) no longer waits: close the connection now.
        result.whenComplete((r, e) -> {
            if (e != null) {
                reader.abort();
                exchange.cancel(true);
            }
        });
        exchange.whenComplete((response, error) -> {
            reader.finish();
            Throwable cause = unwrap(error);
            Outcome<T> outcome;
            try {
                if (cause != null && !(cause instanceof IOException)) {
                    result.completeExceptionally(cause);
                    return;
                }
                outcome = call.evaluate(response, (IOException) cause, attempt, token);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            if (outcome.retryAfter != null) {
                Executor delayed = http.executor()
                        .map(e -> CompletableFuture.delayedExecutor(nanos(outcome), TimeUnit.NANOSECONDS, e))
                        .orElseGet(() -> CompletableFuture.delayedExecutor(nanos(outcome), TimeUnit.NANOSECONDS));
                delayed.execute(() -> attemptAsync(call, attempt + 1, result));
            } else if (outcome.failure != null) {
                result.completeExceptionally(outcome.failure);
            } else {
                result.complete(outcome.response);
            }
        });
    }

    private static long nanos(Outcome<?> outcome) {
        return outcome.retryAfter.toNanos();
    }

    /** Starts an exchange; the reader's deadline ends if the client refuses the request. */
    private CompletableFuture<HttpResponse<ResponseBody>> send(HttpRequest httpRequest, ResponseReader reader) {
        try {
            return http.sendAsync(httpRequest, reader);
        } catch (RuntimeException e) {
            reader.finish();
            throw e;
        }
    }

    /** The failure of a synchronous exchange, thrown as it is unless it is an I/O failure. */
    private static IOException ioFailure(ExecutionException e) {
        Throwable cause = unwrap(e);
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** What one attempt came to: a response, a failure, and whether to retry after a wait. */
    private static final class Outcome<T> {
        final ApiResponse<T> response;
        final ApiException failure;

        /** The wait before the next attempt, or {@code null} for no retry. */
        final Duration retryAfter;

        Outcome(ApiResponse<T> response, ApiException failure, Duration retryAfter) {
            this.response = response;
            this.failure = failure;
            this.retryAfter = retryAfter;
        }

        ApiResponse<T> get() {
            if (failure != null) {
                throw failure;
            }
            return response;
        }
    }

    /** One call of {@code send}: the request with its URI and body, over all its attempts. */
    private final class Call<T> {
        private final ApiRequest request;
        private final JavaType type;
        private final URI uri;
        private final byte[] body;
        private final String contentType;

        Call(ApiRequest request, JavaType type) {
            this.request = request;
            this.type = type;
            this.uri = URI.create(base + request.path() + (request.query() == null ? "" : "?" + request.query()));
            ApiRequest.BodyEncoding encoding = request.bodyEncoding();
            if (encoding == null) {
                this.body = null;
                this.contentType = null;
            } else if (encoding == ApiRequest.BodyEncoding.RAW) {
                this.body = (byte[]) request.body();
                this.contentType = request.bodyContentType();
            } else if (encoding == ApiRequest.BodyEncoding.JSON) {
                this.body = json(request.body());
                this.contentType = "application/json";
            } else if (encoding == ApiRequest.BodyEncoding.FORM) {
                this.body = FormEncoding.urlEncoded(tree(request.body()));
                this.contentType = "application/x-www-form-urlencoded";
            } else {
                String boundary = "specpoet-" + UUID.randomUUID();
                this.body = FormEncoding.multipart(tree(request.body()), boundary);
                this.contentType = "multipart/form-data; boundary=" + boundary;
            }
        }

        private byte[] json(Object value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "the body of " + describe() + " could not be written as JSON: " + e.getOriginalMessage(), e);
            }
        }

        /** A form or multipart body as a tree: binary values stay bytes, not base64 text. */
        private JsonNode tree(Object value) {
            try {
                return mapper.valueToTree(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "the body of " + describe() + " could not be written: " + e.getMessage(), e);
            }
        }

        /** The token for this attempt, or {@code null}. */
        String token() {
            Supplier<String> supplier = config.bearerTokenSupplier();
            if (supplier == null) {
                return null;
            }
            String token = supplier.get();
            if (token == null || token.isEmpty()) {
                return null;
            }
            if (!ApiRequest.isHeaderValue(token)) {
                throw new IllegalStateException("the bearer token supplier returned a token with control characters");
            }
            return token;
        }

        ResponseReader reader() {
            return ResponseReader.start(config.maxResponseBytes(), config.requestTimeout(), request.method());
        }

        HttpRequest httpRequest(String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(config.requestTimeout())
                    .method(
                            request.method(),
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            Map<String, List<String>> own = request.headers();
            if (!own.containsKey("Accept")) {
                b.header("Accept", "application/json");
            }
            if (!own.containsKey("Accept-Encoding")) {
                b.header("Accept-Encoding", "gzip");
            }
            if (!own.containsKey("User-Agent")) {
                b.header("User-Agent", config.userAgent());
            }
            if (body != null && !own.containsKey("Content-Type")) {
                b.header("Content-Type", contentType);
            }
            if (token != null && !own.containsKey("Authorization")) {
                b.header("Authorization", "Bearer " + token);
            }
            own.forEach((name, values) -> values.forEach(value -> b.header(name, value)));
            return b.build();
        }

        Outcome<T> evaluate(HttpResponse<ResponseBody> response, IOException failure, int attempt, String token) {
            boolean mayRetry = request.idempotent() && attempt <= config.maxRetries();
            if (failure instanceof ResponseReader.TooLarge f) {
                ApiException e = new ResponseTooLargeException(
                        bodyFailure(f.statusCode, f, token),
                        f.statusCode,
                        f.headers,
                        request.method(),
                        request.path(),
                        f.limit,
                        f);
                return new Outcome<>(null, e, null);
            }
            if (failure instanceof ResponseReader.Undecodable f) {
                ApiException e = new ApiException(
                        bodyFailure(f.statusCode, f, token),
                        f.statusCode,
                        f.headers,
                        null,
                        null,
                        request.method(),
                        request.path(),
                        f);
                return new Outcome<>(null, e, null);
            }
            if (failure != null) {
                ApiException e = transportFailure(failure, attempt, token);
                Duration wait = mayRetry ? backoff(attempt) : null;
                return new Outcome<>(null, e, wait);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                try {
                    return new Outcome<>(success(response, token), null, null);
                } catch (ApiException e) {
                    return new Outcome<>(null, e, null);
                }
            }
            ApiException e = errorStatus(response, token);
            if (mayRetry && Retries.retryableStatus(status)) {
                Duration wait = Retries.retryAfter(
                        response.headers().firstValue("Retry-After").orElse(null),
                        Instant.now(),
                        config.maxRetryAfter());
                return new Outcome<>(null, e, wait != null ? wait : backoff(attempt));
            }
            return new Outcome<>(null, e, null);
        }

        private Duration backoff(int attempt) {
            return Retries.backoff(attempt - 1, config.initialBackoff(), config.maxBackoff());
        }

        private ApiResponse<T> success(HttpResponse<ResponseBody> response, String token) {
            int status = response.statusCode();
            ResponseBody body = response.body();
            T value = null;
            if (type.getRawClass() == byte[].class && !isJson(response.headers())) {
                @SuppressWarnings("unchecked")
                T raw = (T) body.bytes();
                value = raw;
            } else if (type.getRawClass() != Void.class && body.isBlank()) {
                if (!(status == 204
                        || status == 205
                        || request.method().equals("HEAD")
                        || request.bodilessStatus(status))) {
                    throw missingBody(response, token);
                }
            } else if (type.getRawClass() != Void.class) {
                try {
                    value = mapper.readValue(body.stream(), type);
                } catch (IOException | RuntimeException e) {
                    String problem = ReadProblem.describe(e);
                    String message = "HTTP "
                            + status
                            + " from "
                            + describe()
                            + ": the response body could not be read as "
                            + type.toCanonical()
                            + ": "
                            + problem
                            + operation();
                    throw new ApiException(
                            redact(message, token),
                            status,
                            response.headers(),
                            text(body.bytes(), response.headers()),
                            null,
                            request.method(),
                            request.path(),
                            e);
                }
            }
            List<ResponseValidationException.Violation> violations =
                    validation == null ? List.of() : validation.validate(value);
            if (!violations.isEmpty() && config.responseValidation() == ResponseValidation.STRICT) {
                StringBuilder message = new StringBuilder("HTTP ")
                        .append(status)
                        .append(" from ")
                        .append(describe())
                        .append(": the response body breaks ")
                        .append(violations.size() == 1 ? "1 constraint: " : violations.size() + " constraints: ");
                for (int i = 0; i < violations.size(); i++) {
                    message.append(i == 0 ? "" : "; ").append(violations.get(i));
                }
                message.append(operation());
                throw new ResponseValidationException(
                        redact(message.toString(), token),
                        status,
                        response.headers(),
                        text(body.bytes(), response.headers()),
                        request.method(),
                        request.path(),
                        violations);
            }
            return new ApiResponse<>(status, response.headers(), value, violations);
        }

        private MissingResponseBodyException missingBody(HttpResponse<ResponseBody> response, String token) {
            String message = "HTTP "
                    + response.statusCode()
                    + " from "
                    + describe()
                    + ": the response has no body, but the operation declares one ("
                    + type.toCanonical()
                    + ")"
                    + operation();
            return new MissingResponseBodyException(
                    redact(message, token),
                    response.statusCode(),
                    response.headers(),
                    text(response.body().bytes(), response.headers()),
                    request.method(),
                    request.path(),
                    request.operationId());
        }

        /** The message for a body that failed after the headers, with the failure's own text. */
        private String bodyFailure(int status, IOException failure, String token) {
            return redact("HTTP " + status + " from " + describe() + ": " + failure.getMessage() + operation(), token);
        }

        private ApiException errorStatus(HttpResponse<ResponseBody> response, String token) {
            int status = response.statusCode();
            byte[] bytes = response.body().bytes();
            String raw = text(bytes, response.headers());
            Class<?> errorType = request.errorType(status);
            Object errorBody = null;
            if (errorType != null && !isBlank(bytes)) {
                try {
                    errorBody = mapper.readValue(bytes, errorType);
                } catch (IOException | RuntimeException e) {
                    errorBody = errorType == String.class ? raw : null;
                }
            }
            String serverMessage = serverMessage(raw);
            String message = "HTTP "
                    + status
                    + " from "
                    + describe()
                    + (serverMessage.isEmpty() ? "" : ": " + serverMessage)
                    + operation();
            return new ApiException(
                    redact(message, token),
                    status,
                    response.headers(),
                    raw,
                    errorBody,
                    request.method(),
                    request.path(),
                    null);
        }

        private ApiException transportFailure(IOException failure, int attempts, String token) {
            String what;
            if (failure instanceof HttpConnectTimeoutException) {
                what = "Connect timeout";
            } else if (failure instanceof HttpTimeoutException) {
                what = "Timeout (" + config.requestTimeout().toMillis() + " ms)";
            } else {
                what = "Connection failure";
            }
            String message = redact(
                    what
                            + " on "
                            + describe()
                            + (attempts == 1 ? "" : " after " + attempts + " attempts")
                            + ": "
                            + failure
                            + operation(),
                    token);
            return failure instanceof HttpTimeoutException
                    ? new ApiTimeoutException(message, request.method(), request.path(), failure)
                    : new ApiTransportException(message, request.method(), request.path(), failure);
        }

        ApiTransportException interrupted(InterruptedException e, String token) {
            return new ApiTransportException(
                    redact("Interrupted while waiting for " + describe() + operation(), token),
                    request.method(),
                    request.path(),
                    e);
        }

        private String describe() {
            return request.method() + " " + request.path();
        }

        private String operation() {
            return request.operationId() == null ? "" : " [operation " + request.operationId() + "]";
        }

        /** The server's own message from a JSON error body, else the start of the body. */
        private String serverMessage(String raw) {
            if (raw == null || raw.isBlank()) {
                return "";
            }
            String trimmed = raw.strip();
            if (trimmed.startsWith("{")) {
                try {
                    JsonNode root = mapper.readTree(trimmed);
                    JsonNode error = root.path("error");
                    String found = root.path("message").isTextual()
                            ? root.path("message").asText()
                            : error.path("message").isTextual()
                                    ? error.path("message").asText()
                                    : error.isTextual() ? error.asText() : null;
                    if (found != null) {
                        return oneLine(found, 1000);
                    }
                } catch (IOException | RuntimeException e) {
                    // Not JSON after all: show its start.
                }
            }
            return oneLine(trimmed, 200);
        }
    }

    private static String oneLine(String text, int max) {
        String cut = text;
        if (cut.length() > max) {
            int end = Character.isHighSurrogate(cut.charAt(max - 1)) ? max - 1 : max;
            cut = cut.substring(0, end) + "…";
        }
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Replaces a token the server echoed back. Tokens shorter than {@link #MIN_REDACTED_TOKEN} are
     * left alone: they are not real secrets, and replacing every "t" would garble the message.
     */
    private static String redact(String message, String token) {
        return token == null || token.length() < MIN_REDACTED_TOKEN ? message : message.replace(token, "****");
    }

    private static final int MIN_REDACTED_TOKEN = 8;

    private static boolean isBlank(byte[] bytes) {
        if (bytes == null) {
            return true;
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@code Content-Type} is JSON ({@code application/json} or {@code …+json}). */
    private static boolean isJson(HttpHeaders headers) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** The body as text, in the charset of its {@code Content-Type}, else UTF-8. */
    private static String text(byte[] bytes, HttpHeaders headers) {
        if (bytes == null) {
            return null;
        }
        Charset charset = StandardCharsets.UTF_8;
        String contentType = headers.firstValue("Content-Type").orElse("");
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    charset = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    // Unknown charset: keep UTF-8.
                }
            }
        }
        return new String(bytes, charset);
    }
}
