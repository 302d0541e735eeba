import type { ResourceMessages } from '../consoleResource';

/** The mailings' words, French and English side by side (merged into i18n/fr.ts and en.ts). */
const fields = {
  fr: {
    id: 'Identifiant',
    subject: 'Objet',
    body: 'Message',
    status: 'Statut',
    groupId: 'Membres du groupe',
    collectivityId: 'Personnes de la collectivité',
    eventId: "Inscrits à l'édition",
    positionKind: 'Type de fonction',
    memberCollectivities: 'Collectivités adhérentes seulement',
    partners: 'Contacts des partenaires',
    editionId: 'Édition citée ({{edition.…}})',
    sentBy: 'Envoyé par',
    sentAt: 'Envoyé le',
    completedAt: 'Terminé le',
    recipientCount: 'Destinataires',
    waitingCount: 'En attente',
    sentCount: 'Envoyés',
    failedCount: 'Échecs',
    createdAt: 'Créé le',
    updatedAt: 'Modifié le',
  },
  en: {
    id: 'Id',
    subject: 'Subject',
    body: 'Message',
    status: 'Status',
    groupId: 'Members of the group',
    collectivityId: 'People of the collectivity',
    eventId: 'Registered to the edition',
    positionKind: 'Kind of position',
    memberCollectivities: 'Member collectivities only',
    partners: "Partners' contacts",
    editionId: 'Edition quoted ({{edition.…}})',
    sentBy: 'Sent by',
    sentAt: 'Sent on',
    completedAt: 'Finished on',
    recipientCount: 'Recipients',
    waitingCount: 'Waiting',
    sentCount: 'Sent',
    failedCount: 'Failed',
    createdAt: 'Created on',
    updatedAt: 'Updated on',
  },
};

const words = {
  fr: {
    resources: {
      mailings: {
        name: 'Envoi |||| Envois',
        fields: fields.fr,
        empty: "Aucun envoi pour l'instant.",
      },
      mailingRecipients: {
        name: 'Destinataire |||| Destinataires',
        fields: {
          email: 'Adresse',
          contact: 'Contact',
          status: 'Statut',
          attempts: 'Tentatives',
          lastResponse: 'Réponse du serveur',
          sentAt: 'Envoyé le',
          unsubscribedAt: 'Désabonné le',
        },
      },
    },
    territoria: {
      status: { DRAFT: 'Brouillon', SENDING: "En cours d'envoi", SENT: 'Envoyé' },
      recipientStatus: {
        QUEUED: 'En attente',
        SENDING: "En cours d'envoi",
        SENT: 'Envoyé',
        FAILED: 'Échec',
        BOUNCED: 'Adresse refusée',
        SKIPPED: 'Écarté (désabonné)',
      },
      positionKind: { ELECTED: 'Élu(e)', STAFF: 'Agent', OTHER: 'Autre' },
      mergeFieldsHelp: 'Champs de fusion : %{fields}. Paragraphes séparés par une ligne vide.',
      audience: 'Destinataires : les contacts qui ont consenti, une fois chacun',
      preview: 'Aperçu',
      previewCount: '%{smart_count} destinataire |||| %{smart_count} destinataires',
      previewFor: 'Tel que le recevra %{email}',
      sendTest: "M'envoyer un test",
      testSent: 'Test envoyé à %{email}',
      send: 'Envoyer',
      sendConfirmTitle: 'Envoyer « %{subject} » ?',
      sendConfirmContent:
        'Le message part vers %{smart_count} destinataire(s), au rythme de %{rate} par minute. Il ne pourra plus être modifié.',
      sending: "L'envoi a commencé.",
      recipients: 'Destinataires',
      catcher: 'Courriels interceptés (aucun serveur SMTP configuré)',
    },
    errorFields: {
      MERGE_FIELD_UNKNOWN: 'Champ de fusion inconnu',
      MERGE_FIELD_NEEDS_EDITION: 'Ce champ de fusion demande une édition',
      MAILING_BODY_TOO_LARGE: 'Le message dépasse 1 Mo',
      MAILING_NO_RECIPIENT: 'Personne ne peut recevoir ce message avec ces critères',
    },
    errorReasons: {
      MAILING_NOT_DRAFT: 'Cet envoi est parti : il ne peut plus être modifié',
      NO_ADDRESS: "Votre compte n'a pas d'adresse électronique où envoyer le test",
      SMTP_NOT_CONFIGURED: "Aucun serveur d'envoi n'est configuré (SMTP_URL)",
      STALE: "L'envoi a été modifié entre-temps : rechargez la page",
    },
  },
  en: {
    resources: {
      mailings: {
        name: 'Mailing |||| Mailings',
        fields: fields.en,
        empty: 'No mailing yet.',
      },
      mailingRecipients: {
        name: 'Recipient |||| Recipients',
        fields: {
          email: 'Address',
          contact: 'Contact',
          status: 'Status',
          attempts: 'Attempts',
          lastResponse: "Server's answer",
          sentAt: 'Sent on',
          unsubscribedAt: 'Unsubscribed on',
        },
      },
    },
    territoria: {
      status: { DRAFT: 'Draft', SENDING: 'Sending', SENT: 'Sent' },
      recipientStatus: {
        QUEUED: 'Waiting',
        SENDING: 'Sending',
        SENT: 'Sent',
        FAILED: 'Failed',
        BOUNCED: 'Address refused',
        SKIPPED: 'Skipped (unsubscribed)',
      },
      positionKind: { ELECTED: 'Elected', STAFF: 'Staff', OTHER: 'Other' },
      mergeFieldsHelp: 'Merge fields: %{fields}. Paragraphs separated by a blank line.',
      audience: 'Recipients: the contacts who consented, once each',
      preview: 'Preview',
      previewCount: '%{smart_count} recipient |||| %{smart_count} recipients',
      previewFor: 'As %{email} will get it',
      sendTest: 'Send me a test',
      testSent: 'Test sent to %{email}',
      send: 'Send',
      sendConfirmTitle: 'Send “%{subject}”?',
      sendConfirmContent: 'The message goes to %{smart_count} recipient(s), %{rate} per minute. It can no longer be changed.',
      sending: 'Sending has started.',
      recipients: 'Recipients',
      catcher: 'Caught mail (no SMTP server configured)',
    },
    errorFields: {
      MERGE_FIELD_UNKNOWN: 'Unknown merge field',
      MERGE_FIELD_NEEDS_EDITION: 'This merge field needs an edition',
      MAILING_BODY_TOO_LARGE: 'The message is over 1 MB',
      MAILING_NO_RECIPIENT: 'Nobody may receive this message with these criteria',
    },
    errorReasons: {
      MAILING_NOT_DRAFT: 'This mailing was sent: it can no longer be changed',
      NO_ADDRESS: 'Your account has no email address to send the test to',
      SMTP_NOT_CONFIGURED: 'No mail server is configured (SMTP_URL)',
      STALE: 'The mailing was changed meanwhile: reload the page',
    },
  },
};

const messagesOf = (language: 'fr' | 'en') => ({
  resources: words[language].resources,
  territoria: {
    mailings: words[language].territoria,
    errors: { fields: words[language].errorFields, reasons: words[language].errorReasons },
  },
});

export const messages: ResourceMessages = { fr: messagesOf('fr'), en: messagesOf('en') };
