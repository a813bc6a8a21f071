package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import org.pledgegraph.model.InputException;

/**
 * Where clients reach this server: the configured public base URL ({@code serve --base-url}, e.g. behind a
 * reverse proxy that the w3id.org redirects point at), or else the scheme, host and port of the request.
 * The IRIs in the store never change with it; only links, VoID and API descriptions use it.
 *
 * @param configured an http(s) URL ending in '/', or null to follow each request
 */
public record PublicRoot(String configured) {
    public PublicRoot {
        if (configured != null) {
            if (!configured.startsWith("http://") && !configured.startsWith("https://")) {
                throw new InputException("--base-url", "'" + configured + "' is not an http(s) URL");
            }
            if (!configured.endsWith("/")) {
                configured = configured + "/";
            }
        }
    }

    /** The root URL, ending in '/'. */
    public String of(HttpServletRequest req) {
        if (configured != null) {
            return configured;
        }
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
    }
}
