package org.zhuye.person.imports;

import java.time.Instant;

/** One uploaded file's import, as the job list and the progress page show it. */
public record ImportJob(long id, String createdBy, String jurisdiction, String fileName, String format, boolean dryRun,
                        Status status, String message, long rowsRead, long totalBytes, long bytesRead, long inserted,
                        long updated, long unchanged, long errors, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {

    public enum Status {
        QUEUED("排队中"), RUNNING("进行中"), SUCCEEDED("已完成"), FAILED("未通过");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** Percent of the file read, for the progress bar; null when unknown (an XLSX without row count). */
    public Integer percent() {
        if (finished()) {
            return 100;
        }
        if (totalBytes <= 0 || bytesRead <= 0) {
            return status == Status.QUEUED ? 0 : null;
        }
        return (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    /** Whether the file was saved into the registry. */
    public boolean saved() {
        return status == Status.SUCCEEDED && !dryRun;
    }
}
