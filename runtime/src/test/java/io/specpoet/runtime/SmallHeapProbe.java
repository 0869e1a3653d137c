package io.specpoet.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link SmallHeapTest} in a JVM of its own with a 256 MB heap: calls a server that
 * answers with 1 GiB bodies, with the default response limit, and prints one line per call, then
 * {@code READY} once it has shown it is still healthy, then waits to be stopped.
 */
public final class SmallHeapProbe {

    private SmallHeapProbe() {}

    /**
     * Runs the calls.
     *
     * @param args the server's base URI
     */
    public static void main(String[] args) throws Exception {
        System.out.println("maxMemory " + Runtime.getRuntime().maxMemory());
        ApiClient client = new ApiClient(ClientConfig.builder()
                .baseUri(URI.create(args[0]))
                .bearerToken(HostileServerTest.TOKEN)
                .requestTimeout(Duration.ofSeconds(20))
                .maxRetries(0)
                .build());
        for (String path : new String[] {"/chunked", "/announced", "/bomb"}) {
            ApiRequest request = ApiRequest.builder("GET", path).build();
            report("sync " + path, () -> client.send(request, TestModels.Project.class));
            report("async " + path, () -> {
                try {
                    return client.sendAsync(request, TestModels.Project.class).get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw (RuntimeException) e.getCause();
                }
            });
        }
        ApiResponse<TestModels.Project> ok =
                client.send(ApiRequest.builder("GET", "/ok").build(), TestModels.Project.class);
        System.out.println("ok " + ok.body().id());
        byte[] big = new byte[128 * 1024 * 1024]; // most of the heap: nothing of the calls is held
        System.out.println("allocated " + big.length);
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static void report(String name, Call call) {
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = "returned " + call.run();
        } catch (Throwable t) {
            outcome = t.getClass().getName() + ": " + t.getMessage();
        }
        System.out.println(name + " -> " + outcome + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
