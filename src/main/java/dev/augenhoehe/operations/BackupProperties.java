package dev.augenhoehe.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduled local backups ({@code augenhoehe.backup.*}), into {@code backups/} in the data folder.
 *
 * @param schedule   when, as a cron expression (default: every night at 02:30); "-" switches them off
 * @param keepDaily  how many days keep their newest backup
 * @param keepWeekly how many weeks before those keep their newest backup
 */
@ConfigurationProperties("augenhoehe.backup")
public record BackupProperties(String schedule, Integer keepDaily, Integer keepWeekly) {

    public BackupProperties {
        schedule = schedule == null || schedule.isBlank() ? "0 30 2 * * *" : schedule;
        keepDaily = keepDaily == null ? 7 : Math.max(1, keepDaily);
        keepWeekly = keepWeekly == null ? 4 : Math.max(0, keepWeekly);
    }
}
