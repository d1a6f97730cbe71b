package io.github.talentrules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's headless Chromium through Selenium): a case filled in by hand
 * and decided, the switch to English, a sheet dropped, read, filtered, charted and downloaded.
 * Screenshots go to {@code target/screenshots/}. It never skips silently: without
 * {@code /usr/bin/chromedriver} it fails saying what to install, unless {@code -DskipBrowser=true}.
 */
class PageTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final String CASE = "examples/cases/zhengzhou/intl-training.yaml";
    private static final String SHEET = "examples/sheets/zhengzhou-intl-training.xlsx";

    private static Served served;
    private static WebDriver browser;
    private static Path downloads;
    private static Path profile;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowser"), "the browser test is skipped: -DskipBrowser=true");
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            throw new IllegalStateException("the page test needs Debian's Chromium and its driver at " + BROWSER + " and " + DRIVER
                    + ": install them (apt-get install -y chromium chromium-driver), or skip this test with -DskipBrowser=true");
        }
        served = new Served();
        screenshots = Files.createDirectories(Path.of(System.getProperty("screenshots", "target/screenshots")));
        downloads = Files.createTempDirectory("talent-rules-downloads-");
        profile = Files.createTempDirectory("talent-rules-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1100", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
        for (Path folder : new Path[] {profile, downloads}) {
            if (folder != null) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (java.io.IOException e) {
                    // a temporary folder left behind
                }
            }
        }
    }

    @Test
    void staffFillACaseSwitchToEnglishAndCheckASheet() throws Exception {
        browser.get(served.uri("/").toString());
        waitReady();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("人才项目政策判定");

        // One case, filled in field by field from the example case file.
        JsonNode example = new YAMLMapper().readTree(Served.example(CASE).toFile());
        new Select(browser.findElement(By.id("programme"))).selectByValue(example.path("program").asText());
        waitReady();
        setDate(browser.findElement(By.id("asOf")), example.path("asOf").asText());
        waitReady();
        example.path("facts").fields().forEachRemaining(e -> fill(browser.findElement(By.id("fact-" + e.getKey())), e.getValue().asText()));
        example.path("attestations").fields().forEachRemaining(e ->
                new Select(browser.findElement(By.id("att-" + e.getKey()))).selectByValue(e.getValue().asText()));
        browser.findElement(By.id("decide")).click();
        waitReady();

        Decision expected = Served.RULES.decide(Served.RULES.readCase(Served.example(CASE)));
        WebElement outcome = browser.findElement(By.id("outcome"));
        assertThat(outcome.getAttribute("data-outcome")).isEqualTo(expected.outcome().name());
        assertThat(outcome.getText()).isEqualTo(expected.outcome().label(Language.ZH));
        assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo(expected.summary(Language.ZH));
        List<WebElement> findings = browser.findElements(By.cssSelector("#findings tbody tr"));
        assertThat(findings).hasSize(expected.findings().size());
        assertThat(findings.get(0).getText()).contains(expected.findings().get(0).article());
        assertThat(browser.findElement(By.id("find-section")).getText()).startsWith("如何符合条件")
                .contains(" — " + expected.outcome().label(Language.ZH));
        screenshot("case-zh.png");

        // English: every label, and the decision again from the API in English.
        browser.findElement(By.id("lang-en")).click();
        waitReady();
        assertThat(browser.findElement(By.id("decide")).getText()).isEqualTo("Decide");
        assertThat(browser.findElement(By.id("tab-sheet")).getText()).isEqualTo("A sheet");
        assertThat(outcome.getText()).isEqualTo(expected.outcome().label(Language.EN));
        assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo(expected.summary(Language.EN));
        assertThat(browser.getCurrentUrl()).contains("lang=en");
        screenshot("case-en.png");

        // A sheet: dropped (chosen), checked with progress, shown as a table, filtered, charted, downloaded.
        browser.findElement(By.id("tab-sheet")).click();
        Path sheet = Served.example(SHEET);
        browser.findElement(By.id("sheet-file")).sendKeys(sheet.toString());
        waitReady();
        assertThat(browser.findElement(By.id("sheet-problem")).isDisplayed()).isFalse();
        Summary summary = SheetCheck.builder(Served.RULES).language(Language.EN).build()
                .check(sheet, OutputStream.nullOutputStream(), Format.XLSX);
        assertThat(browser.findElements(By.cssSelector("#rows tbody tr"))).hasSize((int) summary.rows());
        assertThat(browser.findElement(By.id("sheet-summary")).getText()).isEqualTo(summary.text().strip());
        new Select(browser.findElement(By.id("filter-outcome"))).selectByValue("ELIGIBLE");
        List<WebElement> eligible = browser.findElements(By.cssSelector("#rows tbody tr"));
        assertThat(eligible).hasSize((int) summary.count(Outcome.ELIGIBLE));
        assertThat(eligible).allSatisfy(r -> assertThat(r.getAttribute("data-outcome")).isEqualTo("ELIGIBLE"));
        new Select(browser.findElement(By.id("filter-outcome"))).selectByValue("ERROR");
        assertThat(browser.findElements(By.cssSelector("#rows tbody tr"))).hasSize((int) summary.errors());
        new Select(browser.findElement(By.id("filter-outcome"))).selectByValue("");
        new Select(browser.findElement(By.id("filter-programme"))).selectByValue("zhengzhou.intl-training");
        assertThat(browser.findElements(By.cssSelector("#rows tbody tr"))).hasSize((int) (summary.rows() - summary.errors()));
        new Select(browser.findElement(By.id("filter-programme"))).selectByValue("");
        for (String chart : List.of("chart-outcomes", "chart-funding")) {
            Object drawn = ((JavascriptExecutor) browser).executeScript(
                    "const box = document.getElementById(arguments[0]); const c = echarts.getInstanceByDom(box);"
                            + "const canvas = box.querySelector('canvas');"
                            + "return c != null && canvas != null && canvas.width > 100 && c.getOption().series.length > 0;", chart);
            assertThat(drawn).as(chart + " drawn").isEqualTo(true);
        }
        screenshot("sheet-en.png");

        browser.findElement(By.id("download")).click();
        Path decided = downloads.resolve("decided-zhengzhou-intl-training.xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(decided) && size(decided) > 0);
        try (ReadableWorkbook book = new ReadableWorkbook(decided.toFile())) {
            var rows = book.getFirstSheet().read();
            assertThat(rows).hasSize((int) summary.rows() + 1);
            assertThat(rows.get(0).getCellText(rows.get(0).getCellCount() - 9)).isEqualTo("outcome");
        }

        // Back to Chinese: the sheet is checked again in Chinese.
        browser.findElement(By.id("lang-zh")).click();
        waitReady();
        assertThat(browser.findElement(By.id("sheet-summary")).getText()).startsWith("共 " + summary.rows() + " 行");
        screenshot("sheet-zh.png");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Fills a form field as a person would: picks from a list, types a number or text, sets a date. */
    private static void fill(WebElement field, String value) {
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else if ("date".equals(field.getAttribute("type"))) {
            setDate(field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** A date input's keyboard order follows the browser's locale; set it as the date picker does. */
    private static void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
    }

    private static void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b ->
                "true".equals(((JavascriptExecutor) b).executeScript("return document.body.dataset.ready")));
    }

    private static void screenshot(String name) throws Exception {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
