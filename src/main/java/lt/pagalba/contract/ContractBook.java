package lt.pagalba.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients' service contracts. A client has at most one contract valid on any day; a contract
 * under which time was billed can be ended but no longer deleted or rewritten.
 */
@Service
public class ContractBook {

    private final Contracts contracts;
    private final ClientDirectory clients;
    private final AuditTrail audit;

    ContractBook(Contracts contracts, ClientDirectory clients, AuditTrail audit) {
        this.contracts = contracts;
        this.clients = clients;
        this.audit = audit;
    }

    @Transactional
    public Contract create(String clientId, ContractForm form) {
        Client client = clients.get(ClientId.parse(clientId));
        UUID clientUuid = client.id().value();
        Contract contract = toContract(null, client.id().text(), form, false);
        UUID id = UUID.randomUUID();
        contracts.lockClient(clientUuid);
        requireNoOverlap(clientUuid, contract.validFrom(), contract.validTo(), id);
        requireUniqueNumber(clientUuid, contract.number(), id);
        contracts.insert(id, clientUuid, contract);
        Contract created = get(client.id().text(), id.toString());
        audit.record("CONTRACT", id, client.id(), "CREATED", null, created);
        return created;
    }

    /** Changes a contract that nothing was billed under yet; a billed one may only be ended. */
    @Transactional
    public Contract update(String clientId, String contractId, ContractForm form) {
        Contract before = get(clientId, contractId);
        Contract changed = toContract(before.id(), before.clientId(), form, before.billed());
        if (before.billed() && !sameTermsExceptEnd(before, changed)) {
            throw new ConflictException("contract.billedTermsLocked", before.number());
        }
        UUID clientUuid = UUID.fromString(before.clientId());
        UUID id = UUID.fromString(before.id());
        contracts.lockClient(clientUuid);
        requireNoOverlap(clientUuid, changed.validFrom(), changed.validTo(), id);
        requireUniqueNumber(clientUuid, changed.number(), id);
        if (before.billed()) {
            contracts.end(id, changed.validTo());
        } else {
            contracts.update(id, changed);
        }
        Contract after = get(clientId, contractId);
        audit.record("CONTRACT", id, before.clientId(), "UPDATED", before, after);
        return after;
    }

    @Transactional
    public void delete(String clientId, String contractId) {
        Contract contract = get(clientId, contractId);
        if (contract.billed()) {
            throw new ConflictException("contract.billedNoDelete", contract.number());
        }
        contracts.delete(UUID.fromString(contract.id()));
        audit.record("CONTRACT", contract.id(), contract.clientId(), "DELETED", contract, null);
    }

    /** Billing calls this when it bills time under the contract; from then on its terms are fixed. */
    @Transactional
    /** Marks many contracts billed at once (a billing run): from then on their terms are fixed. */
    public void markBilled(Collection<String> contractIds) {
        if (!contractIds.isEmpty()) {
            contracts.markBilled(contractIds.stream().map(UUID::fromString).toList());
        }
    }

    /** The contracts of clients known to exist, by client id (newest first), in one round trip. */
    public Map<String, List<Contract>> ofClients(Collection<String> clientIds) {
        Map<String, List<Contract>> byClient = new HashMap<>();
        contracts.ofClients(clientIds.stream().map(UUID::fromString).toList())
                .forEach(c -> byClient.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c));
        return byClient;
    }

    public Contract get(String clientId, String contractId) {
        Client client = clients.get(ClientId.parse(clientId));
        return Ids.parse(contractId).flatMap(contracts::find).filter(c -> c.clientId().equals(client.id().text()))
                .orElseThrow(() -> new NotFoundException("contract", contractId));
    }

    public Optional<Contract> find(String contractId) {
        return Ids.parse(contractId).flatMap(contracts::find);
    }

    public List<Contract> ofClient(String clientId) {
        return contracts.ofClient(clients.get(ClientId.parse(clientId)).id().value());
    }

    public Optional<Contract> validOn(String clientId, LocalDate day) {
        return Ids.parse(clientId).flatMap(id -> contracts.validOn(id, day));
    }

    /** The latest contract valid on any day between two days: the one that governs a period. */
    public Optional<Contract> governing(String clientId, LocalDate from, LocalDate to) {
        return Ids.parse(clientId).flatMap(id -> Contract.governing(contracts.ofClient(id), from, to));
    }

    public Optional<Contract> activeToday(String clientId) {
        return validOn(clientId, Vilnius.today());
    }

    public ContractForm formOf(String clientId, String contractId) {
        return ContractForm.of(get(clientId, contractId));
    }

    private Contract toContract(String id, String clientId, ContractForm form, boolean billed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            problems.add(FieldProblem.invalid("validTo", "contract.validTo.beforeFrom"));
        }
        var categories = new HashSet<>();
        if (form.allowances() != null) {
            for (int i = 0; i < form.allowances().size(); i++) {
                if (!categories.add(form.allowances().get(i).category())) {
                    problems.add(FieldProblem.invalid("allowances[" + i + "].category", "contract.allowance.duplicate"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Contract(id, clientId, form.number().trim(), form.validFrom(), form.validTo(), form.period(),
                form.incrementMinutes() == null ? 1 : form.incrementMinutes(),
                form.minimumMinutes() == null ? 0 : form.minimumMinutes(), form.toAllowances(), billed);
    }

    private static boolean sameTermsExceptEnd(Contract a, Contract b) {
        return a.number().equals(b.number()) && a.validFrom().equals(b.validFrom()) && a.period() == b.period()
                && a.incrementMinutes() == b.incrementMinutes() && a.minimumMinutes() == b.minimumMinutes()
                && new HashSet<>(a.allowances()).equals(new HashSet<>(b.allowances()));
    }

    private void requireNoOverlap(UUID clientId, LocalDate from, LocalDate to, UUID self) {
        List<Contract> overlapping = contracts.overlapping(clientId, from, to, self);
        if (!overlapping.isEmpty()) {
            Contract other = overlapping.get(0);
            throw new ConflictException("contract.overlap", other.number(), other.validFrom(),
                    other.validTo() == null ? "…" : other.validTo());
        }
    }

    private void requireUniqueNumber(UUID clientId, String number, UUID self) {
        boolean taken = contracts.ofClient(clientId).stream()
                .anyMatch(c -> c.number().equalsIgnoreCase(number) && !c.id().equals(self.toString()));
        if (taken) {
            throw new ConflictException("contract.numberTaken", number);
        }
    }

}
