package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Text;

/** A reply template as given (API body or the administrator's form), checked by {@link #checked()}. */
record TemplateForm(String name, String language, String subject, String body) {

    static final int MAX_NAME = 100;
    static final int MAX_BODY = 20_000;

    /** The same form trimmed, once every rule holds; else the refusal naming every bad field. */
    TemplateForm checked() {
        List<FieldProblem> problems = new ArrayList<>();
        String n = Text.blankToNull(name);
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.strip();
        if (n == null) {
            problems.add(FieldProblem.required("name"));
        } else if (n.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "too_long", "conversation.template.nameTooLong", MAX_NAME));
        }
        if (language == null || language.isBlank()) {
            problems.add(FieldProblem.required("language"));
        } else if (!List.of("lt", "en").contains(language.strip())) {
            problems.add(FieldProblem.invalid("language", "conversation.template.language"));
        }
        if (s.length() > MessageRules.MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "too_long", "conversation.subject.tooLong", MessageRules.MAX_SUBJECT));
        }
        if (b.isEmpty()) {
            problems.add(FieldProblem.required("body"));
        } else if (b.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "too_long", "conversation.body.tooLong", MAX_BODY));
        }
        unknownPlaceholders("subject", s, problems);
        unknownPlaceholders("body", b, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TemplateForm(n, language.strip(), s, b);
    }

    private static void unknownPlaceholders(String field, String text, List<FieldProblem> problems) {
        List<String> unknown = Placeholders.unknownIn(text);
        if (!unknown.isEmpty()) {
            problems.add(FieldProblem.invalid(field, "conversation.template.placeholder", String.join(", ", unknown),
                    String.join(", ", Placeholders.NAMES.stream().sorted().map(p -> "{{" + p + "}}").toList())));
        }
    }
}
