package io.specpoet.runtime;

import static io.specpoet.runtime.HostileServer.head;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 1 GiB responses against a client in a JVM with a 256 MB heap ({@link SmallHeapProbe}, forked):
 * each call ends in {@link ResponseTooLargeException} naming the default limit, the JVM can still
 * call and allocate afterwards, and it stops on SIGTERM.
 */
@Timeout(180)
class SmallHeapTest {

    private static final long GIB = 1L << 30;

    @Test
    void oneGibibyteBodiesFailTypedInA256MegabyteHeap() throws Exception {
        byte[] member = HostileServerTest.gzip(HostileServerTest.zeros(16 * 1024 * 1024));
        try (HostileServer server = HostileServer.start((request, socket, out) -> {
            String target = request.get(":request").split(" ")[1];
            switch (target) {
                case "/chunked" -> {
                    head(out, "200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked");
                    byte[] chunk = "0,".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (long sent = 0; sent < GIB; sent += chunk.length) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes());
                        out.write(chunk);
                        out.write("\r\n".getBytes());
                    }
                    out.write("0\r\n\r\n".getBytes());
                }
                case "/announced" -> {
                    head(out, "200 OK", "Content-Type: application/json", "Content-Length: " + GIB);
                    HostileServerTest.endless(out);
                }
                case "/bomb" -> {
                    // 64 gzip members of 16 MiB each: 1 GiB once decoded, about 1 MiB sent
                    head(
                            out,
                            "200 OK",
                            "Content-Type: application/json",
                            "Content-Encoding: gzip",
                            "Content-Length: " + 64L * member.length);
                    for (int i = 0; i < 64; i++) {
                        out.write(member);
                    }
                }
                default -> {
                    byte[] body = "{\"id\":\"fine\"}".getBytes(StandardCharsets.UTF_8);
                    head(out, "200 OK", "Content-Type: application/json", "Content-Length: " + body.length);
                    out.write(body);
                }
            }
        })) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process probe = new ProcessBuilder(
                            java,
                            "-Xmx256m",
                            "-cp",
                            classPath,
                            SmallHeapProbe.class.getName(),
                            server.uri().toString())
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && !line.equals("READY"); ) {
                    lines.add(line);
                    line = out.readLine();
                }
                assertThat(probe.isAlive()).as("the probe is alive: %s", lines).isTrue();
                probe.destroy(); // SIGTERM
                assertThat(probe.waitFor(15, TimeUnit.SECONDS))
                        .as("the probe stopped on SIGTERM")
                        .isTrue();
            } finally {
                probe.destroyForcibly();
            }
            System.out.println(String.join("\n", lines)); // kept in the surefire report
            String limit = "the limit of " + ClientConfig.DEFAULT_MAX_RESPONSE_BYTES + " bytes";
            assertThat(lines).as(String.join("\n", lines)).contains("ok fine", "allocated " + 128 * 1024 * 1024);
            assertThat(lines.get(0)).startsWith("maxMemory ");
            assertThat(Long.parseLong(lines.get(0).substring("maxMemory ".length())))
                    .isLessThanOrEqualTo(256L * 1024 * 1024);
            for (String call : List.of(
                    "sync /chunked",
                    "async /chunked",
                    "sync /announced",
                    "async /announced",
                    "sync /bomb",
                    "async /bomb")) {
                assertThat(lines)
                        .as(String.join("\n", lines))
                        .anySatisfy(l -> assertThat(l)
                                .startsWith(call + " -> " + ResponseTooLargeException.class.getName())
                                .contains(limit)
                                .doesNotContain(HostileServerTest.TOKEN));
            }
        }
    }
}
