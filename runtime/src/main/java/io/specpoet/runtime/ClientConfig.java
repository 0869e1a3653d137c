package io.specpoet.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specpoet.runtime.json.ExactScalars;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything an {@link ApiClient} needs: where the API is, how to authenticate, timeouts, retries,
 * response validation and JSON mapping. Immutable and thread-safe; built with {@link #builder()},
 * or through a generated client's builder (see {@link ClientBuilder}).
 *
 * <p>{@link #toString()} never shows the bearer token, only {@code bearerToken=****} when one is
 * set.
 */
public final class ClientConfig {

    /** The default request timeout: 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default largest response body: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** The default number of retries: 2, so at most 3 attempts. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** The default first backoff: 500 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);

    /** The default largest backoff: 8 seconds. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);

    /** The default longest wait a {@code Retry-After} header can ask for: 60 seconds. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final String RUNTIME_VERSION = runtimeVersion();

    private final URI baseUri;
    private final String sdkName;
    private final String sdkVersion;
    private final Supplier<String> bearerTokenSupplier;
    private final HttpClient httpClient;
    private final boolean ownHttpClient;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final long maxResponseBytes;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final String userAgentSuffix;
    private final ResponseValidation responseValidation;
    private final RequestValidation requestValidation;
    private final ObjectMapper objectMapper;
    private final String userAgent;

    private ClientConfig(Builder b) {
        if (b.baseUri == null) {
            throw new IllegalStateException("baseUri is required");
        }
        this.baseUri = b.baseUri;
        this.sdkName = b.sdkName;
        this.sdkVersion = b.sdkVersion;
        this.bearerTokenSupplier = b.bearerTokenSupplier;
        this.requestTimeout = b.requestTimeout;
        this.connectTimeout = b.connectTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.ownHttpClient = b.httpClient == null;
        this.httpClient = b.httpClient != null
                ? b.httpClient
                : HttpClient.newBuilder()
                        .connectTimeout(b.connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.userAgentSuffix = b.userAgentSuffix;
        this.responseValidation = b.responseValidation;
        this.requestValidation = b.requestValidation;
        this.objectMapper = b.objectMapper != null ? b.objectMapper : defaultObjectMapper();
        String agent = sdkName
                + "/"
                + sdkVersion
                + " specpoet-runtime/"
                + RUNTIME_VERSION
                + " Java/"
                + System.getProperty("java.version", "unknown");
        this.userAgent = userAgentSuffix == null ? agent : agent + " " + userAgentSuffix;
    }

    /**
     * Starts a configuration. Only {@link Builder#baseUri(URI)} is required.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@code ObjectMapper} used when none is configured: {@code new
     * ObjectMapper().findAndRegisterModules()}, ignoring unknown properties so that fields a server
     * adds later do not break old clients, and binding scalars exactly ({@link ExactScalars}): a
     * value of another JSON kind than its schema's, such as {@code 2.5} or {@code "5"} for an
     * integer, fails the read instead of being silently changed. Start from it to customize a
     * mapper.
     *
     * @return a new mapper
     */
    public static ObjectMapper defaultObjectMapper() {
        return ExactScalars.configure(
                new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** The base URI that request paths are appended to, such as {@code https://api.example.com}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The SDK's name, the first product of the {@code User-Agent}. */
    public String sdkName() {
        return sdkName;
    }

    /** The SDK's version. */
    public String sdkVersion() {
        return sdkVersion;
    }

    /**
     * Whether requests carry {@code Authorization: Bearer ...}.
     *
     * @return whether a token or a token supplier is configured
     */
    public boolean hasBearerToken() {
        return bearerTokenSupplier != null;
    }

    /**
     * Supplies the bearer token, called once per attempt; or {@code null} when requests are not
     * authenticated.
     */
    public @Nullable Supplier<@Nullable String> bearerTokenSupplier() {
        return bearerTokenSupplier;
    }

    /** The HTTP client, given or created with {@link #connectTimeout()}; shared and thread-safe. */
    public HttpClient httpClient() {
        return httpClient;
    }

    /**
     * The timeout of each attempt, from sending the request to receiving the whole response body.
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * The largest response body accepted, in bytes, as received and once decoded from gzip; a
     * larger one fails with {@link ResponseTooLargeException}.
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The connect timeout; used only when the configuration created the HTTP client itself. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How often an idempotent request is retried at most; 0 means it is sent once. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The backoff before the first retry; each further retry doubles it. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** The largest backoff. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** The longest wait a {@code Retry-After} header can ask for; longer waits are shortened. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Text appended to the {@code User-Agent}, or {@code null}. */
    public @Nullable String userAgentSuffix() {
        return userAgentSuffix;
    }

    /** Whether and how response bodies are validated. */
    public ResponseValidation responseValidation() {
        return responseValidation;
    }

    /**
     * Whether requests are checked before they are sent.
     *
     * @return the chosen mode, or {@code null} if none was chosen: then requests are checked if a
     *     Bean Validation provider is available
     */
    public RequestValidation requestValidation() {
        return requestValidation;
    }

    /** The mapper that writes request bodies and reads response bodies. */
    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    /**
     * The {@code User-Agent} header: {@code <sdkName>/<sdkVersion> specpoet-runtime/<version>
     * Java/<java.version>}, then a space and the suffix if there is one.
     */
    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUri="
                + baseUri
                + ", userAgent="
                + userAgent
                + (bearerTokenSupplier != null ? ", bearerToken=****" : "")
                + ", httpClient="
                + (ownHttpClient ? "default" : "custom")
                + ", requestTimeout="
                + requestTimeout
                + ", connectTimeout="
                + connectTimeout
                + ", maxResponseBytes="
                + maxResponseBytes
                + ", maxRetries="
                + maxRetries
                + ", retryBackoff="
                + initialBackoff
                + ".."
                + maxBackoff
                + ", maxRetryAfter="
                + maxRetryAfter
                + ", responseValidation="
                + responseValidation
                + (requestValidation != null ? ", requestValidation=" + requestValidation : "")
                + "]";
    }

    private static String runtimeVersion() {
        try (InputStream in = ClientConfig.class.getResourceAsStream("specpoet-runtime.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isEmpty() && !version.contains("${") && ApiRequest.isToken(version)) {
                    return version;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Fall through: the version only decorates the User-Agent.
        }
        return "dev";
    }

    /** A fixed token; its {@code toString()} hides it. */
    private record StaticToken(String token) implements Supplier<String> {
        @Override
        public String get() {
            return token;
        }

        @Override
        public String toString() {
            return "****";
        }
    }

    /**
     * Builds a {@link ClientConfig}. Not thread-safe. Its {@link #toString()} never shows the
     * bearer token.
     */
    public static final class Builder {
        private URI baseUri;
        private String sdkName = "specpoet-client";
        private String sdkVersion = "dev";
        private Supplier<String> bearerTokenSupplier;
        private HttpClient httpClient;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private String userAgentSuffix;
        private ResponseValidation responseValidation = ResponseValidation.LENIENT;
        private RequestValidation requestValidation;
        private ObjectMapper objectMapper;

        private Builder() {}

        /**
         * Names the SDK in the {@code User-Agent}; generated clients set their own.
         *
         * @param name the SDK name, an HTTP token such as {@code northflank-java}
         * @param version the SDK version, an HTTP token such as {@code 1.2.0}
         * @return this builder
         */
        public Builder sdk(String name, String version) {
            if (!ApiRequest.isToken(name) || !ApiRequest.isToken(version)) {
                throw new IllegalArgumentException("SDK name and version must be HTTP tokens (no spaces or '/'): '"
                        + name
                        + "', '"
                        + version
                        + "'");
            }
            this.sdkName = name;
            this.sdkVersion = version;
            return this;
        }

        /**
         * Sets the base URI that request paths are appended to.
         *
         * @param baseUri an absolute {@code http} or {@code https} URI without query or fragment,
         *     such as {@code https://api.example.com} or {@code https://example.com/api}
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            Objects.requireNonNull(baseUri, "baseUri");
            String scheme =
                    baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || baseUri.getRawAuthority() == null
                    || baseUri.getRawQuery() != null
                    || baseUri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "baseUri must be an absolute http or https URI without query or fragment: " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /**
         * Sends {@code Authorization: Bearer <token>} with every request; replaces any token
         * supplier.
         *
         * @param token the token, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if the token is empty or has a control character (the
         *     token is not repeated in the message)
         */
        public Builder bearerToken(@Nullable String token) {
            if (token == null) {
                this.bearerTokenSupplier = null;
                return this;
            }
            if (token.isEmpty() || !ApiRequest.isHeaderValue(token)) {
                throw new IllegalArgumentException("bearer token must not be empty or have control characters");
            }
            this.bearerTokenSupplier = new StaticToken(token);
            return this;
        }

        /**
         * Asks the supplier for the token before every attempt, so that a refreshed token is used on
         * retries; replaces any token. A {@code null} or empty token sends no {@code Authorization}.
         *
         * @param supplier the supplier, or {@code null} for none; it must be thread-safe
         * @return this builder
         */
        public Builder bearerTokenSupplier(@Nullable Supplier<@Nullable String> supplier) {
            this.bearerTokenSupplier = supplier;
            return this;
        }

        /**
         * Uses this HTTP client instead of creating one; {@link #connectTimeout} is then ignored.
         *
         * @param httpClient the client, or {@code null} to create one
         * @return this builder
         */
        public Builder httpClient(@Nullable HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Sets the timeout of each attempt, from sending the request to receiving the whole response
         * body (default 30 s). A body still arriving when it passes fails with {@link
         * ApiTimeoutException}.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Sets the connect timeout of the HTTP client this configuration creates (default 10 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the largest response body accepted (default 64 MiB), counted as received and once
         * decoded from gzip. A larger body fails with {@link ResponseTooLargeException} as soon as
         * the limit is passed, or at once when its {@code Content-Length} announces more; bodies
         * below the limit are held in memory while they are decoded.
         *
         * @param maxBytes a positive number of bytes, at most {@code Integer.MAX_VALUE - 8}
         * @return this builder
         */
        public Builder maxResponseBytes(long maxBytes) {
            if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "maxResponseBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
            }
            this.maxResponseBytes = maxBytes;
            return this;
        }

        /**
         * Sets how often an idempotent request is retried at most (default 2).
         *
         * @param maxRetries 0 or more; 0 turns retries off
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the exponential backoff between retries (default 500 ms doubling up to 8 s). Each
         * wait is drawn at random between zero and the current backoff ("full jitter").
         *
         * @param initial the backoff before the first retry, zero or more
         * @param max the largest backoff, at least {@code initial}
         * @return this builder
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("retryBackoff needs 0 <= initial <= max: " + initial + ", " + max);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * Sets the longest wait a {@code Retry-After} header can ask for (default 60 s); longer
         * waits are shortened to it.
         *
         * @param max zero or more
         * @return this builder
         */
        public Builder maxRetryAfter(Duration max) {
            Objects.requireNonNull(max, "maxRetryAfter");
            if (max.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must not be negative: " + max);
            }
            this.maxRetryAfter = max;
            return this;
        }

        /**
         * Appends text to the {@code User-Agent}, such as {@code my-app/1.0}.
         *
         * @param suffix the text, or {@code null} for none
         * @return this builder
         */
        public Builder userAgentSuffix(@Nullable String suffix) {
            if (suffix != null && (suffix.isBlank() || !ApiRequest.isHeaderValue(suffix))) {
                throw new IllegalArgumentException("userAgentSuffix must not be blank or have control characters");
            }
            this.userAgentSuffix = suffix;
            return this;
        }

        /**
         * Sets whether and how response bodies are validated (default {@link
         * ResponseValidation#LENIENT}).
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder responseValidation(ResponseValidation mode) {
            this.responseValidation = Objects.requireNonNull(mode, "responseValidation");
            return this;
        }

        /**
         * Sets whether requests are checked against the spec's constraints before they are sent. The
         * default is {@link RequestValidation#STRICT} when a Bean Validation provider is on the class
         * path, and no checking otherwise; choosing {@code STRICT} explicitly without a provider makes
         * building the client fail.
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder requestValidation(RequestValidation mode) {
            this.requestValidation = Objects.requireNonNull(mode, "requestValidation");
            return this;
        }

        /**
         * Uses this mapper for request and response bodies, as it is; the default is {@link
         * ClientConfig#defaultObjectMapper()}. A mapper of your own keeps Jackson's scalar
         * coercions unless configured otherwise: start from {@link
         * ClientConfig#defaultObjectMapper()}, or call {@link ExactScalars#configure} on it before
         * its first use, so that a response value of the wrong JSON kind fails instead of being
         * changed ({@code 2.5} read as {@code 2}).
         *
         * @param mapper the mapper, or {@code null} for the default
         * @return this builder
         */
        public Builder objectMapper(@Nullable ObjectMapper mapper) {
            this.objectMapper = mapper;
            return this;
        }

        /**
         * Builds the configuration, creating the HTTP client if none was given.
         *
         * @return the configuration
         * @throws IllegalStateException if no base URI was set
         */
        public ClientConfig build() {
            return new ClientConfig(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }

        @Override
        public String toString() {
            return "ClientConfig.Builder[baseUri="
                    + baseUri
                    + ", sdk="
                    + sdkName
                    + "/"
                    + sdkVersion
                    + (bearerTokenSupplier != null ? ", bearerToken=****" : "")
                    + ", httpClient="
                    + (httpClient == null ? "default" : "custom")
                    + ", requestTimeout="
                    + requestTimeout
                    + ", connectTimeout="
                    + connectTimeout
                    + ", maxResponseBytes="
                    + maxResponseBytes
                    + ", maxRetries="
                    + maxRetries
                    + ", retryBackoff="
                    + initialBackoff
                    + ".."
                    + maxBackoff
                    + ", maxRetryAfter="
                    + maxRetryAfter
                    + (userAgentSuffix != null ? ", userAgentSuffix=" + userAgentSuffix : "")
                    + ", responseValidation="
                    + responseValidation
                    + (requestValidation != null ? ", requestValidation=" + requestValidation : "")
                    + "]";
        }
    }
}
