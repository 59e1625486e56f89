/**
 * The application shell: layout, home page, language switch, error pages, and the one place where
 * a controller's exceptions become RFC 9457 problem details. It knows no feature module: modules add
 * to its pages through the SPIs in {@code shared}.
 */
@ApplicationModule(allowedDependencies = {"shared", "staff"})
package lt.pagalba.web;

import org.springframework.modulith.ApplicationModule;
