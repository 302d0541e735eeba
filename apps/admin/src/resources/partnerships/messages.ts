import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      partnerships: {
        name: 'Partenariat |||| Partenariats',
        fields: {
          id: 'Identifiant',
          year: 'Année',
          kind: 'Type',
          amountCents: 'Montant (€)',
          agreementReference: 'Référence de la convention',
          eventId: 'Édition des Rencontres',
          notes: 'Notes',
          partnerId: 'Partenaire',
          partner: 'Partenaire',
          version: 'Version',
        },
        page: {
          list: 'Partenariats',
          create: 'Nouveau partenariat',
          edit: 'Partenariat : %{recordRepresentation}',
        },
        notifications: {
          created: 'Partenariat enregistré',
          updated: 'Partenariat enregistré',
          deleted: 'Partenariat supprimé |||| %{smart_count} partenariats supprimés',
        },
        helpers: {
          eventId: 'Édition des Rencontres soutenue, le cas échéant',
          amountCents: 'En euros, centimes après la virgule : 12 500,50. Pour une aide en nature, sa valeur estimée.',
          partnerId: 'Tapez le nom ou le sigle du partenaire',
        },
        totals: {
          title: 'Totaux par année et par type',
          year: 'Année',
          kind: 'Type',
          count: 'Partenariats',
          total: 'Montant',
          all_kinds: 'Tous types',
          empty: 'Aucun partenariat pour cette période.',
        },
        empty: 'Aucun partenariat ne correspond à ces critères.',
      },
    },
    territoria: {
      partnershipKinds: {
        FINANCIAL: 'Financier',
        IN_KIND: 'En nature',
        INSTITUTIONAL: 'Institutionnel',
      },
      audit: { entityTypes: { Partnership: 'Partenariat' } },
    },
  },
  en: {
    resources: {
      partnerships: {
        name: 'Partnership |||| Partnerships',
        fields: {
          id: 'Id',
          year: 'Year',
          kind: 'Kind',
          amountCents: 'Amount (€)',
          agreementReference: 'Agreement reference',
          eventId: 'Event',
          notes: 'Notes',
          partnerId: 'Partner',
          partner: 'Partner',
          version: 'Version',
        },
        page: {
          list: 'Partnerships',
          create: 'New partnership',
          edit: 'Partnership: %{recordRepresentation}',
        },
        notifications: {
          created: 'Partnership saved',
          updated: 'Partnership saved',
          deleted: 'Partnership deleted |||| %{smart_count} partnerships deleted',
        },
        helpers: {
          eventId: 'The edition of the Rencontres it supports, if any',
          amountCents: 'In euros, cents after the decimal comma: 12 500,50. For help in kind, its estimated value.',
          partnerId: "Type the partner's name or acronym",
        },
        totals: {
          title: 'Totals by year and kind',
          year: 'Year',
          kind: 'Kind',
          count: 'Partnerships',
          total: 'Amount',
          all_kinds: 'All kinds',
          empty: 'No partnership for this period.',
        },
        empty: 'No partnership matches these criteria.',
      },
    },
    territoria: {
      partnershipKinds: {
        FINANCIAL: 'Financial',
        IN_KIND: 'In kind',
        INSTITUTIONAL: 'Institutional',
      },
      audit: { entityTypes: { Partnership: 'Partnership' } },
    },
  },
} satisfies ResourceMessages;
