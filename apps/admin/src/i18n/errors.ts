/**
 * The console's wording of every error the API can send, French and English side by side:
 * by `extensions.code` (codes), by `extensions.reason` (reasons), by a field's code (fields,
 * byField) and by resource (byResource). providers/errors.ts picks the key; the parts of a refusal
 * (role, seconds to wait, maximum…) fill the %{…} placeholders. Merged into fr.ts and en.ts as
 * `territoria.errors`.
 */

type Locale = 'fr' | 'en';
interface Wording {
  fr: string;
  en: string;
}
interface WordingTree {
  [key: string]: Wording | WordingTree;
}

const t = (fr: string, en: string): Wording => ({ fr, en });

const ERRORS = {
  /** The whole request, by `extensions.code`: the broad case. */
  codes: {
    BAD_USER_INPUT: t(
      'Certaines valeurs sont invalides : corrigez les champs signalés.',
      'Some values are invalid: please fix the highlighted fields.',
    ),
    NOT_FOUND: t("Cette fiche n'existe pas ou a été supprimée.", 'This record does not exist or has been deleted.'),
    DUPLICATE: t(
      'Une autre fiche utilise déjà cette valeur : corrigez les champs signalés.',
      'Another record already uses this value: please fix the highlighted fields.',
    ),
    CONFLICT: t(
      "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
      'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
    ),
    UNAUTHENTICATED: t('Connectez-vous pour continuer.', 'Sign in to continue.'),
    FORBIDDEN: t(
      'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
      'Your role does not allow this: ask an administrator if you need it.',
    ),
    CSRF_REFUSED: t(
      "Le serveur a refusé la demande : la console n'est pas ouverte à l'adresse qu'il connaît. Un administrateur doit la déclarer (PUBLIC_URL).",
      'The server refused the request: the console is not opened at the address it knows. An administrator must declare it (PUBLIC_URL).',
    ),
    TOO_MANY_REQUESTS: t(
      'Trop de tentatives : patientez une minute puis réessayez.',
      'Too many attempts: wait a minute and try again.',
    ),
    PAYLOAD_TOO_LARGE: t(
      'La demande est trop volumineuse pour le serveur. Réduisez la taille des textes ou le nombre de fiches demandées.',
      'The request is too large for the server. Shorten the texts or ask for fewer records.',
    ),
    INTERNAL_SERVER_ERROR: t(
      "Le serveur a rencontré une erreur. Réessayez dans quelques instants ; si le problème persiste, prévenez l'équipe technique.",
      'The server ran into an error. Try again in a moment; if the problem persists, tell the technical team.',
    ),
    NETWORK: t(
      'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
      'The server does not answer. Check your connection and try again.',
    ),
    UNKNOWN: t(
      "Erreur inattendue : rechargez la page ; si elle se reproduit, prévenez l'équipe technique.",
      'Unexpected error: reload the page; if it happens again, tell the technical team.',
    ),
    QUERY_TOO_COSTLY: t(
      'La demande porte sur trop de données à la fois : affichez moins de lignes par page.',
      'The request asks for too much data at once: show fewer rows per page.',
    ),
    RESPONSE_TOO_LARGE: t(
      'La réponse du serveur serait trop volumineuse : affichez moins de lignes par page.',
      "The server's answer would be too large: show fewer rows per page.",
    ),
    GRAPHQL_VALIDATION_FAILED: t(
      'La console a envoyé une demande que le serveur ne comprend pas : rechargez la page.',
      'The console sent a request the server does not understand: reload the page.',
    ),
  },
  /** The whole request, by `extensions.reason` (its parts interpolated: %{role}, %{retryAfterSeconds}, %{maximum}…). */
  reasons: {
    FEE_NOT_PAID: t("Un reçu ne s'établit que pour une cotisation réglée.", 'A receipt is for paid dues only.'),
    FEE_NOT_DUE: t(
      "Cette cotisation n'est plus à régler (réglée ou exonérée) : pas d'appel.",
      'These dues are no longer to be paid (paid or waived): no call.',
    ),
    NO_DUES: t('Aucune cotisation à imprimer pour cette année.', 'No dues to print for this year.'),
    NO_PARTICIPANTS: t(
      "Personne n'est inscrit à cette édition : aucun badge à imprimer.",
      'Nobody is registered for this edition: no badge to print.',
    ),
    NO_ACCESS_RULE: t("Cette opération n'est ouverte à personne.", 'This operation is open to nobody.'),
    ROLE_NOT_ALLOWED: t(
      'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
      'Your role does not allow this: ask an administrator if you need it.',
    ),
    TOKEN_SCOPE_MISSING: t(
      "Ce jeton d'API n'a pas le droit nécessaire (%{scopes}).",
      'This API token lacks the right it needs (%{scopes}).',
    ),
    TOKEN_READ_ONLY: t(
      "Les jetons d'API ne font que lire : cette opération leur est refusée.",
      'API tokens only read: this operation is refused to them.',
    ),
    NOT_SIGNED_IN: t('Connectez-vous pour continuer.', 'Sign in to continue.'),
    WRONG_CREDENTIALS: t('Adresse électronique ou mot de passe incorrect.', 'Wrong email address or password.'),
    SESSION_EXPIRED: t('Votre session a expiré : reconnectez-vous.', 'Your session has expired: sign in again.'),
    ACCOUNT_DEACTIVATED: t(
      'Ce compte est désactivé : adressez-vous à un administrateur.',
      'This account is deactivated: ask an administrator.',
    ),
    MALFORMED_AUTHORIZATION: t(
      "L'en-tête Authorization doit être « Bearer <jeton d'API> ».",
      'The Authorization header must be "Bearer <API token>".',
    ),
    TOKEN_UNKNOWN: t("Ce jeton d'API est inconnu.", 'This API token is unknown.'),
    TOKEN_REVOKED: t("Ce jeton d'API a été révoqué.", 'This API token was revoked.'),
    TOKEN_EXPIRED: t("Ce jeton d'API a expiré.", 'This API token has expired.'),
    SIGN_IN_RATE_LIMITED: t(
      'Trop de tentatives de connexion : réessayez dans %{retryAfterSeconds} seconde. |||| Trop de tentatives de connexion : réessayez dans %{retryAfterSeconds} secondes.',
      'Too many sign-in attempts: try again in %{retryAfterSeconds} second. |||| Too many sign-in attempts: try again in %{retryAfterSeconds} seconds.',
    ),
    CONTENT_TYPE: t(
      "Le serveur a refusé la demande : elle n'est pas envoyée en JSON.",
      'The server refused the request: it is not sent as JSON.',
    ),
    ORIGIN: t(
      "Le serveur a refusé la demande : la console n'est pas ouverte à l'adresse qu'il connaît. Un administrateur doit la déclarer (PUBLIC_URL).",
      'The server refused the request: the console is not opened at the address it knows. An administrator must declare it (PUBLIC_URL).',
    ),
    BODY_TOO_LARGE: t(
      'La demande dépasse la taille que le serveur accepte (%{maximumMegabytes} Mo) : réduisez la taille des textes ou le nombre de fiches.',
      'The request is over the size the server accepts (%{maximumMegabytes} MB): shorten the texts or send fewer records.',
    ),
    QUERY_TOO_COSTLY: t(
      'La demande porte sur trop de données à la fois (%{times} fois le maximum) : affichez moins de lignes par page.',
      'The request asks for too much data at once (%{times} times the maximum): show fewer rows per page.',
    ),
    TOO_MANY_PAGE_ROWS: t(
      'La demande porte sur %{pageRows} lignes : %{maximum} au maximum en une fois.',
      'The request asks for %{pageRows} rows: at most %{maximum} at once.',
    ),
    TOO_MANY_ALIASES: t(
      'La demande compte %{aliases} alias : %{maximum} au maximum.',
      'The request uses %{aliases} aliases: at most %{maximum}.',
    ),
    QUERY_TOO_DEEP: t(
      'La demande imbrique trop de niveaux : %{maximum} au maximum.',
      'The request nests too many levels: at most %{maximum}.',
    ),
    INVALID_DOCUMENT: t(
      'La console a envoyé une demande que le serveur ne comprend pas : rechargez la page.',
      'The console sent a request the server does not understand: reload the page.',
    ),
    RESPONSE_TOO_LARGE: t(
      'La réponse du serveur dépasserait %{maximumMegabytes} Mo : affichez moins de lignes par page.',
      "The server's answer would be over %{maximumMegabytes} MB: show fewer rows per page.",
    ),
    NOT_FOUND: t("Cette fiche n'existe pas ou a été supprimée.", 'This record does not exist or has been deleted.'),
    STALE_VERSION: t(
      "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
      'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
    ),
    MALFORMED_REQUEST: t(
      "Le serveur n'a pas pu lire la demande : rechargez la page.",
      'The server could not read the request: reload the page.',
    ),
    INTERNAL: t(
      "Le serveur a rencontré une erreur. Réessayez dans quelques instants ; si le problème persiste, prévenez l'équipe technique.",
      'The server ran into an error. Try again in a moment; if the problem persists, tell the technical team.',
    ),
  },
  /** One field, by its code (its reason): the domain's rules, the services' and class-validator's. */
  fields: {
    required: t('Ce champ est obligatoire.', 'This field is required.'),
    UUID: t("Cet identifiant n'est pas valide.", 'This identifier is not valid.'),
    YEAR: t("Cette année n'est pas valide.", 'This year is not valid.'),
    IMAGE_NOT_DATA_URL: t("Ce fichier n'est pas une image lisible.", 'This file is not a readable image.'),
    IMAGE_TYPE_NOT_ALLOWED: t('Seules les images PNG et JPEG sont acceptées.', 'Only PNG and JPEG images are accepted.'),
    IMAGE_CONTENT_MISMATCH: t(
      "Le contenu du fichier ne correspond pas à son type d'image.",
      "The file's content does not match its image type.",
    ),
    IMAGE_TOO_LARGE: t('Image trop lourde : %{limit} octets au plus.', 'Image too large: at most %{limit} bytes.'),
    INVALID_CURSOR: t(
      "Ce curseur de synchronisation n'est pas valide : reprenez la synchronisation depuis une date.",
      'This sync cursor is not valid: start the sync again from a date.',
    ),
    CURSOR_OF_ANOTHER_LIST: t(
      'Ce curseur a été donné par une autre liste : utilisez celui de cette liste.',
      'This cursor was given by another list: use the one of this list.',
    ),
    INVALID_DATE: t("Cette date n'est pas valide.", 'This date is not valid.'),
    UPDATED_SINCE_IN_FUTURE: t('La date de départ est dans le futur.', 'The start date is in the future.'),
    CURSOR_WITH_OFFSET: t(
      'Une page synchronisée se place par son curseur : retirez le décalage.',
      'A synced page is placed by its cursor: leave the offset out.',
    ),
    SYNC_NOT_SUPPORTED: t('Cette liste ne se synchronise pas par curseur.', 'This list cannot be synced with a cursor.'),
    DUPLICATE: t('Cette valeur est déjà utilisée par une autre fiche.', 'This value is already used by another record.'),
    maxLength: t('Ce texte est trop long.', 'This text is too long.'),
    minLength: t('Ce texte est trop court.', 'This text is too short.'),
    isEmail: t('Adresse de courriel invalide (par ex. contact@mairie.fr).', 'Invalid email address (e.g. contact@town.org).'),
    isUrl: t(
      'Adresse de site web invalide (par ex. https://www.mairie.fr).',
      'Invalid website address (e.g. https://www.town.org).',
    ),
    isISO31661Alpha2: t(
      'Pays invalide : code ISO à 2 lettres attendu (par ex. FR).',
      'Invalid country: a 2-letter ISO code is expected (e.g. FR).',
    ),
    matches: t('Format invalide.', 'Invalid format.'),
    min: t('La valeur est trop petite.', 'The value is too small.'),
    max: t('La valeur est trop grande.', 'The value is too large.'),
    isInt: t('Un nombre entier est attendu.', 'A whole number is expected.'),
    isPositive: t('Un nombre positif est attendu.', 'A positive number is expected.'),
    isEnum: t("Cette valeur n'est pas autorisée.", 'This value is not allowed.'),
    isNotEmpty: t('Ce champ est obligatoire.', 'This field is required.'),
    isDefined: t('Ce champ est obligatoire.', 'This field is required.'),
    isString: t('Un texte est attendu.', 'A text is expected.'),
    isDateString: t('Date invalide (format AAAA-MM-JJ).', 'Invalid date (YYYY-MM-DD).'),
    isISO8601: t('Date invalide (format AAAA-MM-JJ).', 'Invalid date (YYYY-MM-DD).'),
    arrayMaxSize: t('Trop de valeurs.', 'Too many values.'),
    type: t('Valeur invalide pour ce champ.', 'Invalid value for this field.'),
    format: t('Format invalide.', 'Invalid format.'),
    reference: t("La fiche liée n'existe pas ou est encore utilisée.", 'The linked record does not exist or is still in use.'),
    unique: t('Cette valeur est déjà utilisée par une autre fiche.', 'This value is already used by another record.'),
    nulCharacter: t(
      'Le texte contient un caractère invisible interdit (NUL) : retapez-le.',
      'The text contains a forbidden invisible character (NUL): please retype it.',
    ),
    INVALID_VALUE: t('Valeur invalide pour ce champ.', 'Invalid value for this field.'),
    WRONG_PASSWORD: t('Mot de passe incorrect.', 'Wrong password.'),
    future: t('La date doit être dans le futur.', 'The date must be in the future.'),
    arrayMinSize: t('Choisissez au moins une valeur.', 'Choose at least one value.'),
    isUUID: t('Identifiant invalide.', 'Invalid identifier.'),
    isIn: t("Cette valeur n'est pas autorisée.", 'This value is not allowed.'),
    isBoolean: t('Oui ou non est attendu.', 'Yes or no is expected.'),
    isDate: t('Date invalide.', 'Invalid date.'),
    IN_USE: t(
      "Cette fiche est encore utilisée (partenariats, contacts…) : retirez-les d'abord.",
      'This record is still in use (partnerships, contacts…): remove them first.',
    ),
    ALREADY_PAID: t(
      'Une des cotisations choisies est déjà payée : rien n’a été enregistré. Retirez-la de la sélection.',
      'One of the selected fees is paid already: nothing was saved. Take it out of the selection.',
    ),
    BEFORE_INVOICE: t('Le paiement ne peut pas précéder la facturation.', 'A payment cannot precede the invoice.'),
    NO_FEE_SCALE: t(
      "Aucun barème n'est défini pour cette année : un administrateur doit d'abord le saisir.",
      'There is no fee scale for this year: an administrator must enter it first.',
    ),
    POSSIBLE_DUPLICATE: t('Cette personne existe peut-être déjà.', 'This person may already exist.'),
    ALREADY_MEMBER: t('Déjà membre du groupe : %{names}.', 'Already a member of the group: %{names}.'),
    NOT_IN_A_MEMBER: t(
      "Cette personne n'a pas de fonction en cours dans une collectivité membre du groupe.",
      'This person holds no current position in a member local government of the group.',
    ),
    PRESIDENCY_OVERLAP: t(
      "Ce groupe n'a qu'une présidence à la fois et une autre couvre ces dates : terminez-la d'abord, ou autorisez la co-présidence.",
      'This group has one presidency at a time and another one covers these dates: end it first, or allow co-presidency.',
    ),
    TERM_ORDER: t('La fin ne peut pas précéder le début.', 'The end cannot come before the start.'),
    NOT_A_MEMBER: t("Cette collectivité n'est pas membre du groupe.", 'This local government is not a member of the group.'),
    REPEATED: t('La même collectivité est choisie deux fois.', 'The same local government is picked twice.'),
    NOT_FOUND: t("La fiche choisie n'existe pas (ou plus).", 'The chosen record does not exist (any more).'),
    SAME_CONTACT: t('Une fiche ne peut pas être fusionnée avec elle-même.', 'A record cannot be merged with itself.'),
    ERASED: t(
      'Cette personne a été effacée : sa fiche ne se modifie plus.',
      'This person was erased: their record cannot be edited any more.',
    ),
    NOT_FRENCH: t('Choisissez une collectivité française.', 'Choose a French local government.'),
    NOT_FOREIGN: t('Choisissez une collectivité étrangère.', 'Choose a foreign local government.'),
    COUNTRY_GROUP_ONLY: t('Seul un groupe-pays a des pays.', 'Only a country group has countries.'),
    THEMATIC_GROUP_ONLY: t('Seul un groupe thématique a un thème.', 'Only a thematic group has a theme.'),
    arrayUnique: t('La même valeur est choisie deux fois.', 'The same value is picked twice.'),
    UNKNOWN_CONTACT: t(
      "Ce contact n'existe pas (ou plus) : choisissez l'un des contacts proposés.",
      'This contact does not exist (any more): choose one of the contacts proposed.',
    ),
    NOT_A_CANDIDATE: t(
      "Ce contact n'est proposé pour aucune de ces lignes.",
      'This contact is proposed for none of these lines.',
    ),
    ANSWER: t('Cette réponse ne convient pas à cette question.', 'This answer does not fit this question.'),
    QUESTION_TWICE: t('La même question reçoit deux réponses.', 'The same question is answered twice.'),
    UNRESOLVED_ROWS: t(
      "Des lignes sont encore à trancher ou en erreur : rien n'a été importé.",
      'Lines are still to settle or in error: nothing was imported.',
    ),
    EVERY_ROW_IN_ERROR: t(
      "Toutes les lignes du fichier sont en erreur : rien n'a été importé. Vérifiez la correspondance des colonnes.",
      'Every line of the file has an error: nothing was imported. Check the columns.',
    ),
    TOO_MANY: t('Trop de fiches à la fois : %{maximum} au maximum.', 'Too many records at once: at most %{maximum}.'),
    isUuid: t('Identifiant invalide.', 'Invalid identifier.'),
    REQUIRED: t('Ce champ est obligatoire.', 'This field is required.'),
    isArray: t('Une liste est attendue.', 'A list is expected.'),
    nestedValidation: t('Valeur invalide pour ce champ.', 'Invalid value for this field.'),
    LAST_ADMIN: t(
      "C'est le dernier administrateur actif : il doit le rester.",
      'This is the last active administrator: it must remain one.',
    ),
    SELF_LOCKOUT: t(
      "Vous ne pouvez pas retirer vos propres droits d'administrateur ni désactiver votre compte.",
      'You cannot remove your own administrator rights or deactivate your own account.',
    ),
    BEFORE_START: t('La date de fin ne peut pas précéder la date de début.', 'The end date cannot be before the start date.'),
    NOT_STARTED: t(
      "L'édition n'a pas commencé : personne ne peut être marqué absent.",
      'The edition has not started yet: nobody can be marked absent.',
    ),
    CANCELLED: t(
      "Inscription annulée : impossible d'enregistrer l'arrivée.",
      'Registration cancelled: the arrival cannot be recorded.',
    ),
    NO_IDENTITY: t(
      "Aucune colonne ne donne le nom ni l'organisation : indiquez laquelle dit qui s'est inscrit.",
      'No column holds the last name or the organisation: say which one tells who registered.',
    ),
    ONE_ORGANISATION: t(
      'Choisissez une seule organisation : une collectivité, un partenaire ou un nom.',
      'Choose one organisation only: a collectivity, a partner or a name.',
    ),
    FILE_TOO_LARGE: t(
      'Ce fichier dépasse %{maximumMegabytes} Mo : découpez-le en plusieurs fichiers.',
      'This file is over %{maximumMegabytes} MB: split it into several files.',
    ),
    TOO_MANY_ROWS: t(
      'Ce fichier compte %{rows} lignes : %{maximum} au maximum en une fois. Découpez-le.',
      'This file holds %{rows} rows: at most %{maximum} at once. Split it.',
    ),
    BASE64: t(
      'Le contenu du fichier est illisible : choisissez-le à nouveau.',
      "The file's content cannot be read: choose it again.",
    ),
    ENCODING: t(
      "Le fichier n'est pas en UTF-8 valide : enregistrez-le à nouveau en « CSV UTF-8 ».",
      'The file is not valid UTF-8: save it again as "CSV UTF-8".',
    ),
    NOT_CSV: t(
      "Ce n'est pas un fichier CSV : enregistrez le tableur au format CSV.",
      'This is not a CSV file: save the spreadsheet as CSV.',
    ),
    EMPTY_FILE: t('Le fichier est vide.', 'The file is empty.'),
    CSV_FORMAT: t(
      "Le fichier n'a pas pu être lu comme un CSV : vérifiez ses guillemets et séparateurs.",
      'The file could not be read as CSV: check its quotes and separators.',
    ),
    NO_ROWS: t("Le fichier a une ligne d'en-tête mais aucune inscription.", 'The file has a header line but no registration.'),
    COLUMN: t("La colonne %{column} n'existe pas dans ce fichier.", 'Column %{column} does not exist in this file.'),
    COLUMN_TWICE: t('La colonne %{column} est associée deux fois.', 'Column %{column} is mapped twice.'),
    FIELD_TWICE: t(
      'Deux colonnes donnent la même information (%{columns}) : gardez-en une.',
      'Two columns hold the same information (%{columns}): keep one.',
    ),
    RESOLUTION: t(
      "Ligne %{line} : ce choix ne fait pas partie des propositions. Rechargez l'aperçu.",
      'Line %{line}: this choice is not one of those proposed. Reload the preview.',
    ),
    ALREADY_UNDONE: t(
      "Cet import a déjà été annulé : rien n'a été changé.",
      'This import was already undone: nothing was changed.',
    ),
    CHANGED_SINCE: t(
      "Des participations de cet import ont été modifiées depuis : il ne peut plus être annulé en bloc. Rien n'a été changé.",
      'Participations of this import were changed since: it can no longer be undone as a whole. Nothing was changed.',
    ),
  },
  /** A field's own wording of a code (byField.<field>.<code>), preferred to the generic one. */
  byField: {
    name: {
      DUPLICATE: t('Un autre groupe porte déjà ce nom.', 'Another group already has this name.'),
      maxLength: t('200 caractères au maximum.', '200 characters at most.'),
      isNotEmpty: t('Le nom est obligatoire.', 'The name is required.'),
    },
    siren: {
      DUPLICATE: t(
        'Ce SIREN est déjà attribué à une autre collectivité.',
        'This SIREN already belongs to another local government.',
      ),
      matches: t('Le SIREN compte 9 chiffres.', 'A SIREN is 9 digits.'),
    },
    inseeCode: {
      DUPLICATE: t(
        'Ce code INSEE est déjà attribué à une autre collectivité.',
        'This INSEE code already belongs to another local government.',
      ),
      matches: t('Code INSEE invalide.', 'Invalid INSEE code.'),
    },
    postalCodes: {
      matches: t('Code postal invalide : 5 chiffres par code, par ex. 21000.', 'Invalid postal code: 5 digits each, e.g. 21000.'),
    },
    regionCode: {
      matches: t('Code région invalide : 2 chiffres, par ex. 27.', 'Invalid region code: 2 digits, e.g. 27.'),
    },
    departmentCode: {
      matches: t('Code département invalide : par ex. 21, 2A ou 974.', 'Invalid département code: e.g. 21, 2A or 974.'),
    },
    population: {
      min: t('La population ne peut pas être négative.', 'The population cannot be negative.'),
      isInt: t('La population est un nombre entier.', 'The population is a whole number.'),
    },
    phone: {
      matches: t('Numéro de téléphone invalide.', 'Invalid phone number.'),
    },
    email: {
      DUPLICATE: t(
        'Cette adresse est déjà utilisée par une autre fiche (utilisateur ou contact).',
        'This address is already used by another record (user or contact).',
      ),
    },
    password: {
      minLength: t('Au moins 12 caractères.', 'At least 12 characters.'),
    },
    newPassword: {
      minLength: t('Au moins 12 caractères.', 'At least 12 characters.'),
    },
    currentPassword: {
      WRONG_PASSWORD: t('Le mot de passe actuel est incorrect.', 'The current password is wrong.'),
    },
    displayName: {
      isNotEmpty: t('Le nom affiché est obligatoire.', 'The display name is required.'),
    },
    countries: {
      arrayMinSize: t('Choisissez au moins un pays.', 'Choose at least one country.'),
      isISO31661Alpha2: t(
        'Pays invalide : code ISO à 2 lettres attendu (par ex. ML).',
        'Invalid country: a 2-letter ISO code is expected (e.g. ML).',
      ),
    },
    collectivityIds: {
      DUPLICATE: t('Déjà membre du groupe : %{names}.', 'Already a member of the group: %{names}.'),
    },
    scopes: {
      arrayMinSize: t('Choisissez au moins un droit.', 'Choose at least one scope.'),
    },
    expiresAt: {
      future: t("La date d'expiration doit être dans le futur.", 'The expiry date must be in the future.'),
    },
    amountCents: {
      min: t('Le montant ne peut pas être négatif.', 'The amount cannot be negative.'),
      max: t('Ce montant est trop élevé.', 'This amount is too large.'),
      isInt: t('Montant invalide : par ex. 12 500,50.', 'Invalid amount: e.g. 12 500,50.'),
    },
    paidOn: {
      BEFORE_INVOICE: t('Le paiement ne peut pas précéder la facturation.', 'A payment cannot precede the invoice.'),
    },
    reason: {
      isNotEmpty: t("Le motif de l'exonération est obligatoire.", 'The reason for the waiver is required.'),
    },
    contactId: {
      DUPLICATE: t('Cette personne est déjà inscrite à cette édition.', 'This person is already registered for this edition.'),
    },
  },
  /** A resource's own wording of a refusal, by reason then by code (errors.ts, resourceMessage). */
  byResource: {
    participations: {
      DUPLICATE: t('Cette personne est déjà inscrite à cette édition', 'This person is already registered for this edition'),
      CANCELLED: t(
        "Inscription annulée : impossible d'enregistrer l'arrivée",
        'Registration cancelled: the arrival cannot be recorded',
      ),
      ALREADY_UNDONE: t(
        "Cet import a déjà été annulé : rien n'a été changé.",
        'This import was already undone: nothing was changed.',
      ),
      CHANGED_SINCE: t(
        "Des participations de cet import ont été modifiées depuis : il ne peut plus être annulé en bloc. Rien n'a été changé.",
        'Participations of this import were changed since: it can no longer be undone as a whole. Nothing was changed.',
      ),
    },
  },
  conflict_reloaded: t(
    "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
    'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
  ),
} satisfies WordingTree;

interface Messages {
  [key: string]: string | Messages;
}

const isWording = (value: Wording | WordingTree): value is Wording => typeof value.fr === 'string';

function pick(tree: WordingTree, locale: Locale): Messages {
  const messages: Messages = {};
  for (const [key, value] of Object.entries(tree)) messages[key] = isWording(value) ? value[locale] : pick(value, locale);
  return messages;
}

/** The `territoria.errors` messages of one language. */
export function errorMessages(locale: Locale): Messages {
  return pick(ERRORS, locale);
}
