package org.zhuye.person.imports;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * The server-side import through the API, for scripts: {@code GET /api/v1/persons/imports/placed} lists
 * the files in the data directory's {@code imports/}; {@code POST …/placed?file=name&dryRun=false} queues
 * one (202, administrators only) and {@code GET /api/v1/persons/imports/{id}} follows it — a province's file
 * takes minutes, longer than a client should hold one request open.
 */
@RestController
class PlacedImportApiController {

    private final ImportJobs jobs;
    private final PlacedFiles placed;

    PlacedImportApiController(ImportJobs jobs, PlacedFiles placed) {
        this.jobs = jobs;
        this.placed = placed;
    }

    @GetMapping("/api/v1/persons/imports/placed")
    List<PlacedFiles.PlacedFile> list(UserAccount user) {
        PlacedImportController.requireAdmin(user);
        return placed.list();
    }

    @PostMapping("/api/v1/persons/imports/placed")
    ResponseEntity<JobJson> start(@RequestParam("file") String file, @RequestParam(defaultValue = "false") boolean dryRun,
                                  UserAccount user, Principal principal, Jurisdiction jurisdiction) throws IOException {
        PlacedImportController.requireAdmin(user);
        long id = jobs.submitPlaced(file, dryRun, principal.getName(), jurisdiction)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "file：" + PlacedFiles.NO_SUCH_FILE + "（应为 GET /api/v1/persons/imports/placed 列出的文件名）"));
        return ResponseEntity.accepted().location(URI.create("/api/v1/persons/imports/" + id))
                .body(job(id, principal, jurisdiction));
    }

    /** An import job of the caller's (uploaded or placed), while it runs and after. */
    @GetMapping("/api/v1/persons/imports/{id}")
    JobJson job(@PathVariable long id, Principal principal, Jurisdiction jurisdiction) {
        return jobs.find(id, principal.getName(), jurisdiction).map(JobJson::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个导入任务"));
    }

    record JobJson(long id, String fileName, String format, boolean dryRun, String status, String statusLabel,
                   boolean finished, String message, long rowsRead, long totalBytes, long bytesRead, long inserted,
                   long updated, long unchanged, long errors, Instant createdAt, Instant finishedAt) {
        static JobJson of(ImportJob j) {
            return new JobJson(j.id(), j.fileName(), j.format(), j.dryRun(), j.status().name(), j.status().label(),
                    j.finished(), j.message(), j.rowsRead(), j.totalBytes(), j.bytesRead(), j.inserted(), j.updated(),
                    j.unchanged(), j.errors(), j.createdAt(), j.finishedAt());
        }
    }
}
