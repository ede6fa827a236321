package org.monitoringadvisor.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty finds itself, before a request reaches the {@link Router} (a {@code Content-Length} that is not
 * a number, an ambiguous path such as {@code //questions}, headers too large, a body that stopped arriving), in the
 * same JSON as every other error, never Jetty's HTML page or an exception's name.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final Router router;

    JsonErrorHandler(Router router) {
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object code = request.getAttribute(ERROR_STATUS);
        if (code instanceof Integer given && given >= 400) {
            status = given;
        }
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        Router.send(response, callback, status, router.errorBody(error(status, path)));
        return true;
    }

    private ApiError error(int status, String path) {
        return switch (status) {
            case 400 -> new ApiError(400, "bad-request", "the request is not valid HTTP (check the request line, "
                    + "the path, and that Content-Length is a number)");
            case 404 -> router.notFound(path);
            case 408 -> new ApiError(408, "request-timeout", "the request did not arrive in time; send the "
                    + "headers and body without pausing");
            case 413 -> new ApiError(413, "body-too-large", "the request body is too large");
            case 414 -> new ApiError(414, "uri-too-long", "the path is too long");
            case 431 -> new ApiError(431, "headers-too-large", "the request headers are too large");
            default -> new ApiError(status, status >= 500 ? "internal-error" : "bad-request",
                    "the request could not be handled (" + status + " " + HttpStatus.getMessage(status) + ")");
        };
    }
}
