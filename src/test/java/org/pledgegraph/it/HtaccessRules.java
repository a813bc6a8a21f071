package org.pledgegraph.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Apache mod_rewrite to evaluate w3id/.htaccess: RewriteCond on HTTP headers (with NC and OR),
 * RewriteRule with back-references, %{ENV:…} set by an E= flag, and the R=… and L flags. The regexes are
 * the file's own (Java and PCRE agree on the constructs it uses).
 */
final class HtaccessRules {
    private static final Pattern COND = Pattern.compile("RewriteCond\\s+%\\{(\\w+)\\}\\s+(\\S+)(?:\\s+\\[([^]]*)])?");
    private static final Pattern RULE = Pattern.compile("RewriteRule\\s+(\\S+)\\s+(\\S+)(?:\\s+\\[([^]]*)])?");

    private record Cond(String variable, Pattern pattern, boolean or) {
    }

    private record Rule(List<Cond> conds, Pattern pattern, String target, List<String> flags) {
    }

    /** Where a request goes: status (303, 302) and the Location, or null when no rule redirects. */
    record Redirect(int status, String location) {
    }

    private final List<Rule> rules = new ArrayList<>();

    private HtaccessRules() {
    }

    static HtaccessRules read(Path file) throws IOException {
        HtaccessRules r = new HtaccessRules();
        List<Cond> pending = new ArrayList<>();
        int n = 0;
        for (String raw : Files.readAllLines(file)) {
            n++;
            String line = raw.strip();
            if (line.startsWith("RewriteCond")) {
                Matcher m = COND.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException(file + ":" + n + ": cannot read " + line);
                }
                List<String> flags = flags(m.group(3));
                pending.add(new Cond(m.group(1), Pattern.compile(m.group(2),
                        flags.contains("NC") ? Pattern.CASE_INSENSITIVE : 0), flags.contains("OR")));
            } else if (line.startsWith("RewriteRule")) {
                Matcher m = RULE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException(file + ":" + n + ": cannot read " + line);
                }
                r.rules.add(new Rule(List.copyOf(pending), Pattern.compile(m.group(1)), m.group(2), flags(m.group(3))));
                pending.clear();
            }
        }
        return r;
    }

    /** Evaluates a request for {@code path} (relative to the w3id folder, no leading '/'), with its headers. */
    Redirect apply(String path, Map<String, String> headers) {
        Map<String, String> env = new HashMap<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(path);
            if (!m.find() || !conditions(rule.conds(), headers)) {
                continue;
            }
            String target = rule.target();
            for (String f : rule.flags()) {
                if (f.startsWith("E=")) {
                    String[] kv = f.substring(2).split(":", 2);
                    env.put(kv[0], kv[1]);
                }
            }
            if (target.equals("-")) {
                continue;
            }
            for (int g = m.groupCount(); g >= 1; g--) {
                target = target.replace("$" + g, m.group(g) == null ? "" : m.group(g));
            }
            for (Map.Entry<String, String> e : env.entrySet()) {
                target = target.replace("%{ENV:" + e.getKey() + "}", e.getValue());
            }
            for (String f : rule.flags()) {
                if (f.startsWith("R=")) {
                    return new Redirect(Integer.parseInt(f.substring(2)), target);
                }
            }
            throw new IllegalStateException("rule without a redirect: " + rule);
        }
        return null;
    }

    /** The base the file redirects to (its E=PG_BASE value). */
    String base() {
        for (Rule rule : rules) {
            for (String f : rule.flags()) {
                if (f.startsWith("E=PG_BASE:")) {
                    return f.substring("E=PG_BASE:".length());
                }
            }
        }
        throw new IllegalStateException("no PG_BASE");
    }

    private static boolean conditions(List<Cond> conds, Map<String, String> headers) {
        boolean result = true;
        boolean orChain = false;
        for (Cond c : conds) {
            String value = switch (c.variable()) {
                case "HTTP_ACCEPT" -> headers.getOrDefault("Accept", "");
                case "HTTP_USER_AGENT" -> headers.getOrDefault("User-Agent", "");
                default -> throw new IllegalArgumentException("unsupported variable " + c.variable());
            };
            boolean hit = c.pattern().matcher(value).find();
            if (orChain) {
                result = result || hit;
            } else {
                if (!result) {
                    return false;
                }
                result = hit;
            }
            orChain = c.or();
        }
        return result;
    }

    private static List<String> flags(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String f : s.split(",")) {
                out.add(f.strip());
            }
        }
        return out;
    }
}
