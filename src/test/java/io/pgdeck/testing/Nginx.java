package io.pgdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Debian's nginx as the platform's proxy in front of one or more pgdeck processes (round robin among them). */
public final class Nginx implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;
    private final Path prefix;
    private final String scheme;

    private Nginx(Process process, int port, Path prefix, String scheme) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
        this.scheme = scheme;
    }

    /** Proxies every path to {@code upstreams} in turn, passing the client's address and the host as a proxy does. */
    public static Nginx roundRobin(List<Integer> upstreams, Path directory) {
        int port = PgdeckProcess.freePort();
        String location = """
                    location / {
                      proxy_pass http://pgdeck;
                      proxy_set_header X-Forwarded-Proto http;
                %s
                    }
                """.formatted(PROXY_SETTINGS);
        return start(directory, upstreams, "listen 127.0.0.1:" + port + ";", location, "http", port);
    }

    /**
     * The platform's ingress: TLS (a self-signed certificate made for the test) terminated here, pgdeck served under
     * {@code prefix} (e.g. {@code /team-a/pgdeck}), told so by X-Forwarded-Prefix, -Proto and -Host.
     */
    public static Nginx tlsUnderSubPath(int upstream, String prefix, Path directory) {
        int port = PgdeckProcess.freePort();
        selfSignedCertificate(directory);
        String location = """
                    location %1$s/ {
                      proxy_pass http://pgdeck/;
                      proxy_set_header X-Forwarded-Proto https;
                      proxy_set_header X-Forwarded-Host $http_host;
                      proxy_set_header X-Forwarded-Prefix %1$s;
                %2$s
                    }
                """.formatted(prefix, PROXY_SETTINGS);
        String listen = "listen 127.0.0.1:" + port + " ssl;\n    ssl_certificate " + directory.resolve("tls.crt")
                + ";\n    ssl_certificate_key " + directory.resolve("tls.key") + ";";
        return start(directory, List.of(upstream), listen, location, "https", port);
    }

    private static final String PROXY_SETTINGS = """
                      proxy_http_version 1.1;
                      proxy_buffering off;
                      proxy_request_buffering off;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;""";

    private static void selfSignedCertificate(Path directory) {
        try {
            Files.createDirectories(directory);
            Process openssl = new ProcessBuilder(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "rsa:2048",
                            "-nodes",
                            "-days",
                            "1",
                            "-subj",
                            "/CN=127.0.0.1",
                            "-keyout",
                            directory.resolve("tls.key").toString(),
                            "-out",
                            directory.resolve("tls.crt").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("openssl.out").toFile())
                    .start();
            if (openssl.waitFor() != 0) {
                throw new IllegalStateException(
                        "openssl failed: " + Files.readString(directory.resolve("openssl.out")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Nginx start(
            Path directory, List<Integer> upstreams, String listen, String locations, String scheme, int port) {
        String servers = upstreams.stream()
                .map(upstream -> "    server 127.0.0.1:" + upstream + ";")
                .collect(Collectors.joining("\n"));
        String config = """
                daemon off;
                worker_processes 1;
                user root root;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 0;
                  upstream pgdeck {
                %2$s
                  }
                  server {
                    %3$s
                %4$s
                  }
                }
                """.formatted(directory, servers, listen, locations);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("nginx.conf");
            Files.writeString(file, config);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(), "-c", file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("nginx.out").toFile())
                    .start();
            Nginx nginx = new Nginx(process, port, directory, scheme);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return scheme + "://127.0.0.1:" + port;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
