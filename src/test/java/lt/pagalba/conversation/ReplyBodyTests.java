package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML part of a staff reply is made from its text: escaped first, then paragraphs, lists, bold and links. */
class ReplyBodyTests {

    @Test
    void blankLinesMakeParagraphsAndLineBreaksStay() {
        assertThat(ReplyBody.html("Laba diena,\n\nataskaita pataisyta.\nPatikrinkite.\r\n\r\nPagarbiai\nJonas"))
                .isEqualTo("<p>Laba diena,</p><p>ataskaita pataisyta.<br>Patikrinkite.</p><p>Pagarbiai<br>Jonas</p>");
    }

    @Test
    void linesStartingWithADashOrANumberMakeLists() {
        assertThat(ReplyBody.html("Prašome:\n\n- versiją;\n- ekrano nuotrauką\n\n1. atidarykite\n2. spauskite"))
                .isEqualTo("<p>Prašome:</p><ul><li>versiją;</li><li>ekrano nuotrauką</li></ul><ol><li>atidarykite</li><li>spauskite</li></ol>");
    }

    @Test
    void wordsBetweenAsterisksAreBoldAndAddressesAreLinks() {
        assertThat(ReplyBody.html("Spauskite *Išsaugoti* ir žr. https://pagalba.stekas.lt/duk?a=1&b=2."))
                .isEqualTo("<p>Spauskite <strong>Išsaugoti</strong> ir žr. "
                        + "<a href=\"https://pagalba.stekas.lt/duk?a=1&amp;b=2\">https://pagalba.stekas.lt/duk?a=1&amp;b=2</a>.</p>");
    }

    @Test
    void quotedLinesAreQuoted() {
        assertThat(ReplyBody.html("Taip.\n\n> Ar veikia?\n> Ačiū")).endsWith("Ar veikia?<br>Ačiū</blockquote>").contains("<blockquote");
    }

    @Test
    void htmlSomeoneTypedIsShownAsTextNeverAsMarkup() {
        String html = ReplyBody.html("<script>alert('x')</script> <b onclick=\"x()\">*drąsiai*</b> \"https://x.lt/\"><img src=x>");

        assertThat(html).doesNotContain("<script", "<b ", "<img", "onclick=\"");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<strong>drąsiai</strong>",
                "<a href=\"https://x.lt/\">https://x.lt/</a>&quot;&gt;&lt;img src=x&gt;");
    }
}
