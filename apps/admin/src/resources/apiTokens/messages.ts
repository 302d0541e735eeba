import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      apiTokens: {
        name: "Jeton d'API |||| Jetons d'API",
        fields: {
          id: 'Identifiant',
          name: 'Nom',
          prefix: 'Début du secret',
          scopes: 'Droits',
          expiresAt: 'Expire le',
          revokedAt: 'Révoqué le',
          lastUsedAt: 'Dernière utilisation',
          createdById: 'Créé par',
          createdAt: 'Créé le',
          status: 'État',
        },
        page: {
          list: "Jetons d'API",
          create: "Nouveau jeton d'API",
        },
        helpers: {
          name: "Pour reconnaître le jeton : l'application ou le partenaire qui l'utilise.",
          scopes: 'Ce que le jeton permet de lire (les jetons ne modifient jamais rien).',
          expiresAt: 'Le jeton cesse de fonctionner à la fin de ce jour.',
        },
        status: {
          active: 'Actif',
          expired: 'Expiré',
          revoked: 'Révoqué',
        },
        never: 'Jamais utilisé',
        empty: "Aucun jeton d'API pour l'instant.",
        secret: {
          title: 'Jeton « %{name} » créé : copiez son secret',
          warning:
            "Ce secret ne sera plus jamais affiché : copiez-le maintenant et conservez-le en lieu sûr. S'il est perdu, révoquez ce jeton et créez-en un autre.",
          usage: "L'application l'envoie dans l'en-tête HTTP « Authorization: Bearer <secret> ».",
          label: 'Secret du jeton',
          copy: 'Copier',
          copied: 'Secret copié dans le presse-papiers.',
          copy_failed: 'Copie impossible ici : sélectionnez le secret et copiez-le à la main.',
          done: "J'ai copié le secret",
        },
        revoke: {
          button: 'Révoquer',
          title: 'Révoquer le jeton « %{name} » ?',
          content:
            "Les applications qui l'utilisent perdront leur accès immédiatement. Un jeton révoqué ne peut pas être réactivé.",
          done: 'Jeton révoqué',
        },
      },
    },
    territoria: {
      scopes: {
        collectivities_read: 'Lire les collectivités',
        contacts_read: 'Lire les contacts',
        contacts_all: 'Lire les contacts, coordonnées personnelles comprises',
        events_read: 'Lire les événements',
      },
      audit: { entityTypes: { ApiToken: "Jeton d'API" } },
    },
  },
  en: {
    resources: {
      apiTokens: {
        name: 'API token |||| API tokens',
        fields: {
          id: 'Identifier',
          name: 'Name',
          prefix: 'Secret starts with',
          scopes: 'Scopes',
          expiresAt: 'Expires on',
          revokedAt: 'Revoked at',
          lastUsedAt: 'Last used',
          createdById: 'Created by',
          createdAt: 'Created at',
          status: 'Status',
        },
        page: {
          list: 'API tokens',
          create: 'New API token',
        },
        helpers: {
          name: 'To recognise the token: the application or partner using it.',
          scopes: 'What the token may read (tokens never change anything).',
          expiresAt: 'The token stops working at the end of this day.',
        },
        status: {
          active: 'Active',
          expired: 'Expired',
          revoked: 'Revoked',
        },
        never: 'Never used',
        empty: 'No API token yet.',
        secret: {
          title: 'Token "%{name}" created: copy its secret',
          warning:
            'This secret will never be shown again: copy it now and keep it somewhere safe. If it is lost, revoke this token and create another one.',
          usage: 'The application sends it in the HTTP header "Authorization: Bearer <secret>".',
          label: 'Token secret',
          copy: 'Copy',
          copied: 'Secret copied to the clipboard.',
          copy_failed: 'Cannot copy here: select the secret and copy it by hand.',
          done: 'I have copied the secret',
        },
        revoke: {
          button: 'Revoke',
          title: 'Revoke the token "%{name}"?',
          content: 'Applications using it lose their access at once. A revoked token cannot be reactivated.',
          done: 'Token revoked',
        },
      },
    },
    territoria: {
      scopes: {
        collectivities_read: 'Read local governments',
        contacts_read: 'Read contacts',
        contacts_all: 'Read contacts, personal details included',
        events_read: 'Read events',
      },
      audit: { entityTypes: { ApiToken: 'API token' } },
    },
  },
} satisfies ResourceMessages;
