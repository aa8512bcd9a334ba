package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The user guide (docs/用户手册.md): it opens at /help from the login page's footer with every picture, and every
 * page it shows opens for the role it names. Run with {@code -Dzhuye.guide.screenshots=docs/用户手册} (this test
 * alone, on its own fresh database) it also saves those pages as the guide's PNG pictures; without the property it
 * writes nothing.
 */
@ZhuyeTest
class UserGuideBrowserTest extends BrowserTest {

    /** 车站街道 金穗社区 of 临河区, where no other test registers anyone. */
    private static final String VILLAGE = "150802002001";
    private static final String TOWNSHIP = "150802002000";
    private static final String COUNTY = "150802000000";
    private static final Path GUIDE = Paths.get("docs/用户手册.md");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(用户手册/([^)]+\\.png)\\)");

    @Autowired
    AccountFixtures accounts;
    @Autowired
    OverviewFixtures people;

    @Test
    void theGuideOpensFromTheLoginFooterWithEveryPictureAndPassesAxeAtBothWidths() {
        page.navigate("/login");
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用户手册")).click();
        assertThat(page).hasURL(Pattern.compile("/help$"));
        assertThat(page.locator("h1")).hasText("助业用户手册");
        assertThat(page.locator("h2#角色与权限")).hasText("角色与权限");
        assertEveryPictureLoadedWithAChineseAlt(page);
        checkAxe(page, "help");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        phone.navigate("/help");
        assertThat(phone.locator("h1")).hasText("助业用户手册");
        assertNoHorizontalScroll(phone, "help-390");
        checkAxe(phone, "help-390");
    }

    @Test
    void aSignedInUserFindsTheGuideInTheFooter() {
        UserAccount viewer = accounts.create("guide-viewer", COUNTY, Role.VIEWER);
        signIn(page, viewer.username(), AccountFixtures.PASSWORD);
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用户手册")).click();
        assertThat(page.locator("h1")).hasText("助业用户手册");
        assertThat(page.locator(".who")).containsText(viewer.displayName());
    }

    @Test
    void everyPageTheGuideShowsOpensForItsRole() throws Exception {
        Screenshots shots = Screenshots.fromSystemProperty();
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        long bater = register("巴特尔（示例）", LocalDate.of(1985, 3, 12), true, 4, 2);
        register("王秀兰（示例）", LocalDate.of(1979, 8, 2), false, 1, 3);
        register("乌云其其格（示例）", LocalDate.of(1992, 11, 20), false, 2, 4);
        String lijianguo = DeclarationFixtures.certificate("150802", LocalDate.of(1990, 6, 1), true, 6, 3);
        long li = registerWith(lijianguo, "李建国（示例）");
        UserAccount staff = accounts.create("guide-staff", COUNTY, Role.STAFF);
        UserAccount grassroots = accounts.create("guide-grassroots", TOWNSHIP, Role.GRASSROOTS);
        long unit = fixtures.enterprise("临河示例商贸有限公司（虚拟）", VILLAGE);
        UserAccount employer = fixtures.employerAccount(unit, VILLAGE);

        // Anyone: the login page and the public disclosure.
        page.setViewportSize(1280, 720);
        open(page, "/login", "登录助业");
        shots.take(page, "login");
        open(page, "/disclosure?year=" + DeclarationFixtures.YEAR + "&region=" + COUNTY, "年度按比例安排残疾人就业情况公示");
        shots.take(page, "disclosure");

        // A 专职委员 asks for a correction, which then waits for the county's staff.
        Page member = newPage(new Browser.NewContextOptions().setViewportSize(1280, 720));
        signIn(member, grassroots.username(), AccountFixtures.PASSWORD);
        open(member, "/persons/" + bater + "/edit", null);
        member.locator("#phone").fill("13800001111");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交修改申请")).click();
        assertThat(member.locator("main")).containsText("待审核");

        // The unit files its declaration and submits it.
        Page unitPage = newPage(new Browser.NewContextOptions().setViewportSize(1280, 720));
        signIn(unitPage, employer.username(), AccountFixtures.PASSWORD);
        open(unitPage, "/declarations", "本单位按比例就业年审申报");
        unitPage.locator("#new-year").fill(String.valueOf(DeclarationFixtures.YEAR));
        unitPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建年度申报")).click();
        unitPage.locator("#staffCount").fill("120");
        unitPage.locator("#wageTotal").fill("9000000");
        unitPage.locator("#emp-0-name").fill("李建国（示例）");
        unitPage.locator("#emp-0-certificateNumber").fill(lijianguo);
        unitPage.locator("#emp-0-monthlyWage").fill("3200");
        unitPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存并核验")).first().click();
        assertThat(unitPage.locator("#status")).hasText("草稿");
        unitPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
        assertThat(unitPage.locator("#status")).hasText("已提交，待审核");
        String declaration = unitPage.url();
        open(unitPage, "/declarations", "本单位按比例就业年审申报");
        shots.take(unitPage, "declarations");

        // The province administrator: home, users, region import, audit.
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        open(page, "/", null);
        shots.take(page, "home-admin");
        open(page, "/admin/users", "用户管理");
        shots.take(page, "users");
        open(page, "/admin/users/new", "新建用户");
        shots.take(page, "user-new");
        open(page, "/admin/regions/import", "区划导入");
        shots.take(page, "region-import");
        open(page, "/admin/audit", "审计日志");
        shots.take(page, "audit");

        // County staff: the registry, a household, the review queue, casework, figures, employers, the review.
        Page county = newPage(new Browser.NewContextOptions().setViewportSize(1280, 720));
        signIn(county, staff.username(), AccountFixtures.PASSWORD);
        open(county, "/persons?regionCode=" + VILLAGE, "人员查询");
        shots.take(county, "persons");
        open(county, "/persons/" + bater, "巴特尔（示例）");
        county.locator("#household-start").fill("2020-05-01");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("以此人为户主建立家庭")).click();
        assertThat(county.locator("h1")).containsText("家庭");
        county.locator("summary", new Page.LocatorOptions().setHasText("加入成员")).click();
        county.locator("#m-name").fill("其其格（示例）");
        county.locator("#m-sex").selectOption("F");
        county.locator("#m-birth").fill("1987-04-09");
        county.locator("#m-relation").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        county.locator("#m-employed").selectOption("否");
        county.locator("#m-start").fill("2020-05-01");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入")).click();
        assertThat(county.locator("main")).containsText("其其格（示例）");
        shots.take(county, "household");
        open(county, "/persons/" + bater, "巴特尔（示例）");
        shots.take(county, "person");
        open(county, "/persons/requests", "修改申请审核");
        assertThat(county.locator("main")).containsText("巴特尔（示例）");
        shots.take(county, "requests");
        open(county, "/persons/imports", "人员导入");
        shots.take(county, "person-import");
        open(county, "/casework?region=" + VILLAGE, "“四个一”待服务清单");
        shots.take(county, "casework-list");
        open(county, "/casework/persons/" + bater, "“四个一”服务");
        shots.take(county, "casework-person");
        open(county, "/casework/coverage?region=" + COUNTY, "“四个一”服务覆盖");
        shots.take(county, "coverage");
        open(county, "/persons/overview?region=" + COUNTY, "人员概况");
        shots.take(county, "overview");
        open(county, "/employers/" + unit, "临河示例商贸有限公司（虚拟）");
        shots.take(county, "employer");
        open(county, declaration, "年度按比例就业申报");
        assertThat(county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回单位修改"))).isVisible();
        shots.take(county, "declaration");
        open(county, "/levy/calculator", "残疾人就业保障金测算");
        shots.take(county, "levy");

        // The 专职委员 on a phone: home, the open list, a person.
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
        signIn(phone, grassroots.username(), AccountFixtures.PASSWORD);
        open(phone, "/", null);
        shots.take(phone, "phone-home");
        open(phone, "/casework?region=" + VILLAGE, "“四个一”待服务清单");
        assertThat(phone.locator("main")).containsText("李建国（示例）");
        shots.take(phone, "phone-casework-list");
        open(phone, "/persons/" + li, "李建国（示例）");
        shots.take(phone, "phone-person");

        assertEquals(shots.expected(), shots.taken(), "测试拍摄的截图应与用户手册引用的图片一一对应");
    }

    private long register(String name, LocalDate birth, boolean male, int category, int grade) {
        return registerWith(DeclarationFixtures.certificate("150802", birth, male, category, grade), name);
    }

    /** A person of the village, out of work since 2025 (so in this year's 四个一 cohort). */
    private long registerWith(String certificate, String name) {
        long id = accounts.bean(PersonRegistry.class).register(new PersonInput(certificate, name, "蒙古族", "初级中学",
                VILLAGE, "城镇", "13912345678", null, null, null, null, null, null, null), Jurisdiction.of("15"));
        people.notEmployed(id, "2025-03-01", true);
        return id;
    }

    /** Opens a page and requires its heading (containing {@code heading} when given): the guide's pages exist. */
    private static void open(Page page, String path, String heading) {
        page.navigate(path);
        Locator h1 = page.locator("h1");
        assertThat(h1).isVisible();
        if (heading != null) {
            assertThat(h1).containsText(heading);
        }
    }

    private static void assertEveryPictureLoadedWithAChineseAlt(Page page) {
        Locator images = page.locator("main img");
        assertTrue(images.count() >= 15, "用户手册应有至少15张截图，实有 " + images.count());
        for (int i = 0; i < images.count(); i++) {
            Locator image = images.nth(i);
            image.scrollIntoViewIfNeeded();
            String alt = image.getAttribute("alt");
            assertTrue(alt != null && alt.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "图片缺少中文替代文字：" + image.getAttribute("src"));
            boolean loaded = (Boolean) image.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)");
            assertTrue(loaded, "图片未能加载：" + image.getAttribute("src"));
        }
    }

    /**
     * Saves viewport PNGs into the folder named by {@code zhuye.guide.screenshots} (the guide's picture folder), or
     * only counts them when the property is absent, so the test writes nothing in an ordinary run.
     */
    private record Screenshots(Path folder, List<String> names) {

        static Screenshots fromSystemProperty() {
            String folder = System.getProperty("zhuye.guide.screenshots");
            return new Screenshots(folder == null || folder.isBlank() ? null : Paths.get(folder), new java.util.ArrayList<>());
        }

        void take(Page page, String name) throws java.io.IOException {
            names.add(name + ".png");
            if (folder != null) {
                Files.write(folder.resolve(name + ".png"), compact(page.screenshot()));
            }
        }

        /**
         * The same picture, losslessly smaller (about a quarter): Chromium deflates its PNGs fast; the guide's pictures
         * live in the repository and the jar, so they are written again without the unused alpha channel and with
         * the strongest deflate.
         */
        private static byte[] compact(byte[] png) throws java.io.IOException {
            java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(shot.getWidth(), shot.getHeight(),
                    java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
            rgb.getGraphics().drawImage(shot, 0, 0, null);
            javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
            javax.imageio.ImageWriteParam strongest = writer.getDefaultWriteParam();
            strongest.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            strongest.setCompressionQuality(0f);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new javax.imageio.IIOImage(rgb, null, null), strongest);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        java.util.Set<String> taken() {
            return new java.util.TreeSet<>(names);
        }

        /** The pictures the guide refers to: each must be one this test takes, and each one taken is used. */
        java.util.Set<String> expected() throws java.io.IOException {
            java.util.Set<String> files = new java.util.TreeSet<>();
            Matcher m = IMAGE.matcher(Files.readString(GUIDE));
            while (m.find()) {
                files.add(m.group(2));
            }
            return files;
        }
    }
}
