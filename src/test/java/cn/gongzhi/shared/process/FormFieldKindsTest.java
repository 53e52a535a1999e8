package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.shared.process.FormFieldKinds.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text fields are free text unless marked; where two forms disagree on a field, the more protective kind holds. */
class FormFieldKindsTest {

    private static byte[] form(String key, String type, String dataKind) {
        String properties = dataKind == null ? "" : ", \"properties\": {\"dataKind\": \"" + dataKind + "\"}";
        return ("{\"components\": [{\"key\": \"" + key + "\", \"type\": \"" + type + "\"" + properties + "}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTextFieldIsFreeTextUnlessMarked() {
        FormFieldKinds kinds = new FormFieldKinds();
        kinds.read(form("description", "textarea", null));
        kinds.read(form("communityCode", "textfield", "code"));
        kinds.read(form("petitionerPhone", "textfield", "contact"));
        kinds.read(form("satisfaction", "number", null));

        assertThat(kinds.kindOf("description")).isEqualTo(Kind.FREE_TEXT);
        assertThat(kinds.kindOf("communityCode")).isEqualTo(Kind.CODE);
        assertThat(kinds.kindOf("petitionerPhone")).isEqualTo(Kind.CONTACT);
        assertThat(kinds.kindOf("satisfaction")).isNull();
        assertThat(kinds.keptOutOfHistory("description")).isTrue();
        assertThat(kinds.keptOutOfHistory("communityCode")).isFalse();
    }

    @Test
    void aLaterFormCannotLiftTheMaskingOfAFreeTextField() {
        FormFieldKinds kinds = new FormFieldKinds();
        kinds.read(form("description", "textarea", null));
        kinds.read(form("description", "textarea", "contact"));
        kinds.read(form("minutes", "textarea", "code"));
        kinds.read(form("minutes", "textarea", null));
        kinds.read(form("petitionNumbers", "textfield", "code"));
        kinds.read(form("petitionNumbers", "textfield", "contact"));

        assertThat(kinds.kindOf("description")).isEqualTo(Kind.FREE_TEXT);
        assertThat(kinds.kindOf("minutes")).isEqualTo(Kind.FREE_TEXT);
        assertThat(kinds.kindOf("petitionNumbers")).isEqualTo(Kind.CONTACT);
    }

    @Test
    void aDynamicListHoldsWhatItsTextFieldsHold() {
        FormFieldKinds kinds = new FormFieldKinds();
        kinds.read(("{\"components\": [{\"type\": \"dynamiclist\", \"path\": \"commitments\", \"components\": ["
                + "{\"key\": \"department\", \"type\": \"select\"},"
                + "{\"key\": \"measure\", \"type\": \"textarea\"}]},"
                + "{\"type\": \"dynamiclist\", \"path\": \"scores\", \"components\": ["
                + "{\"key\": \"score\", \"type\": \"number\"}]}]}").getBytes(StandardCharsets.UTF_8));

        assertThat(kinds.kindOf("commitments")).isEqualTo(Kind.FREE_TEXT);
        assertThat(kinds.keptOutOfHistory("commitments")).isTrue();
        assertThat(kinds.kindOf("scores")).isNull();
    }
}
