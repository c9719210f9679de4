package org.seqdesk.sandbox.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty raises before a request reaches the API (a malformed URI, an ambiguous path, an
 * oversized header) as ExceptionDocuments instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
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
