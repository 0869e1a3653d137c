package io.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated client's builder: the options of {@link ClientConfig.Builder}, each
 * returning the generated builder's own type. A generated builder passes its defaults to the
 * constructor and implements {@link #build()}:
 *
 * <pre>{@code
 * public static final class Builder extends ClientBuilder<Builder, NorthflankClient> {
 *   private Builder() {
 *     super("northflank-java", "1.0.0", URI.create("https://api.northflank.com"));
 *   }
 *
 *   @Override
 *   public NorthflankClient build() {
 *     return new NorthflankClient(buildApiClient());
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. {@link #toString()} never shows the bearer token.
 *
 * @param <B> the generated builder
 * @param <C> the generated client
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {

    private final ClientConfig.Builder config = ClientConfig.builder();

    /**
     * Creates a builder with the generated client's defaults.
     *
     * @param sdkName the SDK's name for the {@code User-Agent}, an HTTP token
     * @param sdkVersion the SDK's version, an HTTP token
     * @param defaultBaseUri the API's base URI from the spec, or {@code null} if callers must give
     *     one
     */
    protected ClientBuilder(String sdkName, String sdkVersion, @Nullable URI defaultBaseUri) {
        config.sdk(sdkName, sdkVersion);
        if (defaultBaseUri != null) {
            config.baseUri(defaultBaseUri);
        }
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException if the configuration is incomplete, or {@link
     *     ResponseValidation#STRICT} or {@link RequestValidation#STRICT} was chosen without a Bean
     *     Validation provider
     */
    public abstract C build();

    /**
     * Builds the configuration from the options set so far, for {@link #build()}.
     *
     * @return the configuration
     */
    protected final ClientConfig buildConfig() {
        return config.build();
    }

    /**
     * Builds an {@link ApiClient} from the options set so far, for {@link #build()}.
     *
     * @return the client
     * @throws IllegalStateException as {@link #build()}
     */
    protected final ApiClient buildApiClient() {
        return new ApiClient(buildConfig());
    }

    /**
     * See {@link ClientConfig.Builder#baseUri(URI)}.
     *
     * @param baseUri the base URI
     * @return this builder
     */
    public B baseUri(URI baseUri) {
        config.baseUri(baseUri);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#bearerToken(String)}.
     *
     * @param token the token, or {@code null}
     * @return this builder
     */
    public B bearerToken(@Nullable String token) {
        config.bearerToken(token);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#bearerTokenSupplier(Supplier)}.
     *
     * @param supplier the supplier, called before every attempt
     * @return this builder
     */
    public B bearerTokenSupplier(@Nullable Supplier<@Nullable String> supplier) {
        config.bearerTokenSupplier(supplier);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#httpClient(HttpClient)}.
     *
     * @param httpClient the client
     * @return this builder
     */
    public B httpClient(@Nullable HttpClient httpClient) {
        config.httpClient(httpClient);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#requestTimeout(Duration)}.
     *
     * @param timeout the timeout of each attempt
     * @return this builder
     */
    public B requestTimeout(Duration timeout) {
        config.requestTimeout(timeout);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#connectTimeout(Duration)}.
     *
     * @param timeout the connect timeout
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        config.connectTimeout(timeout);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#maxResponseBytes(long)}.
     *
     * @param maxBytes the largest response body, in bytes
     * @return this builder
     */
    public B maxResponseBytes(long maxBytes) {
        config.maxResponseBytes(maxBytes);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#maxRetries(int)}.
     *
     * @param maxRetries 0 or more
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        config.maxRetries(maxRetries);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#retryBackoff(Duration, Duration)}.
     *
     * @param initial the first backoff
     * @param max the largest backoff
     * @return this builder
     */
    public B retryBackoff(Duration initial, Duration max) {
        config.retryBackoff(initial, max);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#maxRetryAfter(Duration)}.
     *
     * @param max the longest {@code Retry-After} wait
     * @return this builder
     */
    public B maxRetryAfter(Duration max) {
        config.maxRetryAfter(max);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#userAgentSuffix(String)}.
     *
     * @param suffix the text, or {@code null}
     * @return this builder
     */
    public B userAgentSuffix(@Nullable String suffix) {
        config.userAgentSuffix(suffix);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#responseValidation(ResponseValidation)}.
     *
     * @param mode the mode
     * @return this builder
     */
    public B responseValidation(ResponseValidation mode) {
        config.responseValidation(mode);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#requestValidation(RequestValidation)}.
     *
     * @param mode the mode
     * @return this builder
     */
    public B requestValidation(RequestValidation mode) {
        config.requestValidation(mode);
        return self();
    }

    /**
     * See {@link ClientConfig.Builder#objectMapper(ObjectMapper)}.
     *
     * @param mapper the mapper, or {@code null} for the default
     * @return this builder
     */
    public B objectMapper(@Nullable ObjectMapper mapper) {
        config.objectMapper(mapper);
        return self();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + config + "]";
    }
}
