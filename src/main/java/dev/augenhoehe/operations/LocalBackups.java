package dev.augenhoehe.operations;

import dev.augenhoehe.system.DataDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backups into the data folder on a schedule, one folder per workspace, thinned out to the newest of each of the
 * last days and weeks. A failed run leaves a note in the folder that the backup page shows until a run succeeds:
 * a backup that silently stopped is worse than none, because someone relies on it.
 */
@Component
class LocalBackups {

    private static final Logger log = LoggerFactory.getLogger(LocalBackups.class);
    static final String FAILED = "last-failure.txt";
    private static final Pattern NAME = Pattern.compile("augenhoehe-backup-(\\d{8}-\\d{6})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** One stored backup, for the settings page. */
    record StoredBackup(String name, long bytes, Instant at) {
    }

    /** A failed run: when, and the reason in one line. */
    record Failure(Instant at, String reason) {
    }

    private final WorkspaceArchive archive;
    private final JdbcTemplate jdbc;
    private final BackupProperties properties;
    private final Path root;
    private final Clock clock;

    @Autowired
    LocalBackups(DataSource dataSource, JdbcTemplate jdbc, BackupProperties properties, Environment environment) {
        this(dataSource, jdbc, properties, Path.of(environment.getProperty(DataDirectory.PROPERTY, "./data"))
                .toAbsolutePath().normalize().resolve("backups"), Clock.systemDefaultZone());
    }

    LocalBackups(DataSource dataSource, JdbcTemplate jdbc, BackupProperties properties, Path root, Clock clock) {
        this.archive = new WorkspaceArchive(dataSource, clock);
        this.jdbc = jdbc;
        this.properties = properties;
        this.root = root;
        this.clock = clock;
    }

    /** Once across instances: the lock is held at least a minute, so an instance whose clock lags does not repeat it. */
    @Scheduled(cron = "${augenhoehe.backup.schedule:0 30 2 * * *}")
    @SchedulerLock(name = "nightly-backups", lockAtLeastFor = "PT1M", lockAtMostFor = "PT3H")
    void scheduled() {
        for (long workspaceId : jdbc.queryForList("select id from workspace order by id", Long.class)) {
            backUp(workspaceId);
        }
    }

    /** Writes one backup (whole or not at all: it is renamed into place only when complete), then thins out. */
    Optional<StoredBackup> backUp(long workspaceId) {
        Path folder = folder(workspaceId);
        try {
            Files.createDirectories(folder);
            String name = "augenhoehe-backup-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
            Path partial = folder.resolve(name + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                archive.write(workspaceId, out);
            }
            Path done = folder.resolve(name);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(folder.resolve(FAILED));
            thinOut(folder);
            return Optional.of(new StoredBackup(name, Files.size(done), Files.getLastModifiedTime(done).toInstant()));
        } catch (IOException | RuntimeException e) {
            log.error("backup of workspace {} failed: {}", workspaceId, e.toString());
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(FAILED), Instant.now(clock) + "\n" + e, StandardCharsets.UTF_8);
            } catch (IOException ignored) {
                // the folder itself is unusable; the log line above is all that is left
            }
            return Optional.empty();
        }
    }

    List<StoredBackup> list(long workspaceId) {
        Path folder = folder(workspaceId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<StoredBackup> found = new ArrayList<>();
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                found.add(new StoredBackup(file.getFileName().toString(), Files.size(file),
                        Files.getLastModifiedTime(file).toInstant()));
            }
            found.sort(Comparator.comparing(StoredBackup::name).reversed());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Failure> lastFailure(long workspaceId) {
        Path note = folder(workspaceId).resolve(FAILED);
        try {
            if (!Files.exists(note)) {
                return Optional.empty();
            }
            String[] lines = Files.readString(note, StandardCharsets.UTF_8).split("\n", 2);
            return Optional.of(new Failure(Instant.parse(lines[0]), lines.length > 1 ? lines[1] : ""));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Failure(Instant.now(clock), e.toString()));
        }
    }

    /** A stored backup by its listed name only: no path of the caller's choosing reaches the file system. */
    Optional<Path> file(long workspaceId, String name) {
        return list(workspaceId).stream().filter(b -> b.name().equals(name)).findFirst()
                .map(b -> folder(workspaceId).resolve(b.name()));
    }

    /** Keeps the newest backup of each of the last {@code keepDaily} days and of the {@code keepWeekly} weeks before. */
    private void thinOut(Path folder) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .sorted(Comparator.reverseOrder()).toList();
        }
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        int weekly = 0;
        for (String name : names) {
            var match = NAME.matcher(name);
            match.matches();
            LocalDate day = LocalDateTime.parse(match.group(1), STAMP).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keep;
            if (days.size() < properties.keepDaily() || days.contains(day)) {
                keep = days.add(day);
                weeks.add(week);
            } else {
                keep = weekly < properties.keepWeekly() && weeks.add(week);
                weekly += keep ? 1 : 0;
            }
            if (!keep) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    private Path folder(long workspaceId) {
        return root.resolve(Long.toString(workspaceId));
    }
}
