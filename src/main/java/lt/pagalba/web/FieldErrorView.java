package lt.pagalba.web;

/** One bad field as the API names it: {@code {"field": "contact.phone", "code": "required", "message": "…"}}. */
record FieldErrorView(String field, String code, String message) {
}
