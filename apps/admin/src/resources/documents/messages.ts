/** Printed documents: dues calls and receipts, badges (resources/documents). */
const fr = {
  documents: {
    duesCall: 'Appel de cotisation',
    receipt: 'Reçu',
    yearCalls: 'Appels %{year} (PDF)',
    yearReceipts: 'Reçus %{year} (PDF)',
    mailCalls: 'Envoyer les appels %{year} par courriel',
    mailCallsSubject: 'Appel de cotisation %{year}',
    mailCallsBody:
      'Bonjour {{contact.civility}} {{contact.lastName}},\n\nVous trouverez ci-joint l’appel de cotisation %{year} de {{collectivity.name}}, d’un montant de {{dues.amount}}.\n\nBien cordialement,',
    badges: 'Badges (PDF)',
    downloading: 'Préparation du document…',
    errors: {
      FEE_NOT_PAID: "Un reçu ne s'établit que pour une cotisation réglée.",
      FEE_NOT_DUE: "Cette cotisation n'est plus à régler (réglée ou exonérée) : pas d'appel.",
      NO_DUES: 'Aucune cotisation de %{year} à imprimer.',
      NO_PARTICIPANTS: "Personne n'est inscrit à cette édition : aucun badge à imprimer.",
      FORBIDDEN: "Votre rôle ne permet pas d'obtenir ce document.",
      UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous.',
      NOT_FOUND: "Ce document n'existe pas ou plus.",
      default: "Le document n'a pas pu être préparé. Réessayez.",
    },
  },
};

const en: typeof fr = {
  documents: {
    duesCall: 'Dues call',
    receipt: 'Receipt',
    yearCalls: '%{year} calls (PDF)',
    yearReceipts: '%{year} receipts (PDF)',
    mailCalls: 'Email the %{year} calls',
    mailCallsSubject: '%{year} dues call',
    mailCallsBody:
      'Dear {{contact.civility}} {{contact.lastName}},\n\nPlease find attached the %{year} dues call of {{collectivity.name}}, for {{dues.amount}}.\n\nKind regards,',
    badges: 'Badges (PDF)',
    downloading: 'Preparing the document…',
    errors: {
      FEE_NOT_PAID: 'A receipt is for paid dues only.',
      FEE_NOT_DUE: 'These dues are no longer to be paid (paid or waived): no call.',
      NO_DUES: 'No dues of %{year} to print.',
      NO_PARTICIPANTS: 'Nobody is registered for this edition: no badge to print.',
      FORBIDDEN: 'Your role does not allow this document.',
      UNAUTHENTICATED: 'Your session has expired: sign in again.',
      NOT_FOUND: 'This document does not exist (any more).',
      default: 'The document could not be prepared. Try again.',
    },
  },
};

export const documentsMessages = { fr, en };
