package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: an address in its parts, read from the one line it was kept in and written back the same. */
class PostalAddressTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // one line | street | city | postcode | country | written back
            "Gedimino pr. 1, Vilnius|Gedimino pr. 1|Vilnius|-|LT|Gedimino pr. 1, Vilnius",
            "Gedimino pr. 1, LT-01103 Vilnius|Gedimino pr. 1|Vilnius|LT-01103|LT|Gedimino pr. 1, LT-01103 Vilnius",
            "Ąžuolų g. 7, 44280 Kaunas|Ąžuolų g. 7|Kaunas|LT-44280|LT|Ąžuolų g. 7, LT-44280 Kaunas",
            "Laisvės al. 10-5, Kaunas, LT-44280|Laisvės al. 10-5|Kaunas|LT-44280|LT|Laisvės al. 10-5, LT-44280 Kaunas",
            "Brīvības iela 1, LV-1010 Rīga|Brīvības iela 1|Rīga|LV-1010|LV|Brīvības iela 1, LV-1010 Rīga, LV",
            "Brīvības iela 1, Rīga, Latvija|Brīvības iela 1|Rīga|-|LV|Brīvības iela 1, Rīga, LV",
            "Vilnius|-|Vilnius|-|LT|Vilnius"})
    void aOneLineAddressIsReadIntoItsParts(String line, String street, String city, String postcode, String country,
                                           String written) {
        PostalAddress address = PostalAddress.parse(line);

        assertThat(address.street()).isEqualTo(street);
        assertThat(address.city()).isEqualTo(city);
        assertThat(address.postcode()).isEqualTo(postcode);
        assertThat(address.country()).isEqualTo(country);
        assertThat(address.oneLine()).isEqualTo(written);
        assertThat(PostalAddress.parse(written)).as("written back, it reads the same").isEqualTo(address);
    }

    @ParameterizedTest(name = "{0}, {1}: complete {2}")
    @CsvSource(nullValues = "-", value = {"Gedimino pr. 1, Vilnius, true", "-, Vilnius, false", "Gedimino pr. 1, -, false"})
    void anInvoiceNeedsTheStreetAndTheCity(String street, String city, boolean complete) {
        assertThat(new PostalAddress(street, city, null, null).isComplete()).isEqualTo(complete);
    }

    @ParameterizedTest(name = "country {0}")
    @CsvSource({"Lithuania", "L", "L1"})
    void aCountryIsItsTwoLetterCode(String country) {
        assertThatThrownBy(() -> new PostalAddress("Gedimino pr. 1", "Vilnius", null, country))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PostalAddress("Brīvības iela 1", "Rīga", null, "lv").country()).isEqualTo("LV");
        assertThat(PostalAddress.none().oneLine()).isNull();
    }
}
