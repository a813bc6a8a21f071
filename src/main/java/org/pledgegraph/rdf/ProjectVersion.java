package org.pledgegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written into {@code version.properties} by Maven resource filtering. */
public final class ProjectVersion {
    private static final String RESOURCE = "/org/pledgegraph/version.properties";

    private ProjectVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}; "unknown" when run from sources that Maven did not filter. */
    public static String current() {
        try (InputStream in = ProjectVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
