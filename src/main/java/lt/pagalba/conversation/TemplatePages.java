package lt.pagalba.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's reply templates: the list, a form to make or change one, removing one. */
@Controller
@RequestMapping("/reply-templates")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class TemplatePages {

    private final ReplyTemplates templates;
    private final MessageSource messages;

    TemplatePages(ReplyTemplates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("placeholders", String.join(" ", Placeholders.NAMES.stream().sorted().map(p -> "{{" + p + "}}").toList()));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("form", new TemplateForm("", "lt", "", ""));
        return "conversation/templates";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable ReplyTemplateId id, Model model) {
        ReplyTemplate t = templates.get(id);
        model.addAttribute("template", t);
        model.addAttribute("form", new TemplateForm(t.name(), t.language(), t.subject(), t.body()));
        return "conversation/template";
    }

    @PostMapping
    String create(TemplateForm form, Model model, RedirectAttributes redirect) {
        return save(form, model, redirect, () -> templates.create(form, Actor.current()), "conversation/templates");
    }

    @PostMapping("/{id}")
    String update(@PathVariable ReplyTemplateId id, TemplateForm form, Model model, RedirectAttributes redirect) {
        model.addAttribute("template", templates.get(id));
        return save(form, model, redirect, () -> templates.update(id, form, Actor.current()), "conversation/template");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable ReplyTemplateId id, RedirectAttributes redirect) {
        templates.delete(id, Actor.current());
        redirect.addFlashAttribute("notice", "templates.deleted");
        return "redirect:/reply-templates";
    }

    /** Saves and goes back to the list; a refusal shows the form again with a message beside each field. */
    private String save(TemplateForm form, Model model, RedirectAttributes redirect, Runnable action, String page) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            action.run();
            redirect.addFlashAttribute("notice", "templates.saved");
            return "redirect:/reply-templates";
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), text(p.messageKey(), p.arguments())));
        } catch (ConflictException conflict) {
            errors.put("", text(conflict.messageKey(), conflict.arguments()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        if (page.equals("conversation/templates")) {
            model.addAttribute("templates", templates.all());
        }
        return page;
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
