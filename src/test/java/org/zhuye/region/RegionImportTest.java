package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class RegionImportTest {

    @LocalServerPort
    int port;

    @Autowired
    RegionImport regionImport;

    @Autowired
    RegionRepository regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegionNames names;

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherProvinceLoadsFromAFileOfTheSameFormatAndReloadingChangesNothing() throws IOException {
        try (InputStream ningxia = getClass().getResourceAsStream("/regions/64.csv")) {
            RegionImport.Result first = regionImport.run(ningxia, "64.csv", Optional.empty(), false);
            assertThat(first.errors()).isEmpty();
        }
        assertThat(regions.countByLevel(Jurisdiction.of("64")))
                .containsEntry(1, 1L).containsEntry(2, 5L).containsEntry(3, 22L).containsEntry(4, 259L).containsEntry(5, 2912L);
        try (InputStream again = getClass().getResourceAsStream("/regions/64.csv")) {
            RegionImport.Result second = regionImport.run(again, "64.csv", Optional.empty(), false);
            assertThat(second.inserted()).isZero();
            assertThat(second.updated()).isZero();
        }
        // Inner Mongolia is untouched by the second province.
        assertThat(regions.countByLevel(Jurisdiction.of("15"))).containsEntry(5, 14592L);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryRowNamed() throws IOException {
        long before = jdbc.sql("SELECT count(*) FROM region").query(Long.class).single();
        RegionImport.Result result = regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001901,新社区甲,5,150102001000,,ADMIN
                150102001902,,5,150102001000,,ADMIN
                150102999903,新社区丙,5,150102999000,,ADMIN
                """), "bad.csv", Optional.of(Jurisdiction.of("15")), false);
        assertThat(result.errors()).extracting(e -> e.row() + ":" + e.column())
                .containsExactly("3:name", "4:parent_code");
        assertThat(jdbc.sql("SELECT count(*) FROM region").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDryRunChecksWithoutSaving() throws IOException {
        RegionImport.Result result = regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001911,试运行社区,5,150102001000,111,ADMIN
                """), "dry.csv", Optional.of(Jurisdiction.of("15")), true);
        assertThat(result.ok()).isTrue();
        assertThat(regions.exists(RegionCode.of("150102001911"))).isFalse();
    }

    @Test
    void anAdminCannotImportOutsideTheirJurisdiction() throws IOException {
        RegionImport.Result result = regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001921,越界社区,5,150102001000,,ADMIN
                150203001921,越界社区,5,150203001000,,ADMIN
                """), "scope.csv", Optional.of(Jurisdiction.of("150102")), false);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.rule()).isEqualTo("超出您的管辖范围");
        });
        assertThat(regions.exists(RegionCode.of("150102001921"))).isFalse();
    }

    @Test
    void theApiImportsAndRenamesAndIsAudited() {
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        byte[] file = """
                code,name,level,parent_code,urban_rural_class,kind
                150102001931,接口新增社区,5,150102001000,111,ADMIN
                """.getBytes(StandardCharsets.UTF_8);
        Api.Response dry = admin.postFile("/api/v1/regions/imports?dryRun=true", "new.csv", file);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        Api.Response done = admin.postFile("/api/v1/regions/imports", "new.csv", file);
        assertThat(done.json().get("inserted").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/regions/150102001931").json().get("urbanRuralClass").asString()).isEqualTo("111");

        byte[] renamed = new String(file, StandardCharsets.UTF_8).replace("接口新增社区", "接口改名社区").getBytes(StandardCharsets.UTF_8);
        Api.Response update = admin.postFile("/api/v1/regions/imports", "renamed.csv", renamed);
        assertThat(update.json().get("updated").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/regions/150102001931").json().get("name").asString()).isEqualTo("接口改名社区");

        long audited = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REGIONS_IMPORTED' AND detail = 'renamed.csv' AND actor = 'admin'")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theApiAnswersBadFilesWithEveryErrorAndStatus422() {
        Api admin = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD);
        Api.Response response = admin.postFile("/api/v1/regions/imports", "bad.csv", """
                code,name,level,parent_code,urban_rural_class,kind
                1501020019,短代码,5,150102001000,,ADMIN
                150102001941,层级错,4,150102001000,,ADMIN
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors")).hasSize(2);
        assertThat(response.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(response.json().get("errors").get(1).get("message").asString()).contains("第3行").contains("层级");
    }

    @Test
    void readsMadeBeforeAnImportDoNotHideWhatItChanged() throws IOException {
        RegionCode township = RegionCode.of("150102001000");
        int childrenBefore = regions.children(township, Jurisdiction.of("15")).size();
        assertThat(regions.exists(RegionCode.of("150102001951"))).isFalse();

        regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001951,树内新社区,5,150102001000,111,ADMIN
                """), "tree.csv", Optional.of(Jurisdiction.of("15")), false);
        assertThat(regions.children(township, Jurisdiction.of("15"))).hasSize(childrenBefore + 1);
        assertThat(regions.pathTo(RegionCode.of("150102001951"))).extracting(Region::code)
                .containsExactly("150000000000", "150100000000", "150102000000", "150102001000", "150102001951");

        regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001951,树内改名社区,5,150102001000,111,ADMIN
                """), "tree-renamed.csv", Optional.of(Jurisdiction.of("15")), false);
        assertThat(regions.find(RegionCode.of("150102001951"), Jurisdiction.of("150102")))
                .map(Region::name).contains("树内改名社区");
        assertThat(regions.findAll(java.util.List.of("150102001951", "150203001001"), Jurisdiction.of("150102")))
                .containsOnlyKeys("150102001951");
    }

    @Test
    void aPlaceIsLabelledDownFromTheViewersLevelAndARenameIsShownAfterTheImport() throws IOException {
        regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001952,标签社区,5,150102001000,111,ADMIN
                """), "label.csv", Optional.of(Jurisdiction.of("15")), false);
        String township = regions.find(RegionCode.of("150102001000"), Jurisdiction.of("15")).orElseThrow().name();
        String county = regions.find(RegionCode.of("150102000000"), Jurisdiction.of("15")).orElseThrow().name();

        // Asked twice, so that the second answer comes from what the first one kept.
        for (int i = 0; i < 2; i++) {
            assertThat(names.of(Jurisdiction.of("15"), "150102001952"))
                    .containsExactly(java.util.Map.entry("150102001952", "标签社区 · " + township + " · " + county));
            assertThat(names.of(Jurisdiction.of("150102"), "150102001952"))
                    .containsExactly(java.util.Map.entry("150102001952", "标签社区 · " + township));
            assertThat(names.of(Jurisdiction.of("150102001"), "150102001952"))
                    .containsExactly(java.util.Map.entry("150102001952", "标签社区"));
        }
        assertThat(names.of(Jurisdiction.of("150203"), "150102001952")).isEmpty();

        regionImport.run(csv("""
                code,name,level,parent_code,urban_rural_class,kind
                150102001952,改名标签社区,5,150102001000,111,ADMIN
                """), "label-renamed.csv", Optional.of(Jurisdiction.of("15")), false);
        assertThat(names.of(Jurisdiction.of("150102001"), "150102001952"))
                .containsExactly(java.util.Map.entry("150102001952", "改名标签社区"));
    }
}
