package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.zhuye.platform.csv.RowError;

class RegionFileTest {

    private static RegionFile read(String text) throws IOException {
        return RegionFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledInnerMongoliaFileReadsWithoutErrorsAndHasTheExpectedCounts() throws IOException {
        try (var input = getClass().getResourceAsStream("/regions/15.csv")) {
            RegionFile file = RegionFile.read(input);
            assertThat(file.errors()).isEmpty();
            var byLevel = file.regions().stream()
                    .collect(java.util.stream.Collectors.groupingBy(Region::level, java.util.stream.Collectors.counting()));
            assertThat(byLevel).containsEntry(1, 1L).containsEntry(2, 12L).containsEntry(3, 108L)
                    .containsEntry(4, 1225L).containsEntry(5, 14592L);
            assertThat(file.regions().stream().filter(Region::isZone).map(Region::code))
                    .containsExactlyInAnyOrder("150172000000", "150271000000", "150571000000", "152571000000", "152971000000");
        }
    }

    @Test
    void everyBadRowIsReportedWithItsRowColumnAndRule() throws IOException {
        RegionFile file = read("""
                code,name,level,parent_code,urban_rural_class,kind
                150000000000,内蒙古自治区,1,,,ADMIN
                15010000000X,呼和浩特市,2,150000000000,,ADMIN
                150100000000,,2,150000000000,,ADMIN
                150102000000,新城区,4,150100000000,,ADMIN
                150102001000,海拉尔东路街道,4,150100000000,,ADMIN
                150102001001,公主府社区,5,150102001000,99,ADMIN
                150102001002,某社区,5,150102001000,,PARK
                150102001003,某社区,5,150102001000,,ZONE
                150102001002,重复社区,5,150102001000,,ADMIN
                150102001004,缺列
                """);
        assertThat(file.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "code"),
                org.assertj.core.groups.Tuple.tuple(4, "name"),
                org.assertj.core.groups.Tuple.tuple(5, "level"),
                org.assertj.core.groups.Tuple.tuple(6, "parent_code"),
                org.assertj.core.groups.Tuple.tuple(7, "urban_rural_class"),
                org.assertj.core.groups.Tuple.tuple(8, "kind"),
                org.assertj.core.groups.Tuple.tuple(9, "kind"),
                org.assertj.core.groups.Tuple.tuple(11, null));
        assertThat(file.errors().get(3).message()).isEqualTo("第6行「parent_code」（150100000000）：上级代码必须是150102000000");
        assertThat(file.regions()).extracting(Region::code).containsExactly("150000000000", "150102001002");
    }

    @Test
    void aDuplicateCodeIsNamedAtItsSecondRow() throws IOException {
        RegionFile file = read("""
                code,name,level,parent_code,urban_rural_class,kind
                150000000000,内蒙古自治区,1,,,ADMIN
                150000000000,内蒙古,1,,,ADMIN
                """);
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.rule()).isEqualTo("区划代码在文件中重复");
        });
    }

    @Test
    void aFileSavedByExcelOnChineseWindowsInGbkReadsItsNamesRight() throws IOException {
        String text = "code,name,level,parent_code,urban_rural_class,kind\n150000000000,内蒙古自治区,1,,,ADMIN\n";
        RegionFile file = RegionFile.read(new ByteArrayInputStream(text.getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertThat(file.errors()).isEmpty();
        assertThat(file.regions()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("内蒙古自治区"));
    }

    @Test
    void aWrongHeaderStopsReadingWithOneMessage() throws IOException {
        RegionFile file = read("代码,名称\n150000000000,内蒙古自治区\n");
        assertThat(file.errors()).singleElement().extracting(RowError::row).isEqualTo(1);
        assertThat(file.regions()).isEmpty();
    }
}
