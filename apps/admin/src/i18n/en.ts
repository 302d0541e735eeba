import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** English translation: same keys as fr.ts (checked by i18n.test.ts). */

export const en: TranslationMessages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: {
      ...englishMessages.ra.auth,
      username: 'Email address',
      user_menu: 'My account',
    },
  },
  territoria: {
    title: 'Territoria',
    dashboard: {
      title: 'Welcome to the Territoria console',
      intro: "Members, this year's dues and the network's Rencontres at a glance.",
      open_list: 'Browse local governments',
      open_contacts: 'Browse contacts',
      open_groups: 'Browse country groups',
      members: 'Member local governments',
      prospects: 'Prospects',
      total: 'Local governments on record',
      dues_title: 'Dues %{year}',
      dues_collected: '%{paid} collected of %{invoiced} invoiced',
      dues_none: 'No dues invoiced for %{year}.',
      open_dues: 'Browse dues',
      next_edition: 'Next edition',
      no_next_edition: 'No upcoming edition.',
      registered: 'Registered',
      attended: 'Attended',
      participation_by_edition: 'Participation by edition',
      members_by_region: 'Members by region',
      member_count: 'Members',
      no_regions: 'No member in a region.',
    },
    menu: {
      dashboard: 'Home',
      myGroups: 'My groups',
    },
    account: {
      menu: 'Change my password',
      title: 'Change my password',
      intro: 'Choose a password of at least %{min} characters. Your other sessions will be closed.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Confirm the new password',
      submit: 'Change the password',
      mismatch: 'The two passwords differ.',
      same: 'The new password must differ from the current one.',
      done: 'Password changed. Your other sessions have been closed.',
    },
    inseeFormats: {
      COMMUNE: '5 characters, e.g. 21231 or 2A004',
      DEPARTMENT: '2 or 3 characters, e.g. 21, 2A or 974',
      REGION: '2 digits, e.g. 27',
      OVERSEAS_COLLECTIVITY: '3 digits, e.g. 975',
      SPECIAL_STATUS: '2 to 5 characters, e.g. 6AE',
    },
    errors: {
      codes: {
        BAD_USER_INPUT: 'Some values are invalid: please fix the highlighted fields.',
        NOT_FOUND: 'This record does not exist or has been deleted.',
        DUPLICATE: 'Another record already uses this value: please fix the highlighted fields.',
        CONFLICT:
          'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
        UNAUTHENTICATED: 'Sign in to continue.',
        FORBIDDEN: 'Your role does not allow this: ask an administrator if you need it.',
        CSRF_REFUSED:
          'The server refused the request: the console is not opened at the address it knows. An administrator must declare it (PUBLIC_URL).',
        TOO_MANY_REQUESTS: 'Too many attempts: wait a minute and try again.',
        PAYLOAD_TOO_LARGE: 'The request is too large for the server. Shorten the texts or ask for fewer records.',
        INTERNAL_SERVER_ERROR:
          'The server ran into an error. Try again in a moment; if the problem persists, tell the technical team.',
        NETWORK: 'The server does not answer. Check your connection and try again.',
        UNKNOWN: 'Unexpected error: %{message}',
      },
      messages: {
        wrong_credentials: 'Wrong email address or password.',
        session_expired: 'Your session has expired: sign in again.',
        account_deactivated: 'This account is deactivated: ask an administrator.',
        too_many_attempts_wait:
          'Too many sign-in attempts: try again in %{seconds} second. |||| Too many sign-in attempts: try again in %{seconds} seconds.',
      },
      fields: {
        required: 'This field is required.',
        SIREN_FORMAT: 'A SIREN is 9 digits with a valid check digit.',
        SIREN_NOT_ALLOWED: 'A foreign local government has no SIREN.',
        INSEE_CODE_FORMAT: 'Invalid INSEE code for this kind of local government.',
        INSEE_CODE_FORMAT_EXPECTED: 'Invalid INSEE code for this kind of local government: %{expected}.',
        INSEE_CODE_NOT_ALLOWED: 'This kind of local government has no INSEE code: intercommunalities are known by their SIREN.',
        FRENCH_KIND_OUTSIDE_FRANCE: 'This kind of local government is French: its country must be France.',
        FOREIGN_KIND_IN_FRANCE: 'A foreign local government cannot have France as its country.',
        DUPLICATE: 'This value is already used by another record.',
        maxLength: 'This text is too long.',
        minLength: 'This text is too short.',
        isEmail: 'Invalid email address (e.g. contact@town.org).',
        isUrl: 'Invalid website address (e.g. https://www.town.org).',
        isISO31661Alpha2: 'Invalid country: a 2-letter ISO code is expected (e.g. FR).',
        matches: 'Invalid format.',
        min: 'The value is too small.',
        max: 'The value is too large.',
        isInt: 'A whole number is expected.',
        isPositive: 'A positive number is expected.',
        isEnum: 'This value is not allowed.',
        isNotEmpty: 'This field is required.',
        isDefined: 'This field is required.',
        isString: 'A text is expected.',
        isDateString: 'Invalid date (YYYY-MM-DD).',
        isISO8601: 'Invalid date (YYYY-MM-DD).',
        arrayMaxSize: 'Too many values.',
        MEMBERSHIP_DATES_ORDER: 'The membership cannot end before it starts.',
        REFERENTIAL_FIELD: 'This value comes from the official referential, refreshed by each import: it cannot be changed here.',
        REFERENTIAL_ROW:
          'This local government comes from the official referential: it cannot be deleted. Change its membership status instead.',
        type: 'Invalid value for this field.',
        format: 'Invalid format.',
        reference: 'The linked record does not exist or is still in use.',
        unique: 'This value is already used by another record.',
        nulCharacter: 'The text contains a forbidden invisible character (NUL): please retype it.',
        INVALID_VALUE: 'Invalid value for this field.',
        WRONG_PASSWORD: 'Wrong password.',
        future: 'The date must be in the future.',
        arrayMinSize: 'Choose at least one value.',
        isUUID: 'Invalid identifier.',
        isIn: 'This value is not allowed.',
        isBoolean: 'Yes or no is expected.',
        isDate: 'Invalid date.',
        IN_USE: 'This record is still in use (partnerships, contacts…): remove them first.',
        ALREADY_PAID: 'One of the selected fees is paid already: nothing was saved. Take it out of the selection.',
        BEFORE_INVOICE: 'A payment cannot precede the invoice.',
        NO_FEE_SCALE: 'There is no fee scale for this year: an administrator must enter it first.',
        POSSIBLE_DUPLICATE: 'This person may already exist.',
        ALREADY_MEMBER: 'Already a member of the group: %{detail}.',
        NOT_IN_A_MEMBER: 'This person holds no current position in a member local government of the group.',
        PRESIDENCY_OVERLAP:
          'This group has one presidency at a time and another one covers these dates: end it first, or allow co-presidency.',
        TERM_ORDER: 'The end cannot come before the start.',
        NOT_A_MEMBER: 'This local government is not a member of the group.',
        REPEATED: 'The same local government is picked twice.',
        NOT_FOUND: 'The chosen record does not exist (any more).',
        SAME_CONTACT: 'A record cannot be merged with itself.',
        ERASED: 'This person was erased: their record cannot be edited any more.',
        NOT_FRENCH: 'Choose a French local government.',
        NOT_FOREIGN: 'Choose a foreign local government.',
        COUNTRY_GROUP_ONLY: 'Only a country group has countries.',
        THEMATIC_GROUP_ONLY: 'Only a thematic group has a theme.',
        arrayUnique: 'The same value is picked twice.',
        UNKNOWN_CONTACT: 'This contact does not exist (any more): choose one of the contacts proposed.',
        NOT_A_CANDIDATE: 'This contact is proposed for none of these lines.',
        ANSWER: 'This answer does not fit this question.',
        QUESTION_TWICE: 'The same question is answered twice.',
        UNRESOLVED_ROWS: 'Lines are still to settle or in error: nothing was imported.',
        EVERY_ROW_IN_ERROR: 'Every line of the file has an error: nothing was imported. Check the columns.',
        TOO_MANY: 'Too many records at once: at most 1000.',
      },
      byField: {
        name: {
          DUPLICATE: 'Another group already has this name.',
          maxLength: '200 characters at most.',
          isNotEmpty: 'The name is required.',
        },
        siren: {
          DUPLICATE: 'This SIREN already belongs to another local government.',
          matches: 'A SIREN is 9 digits.',
        },
        inseeCode: {
          DUPLICATE: 'This INSEE code already belongs to another local government.',
          matches: 'Invalid INSEE code.',
        },
        postalCodes: {
          matches: 'Invalid postal code: 5 digits each, e.g. 21000.',
        },
        regionCode: {
          matches: 'Invalid region code: 2 digits, e.g. 27.',
        },
        departmentCode: {
          matches: 'Invalid département code: e.g. 21, 2A or 974.',
        },
        population: {
          min: 'The population cannot be negative.',
          isInt: 'The population is a whole number.',
        },
        phone: {
          matches: 'Invalid phone number.',
        },
        email: {
          DUPLICATE: 'This address is already used by another record (user or contact).',
        },
        password: {
          minLength: 'At least 12 characters.',
        },
        newPassword: {
          minLength: 'At least 12 characters.',
        },
        currentPassword: {
          WRONG_PASSWORD: 'The current password is wrong.',
        },
        displayName: {
          isNotEmpty: 'The display name is required.',
        },
        countries: {
          arrayMinSize: 'Choose at least one country.',
          isISO31661Alpha2: 'Invalid country: a 2-letter ISO code is expected (e.g. ML).',
        },
        collectivityIds: {
          DUPLICATE: 'Already a member of the group: %{detail}.',
        },
        scopes: {
          arrayMinSize: 'Choose at least one scope.',
        },
        expiresAt: {
          future: 'The expiry date must be in the future.',
        },
        amountCents: {
          min: 'The amount cannot be negative.',
          max: 'This amount is too large.',
          isInt: 'Invalid amount: e.g. 12 500,50.',
        },
        paidOn: {
          BEFORE_INVOICE: 'A payment cannot precede the invoice.',
        },
        reason: {
          isNotEmpty: 'The reason for the waiver is required.',
        },
        contactId: {
          DUPLICATE: 'This person is already registered for this edition.',
        },
      },
      /** A resource's own wording of a refusal (errors.ts, resourceMessage): by extensions.reason, then by code. */
      byResource: {
        participations: {
          DUPLICATE: 'This person is already registered for this edition',
          CANCELLED: 'Registration cancelled: the arrival cannot be recorded',
          ALREADY_UNDONE: 'This import was already undone: nothing was changed.',
          CHANGED_SINCE:
            'Participations of this import were changed since: it can no longer be undone as a whole. Nothing was changed.',
        },
      },
      conflict_reloaded:
        'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
    },
    // --- end of participations ---
  },
};

export default en;
