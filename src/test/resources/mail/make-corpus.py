#!/usr/bin/env python3
"""Writes the .eml test corpus of the mail intake (MailCorpusTests): real-world encodings, built
with Python's own codecs so each byte is what a mailer would send. Run from anywhere."""
import base64, os, quopri
from email.header import Header

os.chdir(os.path.dirname(os.path.abspath(__file__)))


def hdr(line):
    if all(ord(c) < 128 for c in line):
        return line
    name, value = line.split(": ", 1)
    if name == "From" and "<" in value:
        display, addr = value.rsplit("<", 1)
        return f"{name}: {Header(display.strip(), 'utf-8').encode()} <{addr}"
    return f"{name}: {Header(value, 'utf-8').encode()}"


def w(name, headers, body):
    open(name, 'wb').write(("\r\n".join(hdr(h) for h in headers) + "\r\n\r\n").encode('ascii') + body)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# Windows-1257 quoted-printable, headers encoded in Windows-1257 (Outlook on a Lithuanian Windows)
text = crlf("Laba diena,\n\nneveikia sąskaitų išrašymas: spausdinant ąčęėįšųūž raidės dingsta.\n\nAčiū,\nŽydrūnė\n")
w("windows-1257-qp.eml", [
    "From: " + Header("Žydrūnė Česnulytė", 'windows-1257').encode() + " <zydrune@corpus-1257.lt>",
    "To: pagalba@stekas.lt", "Subject: " + Header("Neveikia sąskaitų spausdinimas", 'windows-1257').encode(),
    "Date: Tue, 24 Nov 2026 09:15:00 +0200", "Message-ID: <corpus-1257@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=windows-1257", "Content-Transfer-Encoding: quoted-printable"],
    quopri.encodestring(text.encode('windows-1257')))

# ISO-8859-13 base64, subject B-encoded in ISO-8859-13
text = crlf("Sveiki,\n\nnepavyksta įkelti banko išrašo į apskaitą. Klaida: „Neteisingas formatas“.\n\nPagarbiai\nGiedrė\n")
w("iso-8859-13-base64.eml", [
    "From: Giedre <giedre@corpus-8859.lt>", "To: pagalba@stekas.lt",
    "Subject: =?ISO-8859-13?B?" + base64.b64encode("Banko išrašo įkėlimas".encode('iso-8859-13')).decode() + "?=",
    "Date: Tue, 24 Nov 2026 10:00:00 +0200", "Message-ID: <corpus-8859-13@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-13", "Content-Transfer-Encoding: base64"],
    base64.encodebytes(text.encode('iso-8859-13')).replace(b"\n", b"\r\n"))

# UTF-8 8bit with a Gmail-style quoted reply in Lithuanian
text = crlf("Dar vienas klausimas dėl PVM sąskaitų.\n\n2026-11-20, kt, 10:00 Pagalba <pagalba@stekas.lt> rašė:\n"
            "> Laba diena,\n> senas tekstas\n")
