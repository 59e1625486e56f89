package lt.pagalba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdTests {

    @Test
    void anIdIsReadFromItsTextAndWrittenBackTheSame() {
        UUID uuid = UUID.randomUUID();
        RequestId id = RequestId.parse(" " + uuid + " ");
        assertThat(id.value()).isEqualTo(uuid);
        assertThat(id.text()).isEqualTo(uuid.toString());
        assertThat(id).hasToString(uuid.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2026-000123", "00000000-0000-0000-0000-00000000000g"})
    void textThatIsNoUuidNamesNoRecordOfThatKind(String text) {
        assertThatThrownBy(() -> InvoiceId.parse(text)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.subject()).isEqualTo("invoice");
            assertThat(e.id()).isEqualTo(text);
        });
        assertThat(TypedId.tryParse(ClientId.class, text)).isEmpty();
    }

    @Test
    void idsOfDifferentKindsAreNeverEqual() {
        UUID uuid = UUID.randomUUID();
        assertThat((Object) new ClientId(uuid)).isNotEqualTo(new RequestId(uuid));
    }

    @Test
    void theConverterBindsEveryKindAndLeavesBlankUnbound() {
        TypedIdConverter converter = new TypedIdConverter();
        UUID uuid = UUID.randomUUID();
        assertThat(converter.getConverter(WorkEntryId.class).convert(uuid.toString())).isEqualTo(new WorkEntryId(uuid));
        assertThat(converter.getConverter(StatementId.class).convert(" ")).isNull();
        assertThat(converter.getConverter(ApiTokenId.class).convert(uuid.toString())).isEqualTo(new ApiTokenId(uuid));
        assertThatThrownBy(() -> converter.getConverter(ContractId.class).convert("x"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo("contract"));
    }

    @Test
    void theUnknownIdIsFoundInsideAWrappedFailure() {
        var notFound = new NotFoundException("request", "x");
        assertThat(TypedIdConverter.notFoundIn(new IllegalStateException(new RuntimeException(notFound)))).contains(notFound);
        assertThat(TypedIdConverter.notFoundIn(new IllegalStateException("other"))).isEmpty();
    }
}
