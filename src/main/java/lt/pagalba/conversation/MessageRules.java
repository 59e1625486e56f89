package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.WorkCategory;

/**
 * The rules of a message on a request, as a pure function of what was given and the request: every
 * problem is named at once, by the field it is in ({@code body}, {@code to[1]}, {@code cc[0]},
 * {@code workEntry.minutes}, {@code files}…).
 */
final class MessageRules {

    static final int MAX_BODY = 100_000;
    static final int MAX_SUBJECT = 300;
    static final int MAX_ADDRESSES = 10;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_MINUTES = 1440;

    private MessageRules() {
    }

    /** The draft the form describes, or the refusal naming every bad field. */
    static Draft draft(MessageForm form, List<Upload> uploads, RequestView request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(FieldProblem.required("kind"));
        } else if (form.kind() == MessageKind.EMAIL) {
            problems.add(FieldProblem.invalid("kind", "conversation.kind.email"));
        }
        String body = form.body() == null ? "" : form.body().strip();
        if (body.isEmpty()) {
            problems.add(FieldProblem.required("body"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "too_long", "conversation.body.tooLong", MAX_BODY));
        }
        boolean reply = form.kind() == MessageKind.REPLY;
        List<EmailAddress> to = reply ? recipients(form.to(), request, problems) : List.of();
        List<EmailAddress> cc = reply ? addresses("cc", form.cc(), problems) : List.of();
        String subject = subject(form.subject(), request, reply, problems);
        Optional<Draft.Work> work = work(form, subject, problems);
        problems.addAll(Upload.problemsOf(uploads));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Draft(form.kind(), to, cc, subject, body, work);
    }

    /** The subject of every reply the request gets unless one is given: {@code [2026-000123] <summary>}. */
    static String defaultSubject(RequestView request) {
        String subject = "[" + request.number() + "]" + (Text.isBlank(request.summary()) ? "" : " " + request.summary().strip());
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }

    /** The addresses given, else the request's contact; a reply must go to someone. */
    private static List<EmailAddress> recipients(List<String> given, RequestView request, List<FieldProblem> problems) {
        if (given.isEmpty() && request.contact().email() != null) {
            return List.of(request.contact().email());
        }
        if (given.isEmpty()) {
            problems.add(FieldProblem.invalid("to", "conversation.to.none"));
            return List.of();
        }
        return addresses("to", given, problems);
    }

    private static List<EmailAddress> addresses(String field, List<String> given, List<FieldProblem> problems) {
        if (given.size() > MAX_ADDRESSES) {
            problems.add(new FieldProblem(field, "too_many", "conversation.addresses.tooMany", MAX_ADDRESSES));
            return List.of();
        }
        List<EmailAddress> addresses = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            if (EmailAddress.isValid(text)) {
                addresses.add(new EmailAddress(text));
            } else {
                problems.add(FieldProblem.invalid(field + "[" + i + "]", "conversation.address.invalid", text == null ? "" : text));
            }
        }
        return addresses;
    }

    /**
     * A reply's subject always carries the request number in brackets (the client's answer joins the
     * request by it): the given one gets it in front when it lacks it. A note keeps what it was given.
     */
    private static String subject(String given, RequestView request, boolean reply, List<FieldProblem> problems) {
        String subject = Text.blankToNull(given);
        if (subject != null && subject.length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "too_long", "conversation.subject.tooLong", MAX_SUBJECT));
            return null;
        }
        if (!reply) {
            return subject;
        }
        if (subject == null) {
            return defaultSubject(request);
        }
        String numbered = subject.contains("[" + request.number() + "]") ? subject : "[" + request.number() + "] " + subject;
        return numbered.length() <= MAX_SUBJECT ? numbered : numbered.substring(0, MAX_SUBJECT);
    }

    /** The time a reply logs: minutes required, the category CONSULTATION and the description the subject unless given. */
    private static Optional<Draft.Work> work(MessageForm form, String subject, List<FieldProblem> problems) {
        MessageForm.WorkPart part = form.workEntry();
        if (part == null) {
            return Optional.empty();
        }
        if (form.kind() == MessageKind.NOTE) {
            problems.add(FieldProblem.invalid("workEntry", "conversation.workEntry.note"));
            return Optional.empty();
        }
        if (part.minutes() == null) {
            problems.add(FieldProblem.required("workEntry.minutes"));
            return Optional.empty();
        }
        if (part.minutes() < 1 || part.minutes() > MAX_MINUTES) {
            problems.add(new FieldProblem("workEntry.minutes", "out_of_range", "journal.minutes.range", MAX_MINUTES));
        }
        String description = Text.blankToNull(part.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("workEntry.description", "too_long", "conversation.description.tooLong", MAX_DESCRIPTION));
        }
        String done = description != null ? description : subject == null ? "" : subject;
        return Optional.of(new Draft.Work(part.minutes(), part.category() == null ? WorkCategory.CONSULTATION : part.category(),
                done.length() <= MAX_DESCRIPTION ? done : done.substring(0, MAX_DESCRIPTION)));
    }
}