w("utf8-quoted-reply.eml", [
    "From: \"Tomas Petraitis\" <tomas@corpus-utf8.lt>", "To: pagalba@stekas.lt",
    "Subject: =?UTF-8?Q?PVM_s=C4=85skaitos?=", "Date: Tue, 24 Nov 2026 11:00:00 +0200",
    "Message-ID: <corpus-utf8@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], text.encode('utf-8'))

# HTML only: paragraphs, <br>, a list, a style block and a quoted earlier mail
html = ("<html><head><style>p{color:red}</style></head><body><p>Laba diena,</p>"
        "<p>po atnaujinimo <b>neveikia</b> ataskaitos:<br>1) pardavimų<br>2) pirkimų</p>"
        "<ul><li>versija 5.2</li><li>Windows 11</li></ul>"
        "<div class=\"gmail_quote\">Senas laiškas<blockquote>cituojamas tekstas</blockquote></div></body></html>")
w("html-only.eml", [
    "From: Aistė <aiste@corpus-html.lt>", "To: pagalba@stekas.lt", "Subject: Ataskaitos po atnaujinimo",
    "Date: Tue, 24 Nov 2026 12:00:00 +0200", "Message-ID: <corpus-html@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
    quopri.encodestring(html.encode('utf-8')))

# attachments: text and HTML alternatives, an RFC 2231 file name and an RFC 2047 one
pdf = b"%PDF-1.4\n% test file\n"
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
png_name = "=?UTF-8?B?" + base64.b64encode("ekrano kopija ž.png".encode()).decode() + "?="
b = "----=_Part_corpus"
parts = [
    f"--{b}", "Content-Type: multipart/alternative; boundary=\"alt\"", "",
    "--alt", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
    "Prisegu sąskaitą ir ekrano nuotrauką.", "",
    "--alt", "Content-Type: text/html; charset=UTF-8", "", "<p>Prisegu sąskaitą ir <i>ekrano nuotrauką</i>.</p>", "",
    "--alt--", "",
    f"--{b}", "Content-Type: application/pdf", "Content-Transfer-Encoding: base64",
    "Content-Disposition: attachment; filename*=UTF-8''s%C4%85skaita%20Nr.%2012.pdf", "",
    base64.b64encode(pdf).decode(), "",
    f"--{b}", f"Content-Type: image/png; name=\"{png_name}\"", "Content-Transfer-Encoding: base64",
    f"Content-Disposition: attachment; filename=\"{png_name}\"", "",
    base64.b64encode(png).decode(), "",
    f"--{b}--", ""]
w("attachments.eml", [
    "From: Lina <lina@corpus-files.lt>", "To: pagalba@stekas.lt", "Subject: Sąskaitos klaida",
    "Date: Tue, 24 Nov 2026 13:00:00 +0200", "Message-ID: <corpus-files@corpus.lt>", "MIME-Version: 1.0",
    f"Content-Type: multipart/mixed; boundary=\"{b}\""], "\r\n".join(parts).encode('utf-8'))

# an Outlook reply: the earlier mail under a From:/Sent: block
text = crlf("Sveiki,\nvis dar neveikia eksportas.\n\nFrom: Pagalba <pagalba@stekas.lt>\n"
            "Sent: Monday, November 23, 2026 3:00 PM\nTo: Rimas\nSubject: Eksportas\n\nSenas atsakymas\n")
w("outlook-reply.eml", [
    "From: Rimas Rimaitis <rimas@corpus-outlook.lt>", "To: pagalba@stekas.lt", "Subject: RE: Eksportas",
    "Date: Tue, 24 Nov 2026 14:00:00 +0200", "Message-ID: <corpus-outlook@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "Thread-Topic: Eksportas",
    "Importance: normal"], text.encode('ascii'))

# English, from an unknown sender
w("english.eml", [
    "From: John Smith <john@corpus-en.com>", "To: pagalba@stekas.lt", "Subject: Invoice export does not work",
    "Date: Tue, 24 Nov 2026 15:00:00 +0200", "Message-ID: <corpus-english@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8"],
    crlf("Hello,\n\nthe invoice export does not work since the update. Please help.\n\nRegards,\nJohn\n").encode())

# broken MIME: a multipart whose boundary never appears
w("broken-mime.eml", [
    "From: Broken <broken@corpus-broken.lt>", "To: pagalba@stekas.lt", "Subject: Sugadintas laiskas",
    "Date: Tue, 24 Nov 2026 16:00:00 +0200", "Message-ID: <corpus-broken@corpus.lt>", "MIME-Version: 1.0",
    "Content-Type: multipart/mixed; boundary=\"never-there\""],
    crlf("This is not a multipart body at all.\nNo boundary here.\n").encode())

# an out-of-office auto-reply
w("auto-reply.eml", [
    "From: Petras <petras@corpus-auto.lt>", "To: pagalba@stekas.lt", "Subject: Automatinis atsakymas: atostogės",
    "Date: Tue, 24 Nov 2026 17:00:00 +0200", "Message-ID: <corpus-auto@corpus.lt>", "MIME-Version: 1.0",
    "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply",
    "Content-Type: text/plain; charset=UTF-8"], crlf("Esu atostogose iki gruodžio 1 d.\n").encode('utf-8'))

# a bounce from the mailer daemon
b = "bounce-boundary"
parts = [f"--{b}", "Content-Type: text/plain; charset=us-ascii", "",
         "Delivery to the following recipient failed: nobody@example.lt", "",
         f"--{b}", "Content-Type: message/delivery-status", "", "Reporting-MTA: dns; mx.example.lt", "",
         "Final-Recipient: rfc822; nobody@example.lt", "Action: failed", "Status: 5.1.1", "", f"--{b}--", ""]
w("bounce.eml", [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.lt>", "To: pagalba@stekas.lt",
    "Subject: Undelivered Mail Returned to Sender", "Date: Tue, 24 Nov 2026 18:00:00 +0200",
    "Message-ID: <corpus-bounce@corpus.lt>", "MIME-Version: 1.0",
    f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\""], "\r\n".join(parts).encode())

# no Message-ID at all: known by a hash of its headers and body
w("no-message-id.eml", [
    "From: Be Id <beid@corpus-noid.lt>", "To: pagalba@stekas.lt", "Subject: Laiskas be Message-ID",
    "Date: Tue, 24 Nov 2026 19:00:00 +0200", "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii"],
    crlf("Laba diena, laiskas be Message-ID antrastes.\n").encode())
