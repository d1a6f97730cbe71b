package io.github.talentrules.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches the service (a malformed request line, headers
 * too large, a URI too long): problem details of type {@code about:blank}, never a page or a stack trace.
 */
final class JettyProblems extends ErrorHandler {
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    JettyProblems() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM);
        response.write(true, body(code, request.getHttpURI().getPath()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM);
        return body(status, null);
    }

    private static ByteBuffer body(int code, String instance) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", "about:blank");
        String reason = HttpStatus.getMessage(code);
        o.put("title", reason);
        o.put("status", code);
        o.put("detail", reason);
        if (instance != null) {
            o.put("instance", instance);
        }
        return ByteBuffer.wrap(Json.write(o).getBytes(StandardCharsets.UTF_8));
    }
}
