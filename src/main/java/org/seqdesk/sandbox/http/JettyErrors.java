package org.seqdesk.sandbox.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty raises before a request reaches the API (a malformed URI, an ambiguous path, an
 * oversized header) as ExceptionDocuments instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    /**
     * A request Jetty could not parse (a malformed or ambiguous URI, a bad header): its headers are
     * not known here, so the answer is VidiCore's default, XML.
     */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        int code = status >= 400 && status < 500 ? status : 400;
        byte[] body =
                ErrorResponses.body(
                        ApiException.httpStatus(code, "The request could not be understood"),
                        MediaKind.XML);
        fields.put(HttpHeader.CONTENT_TYPE, "application/xml;charset=utf-8");
        return ByteBuffer.wrap(body);
    }

    @Override
    public void handle(
            String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        ApiException e =
                status == 404
                        ? ApiException.notFound("resource", "")
                        : status >= 500
                                ? ApiException.internal("The sandbox failed; see its log")
                                : ApiException.httpStatus(
                                        status >= 400 ? status : 400,
                                        "The request could not be understood");
        MediaKind kind = MediaKind.fromAccept(request.getHeader("Accept"), true);
        byte[] body = ErrorResponses.body(e, kind);
        response.setStatus(e.status());
        response.setContentType(kind.mediaType() + ";charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        base.setHandled(true);
    }
}
