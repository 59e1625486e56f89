// htmx requests carry the CSRF token that Spring Security expects on every POST
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Forms marked data-validate check their required fields before sending, and say what is missing
// beside each field in the page's language (the server checks the same again).
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-validate')) {
        return;
    }
    var message = form.getAttribute('data-required-message') || 'Required';
    var first = null;
    form.querySelectorAll('[required]').forEach(function (input) {
        var id = input.id + '-error';
        var error = document.getElementById(id);
        if (input.value.trim() === '') {
            input.classList.add('invalid');
            if (!error) {
                error = document.createElement('span');
                error.className = 'error';
                error.id = id;
                input.insertAdjacentElement('afterend', error);
            }
            error.textContent = message;
            first = first || input;
        } else if (error && error.dataset.client === 'true') {
            error.remove();
            input.classList.remove('invalid');
        }
        if (error) {
            error.dataset.client = 'true';
        }
    });
    if (first) {
        event.preventDefault();
        first.focus();
    }
}, true);

// The phone intake look-up: picking a company or a person fills the form.
document.addEventListener('click', function (event) {
    var pick = event.target.closest('button.pick');
    if (!pick) {
        return;
    }
    var fill = function (id, value) {
        var input = document.getElementById(id);
        if (input && value !== undefined) {
            input.value = value;
            input.classList.remove('invalid');
        }
    };
    fill('clientId', pick.dataset.clientId);
    fill('companyName', pick.dataset.company);
    fill('contact.firstName', pick.dataset.firstName);
    fill('contact.lastName', pick.dataset.lastName);
    fill('contact.position', pick.dataset.position);
    fill('contact.phone', pick.dataset.phone);
    fill('contact.email', pick.dataset.email);
    closeLookup(document.getElementById('companyName'));
    var next = ['contact.firstName', 'contact.lastName', 'contact.position', 'contact.phone', 'contact.email', 'summary']
        .map(function (id) { return document.getElementById(id); })
        .find(function (input) { return input && input.value.trim() === ''; });
    (next || document.getElementById('summary')).focus();
});

// The company field is a combobox over the look-up's options: the arrow keys move through them, Enter
// picks the active one (a click does the same), Escape closes the list. Enter in this field never sends
// the form, which would register a half-filled request.
function lookupOptions() {
    return Array.prototype.slice.call(document.querySelectorAll('#lookup [role=option]'));
}

function activateOption(input, options, index) {
    options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        option.classList.toggle('active', i === index);
    });
    if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({block: 'nearest'});
    } else {
        input.removeAttribute('aria-activedescendant');
    }
}

function closeLookup(input) {
    document.getElementById('lookup').innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
}

document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (input.id !== 'companyName') {
        return;
    }
    var options = lookupOptions();
    var current = options.findIndex(function (option) { return option.getAttribute('aria-selected') === 'true'; });
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (options.length) {
            var step = event.key === 'ArrowDown' ? 1 : -1;
            activateOption(input, options, (current + step + options.length) % options.length);
        }
    } else if (event.key === 'Enter') {
        event.preventDefault();
        if (current >= 0) {
            options[current].click();
        }
    } else if (event.key === 'Escape') {
        closeLookup(input);
    }
});

document.addEventListener('htmx:afterSwap', function (event) {
    var input = document.getElementById('companyName');
    if (input && event.target.id === 'lookup') {
        input.setAttribute('aria-expanded', lookupOptions().length ? 'true' : 'false');
        input.removeAttribute('aria-activedescendant');
    }
});

// Typing a different company after a pick means another client.
document.addEventListener('input', function (event) {
    if (event.target.id === 'companyName') {
        var clientId = document.getElementById('clientId');
        if (clientId) {
            clientId.value = '';
        }
    }
});

// Live notifications (server-sent events): an urgent request for me, or one nobody could take; a
// service target near or past; the client wrote on my request.
(function () {
    var body = document.body;
    if (!body.dataset.live || !window.EventSource) {
        return;
    }
    var box = document.createElement('div');
    box.className = 'toasts';
    box.id = 'toasts';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    body.appendChild(box);
    var show = function (template, notice) {
        var toast = document.createElement('div');
        toast.className = 'toast';
        toast.textContent = template.replace('{number}', notice.number).replace('{client}', notice.client || '');
        var link = document.createElement('a');
        link.href = '/requests/' + notice.requestId;
        link.textContent = body.dataset.liveOpen;
        toast.appendChild(link);
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'link dismiss';
        close.textContent = '×';
        close.setAttribute('aria-label', body.dataset.liveDismiss);
        close.addEventListener('click', function () { toast.remove(); });
        toast.appendChild(close);
        box.appendChild(toast);
        // the dashboard's lists refresh on any notice (hx-trigger="pagalba-notice from:body")
        body.dispatchEvent(new CustomEvent('pagalba-notice'));
    };
    var source = new EventSource(body.dataset.live);
    source.addEventListener('ready', function () { body.dataset.liveReady = 'true'; });
    source.addEventListener('urgent', function (e) { show(body.dataset.liveUrgent, JSON.parse(e.data)); });
    source.addEventListener('assigned', function (e) { show(body.dataset.liveAssigned, JSON.parse(e.data)); });
    source.addEventListener('urgentUnassigned', function (e) { show(body.dataset.liveUrgentUnassigned, JSON.parse(e.data)); });
    source.addEventListener('serviceTarget', function (e) {
        var notice = JSON.parse(e.data);
        show(notice.level === 'PAST' ? body.dataset.liveTargetPast : body.dataset.liveTargetNear, notice);
    });
    source.addEventListener('clientWrote', function (e) { show(body.dataset.liveClientWrote, JSON.parse(e.data)); });
})();

