package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lt.pagalba.shared.FieldProblem;

/**
 * A file attached to a message as uploaded: its name as the person's computer called it (Lithuanian
 * letters kept; folders and control characters taken off), its type, its bytes.
 */
record Upload(String name, String contentType, byte[] content) {

    /** The most a message's files may hold together, as for incoming mail: 25 MB. */
    static final long MAX_TOTAL_BYTES = 25L * 1024 * 1024;
    static final int MAX_FILES = 20;
    private static final int MAX_NAME = 255;

    Upload {
        name = cleanName(name);
        contentType = contentType == null || contentType.isBlank() || contentType.length() > 200
                ? "application/octet-stream" : contentType.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a message's files, all named {@code files}: too many, empty, or more than 25 MB together. */
    static List<FieldProblem> problemsOf(List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "too_many", "conversation.files.tooMany", MAX_FILES));
        }
        long total = uploads.stream().mapToLong(u -> u.content().length).sum();
        if (total > MAX_TOTAL_BYTES) {
            problems.add(tooLarge());
        }
        uploads.stream().filter(u -> u.content().length == 0).findFirst().ifPresent(empty ->
                problems.add(FieldProblem.invalid("files", "conversation.files.empty", empty.name())));
        return problems;
    }

    /** The files are more than a message may carry. */
    static FieldProblem tooLarge() {
        return new FieldProblem("files", "too_large", "conversation.files.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
    }

    private static String cleanName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1); // old browsers send the path
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "failas";
        }
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
