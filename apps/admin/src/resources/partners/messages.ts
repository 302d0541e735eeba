import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      partners: {
        name: 'Partenaire |||| Partenaires',
        fields: {
          q: 'Rechercher',
          id: 'Identifiant',
          name: 'Nom',
          acronym: 'Sigle',
          kind: 'Type',
          countryCode: 'Pays',
          website: 'Site web',
          notes: 'Notes',
          version: 'Version',
          createdAt: 'Créé le',
          updatedAt: 'Modifié le',
        },
        page: {
          list: 'Partenaires',
          create: 'Nouveau partenaire',
          edit: 'Partenaire : %{recordRepresentation}',
          show: 'Partenaire : %{recordRepresentation}',
        },
        notifications: {
          created: 'Partenaire créé',
          updated: 'Partenaire enregistré',
          deleted: 'Partenaire supprimé |||| %{smart_count} partenaires supprimés',
        },
        helpers: {
          q: 'Nom ou sigle',
          acronym: 'Nom court : AFD, DAECT, CGLU…',
          website: 'Adresse complète, par ex. https://www.afd.fr',
        },
        sections: {
          identity: 'Identité',
          partnerships: 'Partenariats par année',
          contacts: 'Contacts',
        },
        empty: 'Aucun partenaire ne correspond à ces critères.',
        no_partnerships: 'Aucun partenariat enregistré avec ce partenaire.',
        no_contacts: "Personne n'occupe actuellement de poste chez ce partenaire.",
        add_partnership: 'Ajouter un partenariat',
        year_total: '%{year} — total %{total}',
      },
    },
    territoria: {
      partnerKinds: {
        MINISTRY: 'Ministère',
        AGENCY: 'Agence',
        EU_PROGRAMME: 'Programme européen',
        NETWORK: 'Réseau',
        EMBASSY: 'Ambassade',
        FOREIGN_LOCAL_GOVERNMENT: 'Collectivité étrangère',
        NGO: 'ONG',
        COMPANY: 'Entreprise',
        ACADEMIC: 'Établissement académique',
        OTHER: 'Autre',
      },
      audit: { entityTypes: { Partner: 'Partenaire' } },
    },
  },
  en: {
    resources: {
      partners: {
        name: 'Partner |||| Partners',
        fields: {
          q: 'Search',
          id: 'Id',
          name: 'Name',
          acronym: 'Acronym',
          kind: 'Kind',
          countryCode: 'Country',
          website: 'Website',
          notes: 'Notes',
          version: 'Version',
          createdAt: 'Created',
          updatedAt: 'Updated',
        },
        page: {
          list: 'Partners',
          create: 'New partner',
          edit: 'Partner: %{recordRepresentation}',
          show: 'Partner: %{recordRepresentation}',
        },
        notifications: {
          created: 'Partner created',
          updated: 'Partner saved',
          deleted: 'Partner deleted |||| %{smart_count} partners deleted',
        },
        helpers: {
          q: 'Name or acronym',
          acronym: 'Short name: AFD, DAECT, UCLG…',
          website: 'Full address, e.g. https://www.afd.fr',
        },
        sections: {
          identity: 'Identity',
          partnerships: 'Partnerships by year',
          contacts: 'Contacts',
        },
        empty: 'No partner matches these criteria.',
        no_partnerships: 'No partnership recorded with this partner.',
        no_contacts: 'Nobody currently holds a position at this partner.',
        add_partnership: 'Add a partnership',
        year_total: '%{year} — total %{total}',
      },
    },
    territoria: {
      partnerKinds: {
        MINISTRY: 'Ministry',
        AGENCY: 'Agency',
        EU_PROGRAMME: 'EU programme',
        NETWORK: 'Network',
        EMBASSY: 'Embassy',
        FOREIGN_LOCAL_GOVERNMENT: 'Foreign local government',
        NGO: 'NGO',
        COMPANY: 'Company',
        ACADEMIC: 'Academic institution',
        OTHER: 'Other',
      },
      audit: { entityTypes: { Partner: 'Partner' } },
    },
  },
} satisfies ResourceMessages;
