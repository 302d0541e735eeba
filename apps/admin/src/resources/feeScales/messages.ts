import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
      // --- end of Rencontres ---
      feeScales: {
        name: 'Barème des cotisations |||| Barème des cotisations',
        fields: {
          year: 'Année',
          dueOn: 'Échéance',
          minPopulation: 'De (habitants)',
          maxPopulation: 'À (habitants)',
          amountCents: 'Montant (€)',
        },
        page: {
          list: 'Barème des cotisations',
        },
        intro:
          "Une tranche par ligne, de 0 habitant à la dernière tranche, ouverte (« et plus »). La cotisation d'une collectivité est le montant de la tranche où tombe sa population.",
        helpers: {
          maxPopulation: 'Vide : et plus',
          dueOn: 'Les cotisations impayées après cette date passent « En retard ».',
        },
        and_more: 'et plus',
        add_bracket: 'Ajouter une tranche',
        remove_bracket: 'Supprimer cette tranche',
        other_year: 'Autre année',
        save: 'Enregistrer le barème',
        saved: 'Barème %{year} enregistré',
        none: "Aucun barème pour %{year} : saisissez-le ci-dessous (repris de l'année précédente quand elle en a un).",
        existing: 'Barème %{year} enregistré ; les cotisations déjà générées ne changent pas.',
        errors: {
          OVERLAP: 'Cette tranche chevauche la précédente : elle doit commencer juste après.',
          GAP: "Trou entre la tranche précédente et celle-ci : certaines populations n'ont pas de montant.",
          LAST_BRACKET_BOUNDED: 'La dernière tranche doit rester ouverte : laissez son maximum vide (« et plus »).',
          FIRST_BRACKET_NOT_ZERO: 'La première tranche doit commencer à 0 habitant.',
          NEGATIVE_AMOUNT: 'Le montant ne peut pas être négatif.',
          EMPTY_BRACKET: 'Le maximum doit être supérieur ou égal au minimum.',
          OPEN_BRACKET_NOT_LAST: 'Seule la dernière tranche peut être sans maximum.',
          min: 'Les nombres ne peuvent pas être négatifs.',
          max: 'Ce nombre est trop grand.',
          isInt: 'Un nombre entier est attendu.',
          amount: 'Montant invalide : par ex. 1 500 ou 1 500,50.',
          population: "Nombre d'habitants invalide : un nombre entier, par ex. 10 000.",
          required: 'Ce champ est obligatoire.',
          no_brackets: 'Ajoutez au moins une tranche.',
          row: 'Tranche %{number} : %{message}',
        },
      },
    },
    territoria: {
      audit: { entityTypes: { FeeScale: 'Barème de cotisation' } },
      // the API's refusals of a fee scale's brackets (extensions.fields[].code)
      errors: {
        fields: {
          NEGATIVE_AMOUNT: 'Le montant ne peut pas être négatif.',
          EMPTY_BRACKET: 'Le maximum doit être supérieur ou égal au minimum.',
          FIRST_BRACKET_NOT_ZERO: 'La première tranche doit commencer à 0 habitant.',
          OVERLAP: 'Cette tranche chevauche la précédente : elle doit commencer juste après.',
          GAP: "Trou entre la tranche précédente et celle-ci : certaines populations n'ont pas de montant.",
          LAST_BRACKET_BOUNDED: 'La dernière tranche doit rester ouverte : laissez son maximum vide.',
          OPEN_BRACKET_NOT_LAST: 'Seule la dernière tranche peut être sans maximum.',
        },
      },
    },
  },
  en: {
    resources: {
      // --- end of Rencontres ---
      feeScales: {
        name: 'Fee scale |||| Fee scale',
        fields: {
          year: 'Year',
          dueOn: 'Due on',
          minPopulation: 'From (inhabitants)',
          maxPopulation: 'To (inhabitants)',
          amountCents: 'Amount (€)',
        },
        page: {
          list: 'Fee scale',
        },
        intro:
          'One bracket per line, from 0 inhabitants to the last bracket, open-ended ("and more"). A collectivity\'s fee is the amount of the bracket its population falls in.',
        helpers: {
          maxPopulation: 'Empty: and more',
          dueOn: 'Dues unpaid after this date become "Late".',
        },
        and_more: 'and more',
        add_bracket: 'Add a bracket',
        remove_bracket: 'Remove this bracket',
        other_year: 'Other year',
        save: 'Save the fee scale',
        saved: '%{year} fee scale saved',
        none: 'No fee scale for %{year}: enter it below (copied from the previous year when it has one).',
        existing: '%{year} fee scale saved; dues generated already do not change.',
        errors: {
          OVERLAP: 'This bracket overlaps the previous one: it must start right after it.',
          GAP: 'Gap between the previous bracket and this one: some populations have no amount.',
          LAST_BRACKET_BOUNDED: 'The last bracket must stay open-ended: leave its maximum empty ("and more").',
          FIRST_BRACKET_NOT_ZERO: 'The first bracket must start at 0 inhabitants.',
          NEGATIVE_AMOUNT: 'The amount cannot be negative.',
          EMPTY_BRACKET: 'The maximum must be greater than or equal to the minimum.',
          OPEN_BRACKET_NOT_LAST: 'Only the last bracket may have no maximum.',
          min: 'Numbers cannot be negative.',
          max: 'This number is too large.',
          isInt: 'A whole number is expected.',
          amount: 'Invalid amount: e.g. 1 500 or 1 500,50.',
          population: 'Invalid number of inhabitants: a whole number, e.g. 10 000.',
          required: 'This field is required.',
          no_brackets: 'Add at least one bracket.',
          row: 'Bracket %{number}: %{message}',
        },
      },
    },
    territoria: {
      audit: { entityTypes: { FeeScale: 'Fee scale' } },
      errors: {
        fields: {
          NEGATIVE_AMOUNT: 'An amount cannot be negative.',
          EMPTY_BRACKET: 'The maximum must be at least the minimum.',
          FIRST_BRACKET_NOT_ZERO: 'The first bracket must start at 0 inhabitants.',
          OVERLAP: 'This bracket overlaps the previous one: it must start right after it.',
          GAP: 'Gap between the previous bracket and this one: some populations have no amount.',
          LAST_BRACKET_BOUNDED: 'The last bracket must stay open: leave its maximum empty.',
          OPEN_BRACKET_NOT_LAST: 'Only the last bracket may have no maximum.',
        },
      },
    },
  },
} satisfies ResourceMessages;
