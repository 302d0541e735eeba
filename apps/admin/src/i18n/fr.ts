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
  resources: {
    collectivities: {
      name: 'Collectivité |||| Collectivités',
      fields: {
        q: 'Rechercher',
        id: 'Identifiant',
        name: 'Nom',
        kind: 'Type',
        countryCode: 'Pays',
        inseeCode: 'Code INSEE',
        siren: 'SIREN',
        regionCode: 'Code région',
        departmentCode: 'Code département',
        region: 'Région',
        department: 'Département',
        postalCodes: 'Codes postaux',
        population: 'Population',
        address: 'Adresse',
        website: 'Site web',
        email: 'Courriel',
        phone: 'Téléphone',
        membershipStatus: 'Adhésion',
        memberSince: 'Adhérent depuis le',
        memberUntil: "Adhérent jusqu'au",
        notes: 'Notes',
        fromReferential: 'Issue du référentiel officiel',
        version: 'Version',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
      },
      page: {
        edit: 'Collectivité : %{recordRepresentation}',
        show: 'Collectivité : %{recordRepresentation}',
        create: 'Nouvelle collectivité',
        list: 'Collectivités',
      },
      notifications: {
        created: 'Collectivité créée',
        updated: 'Collectivité enregistrée',
        deleted: 'Collectivité supprimée |||| %{smart_count} collectivités supprimées',
      },
      sections: {
        identity: 'Identité',
        location: 'Rattachement territorial',
        contact: 'Coordonnées',
        membership: 'Adhésion',
        record: 'Fiche',
      },
      helpers: {
        referentialLocked:
          "Les champs grisés viennent du référentiel officiel et sont mis à jour à chaque import : seules les coordonnées, l'adhésion et les notes se modifient ici.",
        q: 'Nom, INSEE, SIREN ou code postal',
        inseeCode: 'Texte, zéros compris : 01053, 2A004…',
        siren: '9 chiffres, par ex. 212102313',
        postalCodes: 'Séparés par des virgules : 21000, 21100',
        website: 'Adresse complète, par ex. https://www.dijon.fr',
        fromReferential:
          'Le nom et la population de cette fiche sont mis à jour à chaque import du référentiel officiel.',
      },
      empty: 'Aucune collectivité ne correspond à ces critères.',
      export: {
        filename: 'collectivites',
        yes: 'Oui',
        no: 'Non',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        q: 'Rechercher',
        id: 'Identifiant',
        email: 'Adresse électronique',
        displayName: 'Nom affiché',
        role: 'Rôle',
        active: 'Compte actif',
        password: 'Mot de passe',
        newPassword: 'Nouveau mot de passe',
        linkedContactId: 'Contact lié (identifiant)',
        lastSignInAt: 'Dernière connexion',
        version: 'Version',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
      page: {
        list: 'Utilisateurs',
        create: 'Nouvel utilisateur',
        edit: 'Utilisateur : %{recordRepresentation}',
      },
      notifications: {
        created: 'Utilisateur créé',
        updated: 'Utilisateur enregistré',
      },
      helpers: {
        q: 'Nom ou adresse électronique',
        password: 'Au moins 12 caractères. Communiquez-le à la personne, qui pourra le changer depuis son menu.',
        newPassword: 'Laissez vide pour garder le mot de passe actuel. Au moins 12 caractères.',
        active: 'Un compte désactivé ne peut plus se connecter. Les utilisateurs ne sont jamais supprimés : leur historique reste.',
        self: "C'est votre propre compte : un autre administrateur peut changer votre rôle ou vous désactiver.",
        linkedContactId: "Pour un président de groupe : la fiche contact qui détermine les collectivités qu'il voit.",
        role: 'Administrateur : tout. Équipe : toutes les données du réseau. Président de groupe : lecture seule.',
      },
      filters: {
        active: 'Actifs',
        inactive: 'Désactivés',
      },
      never: 'Jamais',
      empty: 'Aucun utilisateur ne correspond à ces critères.',
    },
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
    title: 'Territoria',
    dashboard: {
      title: 'Bienvenue dans la console Territoria',
      intro:
        'Gérez les collectivités du réseau : recherche par nom, code INSEE, SIREN ou code postal, suivi des adhésions et export CSV.',
      open_list: 'Voir les collectivités',
      members: 'Collectivités adhérentes',
      prospects: 'Prospects',
      total: 'Collectivités enregistrées',
    },
    kinds: {
      REGION: 'Région',
      DEPARTMENT: 'Département',
      COMMUNE: 'Commune',
      METROPOLIS: 'Métropole',
      URBAN_COMMUNITY: 'Communauté urbaine',
      AGGLOMERATION_COMMUNITY: "Communauté d'agglomération",
      COMMUNITY_OF_COMMUNES: 'Communauté de communes',
      TERRITORIAL_PUBLIC_ESTABLISHMENT: 'Établissement public territorial',
      SPECIAL_STATUS: 'Collectivité à statut particulier',
      OVERSEAS_COLLECTIVITY: "Collectivité d'outre-mer",
      FOREIGN_LOCAL_GOVERNMENT: 'Collectivité étrangère',
    },
    membershipStatuses: {
      MEMBER: 'Adhérent',
      FORMER_MEMBER: 'Ancien adhérent',
      PROSPECT: 'Prospect',
      NONE: 'Non adhérent',
    },
    roles: {
      ADMIN: 'Administrateur',
      STAFF: 'Équipe',
      GROUP_PRESIDENT: 'Président de groupe',
    },
    scopes: {
      collectivities_read: 'Lire les collectivités',
      contacts_read: 'Lire les contacts',
      contacts_all: 'Lire les contacts, coordonnées personnelles comprises',
      events_read: 'Lire les événements',
    },
    audit: {
      actions: {
        CREATE: 'Création',
        UPDATE: 'Modification',
        DELETE: 'Suppression',
      },
      entityTypes: {
        Collectivity: 'Collectivité',
        User: 'Utilisateur',
        ApiToken: "Jeton d'API",
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
        FORBIDDEN: "Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.",
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
      },
      /** Field-specific wording (territoria.errors.byField.<field>.<code>), preferred to the generic one. */
      byField: {
        name: {
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
          DUPLICATE: 'Cette adresse est déjà celle d’un autre utilisateur.',
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
        scopes: {
          arrayMinSize: 'Choisissez au moins un droit.',
        },
        expiresAt: {
          future: "La date d'expiration doit être dans le futur.",
        },
      },
      conflict_reloaded:
        "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
    },
  },
};

export default fr;
