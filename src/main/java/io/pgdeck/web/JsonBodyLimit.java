package io.pgdeck.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every JSON request body is read whole into memory, so it is bounded in bytes ({@code pgdeck.web.max-json-body},
 * default 8 MB): a larger declared length is refused at once, and a body without one is cut off where it passes the
 * bound. Both answer 413 problem+json. Files and CSV stream elsewhere, with the storage quota as their bound.
 */
@Component
final class JsonBodyLimit extends OncePerRequestFilter {

    private final long limit;

    JsonBodyLimit(@Value("${pgdeck.web.max-json-body:8MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            tooLarge(response);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limit), response);
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response);
            }
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        Problems.send(
                response,
                HttpStatus.PAYLOAD_TOO_LARGE,
                "Request too large",
                "A JSON request body may hold at most "
                        + DataSize.ofBytes(limit).toMegabytes()
                        + " MB: send a smaller script, or load data with Import.");
    }

    /** Thrown once a body without a declared length passes the bound. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body larger than allowed");
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws TooLarge {
                    read += n;
                    if (read > limit) {
                        throw new TooLarge();
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
