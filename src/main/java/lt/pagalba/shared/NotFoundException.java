package lt.pagalba.shared;

/** An id that names nothing: the API answers 404. */
public class NotFoundException extends RuntimeException {

    private final String subject;
    private final String id;

    public NotFoundException(String subject, Object id) {
        super(subject + " " + id + " not found");
        this.subject = subject;
        this.id = String.valueOf(id);
    }

    public String subject() {
        return subject;
    }

    public String id() {
        return id;
    }
}
