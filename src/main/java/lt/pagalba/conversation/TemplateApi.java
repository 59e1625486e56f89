package lt.pagalba.conversation;

import lt.pagalba.shared.Actor;
import lt.pagalba.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reply templates over the API: every staff member lists them; administrators make, change and remove them. */
@RestController
@RequestMapping("/api/v1/reply-templates")
class TemplateApi {

    private final ReplyTemplates templates;

    TemplateApi(ReplyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    PageOf<ReplyTemplate> all() {
        return PageOf.all(templates.all());
    }

    @GetMapping("/{id}")
    ReplyTemplate get(@PathVariable ReplyTemplateId id) {
        return templates.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReplyTemplate create(@RequestBody TemplateForm form) {
        return templates.create(form, Actor.current());
    }

    @PutMapping("/{id}")
    ReplyTemplate update(@PathVariable ReplyTemplateId id, @RequestBody TemplateForm form) {
        return templates.update(id, form, Actor.current());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable ReplyTemplateId id) {
        templates.delete(id, Actor.current());
    }
}
