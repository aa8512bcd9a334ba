package org.zhuye.person.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.region.Jurisdiction;

/**
 * {@code POST /api/v1/persons/imports}: the template as CSV or XLSX (multipart field {@code file}),
 * imported on the spot, all or nothing. 200 when every row passed, 422 with every error and
 * nothing saved otherwise. The import is also kept as a job, visible on the import page.
 */
@RestController
class PersonImportApiController {

    /** Errors listed in one answer; the count gives them all, and the job page lists the rest. */
    static final int MAX_ERRORS = 10_000;

    private final ImportJobs jobs;

    PersonImportApiController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/persons/imports")
    ResponseEntity<ImportJson> importFile(@RequestParam("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun, Principal user,
                                          Jurisdiction jurisdiction) throws IOException {
        if (file.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "上传的文件是空的");
        }
        ImportJob job = jobs.runNow(file.getInputStream(), file.getOriginalFilename(), dryRun, user.getName(), jurisdiction);
        if (job.status() == ImportJob.Status.FAILED && job.errors() == 0) {
            throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, job.message());
        }
        List<ErrorJson> errors = jobs.findErrors(job.id(), jurisdiction, 0, MAX_ERRORS).stream()
                .map(e -> new ErrorJson(e.row(), e.column(), e.value(), e.message())).toList();
        long imported = job.saved() ? job.rowsRead() : 0;
        ImportJson body = new ImportJson(job.id(), job.rowsRead(), errors, job.errors(), imported, job.inserted(),
                job.updated(), job.unchanged(), job.dryRun());
        return ResponseEntity.status(job.errors() == 0 ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    record ImportJson(long jobId, long rows, List<ErrorJson> errors, long errorCount, long imported, long inserted,
                      long updated, long unchanged, boolean dryRun) {
    }

    record ErrorJson(int row, String column, String value, String message) {
    }
}
