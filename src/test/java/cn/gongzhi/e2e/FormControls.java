package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Camunda Forms (form-js) controls as a person uses them in Tasklist, in a task's form or in the start dialog:
 * selects, date and time pickers. {@code scope} is the CSS class of the form's container ({@code .task-details} or
 * {@code .modal-dialog}).
 */
final class FormControls {

    private FormControls() {
    }

    /** A field of the start dialog's form by the id it has in the .form file. */
    static By modalField(String id) {
        return By.cssSelector(".modal-dialog [id$='-" + id + "']");
    }

    /** A radio option or checkbox of the start dialog's form by its label. */
    static By modalLabel(String text) {
        return By.xpath("//div[contains(@class,'modal-dialog')]//label[normalize-space(.)='" + text + "']");
    }

    /** Opens a form-js select (within {@code scope}) and picks the option with this label. */
    static void chooseSelectOption(Browser b, String scope, String fieldId, String label) {
        openSelect(b, scope, fieldId);
        pickListItem(b, "//*[contains(@class,'" + scope.substring(1) + "')]//*[contains(@class,"
                + "'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']");
    }

    /** Opens a form-js select's list: a click on what it displays (the input itself is hidden). */
    static void openSelect(Browser b, String scope, String fieldId) {
        b.click(By.cssSelector(scope + " [id$='-" + fieldId + "-display']"));
        Browser.settle();
    }

    /**
     * Picks an item of an open form-js list as a mouse press does (form-js selects on mousedown): in Tasklist's start
     * dialog the list opens over the fields below it, whose labels would take a synthetic click.
     */
    static void pickListItem(Browser b, String xpath) {
        WebElement item = b.find(By.xpath(xpath));
        b.script("arguments[0].scrollIntoView({block: 'nearest'});"
                + " arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
        Browser.settle();
    }

    /**
     * Picks a date as a person does: opens the date field's calendar, moves to the month, clicks the day cell (found by
     * the date it stands for, whatever language or format the calendar shows).
     */
    static void pickDate(Browser b, By input, LocalDate date) {
        WebElement field = b.find(input);
        // the calendar opens below the field: bring the field to the top of the form so that it fits
        b.script("arguments[0].scrollIntoView({block: 'start'})", field);
        b.click(input);
        WebElement day = (WebElement) b.script("var fp = arguments[0]._flatpickr, y = arguments[1], m = arguments[2] - 1,"
                + " d = arguments[3]; fp.open(); fp.jumpToDate(new Date(y, m, d));"
                + " return Array.prototype.slice.call(fp.calendarContainer.querySelectorAll('.flatpickr-day'))"
                + ".filter(function (c) { return c.dateObj && c.dateObj.getFullYear() === y"
                + " && c.dateObj.getMonth() === m && c.dateObj.getDate() === d"
                + " && c.className.indexOf('Month') < 0; })[0];",
                field, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        assertThat(day).as("the calendar shows %s", date).isNotNull();
        b.script("arguments[0].scrollIntoView({block: 'center'})", day);
        Browser.settle();
        day.click();
        Browser.settle();
    }

    /** Types the time into a form-js time field (24 hours) and leaves it, as a person does. */
    static void pickTime(Browser b, By input, String time) {
        WebElement field = b.find(input);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), time, Keys.TAB);
        Browser.settle();
        assertThat(b.find(input).getDomProperty("value")).isEqualTo(time);
    }
}
