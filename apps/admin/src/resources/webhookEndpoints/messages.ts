import type { ResourceMessages } from '../consoleResource';

/**
 * The webhook endpoints' words, French and English side by side: the pages' under
 * resources.webhookEndpoints, the API's refusals (reason codes) under territoria.errors.fields.
 */
const words = {
  fr: {
    resource: {
      name: 'Webhook |||| Webhooks',
      fields: {
        id: 'Identifiant',
        url: 'Adresse (URL)',
        description: 'Description',
        eventTypes: 'Événements envoyés',
        scopes: 'Données visibles',
        enabled: 'Actif',
        disabledReason: 'Désactivé car',
        createdAt: 'Créé le',
      },
      helpers: {
        url: 'http(s), adresse publique : le serveur de l’application qui reçoit les changements.',
        eventTypes: 'Les changements à envoyer à cette adresse.',
        scopes: "Ce que les messages montrent, comme un jeton d'API avec ces droits le lirait ; aucun : les identifiants seuls.",
      },
      disabled: { GONE: "l'adresse a répondu 410 (n'existe plus)", MANUAL: 'désactivé à la main' },
      events: {
        'collectivity.created': 'Collectivité créée',
        'collectivity.updated': 'Collectivité modifiée',
        'collectivity.deleted': 'Collectivité supprimée',
        'membership.changed': "Statut d'adhésion changé",
        'contact.created': 'Contact créé',
        'contact.updated': 'Contact modifié',
        'contact.deleted': 'Contact supprimé',
        'contact.erased': 'Contact anonymisé (effacement)',
        'participation.created': 'Participation créée',
        'participation.updated': 'Participation modifiée',
        'participation.deleted': 'Participation supprimée',
        'dues.paid': 'Cotisation payée',
      },
      deliveries: {
        title: 'Envois',
        empty: 'Aucun envoi pour l’instant.',
        event: 'Événement',
        status: 'État',
        attempts: 'Tentatives',
        response: 'Réponse',
        nextAttempt: 'Prochain essai',
        createdAt: 'Créé le',
        statuses: { PENDING: 'En attente', SUCCEEDED: 'Réussi', FAILED: 'Échoué' },
        replay: 'Renvoyer',
        replayed: 'Envoi relancé.',
      },
      secret: {
        title: 'Webhook vers « %{name} » créé : copiez son secret',
        warning:
          'Ce secret de signature ne sera plus jamais affiché : copiez-le maintenant. S’il est perdu, supprimez ce webhook et créez-en un autre.',
        usage:
          "L'application vérifie avec lui la signature de chaque message (en-têtes webhook-id, webhook-timestamp, webhook-signature).",
        label: 'Secret de signature',
        copy: 'Copier',
        copied: 'Secret copié dans le presse-papiers.',
        copy_failed: 'Copie impossible ici : sélectionnez le secret et copiez-le à la main.',
        done: "J'ai copié le secret",
      },
      empty: 'Aucun webhook pour l’instant.',
    },
    fieldErrors: {
      WEBHOOK_URL_INVALID: "Ce n'est pas une adresse web.",
      WEBHOOK_URL_SCHEME: "L'adresse doit commencer par http:// ou https://.",
      WEBHOOK_URL_TOO_LONG: "L'adresse dépasse 2 000 caractères.",
      WEBHOOK_URL_PRIVATE: "L'adresse mène à un réseau privé ou local : refusée.",
      WEBHOOK_URL_UNRESOLVED: "Le nom de domaine de l'adresse est introuvable.",
      WEBHOOK_EVENT_TYPE_UNKNOWN: 'Événement inconnu.',
    },
  },
  en: {
    resource: {
      name: 'Webhook |||| Webhooks',
      fields: {
        id: 'Id',
        url: 'URL',
        description: 'Description',
        eventTypes: 'Events sent',
        scopes: 'Data shown',
        enabled: 'Enabled',
        disabledReason: 'Disabled because',
        createdAt: 'Created on',
      },
      helpers: {
        url: 'http(s), a public address: the server of the application receiving the changes.',
        eventTypes: 'The changes to send to this address.',
        scopes: 'What the messages show, as an API token with these scopes would read it; none: ids only.',
      },
      disabled: { GONE: 'the address answered 410 (gone)', MANUAL: 'disabled by hand' },
      events: {
        'collectivity.created': 'Local government created',
        'collectivity.updated': 'Local government changed',
        'collectivity.deleted': 'Local government deleted',
        'membership.changed': 'Membership status changed',
        'contact.created': 'Contact created',
        'contact.updated': 'Contact changed',
        'contact.deleted': 'Contact deleted',
        'contact.erased': 'Contact erased (anonymised)',
        'participation.created': 'Participation created',
        'participation.updated': 'Participation changed',
        'participation.deleted': 'Participation deleted',
        'dues.paid': 'Dues paid',
      },
      deliveries: {
        title: 'Deliveries',
        empty: 'No delivery yet.',
        event: 'Event',
        status: 'Status',
        attempts: 'Attempts',
        response: 'Response',
        nextAttempt: 'Next try',
        createdAt: 'Created on',
        statuses: { PENDING: 'Pending', SUCCEEDED: 'Succeeded', FAILED: 'Failed' },
        replay: 'Send again',
        replayed: 'Delivery sent again.',
      },
      secret: {
        title: 'Webhook to “%{name}” created: copy its secret',
        warning:
          'This signing secret will never be shown again: copy it now. If it is lost, delete this webhook and create another.',
        usage:
          'The application checks the signature of each message with it (headers webhook-id, webhook-timestamp, webhook-signature).',
        label: 'Signing secret',
        copy: 'Copy',
        copied: 'Secret copied to the clipboard.',
        copy_failed: 'Cannot copy here: select the secret and copy it by hand.',
        done: 'I have copied the secret',
      },
      empty: 'No webhook yet.',
    },
    fieldErrors: {
      WEBHOOK_URL_INVALID: 'Not a web address.',
      WEBHOOK_URL_SCHEME: 'The address must start with http:// or https://.',
      WEBHOOK_URL_TOO_LONG: 'The address is longer than 2,000 characters.',
      WEBHOOK_URL_PRIVATE: 'The address leads to a private or local network: refused.',
      WEBHOOK_URL_UNRESOLVED: "The address's domain name cannot be found.",
      WEBHOOK_EVENT_TYPE_UNKNOWN: 'Unknown event.',
    },
  },
};

export const messages: ResourceMessages = {
  fr: { resources: { webhookEndpoints: words.fr.resource }, territoria: { errors: { fields: words.fr.fieldErrors } } },
  en: { resources: { webhookEndpoints: words.en.resource }, territoria: { errors: { fields: words.en.fieldErrors } } },
};