// The conversation on the request page: a template fills the reply box (in the client's language, its
// placeholders filled by the server); files above the limit are refused before they are sent; the
// contact's e-mail address on the page opens the reply box.
document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.id === 'reply-template' && target.selectedIndex > 0) {
        var chosen = target.options[target.selectedIndex];
        if (chosen.dataset.subject) {
            document.getElementById('reply-subject').value = chosen.dataset.subject;
        }
        document.getElementById('reply-body').value = chosen.dataset.body || '';
    }
    if (target.id === 'reply-files') {
        checkFiles(target);
    }
});

function checkFiles(input) {
    var form = input.form;
    var total = Array.prototype.reduce.call(input.files, function (sum, file) { return sum + file.size; }, 0);
    var error = document.getElementById('reply-files-error');
    var tooLarge = total > Number(form.dataset.maxBytes);
    if (tooLarge && !error) {
        error = document.createElement('span');
        error.className = 'error';
        error.id = 'reply-files-error';
        input.insertAdjacentElement('afterend', error);
    }
    if (error) {
        error.textContent = tooLarge ? form.dataset.tooLargeMessage : '';
    }
    input.classList.toggle('invalid', tooLarge);
    return !tooLarge;
}

document.addEventListener('submit', function (event) {
    var files = event.target.id === 'reply' ? document.getElementById('reply-files') : null;
    if (files && !checkFiles(files)) {
        event.preventDefault();
        files.focus();
    }
});

document.addEventListener('click', function (event) {
    var link = event.target.closest('a.reply-to-contact, #jump-to-reply');
    var body = document.getElementById('reply-body');
    if (link && body) {
        event.preventDefault();
        document.getElementById('reply').scrollIntoView();
        body.focus();
    }
});

// A select marked data-autosubmit sends its form when changed (the Content-Security-Policy allows
// no inline handlers, so pages say what they want with attributes and this file does it).
document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-autosubmit]') && event.target.form) {
        event.target.form.submit();
    }
});

// An irreversible action (cancelling a proforma, a credit note, deleting an entry, removing a consultant,
// a billing run) says what will happen and asks first: its button carries the text in data-confirm.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = button && button.dataset.confirm;
    if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);

// After a refusal the page comes back with what was typed: the first field marked invalid (or the one a
// form's error names) gets the focus, so the user goes on from the keyboard where the problem is.
// (on load: the browser's own move to the page's #fragment comes first and would take the focus away)
window.addEventListener('load', function () {
    var first = document.querySelector('input.invalid, select.invalid, textarea.invalid, [aria-invalid="true"], '
        + '[aria-describedby="entry-error"]');
    if (first) {
        first.focus();
    }
});

// A page that has one obvious next step puts the focus on it (the registered page: "register another"),
// and a live region says what the page is about (the new request's number) once it is shown.
window.addEventListener('load', function () {
    var next = document.querySelector('[data-autofocus]');
    if (next && !document.querySelector('.invalid')) {
        next.focus();
    }
    document.querySelectorAll('[data-announce]').forEach(function (region) {
        // filled after load: a live region announces what changes in it, not what it was born with
        setTimeout(function () { region.textContent = region.dataset.announce; }, 100);
    });
});

// The top bar's menu button (on a phone) opens and closes the links; the "more" list closes on a click
// elsewhere or on Escape, as a menu does.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('#menu-toggle');
    if (toggle) {
        var open = toggle.closest('.topbar').classList.toggle('open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    var more = document.querySelector('details.nav-more[open]');
    if (more && !more.contains(event.target)) {
        more.removeAttribute('open');
    }
});

document.addEventListener('keydown', function (event) {
    var more = event.key === 'Escape' ? document.querySelector('details.nav-more[open]') : null;
    if (more) {
        more.removeAttribute('open');
        more.querySelector('summary').focus();
    }
});

// On a narrow screen a table becomes stacked rows: each cell is labelled with its column's heading
// (copied here once, so no page has to repeat its headings in every cell).
function stackTables(root) {
    root.querySelectorAll('table').forEach(function (table) {
        table.classList.add('stacks');
        var head = table.tHead && table.tHead.rows[0];
        if (!head) {
            return;
        }
        var labels = [];
        Array.prototype.forEach.call(head.cells, function (cell) {
            for (var i = 0; i < (cell.colSpan || 1); i++) {
                labels.push(cell.textContent.trim());
            }
        });
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (row) {
                var column = 0;
                Array.prototype.forEach.call(row.cells, function (cell) {
                    if (cell.tagName === 'TD' && labels[column] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', labels[column]);
                    }
                    column += cell.colSpan || 1;
                });
            });
        });
    });
}
document.addEventListener('DOMContentLoaded', function () { stackTables(document); });
document.addEventListener('htmx:afterSwap', function (event) { stackTables(event.target); });
