/**
 * The application shell: layout, home page, language switch, error pages, and the one place where
 * exceptions become RFC 9457 problem details.
 */
package lt.pagalba.web;
