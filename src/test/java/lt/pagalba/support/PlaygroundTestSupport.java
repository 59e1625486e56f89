package lt.pagalba.support;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a database of its own, for tests that call everything with anything (the
 * generated-input run, the authorization matrix, the crawl of every page): what they create, run and
 * change (a billing run of a month, the working hours, a deactivated staff member) never meets the
 * tests of the shared context. All subclasses share this one context.
 */
@TestPropertySource(properties = "pagalba.test.context=playground")
public abstract class PlaygroundTestSupport extends ApiTestSupport {
}
