/**
 * The conversation with the client on a request (R3, R5, R8): replies e-mailed through the outbox,
 * internal notes, phone calls, files, reply templates, the first contact, and the request's timeline
 * shown as one conversation.
 * <p>
 * It knows no module that sends or reads mail: it announces {@link lt.pagalba.conversation.ReplyQueued}
 * (mail queues the e-mail, reading its files through {@link lt.pagalba.conversation.ConversationFiles}),
 * and states what it needs from them as ports others implement: {@link lt.pagalba.conversation.Deliveries}
 * (the outbox: what became of a reply, and sending it again) and {@link lt.pagalba.conversation.ClientMails}
 * (the support mailbox: the client's e-mails on a request). Its tables are its own.
 */
@ApplicationModule(allowedDependencies = {"request", "client", "journal", "shared", "audit", "staff"})
package lt.pagalba.conversation;

import org.springframework.modulith.ApplicationModule;
