package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.InvalidInputException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;

/** R2 as a rule: what a registration must name, what is refused, and what an e-mail's gaps and typos become. */
class RequiredInformationTests {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final RequiredInformation required = new RequiredInformation(VALIDATOR);

    @ParameterizedTest(name = "{0} = \"{1}\" is refused as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # field               | value                  | broken constraint
            companyName           | ''                     | NotBlank
            contact.firstName     | ' '                    | NotBlank
            contact.lastName      | ''                     | NotBlank
            contact.position      | ''                     | NotBlank
            contact.phone         | ''                     | NotBlank
            contact.email         | ''                     | NotBlank
            summary               | ''                     | NotBlank
            contact.phone         | 12                     | ValidPhone
            contact.phone         | +370 6123              | ValidPhone
            contact.email         | ona@                   | ValidEmail
            contact.email         | ona@pavyzdys           | ValidEmail
            companyName           | 201 letters            | Size
            summary               | 301 letters            | Size
            contact.firstName     | 101 letters            | Size
            requestedConsultant   | 101 letters            | Size
            receivedAt            | in 6 minutes           | NotInFuture
            """)
    void aCompleteRegistrationRefusesWhatIsMissingOrMalformed(String field, String value, String constraint) {
        RequestRegistration registration = aRegistration().with(field, value).build();

        assertThatThrownBy(() -> required.complete(registration))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.getPropertyPath()).hasToString(field);
                            assertThat(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                                    .isEqualTo(constraint);
                        }));
    }

    @Test
    void everyMissingItemIsNamedAtOnce() {
        RequestRegistration nothing = new RequestRegistration(Channel.WEB, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> required.complete(nothing)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrderElementsOf(RequiredInformation.ITEMS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # given                                        | field       | value
            a client's id instead of the company's name    | companyName | ''
            the clock of the caller a little ahead         | receivedAt  | in 4 minutes
            a phone number written the Lithuanian way      | contact.phone | (8 5) 278 0670
            """)
    void aCompleteRegistrationAccepts(String given, String field, String value) {
        var registration = aRegistration().with(field, value);
        if (field.equals("companyName")) {
            registration.with("clientId", UUID.randomUUID().toString());
        }
        assertThat(required.complete(registration.build()).isComplete()).isTrue();
    }

    @Test
    void theCheckedTextBecomesValues() {
        NewRequest request = required.complete(aRegistration().with("contact.phone", "8 5 278 0670")
                .with("summary", "  Neveikia  ").build());

        assertThat(request.contact().phone().e164()).isEqualTo("+37052780670");
        assertThat(request.contact().email().value()).isEqualTo("ona@pavyzdys.lt");
        assertThat(request.summary()).isEqualTo("Neveikia");
        assertThat(request.receivedAt()).isNotNull();
        assertThat(request.missingItems()).isEmpty();
    }

    @Test
    void textThatIsNoIdNamesNoClient() {
        assertThatThrownBy(() -> required.complete(aRegistration().with("clientId", "kažkas").build()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("clientId"));
    }

    @Test
    void aFormIsToldBesideItsFields() {
        RequestRegistration form = aRegistration().with("contact.phone", "12").with("summary", "").build();
        var errors = new BeanPropertyBindingResult(form, "form");

        assertThat(required.complete(form, errors)).isEmpty();
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactlyInAnyOrder("contact.phone", "summary");
    }

    /** What an e-mail gives: its gaps and typos are listed as missing, in R2's order; overlong text is cut. */
    @ParameterizedTest(name = "{0} = \"{1}\" -> missing {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # field               | value            | missing
            contact.phone         | ''               | contact.phone
            contact.phone         | 8 5 278          | contact.phone
            contact.email         | ona(at)pavyzdys  | contact.email
            companyName           | ''               | companyName
            contact.position      | ' '              | contact.position
            summary               | 301 letters      | ''
            description           | 20001 letters    | ''
            receivedAt            | in 6 minutes     | ''
            """)
    void anEmailIsTakenAsFarAsItGoes(String field, String value, String missing) {
        NewRequest request = required.asGiven(aRegistration().with(field, value).build());

        assertThat(request.missingItems()).isEqualTo(missing.isEmpty() ? List.of() : List.of(missing));
        assertThat(request.summary()).hasSizeLessThanOrEqualTo(300);
        assertThat(request.description()).hasSizeLessThanOrEqualTo(20_000);
        assertThat(request.receivedAt()).isBeforeOrEqualTo(OffsetDateTime.now());
    }

    @Test
    void anEmptyEmailMissesEverythingButTheSender() {
        RequestRegistration mail = new RequestRegistration(Channel.EMAIL, null, null,
                new RequestRegistration.Contact(null, null, null, null, "nezinomas@klientas.lt"), null, "Laiškas", false,
                null, null);

        assertThat(required.asGiven(mail).missingItems()).containsExactly("companyName", "contact.firstName",
                "contact.lastName", "contact.position", "contact.phone", "summary");
    }

    private static RegistrationBuilder aRegistration() {
        return new RegistrationBuilder();
    }

    /** A complete phone registration (R2), to change one field at a time; values as the tables say them. */
    private static final class RegistrationBuilder {
        private String companyName = "UAB Pavyzdys";
        private String clientId;
        private String firstName = "Ona";
        private String lastName = "Onaitė";
        private String position = "Buhalterė";
        private String phone = "+37061234567";
        private String email = "ona@pavyzdys.lt";
        private String summary = "Neatsidaro metinė ataskaita";
        private String description = "Klaida atidarant metinę ataskaitą";
        private String requestedConsultant;
        private OffsetDateTime receivedAt;

        RegistrationBuilder with(String field, String value) {
            String text = value.endsWith(" letters") ? "ž".repeat(Integer.parseInt(value.split(" ")[0])) : value;
            switch (field) {
                case "companyName" -> companyName = text;
                case "clientId" -> clientId = text;
                case "contact.firstName" -> firstName = text;
                case "contact.lastName" -> lastName = text;
                case "contact.position" -> position = text;
                case "contact.phone" -> phone = text;
                case "contact.email" -> email = text;
                case "summary" -> summary = text;
                case "description" -> description = text;
                case "requestedConsultant" -> requestedConsultant = text;
                case "receivedAt" -> receivedAt = OffsetDateTime.now().plusMinutes(Long.parseLong(value.split(" ")[1]));
                default -> throw new IllegalArgumentException(field);
            }
            return this;
        }

        RequestRegistration build() {
            return new RequestRegistration(Channel.PHONE, companyName, clientId,
                    new RequestRegistration.Contact(firstName, lastName, position, phone, email), summary, description,
                    false, requestedConsultant, receivedAt);
        }
    }
}
