package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/**
 * The workbench in a real browser (headless Debian chromium via chromedriver) on the seeds: Chinese labels,
 * matrix cells, charts drawn on a canvas, links followed, search by keyboard. One screenshot per page in
 * target/screenshots. Skipped, with the reason, only when no chromium/chromedriver is installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String GOVERNMENT = "北关区";

    @TempDir
    static Path tmp;
    static GraphStore store;
    static SparqlServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static String root;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no browser: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver "
                        + "fonts-noto-cjk; .ci/run does) to run the browser tests");
        store = SeededStore.open(tmp.resolve("db"));
        server = SparqlServer.create(store).port(0).build().start();
        root = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // A generous bound for a loaded machine; each wait ends as soon as its condition holds.
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (store != null) {
                store.close();
            }
        }
    }

    @Test
    @Order(1)
    void homeShowsTheGovernmentAndDrawsTheEntityChart() throws IOException {
        browser.get(root + "/");
        assertTrue(browser.getTitle().contains("工作台"), browser.getTitle());
        WebElement gov = browser.findElement(By.cssSelector("#governments a"));
        assertEquals(GOVERNMENT, gov.getText());
        chartDrawn("entity-types");
        shot("home");
    }

    @Test
    @Order(2)
    void governmentPageHasTheMatrixAndTheTrackerAndACellLeadsToItsSentence() throws IOException {
        browser.get(root + "/");
        browser.findElement(By.cssSelector("ul.questions a")).click();   // the 2022 → 2024 question
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracker-table")));
        assertTrue(browser.getCurrentUrl().contains("from=2022&to=2024"), browser.getCurrentUrl());
        List<WebElement> cells = browser.findElements(By.cssSelector("#matrix-table td.cell"));
        assertTrue(cells.size() > 50, cells.size() + " matrix cells");
        assertFalse(browser.findElements(By.cssSelector("#matrix-table td.s-Completed")).isEmpty(), "no completed cell");
        WebElement hospital = browser.findElements(By.cssSelector("#tracker-table tbody tr")).stream()
                .filter(r -> r.getText().contains("北关区人民医院项目")).findFirst().orElseThrow();
        assertTrue(hospital.getText().contains("2024"), hospital.getText());
        chartDrawn("targets-chart");
        shot("government");
        WebElement cell = cells.stream().filter(c -> !c.findElements(By.tagName("a")).isEmpty()).findFirst().orElseThrow();
        String sentence = cell.findElement(By.tagName("a")).getAttribute("title");
        cell.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("#m-"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("#") + 1);
        WebElement mention = browser.findElement(By.id(id));
        assertTrue(sentence.contains(mention.getText()), mention.getText() + " not in " + sentence);
        assertFalse(browser.findElements(By.cssSelector(".doctext .mention.t-project")).isEmpty());
        shot("document");
    }

    @Test
    @Order(3)
    void searchByKeyboardMarksTheWordsAndLeadsToAnEntityWithItsChart() throws IOException {
        browser.get(root + "/id/document/002_1352a3e80078e6b8");
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement box = browser.switchTo().activeElement();
        assertEquals("nav-search", box.getAttribute("id"));
        box.sendKeys("无人机", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sentences")));
        List<WebElement> marks = browser.findElements(By.tagName("mark"));
        assertTrue(marks.size() > 3 && marks.stream().allMatch(m -> m.getText().equals("无人机")), marks.size() + " marks");
        shot("search");
        browser.findElement(By.cssSelector("ol.results li a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-chart")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("无人机"));
        chartDrawn("stage-chart");
        shot("entity");
    }

    @Test
    @Order(4)
    void sparqlEditorIsYasguiAndRunsReappearWithItsValuesBlock() throws IOException {
        browser.get(root + "/sparql?name=reappear&from=2022&to=2024");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui.ready .CodeMirror")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String text = (String) js.executeScript("return document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue();");
        assertTrue(text.contains("VALUES (?from ?to) { (2022 2024) }"), text);
        assertFalse(browser.findElement(By.id("sparql-form")).isDisplayed(), "the plain form should give way to YASGUI");
        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table tbody tr td")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#yasgui .yasr table.dataTable tbody tr"));
        assertEquals(apiTotal("/api/reappear?from=2022&to=2024"), rows.size(), "YASGUI's rows are the API's");
        assertTrue(browser.findElement(By.cssSelector("#yasgui .yasr")).getText().contains("北关区人民医院项目"));
        // Vendored, not fetched: every script, style, font and request of the page came from this server.
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/assets/yasgui.min.js")), loaded.toString());
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(root + "/") || u.startsWith("data:")), loaded.toString());
        shot("sparql");
    }

    @Test
    @Order(5)
    void withoutJavaScriptThePlainFormRunsTheQuery() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900")
                .setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        WebDriver noJs = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        try {
            noJs.get(root + "/sparql?name=reappear&from=2022&to=2024");
            assertFalse(noJs.findElement(By.id("yasgui")).isDisplayed(), "YASGUI cannot start without JavaScript");
            WebElement text = noJs.findElement(By.id("query"));
            assertTrue(text.isDisplayed() && text.getAttribute("value").contains("VALUES (?from ?to) { (2022 2024) }"));
            noJs.findElement(By.cssSelector("#sparql-form button[type=submit]")).click();
            new WebDriverWait(noJs, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            int rows = noJs.findElements(By.cssSelector("#results tbody tr")).size();
            assertEquals(apiTotal("/api/reappear?from=2022&to=2024"), rows, "the form's rows are the API's");
            assertTrue(noJs.findElement(By.id("results")).getText().contains("北关区人民医院项目"));
            Files.write(SHOTS.resolve("sparql-nojs.png"), ((TakesScreenshot) noJs).getScreenshotAs(OutputType.BYTES));
        } finally {
            noJs.quit();
        }
    }

    static int apiTotal(String path) {
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(r.headers().firstValue("X-Total-Count").orElseThrow());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chart's figure is marked drawn and ECharts put a canvas with a size in it. */
    static void chartDrawn(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + ".drawn canvas")));
        WebElement canvas = browser.findElement(By.cssSelector("#" + id + " canvas"));
        assertTrue(canvas.getSize().getHeight() > 100 && canvas.getSize().getWidth() > 100, canvas.getSize().toString());
    }

    static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
