package dev.augenhoehe;

import dev.augenhoehe.language.cli.CheckCommand;
import dev.augenhoehe.operations.RestoreCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AugenhoeheApplication {

    public static void main(String[] args) {
        // "check" is the Klartext command line: it must answer in milliseconds, so Spring never starts for it.
        if (args.length > 0 && "check".equals(args[0])) {
            System.exit(CheckCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
        }
        // "restore" writes a backup into an empty database: the app must not be running on it meanwhile
        if (args.length > 0 && "restore".equals(args[0])) {
            System.exit(RestoreCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(AugenhoeheApplication.class, args);
    }
}
