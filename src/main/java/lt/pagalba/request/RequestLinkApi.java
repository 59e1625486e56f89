package lt.pagalba.request;

import lt.pagalba.request.RequestLinks.LinkedRequest;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.RequestId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links between related requests (issue 13 item 6), an addition to API.md: symmetric and idempotent. */
@RestController
@RequestMapping("/api/v1/requests/{id}/links")
class RequestLinkApi {

    private final RequestLinks links;

    RequestLinkApi(RequestLinks links) {
        this.links = links;
    }

    /** The other request by its id or number. */
    record LinkBody(String request) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LinkedRequest link(@PathVariable RequestId id, @RequestBody LinkBody body) {
        return links.link(id, body.request(), Actor.current());
    }

    @DeleteMapping("/{otherId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable RequestId id, @PathVariable RequestId otherId) {
        links.unlink(id, otherId, Actor.current());
    }
}
