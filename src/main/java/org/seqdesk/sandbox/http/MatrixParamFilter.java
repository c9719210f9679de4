package org.seqdesk.sandbox.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Accepts VidiCore 4.x matrix parameters: {@code /API/job;first=1;number=10?user=false} is served
 * as {@code /API/job?first=1&number=10&user=false}. Query parameters follow the matrix ones, so a
 * repeated name keeps both values.
 */
public final class MatrixParamFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String uri = http.getRequestURI();
        if (uri == null || uri.indexOf(';') < 0) {
            chain.doFilter(request, response);
            return;
        }
        StringBuilder query = new StringBuilder();
        String[] segments = uri.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            String[] parts = segments[s].split(";", -1);
            segments[s] = parts[0];
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    query.append(query.length() == 0 ? "" : "&").append(parts[i]);
                }
            }
        }
        String path = String.join("/", segments);
        String original = http.getQueryString();
        if (original != null && !original.isEmpty()) {
            query.append(query.length() == 0 ? "" : "&").append(original);
        }
        chain.doFilter(new Rewritten(http, path, query.toString()), response);
    }

    private static final class Rewritten extends HttpServletRequestWrapper {
        private final String path;
        private final String query;

        Rewritten(HttpServletRequest request, String path, String query) {
            super(request);
            this.path = path;
            this.query = query;
        }

        @Override
        public String getRequestURI() {
            return path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme())
                    .append("://")
                    .append(getServerName())
                    .append(':')
                    .append(getServerPort())
                    .append(path);
            return url;
        }

        @Override
        public String getPathInfo() {
            return path;
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getQueryString() {
            return query.isEmpty() ? null : query;
        }
    }
}
