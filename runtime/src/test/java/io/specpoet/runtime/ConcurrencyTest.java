package io.specpoet.runtime;

import static io.specpoet.runtime.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One {@link ApiClient} shared by many threads. */
@Timeout(60)
class ConcurrencyTest {

    @Test
    void sixteenThreadsShareOneClient() throws Exception {
        int threads = 16;
        int callsPerThread = 100;
        try (TestServer server = TestServer.startWithThreads(8, json(200, "{\"id\":\"p\"}"))) {
            ApiClient client =
                    new ApiClient(TestModels.config(server).bearerToken("t").build());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger ok = new AtomicInteger();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < callsPerThread; i++) {
                            ApiRequest request = ApiRequest.builder("GET", "/v1/{thread}/{call}")
                                    .pathParameter("thread", thread)
                                    .pathParameter("call", i)
                                    .build();
                            ApiResponse<TestModels.Project> response = client.send(request, TestModels.Project.class);
                            if (response.statusCode() == 200
                                    && "p".equals(response.body().id())) {
                                ok.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get(50, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(ok).hasValue(threads * callsPerThread);
            assertThat(server.requests()).hasSize(threads * callsPerThread);
            assertThat(server.requests().stream()
                            .map(TestServer.Recorded::target)
                            .distinct()
                            .count())
                    .isEqualTo(threads * callsPerThread);
        }
    }
}
