package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report of {@code diff} in a real browser (Debian's headless Chromium through Selenium,
 * with the network off): the reform's words, the totals, three charts drawn, the rows that change.
 * The screenshot goes to {@code target/screenshots/impact-zh.png}. Without {@code /usr/bin/chromedriver}
 * it fails saying what to install, unless {@code -DskipBrowser=true}.
 */
class ImpactPageTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void aDirectorOpensTheReportOfflineAndSeesTheMoneyTheChartsAndWhy() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowser"), "the browser test is skipped: -DskipBrowser=true");
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            throw new IllegalStateException("this test needs Debian's Chromium and its driver at " + BROWSER + " and " + DRIVER
                    + ": install them (apt-get install -y chromium chromium-driver), or skip it with -DskipBrowser=true");
        }
        Path html = dir.resolve("impact.html");
        Run r = Run.of("diff", "--reform", "../examples/reforms/zhengzhou-age-50.yaml",
                "../examples/reforms/zhengzhou-candidates.csv", "-o", html.toString());
        assertThat(r.err()).isEmpty();

        Path profile = Files.createTempDirectory(dir, "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // No network at all: a page that needed one would show nothing.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--proxy-server=127.0.0.1:9", "--user-data-dir=" + profile, "--window-size=1200,1300", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(html.toUri().toString());
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("改革影响报告：中青年人才国际化培养项目年龄上限由55周岁降至50周岁");
            assertThat(browser.findElement(By.id("reforms")).getText()).contains("身心健康，年龄在50周岁以下", "自 2024-02-06 起 50");
            assertThat(browser.findElement(By.id("c0-totals")).getText()).contains("净差额", "-130000元（-13万元）", "减少（逐案合计）\n130000元（13万元）");
            for (String chart : List.of("c0-moves", "c0-money", "c0-changes")) {
                List<WebElement> bars = browser.findElements(By.cssSelector("#" + chart + " rect.bar"));
                assertThat(bars).as(chart).isNotEmpty();
                assertThat(bars).as(chart + " drawn").allSatisfy(b -> assertThat(b.getSize().getWidth()).isPositive());
            }
            List<WebElement> rows = browser.findElements(By.cssSelector("#c0-rows tbody tr"));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getText()).contains("王芳", "符合条件", "不符合条件", "-100000元（-10万元）", "51 ≤ 55", "51 > 50");
            Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(screenshots.resolve("impact-zh.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}
