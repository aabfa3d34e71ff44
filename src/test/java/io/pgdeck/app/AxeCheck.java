package io.pgdeck.app;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, from the front end's own node_modules (the exact version package.json pins, never a CDN), run in the page
 * as it is: the serious and critical violations, each as "rule (impact): help, at [targets]".
 */
final class AxeCheck {

    private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id} (${v.impact}): ${v.help}, at `
                  + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | '));
            }
            """;

    private AxeCheck() {}

    /** The serious and critical violations on the page now, injecting axe first if this document has none yet. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: run npm ci in frontend");
        }
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        }
        return (List<String>) page.evaluate(RUN);
    }

    /** Each screen's violations, named, for one assertion that lists them all. */
    static String report(Map<String, List<String>> found) {
        StringBuilder text = new StringBuilder();
        found.forEach((screen, violations) -> violations.forEach(
                violation -> text.append(screen).append(": ").append(violation).append('\n')));
        return text.toString();
    }
}
