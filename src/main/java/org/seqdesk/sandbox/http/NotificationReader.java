package org.seqdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.seqdesk.sandbox.notify.Notification;

/**
 * Reads a NotificationDocument (XML or JSON) with an {@code http} action and a {@code job} trigger;
 * anything else the sandbox cannot send is a 400. Targets must be on loopback unless the sandbox is
 * configured to allow others.
 */
final class NotificationReader {
    private static final String DOCUMENT = "NotificationDocument";

    private NotificationReader() {}

    static Notification read(byte[] body, String contentType, boolean placeholder, boolean remote) {
        if (body.length == 0) {
            throw ApiException.invalidInput(DOCUMENT, "A document body is required", "");
        }
        JsonNode doc = Bodies.tree(body, contentType, DOCUMENT, DOCUMENT);
        JsonNode http = doc.path("action").path("http");
        if (!http.isObject()) {
            throw ApiException.invalidInput(
                    "action", "The sandbox sends HTTP notifications only: give action/http", null);
        }
        String url = text(http.get("url"));
        checkTarget(url, remote);
        String method = text(http.get("method")).toUpperCase(Locale.ROOT);
        method = method.isEmpty() ? "POST" : method;
        if (!method.equals("POST") && !method.equals("PUT")) {
            throw ApiException.invalidInput("method", "method must be POST or PUT", method);
        }
        String type = text(http.get("contentType"));
        type = type.isEmpty() ? "application/xml" : type;
        if (!type.equals("application/xml") && !type.equals("application/json")) {
            throw ApiException.invalidInput(
                    "contentType", "contentType must be application/xml or application/json", type);
        }
        int timeout = number(http.get("timeout"), "timeout", 5, 1, 60);
        int retry = number(http.get("retry"), "retry", 3, 0, 10);
        JsonNode job = doc.path("trigger").path("job");
        if (!job.isObject()) {
            throw ApiException.invalidInput(
                    "trigger", "The sandbox triggers on jobs only: give trigger/job", null);
        }
        return new Notification(
                0, placeholder, url, method, type, timeout, retry, events(job), types(job), null);
    }

    private static Set<String> events(JsonNode job) {
        Set<String> events = new LinkedHashSet<>();
        for (Iterator<String> it = job.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (Notification.EVENTS.contains(name)) {
                events.add(name);
            } else if (!name.equals("filter")) {
                throw ApiException.invalidInput(
                        "trigger", "Job triggers are " + Notification.EVENTS, name);
            }
        }
        if (events.isEmpty()) {
            throw ApiException.invalidInput(
                    "trigger", "Name the job events: " + Notification.EVENTS, null);
        }
        return events;
    }

    private static Set<String> types(JsonNode job) {
        Set<String> types = new LinkedHashSet<>();
        String csv = text(job.path("filter").get("type"));
        for (String t : Params.split(csv)) {
            types.add(t);
        }
        return types;
    }

    /** http(s) only; the host must be a loopback name or address unless {@code remote}. */
    static void checkTarget(String url, boolean remote) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalidInput("url", "Not a URL", url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw ApiException.invalidInput("url", "The URL must be http or https", url);
        }
        if (!remote && !isLoopback(uri.getHost())) {
            throw ApiException.invalidInput(
                    "url",
                    "The sandbox sends notifications to this machine (loopback) only;"
                            + " start it allowing remote notifications to send elsewhere",
                    url);
        }
    }

    /** Names are not resolved: only {@code localhost} and loopback address literals count. */
    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")) {
            return true;
        }
        if (!h.contains(":")) {
            return false;
        }
        try {
            // With a colon the name is an IPv6 literal, parsed without any lookup.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            throw ApiException.invalidInput(DOCUMENT, "Expected a text value", node.toString());
        }
        return node.asText().strip();
    }

    private static int number(JsonNode node, String name, int defaultValue, int min, int max) {
        String v = text(node);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalidInput(name, name + " must be " + min + " to " + max, v);
    }
}
