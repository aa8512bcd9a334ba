package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's Chromium, one per test JVM, and a fresh browser context per test. {@link #check}
 * is called on every page a test visits: it requires zero WCAG 2.1 A/AA violations from axe-core (once per page
 * structure and width in a run) and keeps a screenshot of a page that has any.
 */
abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final boolean KEEP_SCREENSHOTS = Boolean.getBoolean("zhuye.screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private String testName;

    /**
     * One Chromium for the whole test JVM, launched by the first browser test and closed when the JVM ends:
     * a Playwright driver and a browser per test class cost seconds each, forty times over.
     */
    @BeforeAll
    static synchronized void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "浏览器测试需要 " + CHROMIUM + "（apt-get install chromium）";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        if (browser != null && browser.isConnected()) {
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Playwright launched = playwright;
        Runtime.getRuntime().addShutdownHook(new Thread(launched::close, "close-chromium"));
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestMethod().map(Method::getName).orElse("test");
        page = newPage(new Browser.NewContextOptions());
    }

    @AfterEach
    void closeContexts() {
        browser.contexts().forEach(BrowserContext::close);
    }

    /** A page in a new context (own cookies), e.g. with another viewport. */
    Page newPage(Browser.NewContextOptions options) {
        context = browser.newContext(options.setBaseURL("http://localhost:" + port).setLocale("zh-CN"));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
    }

    /**
     * Chooses {@code code} in the region picker of {@code field} level by level, as a user does: each
     * choice has htmx bring the next level's select, which the next step waits for. Levels above the
     * user's jurisdiction have no select and are skipped.
     */
    void pickRegion(Page page, String field, String code) {
        org.zhuye.region.RegionCode target = org.zhuye.region.RegionCode.of(code);
        java.util.List<String> chain = new java.util.ArrayList<>();
        for (var at = java.util.Optional.of(target); at.isPresent(); at = at.get().parent()) {
            chain.add(0, at.get().value());
        }
        // A click on a link may return before the new page has run htmx: a choice made then sends no request.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        for (String step : chain) {
            var select = page.locator("select[name='" + field + "']:has(option[value='" + step + "'])");
            if (select.count() == 0 || step.equals(select.inputValue())) {
                // Above the jurisdiction, or chosen already: choosing it again would only race the next level's request.
                continue;
            }
            select.selectOption(step);
            // The server's answer marks the choice selected. htmx binds the new level's change listener only
            // when it settles (20 ms after the swap, then the htmx-settling class goes): a choice made before
            // that sends no request, so wait for the settled answer, not only for the new select.
            page.locator("[id='" + field + "-choices']:not(.htmx-settling) select[name='" + field + "'] option[value='"
                            + step + "'][selected]")
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED)
                            .setTimeout(30_000));  // the next level comes from the server; a loaded machine is slow
        }
    }

    void check(String step) {
        check(page, step);
    }

    /**
     * Requires no axe violations; screenshots the page to target/screenshots/&lt;test&gt;-&lt;step&gt;.png when one is
     * found, or always with {@code -Dzhuye.screenshots=true} (for looking through the pages by eye).
     */
    void check(Page page, String step) {
        if (KEEP_SCREENSHOTS) {
            screenshot(page, step);
        }
        checkAxe(page, step);
    }

    private void screenshot(Page page, String step) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(testName + "-" + step + ".png")));
    }

    /**
     * Only the axe-core check, for a page too long to screenshot whole (the user guide). A page whose structure this
     * test run has already checked is not checked again ({@link PageStructure}): axe takes seconds a page and the
     * journeys pass the same lists and forms many times.
     */
    void checkAxe(Page page, String step) {
        if (!PageStructure.firstSeen(page)) {
            return;
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertFalse(results.getPasses().isEmpty(), "axe-core 没有在「" + step + "」上运行任何规则");
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot(page, step);
            PageStructure.forget(page);
        }
        assertTrue(violations.isEmpty(), () -> "axe 在「" + step + "」(" + page.url() + ") 发现 "
                + violations.size() + " 类 WCAG 2.1 AA 问题:\n" + describe(violations));
    }

    void assertNoHorizontalScroll(Page page, String step) {
        boolean fits = (Boolean) page.evaluate(
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertTrue(fits, () -> "「" + step + "」出现横向滚动: scrollWidth "
                + page.evaluate("() => document.documentElement.scrollWidth") + " > clientWidth "
                + page.evaluate("() => document.documentElement.clientWidth"));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + "  " + node.getHtml())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
