package dev.augenhoehe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the benchmark texts from bench/texts (or -Dbench.texts=DIR), the same files the Node peers read. */
final class Texts {

    private Texts() {
    }

    static String read(String name) {
        Path dir = Path.of(System.getProperty("bench.texts", "bench/texts"));
        try {
            return Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark text missing; run from the project root or set -Dbench.texts", e);
        }
    }
}
