-- Reply templates (issue 12), one row per name and language: choosing a template on the request page
-- fills the reply box with its version in the client's language. Administrators manage them; the
-- request for a detailed description by e-mail (R3) ships in Lithuanian and English.
CREATE TABLE reply_template
(
  id         UUID PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  language   VARCHAR(2)   NOT NULL CHECK (language IN ('lt', 'en')),
  subject    VARCHAR(300) NOT NULL DEFAULT '',
  body       TEXT         NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  changed_by VARCHAR(64)  NOT NULL,
  UNIQUE (name, language)
);

INSERT INTO reply_template (id, name, language, subject, body, changed_by) VALUES
('0b6a3a52-6a3c-4c1e-9d0e-2f1d6c3b7a01', 'Prašymas išsamiai aprašyti problemą', 'lt',
 'Prašome išsamiau aprašyti problemą',
 'Sveiki, {{contact.firstName.vocative}},

dėkojame, kad kreipėtės. Kad galėtume greičiau ir tiksliau padėti, prašome atsakyti į šį laišką ir išsamiai aprašyti problemą („{{request.summary}}“):
- ką darėte, kai ji atsirado, ir kokia programa bei jos versija naudojatės;
- kas įvyko ir kokį pranešimą matėte (jei galite, pridėkite ekrano nuotrauką);
- nuo kada tai vyksta ir ar problema kartojasi.

Prie atsakymo galite pridėti failų. Laiško temos nekeiskite: joje yra kreipinio numeris {{request.number}}.

Pagarbiai
{{consultant.name}}', 'system'),
('0b6a3a52-6a3c-4c1e-9d0e-2f1d6c3b7a02', 'Prašymas išsamiai aprašyti problemą', 'en',
 'Please describe the problem in detail',
 'Hello {{contact.firstName}},

Thank you for contacting us. To help you quickly and accurately, please reply to this e-mail with a detailed description of the problem ("{{request.summary}}"):
- what you were doing when it appeared, and which program and version you use;
- what happened and what message you saw (attach a screenshot if you can);
- since when it has been happening and whether it happens again.

You may attach files to your reply. Please keep the subject: it carries the request number {{request.number}}.

Kind regards,
{{consultant.name}}', 'system');
