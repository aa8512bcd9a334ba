package org.zhuye.person.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CodeLists;
import org.zhuye.person.PersonRegistry;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionRepository;

/**
 * {@link PersonImport} as the application builds it but cut differently ({@link PersonImport.Tuning}),
 * so that a few hundred rows take the paths a province-sized file takes: many chunks, a bulk load,
 * a first load. Runs a CSV of rows for one jurisdiction and keeps the errors it reports.
 */
final class TunedImport {

    final List<RowError> errors = new CopyOnWriteArrayList<>();

    private final PersonImport importer;
    private final Path files;
    private final Jurisdiction jurisdiction;

    TunedImport(ApplicationContext context, PersonImport.Tuning tuning, Path files, Jurisdiction jurisdiction) {
        this.importer = new PersonImport(context.getBean(DataSource.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(CodeLists.class),
                context.getBean(RegionRepository.class), context.getBean(PersonRegistry.class),
                context.getBean(AuditTrail.class), context, context.getBean(RegistryStatistics.class), tuning);
        this.files = files;
        this.jurisdiction = jurisdiction;
    }

    PersonImport.Outcome run(List<List<String>> rows) throws IOException {
        Path file = Files.write(files.resolve("persons-" + System.nanoTime() + ".csv"), ImportFiles.csv(rows));
        return importer.run(new PersonImport.Request(0, "chunk-tester", jurisdiction, "persons.csv",
                PersonImportFormat.CSV, false), file, new PersonImport.Listener() {
                    @Override
                    public void progress(long rows, long bytesRead, long totalBytes, String phase) {
                    }

                    @Override
                    public void errors(List<RowError> found) {
                        errors.addAll(found);
                    }
                });
    }
}
