package io.specpoet.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A misbehaving HTTP/1.1 server on a raw socket: it reads each request's head and then runs a
 * script that writes whatever bytes it likes, as slowly as it likes. It notes each request's
 * headers and when the client closed a connection the script was still writing to.
 */
final class HostileServer implements AutoCloseable {

    /** What the server does once it has read a request head. */
    @FunctionalInterface
    interface Script {
        void run(Map<String, String> request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Script script;
    private final Thread acceptor;
    private final List<Thread> handlers = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch clientClosed = new CountDownLatch(1);

    private HostileServer(Script script) throws IOException {
        this.socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        this.script = script;
        this.acceptor = new Thread(this::accept, "hostile-server-accept");
        acceptor.start();
    }

    static HostileServer start(Script script) throws IOException {
        return new HostileServer(script);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** The headers of each request received, names in lower case. */
    List<Map<String, String>> requests() {
        return requests;
    }

    /** Waits until a script found its connection closed by the client. */
    boolean awaitClientClosed(long millis) throws InterruptedException {
        return clientClosed.await(millis, TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                Thread handler = new Thread(() -> serve(connection), "hostile-server-connection");
                handlers.add(handler);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            while (true) {
                Map<String, String> head = readHead(in);
                if (head == null) {
                    return;
                }
                requests.add(head);
                long length = Long.parseLong(head.getOrDefault("content-length", "0"));
                in.skipNBytes(length);
                script.run(head, connection, out);
                out.flush();
            }
        } catch (IOException e) {
            // A failure on a connection neither this server nor its script closed: the client did.
            if (!socket.isClosed() && !connection.isClosed()) {
                clientClosed.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                connection.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }

    /** The request line and headers, or {@code null} at the end of the stream. */
    private static Map<String, String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        while (true) {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).strip();
                line.reset();
                if (text.isEmpty()) {
                    break;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        Map<String, String> head = new TreeMap<>();
        head.put(":request", lines.get(0));
        for (String header : lines.subList(1, lines.size())) {
            int colon = header.indexOf(':');
            head.put(
                    header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        return head;
    }

    /** Writes a status line and headers, ending the head. */
    static void head(OutputStream out, String statusLine, String... headers) throws IOException {
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /**
     * Waits while the client keeps the connection open: returns after {@code millis}, or throws
     * once the client has closed it. An HTTP/1.1 client sends nothing while it waits for a
     * response, so any read that ends means the connection is gone.
     */
    static void pause(Socket socket, long millis) throws IOException {
        socket.setSoTimeout((int) millis);
        try {
            if (socket.getInputStream().read() == -1) {
                throw new SocketException("closed by the client");
            }
        } catch (java.net.SocketTimeoutException e) {
            // still open
        }
    }

    /** Resets the connection (TCP RST) instead of closing it cleanly. */
    static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
        acceptor.join(5_000);
        for (Thread handler : handlers) {
            handler.interrupt();
            handler.join(5_000);
        }
    }
}
