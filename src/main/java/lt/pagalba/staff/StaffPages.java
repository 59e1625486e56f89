package lt.pagalba.staff;

import jakarta.validation.Valid;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages; a form is checked by its annotations, then typed once, as in the API. */
@Controller
@RequestMapping("/staff")
class StaffPages {

    private final StaffDirectory staff;
    private final NotificationPreferences notifications;

    StaffPages(StaffDirectory staff, NotificationPreferences notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("members", staff.all());
        return "staff/list";
    }

    @GetMapping("/new")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    String newForm(Model model) {
        model.addAttribute("form", StaffForm.blank());
        return "staff/form";
    }

    @PostMapping("/new")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> staff.create(form.toCommand())) == null) {
            return "staff/form";
        }
        return "redirect:/staff?created=" + form.username();
    }

    @GetMapping("/{username}")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    String editForm(@PathVariable String username, Model model) {
        StaffMember member = staff.get(username);
        model.addAttribute("member", member);
        model.addAttribute("form", StaffUpdate.of(member));
        return edit(username, model);
    }

    private String edit(String username, Model model) {
        model.addAttribute("notifications", notifications.of(username));
        model.addAttribute("notificationKinds", NotificationSettings.Kind.values());
        return "staff/edit";
    }

    /** The administrator sets which notices a staff member gets by e-mail, as they can themselves under "My settings". */
    @PostMapping("/{username}/notifications")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    String notifications(@PathVariable String username, @ModelAttribute NotificationForm form, RedirectAttributes redirect) {
        notifications.update(username, form.settings());
        redirect.addFlashAttribute("notificationsSaved", true);
        return "redirect:/staff/" + username + "#notifications";
    }

    @PostMapping("/{username}")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    String update(@PathVariable String username, @Valid @ModelAttribute("form") StaffUpdate form, BindingResult result,
                  Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> staff.update(username, form.toCommand())) == null) {
            model.addAttribute("member", staff.get(username));
            return edit(username, model);
        }
        return "redirect:/staff?updated=" + username;
    }

    /** The on-duty switch: an htmx request that re-renders just the row's badge. */
    @PostMapping("/{username}/availability")
    @PreAuthorize(StaffAccessRules.SELF_OR_ADMINISTRATOR)
    String availability(@PathVariable String username, @RequestParam boolean available, Model model) {
        model.addAttribute("m", staff.setAvailability(username, available));
        return "staff/list :: availability";
    }
}
