package org.zhuye.person.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.CertificateNumber;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.synthetic.SyntheticPopulation;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * The first load of an empty registry, copied straight into the registry's tables
 * ({@link PersonImportFirstLoad}). These tests need the registry empty and commit for real, so
 * they run on a database of their own rather than the one the other tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.test.data-dir}/first-load",
        "zhuye.admin.initial-password=" + ZhuyeTest.ADMIN_PASSWORD,
})
class PersonImportFirstLoadTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final int CHUNK = 100;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    PersonRegistry registry;

    @TempDir
    Path files;

    @BeforeEach
    void emptyRegistry() {
        jdbc.sql("TRUNCATE person CASCADE").update();
    }

    TunedImport importer(boolean directFirstLoad) {
        return new TunedImport(context, new PersonImport.Tuning(CHUNK, CHUNK, directFirstLoad), files, PROVINCE);
    }

    @Test
    void aFirstLoadStoresExactlyWhatTheGeneralPathStores() throws IOException {
        List<List<String>> rows = syntheticRows(4 * CHUNK + 37);
        // Lookalikes: the same name, birth date and residence under another number, one of them in another chunk.
        rows.add(twinOf(rows.get(3)));
        rows.add(twinOf(rows.get(2 * CHUNK + 5)));

        TunedImport direct = importer(true);
        PersonImport.Outcome first = direct.run(rows);
        List<String> copied = registryContents();
        emptyRegistry();
        TunedImport general = importer(false);
        PersonImport.Outcome second = general.run(rows);
        List<String> matched = registryContents();

        assertThat(direct.errors).isEmpty();
        assertThat(general.errors).isEmpty();
        assertThat(first.inserted()).isEqualTo(rows.size());
        assertThat(second.inserted()).isEqualTo(rows.size());
        assertThat(copied).as("persons, statuses and lookalike flags").isEqualTo(matched)
                .filteredOn(line -> line.startsWith("flag")).hasSize(2);
        assertThat(copied).filteredOn(line -> line.startsWith("event")).hasSizeGreaterThan(rows.size() / 2);
    }

    @Test
    void aBadRowInTheLastChunkLeavesTheRegistryEmptyWithItsIndexesAndKeys() throws IOException {
        List<String> schema = RegistrySchema.of(jdbc);
        List<List<String>> rows = syntheticRows(3 * CHUNK + 10);
        List<String> bad = new ArrayList<>(rows.get(3 * CHUNK + 5));
        bad.set(4, "159999999999");
        rows.set(3 * CHUNK + 5, bad);
        TunedImport importer = importer(true);

        PersonImport.Outcome outcome = importer.run(rows);

        assertThat(outcome.saved()).isFalse();
        assertThat(importer.errors).extracting(e -> e.row()).containsExactly(3 * CHUNK + 5 + 2);
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM employment_event").query(Long.class).single()).isZero();
        assertThat(RegistrySchema.of(jdbc)).isEqualTo(schema);
    }

    @Test
    void aPersonRegisteredAfterAFirstLoadGetsAnIdOfTheirOwn() throws IOException {
        List<List<String>> rows = syntheticRows(2 * CHUNK + 3);
        List<String> later = rows.remove(rows.size() - 1);
        assertThat(importer(true).run(rows).inserted()).isEqualTo(rows.size());
        long highest = jdbc.sql("SELECT max(id) FROM person").query(Long.class).single();

        long id = registry.register(PersonTemplate.person(later), PROVINCE);

        assertThat(id).isGreaterThan(highest);
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(rows.size() + 1);
    }

    @Test
    void aFirstLoadStoresItsRowsFrozenAndAllVisibleSoThatNoVacuumIsOwed() throws IOException {
        importer(true).run(syntheticRows(3 * CHUNK));

        assertThat(jdbc.sql("""
                SELECT relallvisible = relpages AND relpages > 0 FROM pg_class WHERE oid = CAST('person' AS regclass)""")
                .query(Boolean.class).single()).as("every page marked all-visible, as COPY FREEZE leaves them").isTrue();
    }

    private List<List<String>> syntheticRows(int count) {
        SyntheticPopulation population = SyntheticPopulation.innerMongolia(20261122, LocalDate.now());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(population.next());
        }
        return rows;
    }

    /** The same row under another valid number with the same birth date (born in 回民区, which the population never uses). */
    private static List<String> twinOf(List<String> row) {
        String certificate = row.get(0);
        String body = "150103" + certificate.substring(6, 17);
        List<String> twin = new ArrayList<>(row);
        twin.set(0, body + CertificateNumber.checkCharacter(body) + certificate.substring(18));
        return twin;
    }

    /** Everything the registry holds of the imported persons, without ids, times and the random nonces of the ciphers. */
    private List<String> registryContents() {
        List<String> lines = new ArrayList<>(jdbc.sql("""
                SELECT 'person ' || row(encode(cert_hash, 'hex'), cert_masked, name, sex, birth_date, category, grade,
                       multiple_categories, ethnicity, education, region_code, hukou, encode(phone_hash, 'hex'),
                       phone_masked, cert_status, cert_issued_on, cert_valid_until, guardian_name, guardian_relation,
                       guardian_phone_masked, encode(guardian_phone_hash, 'hex'), employed, employed_since, merged_into,
                       version)::text, cert_cipher, phone_cipher, guardian_phone_cipher
                FROM person""")
                .query((rs, i) -> rs.getString(1) + " " + cipher.decrypt(rs.getBytes(2)) + " " + decrypt(rs.getBytes(3))
                        + " " + decrypt(rs.getBytes(4)))
                .list());
        lines.addAll(jdbc.sql("""
                SELECT 'event ' || row(encode(p.cert_hash, 'hex'), e.effective_on, e.employed, e.form, e.employer_name,
                       e.occupation, e.monthly_income, e.satisfaction, e.reason, e.livelihood, e.baseline, e.recorded_by,
                       e.voided_at)::text
                FROM employment_event e JOIN person p ON p.id = e.person_id""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT 'flag ' || row(least(encode(a.cert_hash, 'hex'), encode(b.cert_hash, 'hex')),
                       greatest(encode(a.cert_hash, 'hex'), encode(b.cert_hash, 'hex')), f.region_code, f.status)::text
                FROM duplicate_flag f JOIN person a ON a.id = f.person_id JOIN person b ON b.id = f.other_id""")
                .query(String.class).list());
        lines.sort(null);
        return lines;
    }

    private String decrypt(byte[] stored) {
        return stored == null ? "-" : cipher.decrypt(stored);
    }
}
