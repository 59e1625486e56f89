package lt.pagalba.contract;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.ContractForm.AllowanceForm;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/clients/{clientId}/contracts")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')")
class ContractPages {

    private final ContractBook contracts;
    private final ClientDirectory clients;

    ContractPages(ContractBook contracts, ClientDirectory clients) {
        this.contracts = contracts;
        this.clients = clients;
    }

    @ModelAttribute
    void common(@PathVariable ClientId clientId, Model model) {
        model.addAttribute("client", clients.get(clientId));
        model.addAttribute("periods", PeriodLength.values());
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new ContractForm("", Vilnius.today().withDayOfMonth(1), null, PeriodLength.MONTH, 15, 0,
                List.of(new AllowanceForm(WorkCategory.CONSULTATION, 600, ""),
                        new AllowanceForm(WorkCategory.ADDITIONAL_WORK, 0, "")), null, null));
        return "contract/form";
    }

    @PostMapping("/new")
    String create(@PathVariable ClientId clientId, @Valid @ModelAttribute("form") ContractForm form, BindingResult result) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> contracts.create(clientId, form.toTerms())) == null) {
            return "contract/form";
        }
        return "redirect:/clients/" + clientId + "#contracts";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable ClientId clientId, @PathVariable ContractId id, Model model) {
        Contract contract = contracts.get(clientId, id);
        model.addAttribute("contract", contract);
        model.addAttribute("form", padded(ContractForm.of(contract)));
        return "contract/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable ClientId clientId, @PathVariable ContractId id,
                  @Valid @ModelAttribute("form") ContractForm form, BindingResult result, Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> contracts.update(clientId, id, form.toTerms())) == null) {
            model.addAttribute("contract", contracts.get(clientId, id));
            return "contract/form";
        }
        return "redirect:/clients/" + clientId + "#contracts";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable ClientId clientId, @PathVariable ContractId id) {
        contracts.delete(clientId, id);
        return "redirect:/clients/" + clientId + "#contracts";
    }

    /** The form always shows a row per category, in the same order. */
    private static ContractForm padded(ContractForm form) {
        List<AllowanceForm> rows = new ArrayList<>();
        for (WorkCategory category : WorkCategory.values()) {
            rows.add(form.allowances().stream().filter(a -> a.category() == category).findFirst()
                    .orElse(new AllowanceForm(category, 0, "")));
        }
        return new ContractForm(form.number(), form.validFrom(), form.validTo(), form.period(), form.incrementMinutes(),
                form.minimumMinutes(), rows, form.firstContactMinutes(), form.resolutionMinutes());
    }
}
