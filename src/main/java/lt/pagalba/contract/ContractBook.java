package lt.pagalba.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.ContractId;
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
    public Contract create(ClientId clientId, ContractTerms terms) {
        requireClient(clientId);
        Contract contract = Contract.of(ContractId.random(), clientId, terms);
        contracts.lockClient(clientId);
        requireNoClash(contract);
        contracts.insert(contract);
        Contract created = get(clientId, contract.id());
        audit.record("CONTRACT", created.id(), clientId, "CREATED", null, created);
        return created;
    }

    /** Changes a contract that nothing was billed under yet; a billed one may only be ended or promise another service. */
    @Transactional
    public Contract update(ClientId clientId, ContractId contractId, ContractTerms terms) {
        Contract before = get(clientId, contractId);
        Contract changed = before.changedTo(terms);
        contracts.lockClient(clientId);
        requireNoClash(changed);
        if (before.billed()) {
            contracts.endAndPromise(changed);
        } else {
            contracts.update(changed);
        }
        Contract after = get(clientId, contractId);
        audit.record("CONTRACT", contractId, clientId, "UPDATED", before, after);
        return after;
    }

    @Transactional
    public void delete(ClientId clientId, ContractId contractId) {
        Contract contract = get(clientId, contractId);
        contract.requireDeletable();
        contracts.delete(contractId);
        audit.record("CONTRACT", contractId, clientId, "DELETED", contract, null);
    }

    /** Marks many contracts billed at once (a billing run): from then on their terms are fixed. */
    @Transactional
    public void markBilled(Collection<ContractId> contractIds) {
        if (!contractIds.isEmpty()) {
            contracts.markBilled(contractIds);
        }
    }

    /** The contracts of clients known to exist, by client (newest first), in one round trip. */
    public Map<ClientId, List<Contract>> ofClients(Collection<ClientId> clientIds) {
        Map<ClientId, List<Contract>> byClient = new HashMap<>();
        contracts.ofClients(clientIds).forEach(c -> byClient.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c));
        return byClient;
    }

    public Contract get(ClientId clientId, ContractId contractId) {
        requireClient(clientId);
        return contracts.find(contractId).filter(c -> c.clientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("contract", contractId.text()));
    }

    public List<Contract> ofClient(ClientId clientId) {
        requireClient(clientId);
        return contracts.ofClient(clientId);
    }

    public Optional<Contract> validOn(ClientId clientId, LocalDate day) {
        return contracts.validOn(clientId, day);
    }

    public Optional<Contract> activeToday(ClientId clientId) {
        return validOn(clientId, Vilnius.today());
    }

    private void requireClient(ClientId clientId) {
        clients.get(clientId);
    }

    /** Only one contract valid on any day, and one number once, per client. */
    private void requireNoClash(Contract contract) {
        List<Contract> overlapping = contracts.overlapping(contract);
        if (!overlapping.isEmpty()) {
            Contract other = overlapping.get(0);
            throw new ConflictException("contract.overlap", other.number(), other.validFrom(),
                    other.validTo() == null ? "…" : other.validTo());
        }
        boolean taken = contracts.ofClient(contract.clientId()).stream()
                .anyMatch(c -> c.number().equalsIgnoreCase(contract.number()) && !c.id().equals(contract.id()));
        if (taken) {
            throw new ConflictException("contract.numberTaken", contract.number());
        }
    }
}
