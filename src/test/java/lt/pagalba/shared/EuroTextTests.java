package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Euros as Lithuanian and English readers write them, the same on pages, in e-mails and on documents. */
class EuroTextTests {

    private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

    @Test
    void lithuanianPutsTheSignAfterTheNumberWithADecimalComma() {
        assertThat(EuroText.of(new BigDecimal("45"), LITHUANIAN)).isEqualTo("45,00 €");
        assertThat(EuroText.of(new BigDecimal("1234.5"), LITHUANIAN)).isEqualTo("1 234,50 €");
        assertThat(EuroText.of(new BigDecimal("-72.60"), LITHUANIAN)).isEqualTo("-72,60 €");
    }

    @Test
    void englishPutsTheSignBeforeTheNumberAndTheMinusBeforeTheSign() {
        assertThat(EuroText.of(new BigDecimal("45"), Locale.ENGLISH)).isEqualTo("€45.00");
        assertThat(EuroText.of(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(EuroText.of(new BigDecimal("-72.6"), Locale.ENGLISH)).isEqualTo("-€72.60");
    }

    @Test
    void aNumberAlreadyWrittenGetsTheSignOnItsLanguagesSide() {
        assertThat(EuroText.withSign("1\u00A0234,50", LITHUANIAN)).isEqualTo("1\u00A0234,50 €");
        assertThat(EuroText.withSign("-60.00", Locale.UK)).isEqualTo("-€60.00");
    }
}
