package lt.pagalba.request;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.DetailsContributor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/requests")
class RequestApi {

    private final RequestIntake intake;
    private final RequestDesk desk;
    private final RequiredInformation required;
    private final RequestCorrections corrections;
    private final RequestLinks links;
    private final RequestMerges merges;
    private final List<DetailsContributor<RequestView>> contributors;

    RequestApi(RequestIntake intake, RequestDesk desk, RequiredInformation required, RequestCorrections corrections,
               RequestLinks links, RequestMerges merges, List<DetailsContributor<RequestView>> contributors) {
        this.merges = merges;
        this.corrections = corrections;
        this.links = links;
        this.intake = intake;
        this.desk = desk;
        this.required = required;
        this.contributors = contributors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RequestDetails register(@RequestBody RequestRegistration registration) {
        RequestView registered = intake.register(required.complete(registration), Actor.current());
        return details(registered, true, DetailsContributor.collectOfNew(contributors, registered));
    }

    @GetMapping
    PageOf<RequestView> search(@RequestParam(required = false) String clientId,
                               @RequestParam(required = false) List<String> status,
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) Channel channel,
                               @RequestParam(required = false) Boolean urgent,
                               @RequestParam(required = false) String consultant,
                               @RequestParam(required = false) String sort,
                               @RequestParam(required = false) String direction,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        var filter = new RequestFilter(clientId(clientId), statuses(status), channel, urgent, Text.blankToNull(consultant),
                false, from, to, q, false).orderedBy(sort(sort, direction));
        return desk.search(filter, PageOf.Request.of(page, size));
    }

    @GetMapping("/{id}")
    RequestDetails get(@PathVariable RequestId id) {
        return details(desk.get(id));
    }

    /** Corrects the registration's fields (a merge patch of {@code summary}, {@code description}, {@code contact}, …). */
    @PatchMapping("/{id}")
    RequestDetails correct(@PathVariable RequestId id, @RequestBody JsonNode patch) {
        return details(corrections.correct(id, patch, Actor.current()));
    }

    /** The survivor, and whether the administrator confirmed merging requests of two clients. */
    record MergeBody(String into, Boolean confirmAcrossClients) {
    }

    /** Merges this duplicate into another request (an addition to API.md); the answer is the survivor's. */
    @PostMapping("/{id}/merge")
    RequestDetails merge(@PathVariable RequestId id, @RequestBody MergeBody body) {
        return details(merges.merge(id, body.into(), Boolean.TRUE.equals(body.confirmAcrossClients()), Actor.current()));
    }

    @GetMapping("/{id}/timeline")
    PageOf<TimelineEvent> timeline(@PathVariable RequestId id) {
        return PageOf.all(desk.timeline(id));
    }

    record AssignmentBody(@NotBlank String consultant, AssignmentRole role) {
    }

    @PostMapping("/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    Assignment assign(@PathVariable RequestId id, @Valid @RequestBody AssignmentBody body) {
        String consultant = body.consultant().trim();
        RequestView request = desk.assign(id, consultant, body.role() == null ? AssignmentRole.MEMBER : body.role(),
                Actor.current());
        return request.assignments().stream().filter(a -> a.consultant().equals(consultant)).findFirst().orElseThrow();
    }

    @DeleteMapping("/{id}/assignments/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable RequestId id, @PathVariable String username) {
        desk.unassign(id, username, Actor.current());
    }

    @PostMapping("/{id}/status")
    RequestDetails changeStatus(@PathVariable RequestId id, @Valid @RequestBody StatusChange body) {
        return details(desk.changeStatus(id, body.status(), body.note(), Actor.current()));
    }

    private RequestDetails details(RequestView request) {
        return details(request, false, DetailsContributor.collect(contributors, request));
    }

    /** A request registered a moment ago has no links and was merged into nothing: its answer reads neither (issue 18 item 1). */
    private RequestDetails details(RequestView request, boolean justRegistered, Map<String, Object> contributed) {
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("workEntries", List.of());
        clientOf(request, more);
        more.put("links", justRegistered ? List.of() : links.of(request.id()));
        more.put("mergedInto", justRegistered ? null : desk.mergedInto(request.id()).orElse(null));
        more.putAll(contributed);
        return new RequestDetails(request, more);
    }

    /**
     * Added to API.md's answer: whether the client is confirmed, and for a request from the public form
     * whose client is not, the company as typed and the client it matched ({@code client} stays null).
     */
    private void clientOf(RequestView request, Map<String, Object> more) {
        more.put("clientConfirmed", request.client() != null);
        if (request.client() != null) {
            return; // a confirmed request has nothing more to say here: no read
        }
        desk.clientNotConfirmed(request.id()).ifPresent(unconfirmed -> {
            more.put("companyName", unconfirmed.companyAsTyped());
            more.put("suggestedClient", unconfirmed.suggested());
        });
    }

    /** A request with what other modules add to it, as one JSON object. */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
            description = "A request, with what other modules add to it (workEntries, …)")
    static final class RequestDetails {
        private final RequestView request;
        private final Map<String, Object> more;

        RequestDetails(RequestView request, Map<String, Object> more) {
            this.request = request;
            this.more = more;
        }

        @JsonUnwrapped
        public RequestView getRequest() {
            return request;
        }

        @JsonAnyGetter
        public Map<String, Object> getMore() {
            return more;
        }
    }

    /** The client to narrow the journal to; text that is no id names no client (422, as an unknown one in a body). */
    private static ClientId clientId(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        return TypedId.tryParse(ClientId.class, text).orElseThrow(() ->
                new InvalidInputException(FieldProblem.invalid("clientId", "request.clientId.unknown", text)));
    }

    /** {@code status=REGISTERED&status=ASSIGNED} and {@code status=REGISTERED,ASSIGNED} are the same filter. */
    private static Set<RequestStatus> statuses(List<String> values) {
        List<String> names = values == null ? List.of() : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (names.isEmpty()) {
            return null;
        }
        try {
            return EnumSet.copyOf(names.stream().map(RequestStatus::valueOf).toList());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.invalid("status", "request.status.unknown", String.join(",", names)));
        }
    }

    private static RequestFilter.Sort sort(String sort, String direction) {
        if (direction != null && !direction.isBlank() && !direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInputException(FieldProblem.invalid("direction", "request.direction.unknown", direction));
        }
        return RequestFilter.Sort.named(sort, direction).orElseThrow(() ->
                new InvalidInputException(FieldProblem.invalid("sort", "request.sort.unknown", sort)));
    }
}
