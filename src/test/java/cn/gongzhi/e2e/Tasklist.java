package cn.gongzhi.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as a member of staff uses it: log in, pick a filter, open a task from the list, fill the Camunda
 * Form by its fields' ids (the ids in forms/*.form), claim, complete. Selectors are Tasklist 7.24's own markup.
 */
final class Tasklist {

    private static final By FORM_FIELD = By.cssSelector(".task-details .fjs-form .fjs-form-field");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    void login(String user, String password) {
        browser.open("/camunda/app/tasklist/default/");
        browser.type(By.cssSelector("input[ng-model='username']"), user);
        browser.type(By.cssSelector("input[ng-model='password']"), password);
        browser.click(By.cssSelector("button[type='submit']"));
        browser.find(By.cssSelector(".task-filters .task-filter"));
    }

    /**
     * Opens Tasklist's "Start process" dialog, picks a process by (part of) its name and waits for its start form.
     * On a busy machine the dialog's list can be drawn again while it is clicked, and the form is then never asked
     * for: the dialog is closed and opened again, at most three times.
     */
    static void startProcess(Browser b, String name) {
        By process = By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[contains("
                + "normalize-space(.), '" + name + "')]");
        By form = By.cssSelector(".modal-dialog .fjs-form");
        for (int attempt = 1; ; attempt++) {
            b.click(By.xpath("//a[normalize-space(.)='发起流程']"));
            b.click(process);
            try {
                b.waitUntil(Duration.ofSeconds(15), ExpectedConditions.visibilityOfElementLocated(form));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                b.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            }
        }
    }

    /** Selects a filter in the left column by its (Chinese) name and waits for its list. */
    void filter(String name) {
        browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                + "/a[contains(normalize-space(.), '" + name + "')]"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".task-filters .task-filter.active")));
        pause();
    }

    /** The filters' names in the sidebar, in their order. */
    List<String> filterNames() {
        return browser.all(By.cssSelector("div.task-filter h4.name a")).stream()
                // the focused filter's link also holds its count (<span class="counter">)
                .map(a -> a.getText().replaceAll("\\s*\\d+\\s*$", "").trim()).toList();
    }

    /** The task ids in the current list. */
    List<String> listedTaskIds() {
        return browser.all(By.cssSelector(".tasks-list li.task h4 a")).stream()
                .map(a -> a.getAttribute("href"))
                .map(href -> href.substring(href.indexOf("task=") + 5)).toList();
    }

    /**
     * Waits until the task shows in the current list, then opens it and waits for its form. The list is sorted by due
     * date and shows 15 rows a page: a task further down (the demo data holds many) is opened by its address, as a
     * person does from a link.
     */
    void open(String taskId) {
        By card = cardOf(taskId);
        long deadline = System.currentTimeMillis() + 15_000;
        String found = browser.waitUntil(Duration.ofSeconds(30), driver -> {
            if (!driver.findElements(card).isEmpty()) {
                return "listed";
            }
            if (System.currentTimeMillis() > deadline && !driver.findElements(By.cssSelector(
                    ".tasks-list li.task")).isEmpty()) {
                return "further down";
            }
            // the list refreshes on its own every few seconds; a click on the active filter refreshes at once
            driver.findElements(By.cssSelector(".task-filters .task-filter.active .name, "
                    + ".task-filters .task-filter.active")).stream().findFirst().ifPresent(WebElement::click);
            return null;
        });
        if (found.equals("listed")) {
            browser.click(card);
        } else {
            browser.script("window.location.hash = window.location.hash.replace(/&?task=[^&]*/, '') + '&task="
                    + taskId + "'");
        }
        browser.find(By.cssSelector(".task-details h2, .task-details .names"));
        // the Camunda Form renders after the task's header: wait for its fields (every task here has a form)
        browser.find(FORM_FIELD);
    }

    By cardOf(String taskId) {
        return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
    }

    String header() {
        return browser.find(By.cssSelector(".task-details")).getText();
    }

    /** A Camunda Form field by the id it has in the .form file (form-js prefixes it per rendering). */
    By field(String id) {
        return By.cssSelector(".task-details [id$='-" + id + "']");
    }

    void fill(String id, String text) {
        browser.typeOver(field(id), text);
    }

    /** Picks a radio option or ticks a checkbox by its label text. */
    void choose(String label) {
        browser.click(By.xpath("//*[contains(@class,'task-details')]//label[contains(normalize-space(.), '"
                + label + "')]"));
        Browser.settle();
    }

    /** Claims the task; Tasklist then renders the form again for its new assignee, so this waits for the form. */
    void claim() {
        browser.click(By.cssSelector(".task-details button.claim"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(
                ".task-details button.claim")));
        Browser.settle();
        browser.find(FORM_FIELD);
    }

    /**
     * Closes the notifications in the corner, as a person does before going on (they can cover the buttons). One that
     * goes away by itself while being closed is closed.
     */
    void dismissNotifications() {
        for (WebElement close : browser.all(By.cssSelector(".notifications .close, .notifications [ng-click*='remove']"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (StaleElementReferenceException gone) {
                // Tasklist removed it meanwhile
            }
        }
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notifications .alert")));
    }

    /** Clicks Complete, as a person does, without waiting for the outcome (e.g. a completion the form refuses). */
    void submit() {
        dismissNotifications();
        By button = By.cssSelector(".task-details button[ng-click='complete()']");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(button));
        browser.click(button);
    }

    /** Completes the task and waits until it has left the list. */
    void complete(String taskId) {
        submit();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(cardOf(taskId)));
    }

    /** What the form shows next to its fields after a refused completion (form-js and Tasklist notifications). */
    String errors() {
        return browser.all(By.cssSelector(".fjs-form-field-error, .notifications .alert, .notification"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).reduce("", (a, b) -> a + "\n" + b);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
