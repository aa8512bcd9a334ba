package org.zhuye.person;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/** SQL over {@code person}. Every read is inside a jurisdiction. */
@Repository
@JurisdictionScoped
public class PersonRepository {

    static final String COLUMNS = """
            p.id, p.cert_masked, p.name, p.sex, p.birth_date, p.category, p.grade, p.multiple_categories,
            p.ethnicity, p.education, p.region_code, p.hukou, p.phone_masked, p.cert_status, p.cert_issued_on,
            p.cert_valid_until, p.guardian_name, p.guardian_relation, p.guardian_phone_masked, p.employed,
            p.employed_since, p.merged_into, p.created_at, p.updated_at, p.version, p.registered_on""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM person p WHERE p.id = ? AND p.region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query(PersonRepository::map)
                .optional();
    }

    /** The person inside the jurisdiction; {@link PersonNotFoundException} (404) if there is none, or not here. */
    public Person require(long id, Jurisdiction jurisdiction) {
        return find(id, jurisdiction).orElseThrow(() -> new PersonNotFoundException(id));
    }

    /** The persons among {@code ids} inside the jurisdiction, in no particular order (for lists built elsewhere). */
    public List<Person> findAll(java.util.Collection<Long> ids, Jurisdiction jurisdiction) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = ANY(?) AND p.region_code LIKE ?")
                .params(ids.toArray(Long[]::new), jurisdiction.likePattern())
                .query(PersonRepository::map)
                .list();
    }

    /** Registered persons (merged-away records excluded) and how many of them are in work today. */
    public Totals countTotals(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE employed) FROM person WHERE region_code LIKE ? AND merged_into IS NULL")
                .param(jurisdiction.likePattern())
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2))).single();
    }

    public Optional<Long> findIdByCertificate(byte[] certificateHash, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT id FROM person WHERE cert_hash = ? AND region_code LIKE ?")
                .params(certificateHash, jurisdiction.likePattern())
                .query(Long.class).optional();
    }

    /** One page of matches, plus whether another page follows. Merged-away records are left out. */
    public Page search(PersonSearch search, byte[] certificateHash, LocalDate asOf, Jurisdiction jurisdiction) {
        PersonFilter filter = PersonFilter.of(search, certificateHash, asOf, jurisdiction);
        var statement = filter.bind(jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE " + filter.where()
                        + " ORDER BY p.region_code, p.name, p.id LIMIT :limit OFFSET :offset"))
                .param("limit", search.pageSize() + 1)
                .param("offset", (long) search.page() * search.pageSize());
        List<Person> rows = statement.query(PersonRepository::map).list();
        boolean hasNext = rows.size() > search.pageSize();
        return new Page(hasNext ? rows.subList(0, search.pageSize()) : rows, hasNext);
    }

    /** How many match the search in all, for the pager's total. */
    public long count(PersonSearch search, byte[] certificateHash, LocalDate asOf, Jurisdiction jurisdiction) {
        PersonFilter filter = PersonFilter.of(search, certificateHash, asOf, jurisdiction);
        return filter.bind(jdbc.sql("SELECT count(*) FROM person p WHERE " + filter.where())).query(Long.class).single();
    }

    @OutsideJurisdiction("a certificate number may be registered only once in the whole system")
    public Optional<RegisteredElsewhere> findRegistration(byte[] certificateHash) {
        return jdbc.sql("SELECT id, region_code FROM person WHERE cert_hash = ?")
                .param(certificateHash)
                .query((rs, i) -> new RegisteredElsewhere(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /**
     * What an employer's quota declaration needs to check an employee it names by certificate
     * number: no contact data, no certificate number.
     */
    @OutsideJurisdiction("an employer's quota declaration names employees living anywhere in the province; the check needs the registry facts wherever the person is registered")
    public Optional<RegisteredFacts> findFacts(byte[] certificateHash) {
        return jdbc.sql("""
                SELECT id, name, sex, birth_date, category, grade, cert_status, region_code
                FROM person WHERE cert_hash = ? AND merged_into IS NULL
                """)
                .param(certificateHash)
                .query((rs, i) -> new RegisteredFacts(rs.getLong(1), rs.getString(2),
                        "M".equals(rs.getString(3)) ? Sex.MALE : Sex.FEMALE, rs.getDate(4).toLocalDate(), rs.getInt(5),
                        rs.getInt(6), CertificateStatus.valueOf(rs.getString(7)), rs.getString(8)))
                .optional();
    }

    /**
     * What a PERSON account's self-binding compares (person.account.SelfBinding): the name as registered and
     * the phone's lookup hash, no number in the clear. Merged records are returned too, so that a try naming
     * one can be refused as merged rather than reported as a mismatch.
     */
    @OutsideJurisdiction("self-binding: a PERSON account that is not yet bound has no person to scope by; it proves who it is by certificate, name and phone, wherever the person is registered")
    public Optional<BindingFacts> findForBinding(byte[] certificateHash) {
        return jdbc.sql("SELECT id, name, phone_hash, merged_into, region_code FROM person WHERE cert_hash = ?")
                .param(certificateHash)
                .query((rs, i) -> new BindingFacts(rs.getLong(1), rs.getString(2), rs.getBytes(3),
                        (Long) rs.getObject(4), rs.getString(5)))
                .optional();
    }

    /** Others with the same name and birth date in the same county: potential duplicates. */
    public List<Long> findLookalikes(String name, LocalDate birthDate, String regionCode, long exceptId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT id FROM person
                WHERE name = ? AND birth_date = ? AND substr(region_code, 1, 6) = ? AND id <> ?
                  AND merged_into IS NULL AND region_code LIKE ?
                """)
                .params(name, Date.valueOf(birthDate), regionCode.substring(0, 6), exceptId, jurisdiction.likePattern())
                .query(Long.class).list();
    }

    public Optional<Sensitive> findSensitive(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT cert_cipher, phone_cipher, guardian_phone_cipher FROM person WHERE id = ? AND region_code LIKE ?")
                .params(id, jurisdiction.likePattern())
                .query((rs, i) -> new Sensitive(rs.getBytes(1), rs.getBytes(2), rs.getBytes(3)))
                .optional();
    }

    long insert(PersonData data, Encrypted encrypted) {
        return jdbc.sql("""
                INSERT INTO person (cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade,
                    multiple_categories, ethnicity, education, region_code, hukou, phone_hash, phone_cipher, phone_masked,
                    cert_status, cert_issued_on, cert_valid_until, guardian_name, guardian_relation,
                    guardian_phone_cipher, guardian_phone_masked, guardian_phone_hash, registered_on)
                VALUES (:certHash, :certCipher, :certMasked, :name, :sex, :birth, :category, :grade, :multiple,
                    :ethnicity, :education, :region, :hukou, :phoneHash, :phoneCipher, :phoneMasked, :status,
                    :issued, :validUntil, :guardianName, :guardianRelation, :guardianPhoneCipher, :guardianPhoneMasked,
                    :guardianPhoneHash, coalesce(:registeredOn, CURRENT_DATE))
                RETURNING id
                """)
                .paramSource(bind(data, encrypted))
                .query(Long.class).single();
    }

    /** Applies a change if nobody changed the record since {@code version}; false if somebody did. */
    boolean update(long id, int version, PersonData data, Encrypted encrypted) {
        var params = bind(data, encrypted);
        params.addValue("id", id).addValue("version", version);
        return jdbc.sql("""
                UPDATE person SET cert_hash = :certHash, cert_cipher = :certCipher, cert_masked = :certMasked,
                    name = :name, sex = :sex, birth_date = :birth, category = :category, grade = :grade,
                    multiple_categories = :multiple, ethnicity = :ethnicity, education = :education,
                    region_code = :region, hukou = :hukou, phone_hash = :phoneHash, phone_cipher = :phoneCipher,
                    phone_masked = :phoneMasked, cert_status = :status, cert_issued_on = :issued,
                    cert_valid_until = :validUntil, guardian_name = :guardianName,
                    guardian_relation = :guardianRelation, guardian_phone_cipher = :guardianPhoneCipher,
                    guardian_phone_masked = :guardianPhoneMasked, guardian_phone_hash = :guardianPhoneHash,
                    registered_on = coalesce(:registeredOn, registered_on), updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """)
                .paramSource(params)
                .update() == 1;
    }

    void setCurrentEmployment(long id, Boolean employed, LocalDate since) {
        jdbc.sql("UPDATE person SET employed = ?, employed_since = ? WHERE id = ?")
                .params(employed, since == null ? null : Date.valueOf(since), id).update();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource bind(PersonData data, Encrypted encrypted) {
        var certificate = data.certificate();
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("certHash", encrypted.certificateHash())
                .addValue("certCipher", encrypted.certificateCipher())
                .addValue("certMasked", certificate.masked())
                .addValue("name", data.name())
                .addValue("sex", certificate.sex().code())
                .addValue("birth", Date.valueOf(certificate.birthDate()))
                .addValue("category", certificate.category().code())
                .addValue("grade", certificate.grade())
                .addValue("multiple", data.multipleCategories().stream().map(Integer::shortValue).toArray(Short[]::new))
                .addValue("ethnicity", data.ethnicity())
                .addValue("education", data.education())
                .addValue("region", data.regionCode())
                .addValue("hukou", data.hukou().name())
                .addValue("phoneHash", encrypted.phoneHash())
                .addValue("phoneCipher", encrypted.phoneCipher())
                .addValue("phoneMasked", PhoneNumber.mask(data.phone()))
                .addValue("status", data.status().name())
                .addValue("issued", data.issuedOn() == null ? null : Date.valueOf(data.issuedOn()))
                .addValue("validUntil", data.validUntil() == null ? null : Date.valueOf(data.validUntil()))
                .addValue("guardianName", data.guardianName())
                .addValue("guardianRelation", data.guardianRelation())
                .addValue("guardianPhoneCipher", encrypted.guardianPhoneCipher())
                .addValue("guardianPhoneMasked", PhoneNumber.mask(data.guardianPhone()))
                .addValue("guardianPhoneHash", encrypted.guardianPhoneHash())
                .addValue("registeredOn", data.registeredOn() == null ? null : Date.valueOf(data.registeredOn()), java.sql.Types.DATE);
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        Array multiple = rs.getArray("multiple_categories");
        List<Integer> categories = new ArrayList<>();
        for (Object code : (Object[]) multiple.getArray()) {
            categories.add(((Number) code).intValue());
        }
        Object employed = rs.getObject("employed");
        Date since = rs.getDate("employed_since");
        Object merged = rs.getObject("merged_into");
        return new Person(rs.getLong("id"), rs.getString("cert_masked"), rs.getString("name"),
                "M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE, rs.getDate("birth_date").toLocalDate(),
                DisabilityCategory.of(rs.getInt("category")).orElseThrow(), rs.getInt("grade"), List.copyOf(categories),
                rs.getString("ethnicity"), rs.getString("education"), rs.getString("region_code"),
                Hukou.valueOf(rs.getString("hukou")), rs.getString("phone_masked"),
                CertificateStatus.valueOf(rs.getString("cert_status")), localDate(rs, "cert_issued_on"),
                localDate(rs, "cert_valid_until"), rs.getString("guardian_name"), rs.getString("guardian_relation"),
                rs.getString("guardian_phone_masked"), (Boolean) employed, since == null ? null : since.toLocalDate(),
                merged == null ? null : ((Number) merged).longValue(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                rs.getDate("registered_on").toLocalDate());
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** The encrypted forms and lookup hashes of a person's sensitive numbers. */
    public record Encrypted(byte[] certificateHash, byte[] certificateCipher, byte[] phoneHash, byte[] phoneCipher,
                     byte[] guardianPhoneCipher, byte[] guardianPhoneHash) {
    }

    public record Sensitive(byte[] certificateCipher, byte[] phoneCipher, byte[] guardianPhoneCipher) {
    }

    public record BindingFacts(long id, String name, byte[] phoneHash, Long mergedInto, String regionCode) {
    }

    public record RegisteredElsewhere(long id, String regionCode) {
    }

    /** A registered person as a quota declaration checks one: category and grade as registered now. */
    public record RegisteredFacts(long id, String name, Sex sex, LocalDate birthDate, int category, int grade,
                                  CertificateStatus status, String regionCode) {
    }

    public record Page(List<Person> rows, boolean hasNext) {
    }

    public record Totals(long persons, long employed) {
    }
}
