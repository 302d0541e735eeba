import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';

/**
 * French is the console's default language: every string shown to the staff lives here
 * (and in en.ts with the same keys).
 */

export const fr: TranslationMessages = {
  ...frenchMessages,
  ra: {
    ...frenchMessages.ra,
    auth: {
      ...frenchMessages.ra.auth,
      // the API signs in with an email address
      username: 'Adresse électronique',
      user_menu: 'Mon compte',
    },
  },
  territoria: {
    title: 'Territoria',
    dashboard: {
      title: 'Bienvenue dans la console Territoria',
      intro: 'Les adhérents, les cotisations de l’année et les Rencontres du réseau, en un coup d’œil.',
      open_list: 'Voir les collectivités',
      open_contacts: 'Voir les contacts',
      open_groups: 'Voir les groupes-pays',
      members: 'Collectivités adhérentes',
      prospects: 'Prospects',
      total: 'Collectivités enregistrées',
      dues_title: 'Cotisations %{year}',
      dues_collected: '%{paid} encaissés sur %{invoiced} facturés',
      dues_none: 'Aucune cotisation facturée pour %{year}.',
      open_dues: 'Voir les cotisations',
      next_edition: 'Prochaine édition',
      no_next_edition: 'Aucune édition à venir.',
      registered: 'Inscrits',
      attended: 'Présents',
      participation_by_edition: 'Participation par édition',
      members_by_region: 'Adhérents par région',
      member_count: 'Adhérents',
      no_regions: 'Aucun adhérent en région.',
    },
    menu: {
      dashboard: 'Accueil',
      myGroups: 'Mes groupes',
    },
    account: {
      menu: 'Changer mon mot de passe',
      title: 'Changer mon mot de passe',
      intro: 'Choisissez un mot de passe d’au moins %{min} caractères. Vos autres sessions seront fermées.',
      currentPassword: 'Mot de passe actuel',
      newPassword: 'Nouveau mot de passe',
      confirmPassword: 'Confirmez le nouveau mot de passe',
      submit: 'Changer le mot de passe',
      mismatch: 'Les deux mots de passe ne sont pas identiques.',
      same: "Le nouveau mot de passe doit être différent de l'actuel.",
      done: 'Mot de passe changé. Vos autres sessions ont été fermées.',
    },
    inseeFormats: {
      COMMUNE: '5 caractères, par ex. 21231 ou 2A004',
      DEPARTMENT: '2 ou 3 caractères, par ex. 21, 2A ou 974',
      REGION: '2 chiffres, par ex. 27',
      OVERSEAS_COLLECTIVITY: '3 chiffres, par ex. 975',
      SPECIAL_STATUS: '2 à 5 caractères, par ex. 6AE',
    },
    errors: {
      /** Messages for the whole request, by GraphQL `extensions.code`. */
      codes: {
        BAD_USER_INPUT: 'Certaines valeurs sont invalides : corrigez les champs signalés.',
        NOT_FOUND: "Cette fiche n'existe pas ou a été supprimée.",
        DUPLICATE: 'Une autre fiche utilise déjà cette valeur : corrigez les champs signalés.',
        CONFLICT:
          "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
        UNAUTHENTICATED: 'Connectez-vous pour continuer.',
        FORBIDDEN: 'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
        CSRF_REFUSED:
          "Le serveur a refusé la demande : la console n'est pas ouverte à l'adresse qu'il connaît. Un administrateur doit la déclarer (PUBLIC_URL).",
        TOO_MANY_REQUESTS: 'Trop de tentatives : patientez une minute puis réessayez.',
        PAYLOAD_TOO_LARGE:
          'La demande est trop volumineuse pour le serveur. Réduisez la taille des textes ou le nombre de fiches demandées.',
        INTERNAL_SERVER_ERROR:
          "Le serveur a rencontré une erreur. Réessayez dans quelques instants ; si le problème persiste, prévenez l'équipe technique.",
        NETWORK: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
        UNKNOWN: 'Erreur inattendue : %{message}',
      },
      /** The API's precise refusals (errors.ts, KNOWN_SERVER_MESSAGES). */
      messages: {
        wrong_credentials: 'Adresse électronique ou mot de passe incorrect.',
        session_expired: 'Votre session a expiré : reconnectez-vous.',
        account_deactivated: 'Ce compte est désactivé : adressez-vous à un administrateur.',
        too_many_attempts_wait:
          'Trop de tentatives de connexion : réessayez dans %{seconds} seconde. |||| Trop de tentatives de connexion : réessayez dans %{seconds} secondes.',
      },
      /** Messages for one field, by problem code (domain rules and class-validator constraints). */
      fields: {
        required: 'Ce champ est obligatoire.',
        SIREN_FORMAT: 'Le SIREN compte 9 chiffres et sa clé de contrôle doit être valide.',
        SIREN_NOT_ALLOWED: "Une collectivité étrangère n'a pas de SIREN.",
        INSEE_CODE_FORMAT: 'Code INSEE invalide pour ce type de collectivité.',
        INSEE_CODE_FORMAT_EXPECTED: 'Code INSEE invalide pour ce type de collectivité : %{expected}.',
        INSEE_CODE_NOT_ALLOWED:
          "Ce type de collectivité n'a pas de code INSEE : les intercommunalités sont identifiées par leur SIREN.",
        FRENCH_KIND_OUTSIDE_FRANCE: 'Ce type de collectivité est français : le pays doit être la France.',
        FOREIGN_KIND_IN_FRANCE: 'Une collectivité étrangère ne peut pas avoir la France pour pays.',
        DUPLICATE: 'Cette valeur est déjà utilisée par une autre fiche.',
        maxLength: 'Ce texte est trop long.',
        minLength: 'Ce texte est trop court.',
        isEmail: 'Adresse de courriel invalide (par ex. contact@mairie.fr).',
        isUrl: 'Adresse de site web invalide (par ex. https://www.mairie.fr).',
        isISO31661Alpha2: 'Pays invalide : code ISO à 2 lettres attendu (par ex. FR).',
        matches: 'Format invalide.',
        min: 'La valeur est trop petite.',
        max: 'La valeur est trop grande.',
        isInt: 'Un nombre entier est attendu.',
        isPositive: 'Un nombre positif est attendu.',
        isEnum: "Cette valeur n'est pas autorisée.",
        isNotEmpty: 'Ce champ est obligatoire.',
        isDefined: 'Ce champ est obligatoire.',
        isString: 'Un texte est attendu.',
        isDateString: 'Date invalide (format AAAA-MM-JJ).',
        isISO8601: 'Date invalide (format AAAA-MM-JJ).',
        arrayMaxSize: 'Trop de valeurs.',
        MEMBERSHIP_DATES_ORDER: "La fin d'adhésion ne peut pas précéder son début.",
        REFERENTIAL_FIELD:
          'Cette valeur vient du référentiel officiel, mis à jour à chaque import : elle ne peut pas être modifiée ici.',
        REFERENTIAL_ROW:
          "Cette collectivité vient du référentiel officiel : elle ne peut pas être supprimée. Changez plutôt son statut d'adhésion.",
        type: 'Valeur invalide pour ce champ.',
        format: 'Format invalide.',
        reference: "La fiche liée n'existe pas ou est encore utilisée.",
        unique: 'Cette valeur est déjà utilisée par une autre fiche.',
        nulCharacter: 'Le texte contient un caractère invisible interdit (NUL) : retapez-le.',
        INVALID_VALUE: 'Valeur invalide pour ce champ.',
        WRONG_PASSWORD: 'Mot de passe incorrect.',
        future: 'La date doit être dans le futur.',
        arrayMinSize: 'Choisissez au moins une valeur.',
        isUUID: 'Identifiant invalide.',
        isIn: "Cette valeur n'est pas autorisée.",
        isBoolean: 'Oui ou non est attendu.',
        isDate: 'Date invalide.',
        IN_USE: "Cette fiche est encore utilisée (partenariats, contacts…) : retirez-les d'abord.",
        ALREADY_PAID: 'Une des cotisations choisies est déjà payée : rien n’a été enregistré. Retirez-la de la sélection.',
        BEFORE_INVOICE: 'Le paiement ne peut pas précéder la facturation.',
        NO_FEE_SCALE: "Aucun barème n'est défini pour cette année : un administrateur doit d'abord le saisir.",
        POSSIBLE_DUPLICATE: 'Cette personne existe peut-être déjà.',
        ALREADY_MEMBER: 'Déjà membre du groupe : %{detail}.',
        NOT_IN_A_MEMBER: "Cette personne n'a pas de fonction en cours dans une collectivité membre du groupe.",
        PRESIDENCY_OVERLAP:
          "Ce groupe n'a qu'une présidence à la fois et une autre couvre ces dates : terminez-la d'abord, ou autorisez la co-présidence.",
        TERM_ORDER: 'La fin ne peut pas précéder le début.',
        NOT_A_MEMBER: "Cette collectivité n'est pas membre du groupe.",
        REPEATED: 'La même collectivité est choisie deux fois.',
        NOT_FOUND: "La fiche choisie n'existe pas (ou plus).",
        SAME_CONTACT: 'Une fiche ne peut pas être fusionnée avec elle-même.',
        ERASED: 'Cette personne a été effacée : sa fiche ne se modifie plus.',
        NOT_FRENCH: 'Choisissez une collectivité française.',
        NOT_FOREIGN: 'Choisissez une collectivité étrangère.',
        COUNTRY_GROUP_ONLY: 'Seul un groupe-pays a des pays.',
        THEMATIC_GROUP_ONLY: 'Seul un groupe thématique a un thème.',
        arrayUnique: 'La même valeur est choisie deux fois.',
        UNKNOWN_CONTACT: "Ce contact n'existe pas (ou plus) : choisissez l'un des contacts proposés.",
        NOT_A_CANDIDATE: "Ce contact n'est proposé pour aucune de ces lignes.",
        ANSWER: 'Cette réponse ne convient pas à cette question.',
        QUESTION_TWICE: 'La même question reçoit deux réponses.',
        UNRESOLVED_ROWS: "Des lignes sont encore à trancher ou en erreur : rien n'a été importé.",
        EVERY_ROW_IN_ERROR:
          "Toutes les lignes du fichier sont en erreur : rien n'a été importé. Vérifiez la correspondance des colonnes.",
        TOO_MANY: 'Trop de fiches à la fois : 1000 au maximum.',
      },
      /** Field-specific wording (territoria.errors.byField.<field>.<code>), preferred to the generic one. */
      byField: {
        name: {
          DUPLICATE: 'Un autre groupe porte déjà ce nom.',
          maxLength: '200 caractères au maximum.',
          isNotEmpty: 'Le nom est obligatoire.',
        },
        siren: {
          DUPLICATE: 'Ce SIREN est déjà attribué à une autre collectivité.',
          matches: 'Le SIREN compte 9 chiffres.',
        },
        inseeCode: {
          DUPLICATE: 'Ce code INSEE est déjà attribué à une autre collectivité.',
          matches: 'Code INSEE invalide.',
        },
        postalCodes: {
          matches: 'Code postal invalide : 5 chiffres par code, par ex. 21000.',
        },
        regionCode: {
          matches: 'Code région invalide : 2 chiffres, par ex. 27.',
        },
        departmentCode: {
          matches: 'Code département invalide : par ex. 21, 2A ou 974.',
        },
        population: {
          min: 'La population ne peut pas être négative.',
          isInt: 'La population est un nombre entier.',
        },
        phone: {
          matches: 'Numéro de téléphone invalide.',
        },
        email: {
          DUPLICATE: 'Cette adresse est déjà utilisée par une autre fiche (utilisateur ou contact).',
        },
        password: {
          minLength: 'Au moins 12 caractères.',
        },
        newPassword: {
          minLength: 'Au moins 12 caractères.',
        },
        currentPassword: {
          WRONG_PASSWORD: 'Le mot de passe actuel est incorrect.',
        },
        displayName: {
          isNotEmpty: 'Le nom affiché est obligatoire.',
        },
        countries: {
          arrayMinSize: 'Choisissez au moins un pays.',
          isISO31661Alpha2: 'Pays invalide : code ISO à 2 lettres attendu (par ex. ML).',
        },
        collectivityIds: {
          DUPLICATE: 'Déjà membre du groupe : %{detail}.',
        },
        scopes: {
          arrayMinSize: 'Choisissez au moins un droit.',
        },
        expiresAt: {
          future: "La date d'expiration doit être dans le futur.",
        },
        amountCents: {
          min: 'Le montant ne peut pas être négatif.',
          max: 'Ce montant est trop élevé.',
          isInt: 'Montant invalide : par ex. 12 500,50.',
        },
        paidOn: {
          BEFORE_INVOICE: 'Le paiement ne peut pas précéder la facturation.',
        },
        reason: {
          isNotEmpty: "Le motif de l'exonération est obligatoire.",
        },
        contactId: {
          DUPLICATE: 'Cette personne est déjà inscrite à cette édition.',
        },
      },
      /** A resource's own wording of a refusal (errors.ts, resourceMessage): by extensions.reason, then by code. */
      byResource: {
        participations: {
          DUPLICATE: 'Cette personne est déjà inscrite à cette édition',
          CANCELLED: "Inscription annulée : impossible d'enregistrer l'arrivée",
          ALREADY_UNDONE: "Cet import a déjà été annulé : rien n'a été changé.",
          CHANGED_SINCE:
            "Des participations de cet import ont été modifiées depuis : il ne peut plus être annulé en bloc. Rien n'a été changé.",
        },
      },
      conflict_reloaded:
        "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
    },
    // --- end of participations ---
  },
};

export default fr;
