import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      cooperations: {
        name: 'Coopération |||| Coopérations',
        fields: {
          id: 'Identifiant',
          kind: 'Type',
          frenchCollectivityId: 'Collectivité française',
          frenchCollectivity: 'Collectivité française',
          foreignCollectivityId: 'Collectivité étrangère',
          foreignCollectivity: 'Collectivité étrangère',
          countryCode: 'Pays',
          since: 'Depuis le',
          endedOn: "Jusqu'au",
          themes: 'Thèmes',
          notes: 'Notes',
          version: 'Version',
        },
        helpers: {
          themes: 'Séparés par des virgules : eau, santé, jeunesse',
          foreignCollectivityId: 'Une collectivité étrangère : tapez son nom pour la chercher.',
        },
        add: 'Ajouter une coopération',
        addTitle: 'Nouvelle coopération de %{name}',
        added: 'Coopération ajoutée',
        remove: 'Supprimer',
        deleteTitle: 'Supprimer la coopération avec %{name} ?',
        deleteContent: "Pour une coopération saisie par erreur. Une coopération qui s'est arrêtée se garde, avec sa date de fin.",
        deleted: 'Coopération supprimée',
      },
    },
    territoria: {
      cooperationKinds: {
        DECENTRALISED_COOPERATION: 'Coopération décentralisée',
        TWINNING: 'Jumelage',
        FRIENDSHIP_PACT: "Pacte d'amitié",
        MEMORANDUM_OF_UNDERSTANDING: "Protocole d'accord",
        OTHER: 'Autre',
      },
      audit: { entityTypes: { Cooperation: 'Coopération' } },
    },
  },
  en: {
    resources: {
      cooperations: {
        name: 'Cooperation |||| Cooperations',
        fields: {
          id: 'Identifier',
          kind: 'Kind',
          frenchCollectivityId: 'French local government',
          frenchCollectivity: 'French local government',
          foreignCollectivityId: 'Foreign local government',
          foreignCollectivity: 'Foreign local government',
          countryCode: 'Country',
          since: 'Since',
          endedOn: 'Until',
          themes: 'Themes',
          notes: 'Notes',
          version: 'Version',
        },
        helpers: {
          themes: 'Comma-separated: water, health, youth',
          foreignCollectivityId: 'A foreign local government: type its name to search.',
        },
        add: 'Add a cooperation',
        addTitle: 'New cooperation of %{name}',
        added: 'Cooperation added',
        remove: 'Delete',
        deleteTitle: 'Delete the cooperation with %{name}?',
        deleteContent: 'For a cooperation entered by mistake. A cooperation that stopped is kept, with its end date.',
        deleted: 'Cooperation deleted',
      },
    },
    territoria: {
      cooperationKinds: {
        DECENTRALISED_COOPERATION: 'Decentralised cooperation',
        TWINNING: 'Twinning',
        FRIENDSHIP_PACT: 'Friendship pact',
        MEMORANDUM_OF_UNDERSTANDING: 'Memorandum of understanding',
        OTHER: 'Other',
      },
      audit: { entityTypes: { Cooperation: 'Cooperation' } },
    },
  },
} satisfies ResourceMessages;
