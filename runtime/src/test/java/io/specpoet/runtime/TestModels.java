package io.specpoet.runtime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/** Small model types, shaped like generated ones, and a client configuration for tests. */
final class TestModels {

    private TestModels() {}

    /** Northflank's error body: {@code {"error":{"status":404,"message":"...","id":"..."}}}. */
    record NorthflankError(Detail error) {
        record Detail(int status, String message, String id) {}
    }

    record Project(@NotNull String id, @Size(max = 3) String name) {}

    record Team(@NotNull String id, List<@Valid Project> projects) {}

    enum Kind {
        BUILD,
        DEPLOY
    }

    /** A loopback client configuration with small backoffs, so that retries are fast. */
    static ClientConfig.Builder config(TestServer server) {
        return ClientConfig.builder()
                .baseUri(server.uri())
                .sdk("test-sdk", "1.2.3")
                .requestTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }
}
