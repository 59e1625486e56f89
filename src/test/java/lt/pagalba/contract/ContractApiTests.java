package lt.pagalba.contract;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.pagalba.shared.ContractId;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.ContractBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContractApiTests extends ApiTestSupport {

    @Autowired
    ContractBook contracts;

    /** A monthly contract with the usual terms: 15-minute rounding, ten hours of consultation at 40.00, extra work at 50.00. */
    private static ContractBuilder contract(String number) {
        return aContract().numbered(number).monthly().roundedUpTo(15)
                .including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00");
    }

    @Test
    void aContractIsCreatedWithItsAllowances() {
        String client = client(unique("UAB Sutartis "));
        var created = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-2026-17").from("2026-01-01").json());

        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        assertThat(json.path("id").asString()).isNotBlank();
        assertThat(json.path("number").asString()).isEqualTo("S-2026-17");
        assertThat(json.path("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(json.path("validTo").isNull()).isTrue();
        assertThat(json.path("period").asString()).isEqualTo("MONTH");
        assertThat(json.path("incrementMinutes").asInt()).isEqualTo(15);
        assertThat(json.path("allowances").get(0).path("category").asString()).isEqualTo("CONSULTATION");
        assertThat(json.path("allowances").get(0).path("includedMinutes").asInt()).isEqualTo(600);
        assertThat(json.path("allowances").get(0).path("overageHourlyRate").asString()).isEqualTo("40.00");
        assertThat(json.path("allowances").get(1).path("overageHourlyRate").asString()).isEqualTo("50.00");

        var details = admin().get("/api/v1/clients/" + client);
        assertThat(details.json().path("activeContract").path("number").asString()).isEqualTo("S-2026-17");
        assertThat(admin().get("/api/v1/clients/" + client + "/contracts").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void atMostOneContractIsValidOnAnyDay() {
        String client = client(unique("UAB Persidengimas "));
        assertThat(admin().post("/api/v1/clients/" + client + "/contracts",
                contract("S-1").from("2026-01-01").until("2026-06-30").json()).status()).isEqualTo(201);

        var overlapping = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-2").from("2026-06-30").quarterly().json());
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.contentType()).startsWith("application/problem+json");
        assertThat(overlapping.field("detail")).contains("S-1");

        assertThat(admin().post("/api/v1/clients/" + client + "/contracts",
                contract("S-2").from("2026-07-01").quarterly().json()).status()).as("the day after is free").isEqualTo(201);
        assertThat(admin().post("/api/v1/clients/" + client + "/contracts",
                contract("S-0").from("2025-01-01").json()).status()).as("open-ended overlaps all after").isEqualTo(409);
    }

    @Test
    void concurrentOverlappingContractsCannotBothWin() throws Exception {
        String client = client(unique("UAB Lenktynės "));
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String number = "L-" + i;
            attempts.add(() -> admin().post("/api/v1/clients/" + client + "/contracts",
                    contract(number).from("2026-01-01").json()).status());
        }
        var pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(attempts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void rulesOfTheContractAreChecked() {
        String client = client(unique("UAB Taisyklės "));
        var refused = admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number": "", "validFrom": null, "period": "WEEK"}""");
        assertThat(refused.status()).as("an unknown enum value is a wrong type").isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("period");

        var missing = admin().post("/api/v1/clients/" + client + "/contracts", "{\"allowances\": [{\"includedMinutes\": -5, \"overageHourlyRate\": \"x\"}]}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).contains("number", "validFrom", "period", "allowances[0].category",
                "allowances[0].includedMinutes", "allowances[0].overageHourlyRate");

        var backwards = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-9").from("2026-05-01").until("2026-04-30").json());
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.errorFields()).containsExactly("validTo");

        var twice = admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number": "S-10", "validFrom": "2026-01-01", "period": "MONTH",
                 "allowances": [{"category": "CONSULTATION", "includedMinutes": 60, "overageHourlyRate": "40"},
                                {"category": "CONSULTATION", "includedMinutes": 60, "overageHourlyRate": "40"}]}""");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.errorFields()).containsExactly("allowances[1].category");
    }

    @Test
    void aContractIsEndedBySettingItsLastDay() {
        String client = client(unique("UAB Pabaiga "));
        String id = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-1").from("2026-01-01").json()).field("id");

        var ended = admin().patch("/api/v1/clients/" + client + "/contracts/" + id, "{\"validTo\": \"2026-03-31\"}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.field("validTo")).isEqualTo("2026-03-31");
        assertThat(admin().post("/api/v1/clients/" + client + "/contracts",
                contract("S-2").from("2026-04-01").quarterly().json()).status()).isEqualTo(201);
    }

    @Test
    void aContractWithBilledTimeCanBeEndedButNotDeleted() {
        String client = client(unique("UAB Apmokestinta "));
        String unbilled = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-1").from("2025-01-01").until("2025-12-31").json()).field("id");
        String billed = admin().post("/api/v1/clients/" + client + "/contracts", contract("S-2").from("2026-01-01").json()).field("id");
        contracts.markBilled(List.of(ContractId.parse(billed)));

        assertThat(admin().delete("/api/v1/clients/" + client + "/contracts/" + billed).status()).isEqualTo(409);
        assertThat(admin().patch("/api/v1/clients/" + client + "/contracts/" + billed,
                "{\"allowances\": []}").status()).as("its terms are fixed").isEqualTo(409);
        assertThat(admin().patch("/api/v1/clients/" + client + "/contracts/" + billed,
                "{\"validTo\": \"2026-12-31\"}").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/clients/" + client + "/contracts/" + unbilled).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/clients/" + client + "/contracts/" + unbilled).status()).isEqualTo(404);
    }

    @Test
    void aConsultantCannotWriteContracts() {
        var consultant = staffMember(unique("ks"), "CONSULTANT");
        var accountant = staffMember(unique("buh"), "ACCOUNTANT");
        String client = client(unique("UAB Teisės "));
        assertThat(consultant.post("/api/v1/clients/" + client + "/contracts", contract("S-1").from("2026-01-01").json()).status())
                .isEqualTo(403);
        assertThat(accountant.post("/api/v1/clients/" + client + "/contracts", contract("S-1").from("2026-01-01").json()).status())
                .isEqualTo(201);
    }

    @Test
    void contractsOfAnUnknownClientAre404() {
        assertThat(admin().post("/api/v1/clients/00000000-0000-0000-0000-000000000000/contracts",
                contract("S-1").from("2026-01-01").json()).status()).isEqualTo(404);
    }
}
