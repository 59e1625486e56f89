package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.Vocative;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Lithuanian vocative of first names, for greetings: the common endings, and names that stay as they are. */
class VocativeTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jonas       | Jonai
            Tomas       | Tomai
            Mindaugas   | Mindaugai
            Andrejas    | Andrejau
            Vėjas       | Vėjau
            Kęstutis    | Kęstuti
            Gytis       | Gyti
            Kazys       | Kazy
            Paulius     | Pauliau
            Julius      | Juliau
            Mikalojus   | Mikalojau
            Eglė        | Egle
            Aušrinė     | Aušrine
            Ona         | Ona
            Marija      | Marija
            Rūta        | Rūta
            John        | John
            Ras         | Ras
            Jonas Petras| Jonas Petrai
            """)
    void theCommonEndingsOfLithuanianNamesChange(String name, String vocative) {
        assertThat(Vocative.of(name)).isEqualTo(vocative);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noNameGivesNothing(String name) {
        assertThat(Vocative.of(name)).isEmpty();
        assertThat(Vocative.of(null)).isEmpty();
    }
}
