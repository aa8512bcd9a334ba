package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.person.CertificateNumber;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.csv.RowError;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * An import cut into many small chunks, as a province-sized file is cut into chunks of 50,000:
 * the whole file is still one all-or-nothing transaction, and a file that doubles the registry
 * saves with the registry's indexes set aside and rebuilt. A test that saves runs inside a
 * transaction that it rolls back, so its thousands of persons never reach the shared test database.
 */
@ZhuyeTest
class PersonImportChunksTest {

    static final Jurisdiction XINCHENG = Jurisdiction.of("150102");
    static final int CHUNK = 100;

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @TempDir
    Path files;

    private TunedImport tuned;

    TunedImport importer(long bulkLoadRows) {
        tuned = new TunedImport(context, new PersonImport.Tuning(CHUNK, bulkLoadRows, true), files, XINCHENG);
        return tuned;
    }

    PersonImport.Outcome run(TunedImport importer, List<List<String>> rows) throws IOException {
        return importer.run(rows);
    }

    @Test
    void aFileThatDoublesTheRegistryIsSavedWholeWithItsIndexesRebuiltAndLookalikesFoundAcrossChunks() {
        List<String> schema = RegistrySchema.of(jdbc);
        inRolledBackTransaction(() -> {
            long present = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
            int size = (int) Math.max(3 * CHUNK + 50, present + 2 * CHUNK);
            List<List<String>> rows = rows(size);
            // Same name, birth date and county as the second row, but in the last chunk.
            String twin = sameBirthDate(rows.get(1).get(0));
            rows.add(ImportFiles.row(twin, rows.get(1).get(1)));

            PersonImport.Outcome outcome = run(importer(CHUNK), rows);

            assertThat(tuned.errors).isEmpty();
            assertThat(outcome.saved()).isTrue();
            assertThat(outcome.inserted()).isEqualTo(size + 1);
            assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(present + size + 1);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM employment_event e JOIN person p ON p.id = e.person_id
                    WHERE p.name LIKE '分块%' AND e.baseline""").query(Long.class).single()).isEqualTo(size + 1);
            assertThat(RegistrySchema.of(jdbc)).as("indexes and constraints rebuilt as defined").isEqualTo(schema);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM duplicate_flag f JOIN person a ON a.id = f.person_id JOIN person b ON b.id = f.other_id
                    WHERE a.cert_hash = ? AND b.cert_hash = ? OR a.cert_hash = ? AND b.cert_hash = ?""")
                    .params(hash(rows.get(1).get(0)), hash(twin), hash(twin), hash(rows.get(1).get(0)))
                    .query(Long.class).single()).isEqualTo(1);

            PersonImport.Outcome again = run(importer(CHUNK), rows);
            assertThat(again.inserted()).isZero();
            assertThat(again.unchanged()).isEqualTo(size + 1);
        });
        assertThat(RegistrySchema.of(jdbc)).isEqualTo(schema);
    }

    @Test
    void anErrorInTheLastChunkLeavesTheEarlierChunksUnsaved() throws IOException {
        List<List<String>> rows = rows(3 * CHUNK + 10);
        List<String> bad = new ArrayList<>(rows.get(3 * CHUNK + 5));
        bad.set(4, "150102001");
        rows.set(3 * CHUNK + 5, bad);

        PersonImport.Outcome outcome = run(importer(Long.MAX_VALUE), rows);

        assertThat(outcome.saved()).isFalse();
        assertThat(tuned.errors).extracting(RowError::row).containsExactly(3 * CHUNK + 5 + 2);
        for (int i : new int[] {0, CHUNK, 2 * CHUNK, 3 * CHUNK + 9}) {
            assertThat(jdbc.sql("SELECT count(*) FROM person WHERE cert_hash = ?").param(hash(rows.get(i).get(0)))
                    .query(Long.class).single()).as("row %d", i + 2).isZero();
        }
    }

    private List<List<String>> rows(int size) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(ImportFiles.row(ImportFiles.certificate(1 + i % 6, 1 + i % 4), chineseName(i)));
        }
        return rows;
    }

    /** 分块 and the row's index in Chinese numerals: names may not contain digits. */
    private static String chineseName(int index) {
        StringBuilder name = new StringBuilder("分块");
        for (char digit : Integer.toString(index).toCharArray()) {
            name.append("零一二三四五六七八九".charAt(digit - '0'));
        }
        return name.toString();
    }

    /**
     * Another valid number with the same birth date: born in 回民区 (150103) rather than 新城区,
     * which {@link ImportFiles} never uses, so it cannot repeat a number of the file.
     */
    private static String sameBirthDate(String certificate) {
        String body = "150103" + certificate.substring(6, 17);
        return body + CertificateNumber.checkCharacter(body) + certificate.substring(18);
    }

    private byte[] hash(String certificate) {
        return cipher.lookupHash(certificate.substring(0, 20));
    }

    private interface Work {
        void run() throws IOException;
    }

    private void inRolledBackTransaction(Work work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
    }
}
