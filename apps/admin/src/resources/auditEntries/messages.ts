import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      auditEntries: {
        name: 'Entrée du journal |||| Journal',
        fields: {
          id: 'Identifiant',
          at: 'Date',
          actorLabel: 'Auteur',
          actorType: "Type d'auteur",
          entityType: 'Type de fiche',
          entityId: 'Fiche',
          action: 'Action',
          changes: 'Modifications',
        },
        page: {
          list: 'Journal des modifications',
        },
        empty: 'Aucune modification enregistrée.',
      },
    },
    territoria: {
      audit: {
        actions: {
          CREATE: 'Création',
          UPDATE: 'Modification',
          DELETE: 'Suppression',
          MERGE: 'Fusion',
          EXPORT: 'Export des données personnelles',
          ERASE: 'Effacement',
        },
        actors: {
          system: 'Système (import, démarrage)',
          token: "Jeton d'API « %{name} »",
        },
        change: '%{label} : %{before} → %{after}',
        value: '%{label} : %{value}',
        empty_value: '(vide)',
        yes: 'Oui',
        no: 'Non',
        password_changed: 'modifié',
        created: 'Fiche créée',
        deleted: 'Fiche supprimée',
        no_changes: 'Aucun champ modifié',
        more: '+ %{smart_count} autre champ |||| + %{smart_count} autres champs',
        history: {
          title: 'Historique',
          empty: "Aucune modification n'a été enregistrée pour cette fiche.",
          older: 'Afficher les modifications plus anciennes',
          by: 'par %{actor}',
        },
      },
    },
  },
  en: {
    resources: {
      auditEntries: {
        name: 'Journal entry |||| Journal',
        fields: {
          id: 'Identifier',
          at: 'Date',
          actorLabel: 'Author',
          actorType: 'Author type',
          entityType: 'Record type',
          entityId: 'Record',
          action: 'Action',
          changes: 'Changes',
        },
        page: {
          list: 'Journal of changes',
        },
        empty: 'No change recorded.',
      },
    },
    territoria: {
      audit: {
        actions: {
          CREATE: 'Creation',
          UPDATE: 'Change',
          DELETE: 'Deletion',
          MERGE: 'Merge',
          EXPORT: 'Personal data export',
          ERASE: 'Erasure',
        },
        actors: {
          system: 'System (import, start-up)',
          token: 'API token "%{name}"',
        },
        change: '%{label}: %{before} → %{after}',
        value: '%{label}: %{value}',
        empty_value: '(empty)',
        yes: 'Yes',
        no: 'No',
        password_changed: 'changed',
        created: 'Record created',
        deleted: 'Record deleted',
        no_changes: 'No field changed',
        more: '+ %{smart_count} other field |||| + %{smart_count} other fields',
        history: {
          title: 'History',
          empty: 'No change has been recorded for this record.',
          older: 'Show older changes',
          by: 'by %{actor}',
        },
      },
    },
  },
} satisfies ResourceMessages;
