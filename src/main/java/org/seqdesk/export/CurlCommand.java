package org.seqdesk.export;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.seqdesk.api.Auth;

/**
 * An equivalent {@code curl} command for a request, to run or share outside SeqDesk. Credentials
 * never appear: Basic auth becomes {@code -u user} (curl asks for the password) and a token is read
 * from {@code $VIDICORE_TOKEN}.
 */
final class CurlCommand {
    private CurlCommand() {}

    /**
     * The command for {@code request} as sent with {@code auth}.
     *
     * @param outputFile where curl should save the answer, or null to print it
     */
    static String of(Request request, Auth auth, String outputFile) {
        StringBuilder s = new StringBuilder("curl");
        if (!"GET".equals(request.method())) {
            s.append(" -X ").append(request.method());
        }
        s.append(authPart(auth));
        for (String name : request.headers().names()) {
            if (!name.equalsIgnoreCase("Authorization")) {
                s.append(" -H ").append(quote(name + ": " + request.header(name)));
            }
        }
        RequestBody body = request.body();
        if (body != null) {
            if (body.contentType() != null) {
                s.append(" -H ").append(quote("Content-Type: " + body.contentType()));
            }
            s.append(" --data-binary ").append(quote(bodyText(body)));
        }
        if (outputFile != null && !outputFile.isBlank()) {
            s.append(" -o ").append(quote(outputFile));
        }
        return s.append(' ').append(quote(request.url().toString())).toString();
    }

    private static String authPart(Auth auth) {
        if (auth instanceof Auth.Basic) {
            return " -u " + quote(((Auth.Basic) auth).user());
        }
        if (auth instanceof Auth.Token) {
            return " -H \"Authorization: token $VIDICORE_TOKEN\"";
        }
        return "";
    }

    private static String bodyText(RequestBody body) {
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            return "";
        }
    }

    /** Single quotes for a POSIX shell; a quote inside closes, escapes and reopens. */
    static String quote(String text) {
        if (text.matches("[A-Za-z0-9_./:=@%+-]+")) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
