package io.pgdeck;

import io.pgdeck.provision.ProvisionCommand;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PgdeckApplication {

    public static void main(String[] args) {
        if (ProvisionCommand.handles(args)) {
            System.exit(ProvisionCommand.main(args));
        }
        SpringApplication.run(PgdeckApplication.class, withDemoOption(args));
    }

    /** Accepts {@code --demo multi-tenant} as the operator types it, for {@code --pgdeck.demo=multi-tenant}. */
    public static String[] withDemoOption(String[] args) {
        List<String> translated = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--demo") && i + 1 < args.length) {
                translated.add("--pgdeck.demo=" + args[++i]);
            } else if (args[i].startsWith("--demo=")) {
                translated.add("--pgdeck.demo=" + args[i].substring("--demo=".length()));
            } else {
                translated.add(args[i]);
            }
        }
        return translated.toArray(String[]::new);
    }
}
