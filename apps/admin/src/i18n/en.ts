import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** English translation: same keys as fr.ts (checked by i18n.test.ts). */
export const en: TranslationMessages = {
  ...englishMessages,
  resources: {
    collectivities: {
      name: 'Local government |||| Local governments',
      fields: {
        q: 'Search',
        id: 'Identifier',
        name: 'Name',
        kind: 'Kind',
        countryCode: 'Country',
        inseeCode: 'INSEE code',
        siren: 'SIREN',
        regionCode: 'Region code',
        departmentCode: 'Département code',
        region: 'Region',
        department: 'Département',
        postalCodes: 'Postal codes',
        population: 'Population',
        address: 'Address',
        website: 'Website',
        email: 'Email',
        phone: 'Phone',
        membershipStatus: 'Membership',
        memberSince: 'Member since',
        memberUntil: 'Member until',
        notes: 'Notes',
        fromReferential: 'From the official referential',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
      },
      page: {
        edit: 'Local government: %{recordRepresentation}',
        show: 'Local government: %{recordRepresentation}',
        create: 'New local government',
        list: 'Local governments',
      },
      notifications: {
        created: 'Local government created',
        updated: 'Local government saved',
        deleted: 'Local government deleted |||| %{smart_count} local governments deleted',
      },
      sections: {
        identity: 'Identity',
        location: 'Territory',
        contact: 'Contact details',
        membership: 'Membership',
        record: 'Record',
      },
      helpers: {
        referentialLocked:
          'Greyed-out fields come from the official referential and are refreshed by each import: only contact details, membership and notes are edited here.',
        q: 'Name, INSEE, SIREN or postal code',
        inseeCode: 'Text, leading zeros kept: 01053, 2A004…',
        siren: '9 digits, e.g. 212102313',
        postalCodes: 'Comma-separated: 21000, 21100',
        website: 'Full address, e.g. https://www.dijon.fr',
        fromReferential: 'The name and population of this record are refreshed by each import of the official referential.',
      },
      empty: 'No local government matches these criteria.',
      export: {
        filename: 'local-governments',
        yes: 'Yes',
        no: 'No',
      },
    },
  },
  territoria: {
    title: 'Territoria',
    dashboard: {
      title: 'Welcome to the Territoria console',
      intro:
        'Manage the local governments of the network: search by name, INSEE code, SIREN or postal code, follow memberships and export to CSV.',
      open_list: 'Browse local governments',
      members: 'Member local governments',
      prospects: 'Prospects',
      total: 'Local governments on record',
    },
    kinds: {
      REGION: 'Region',
      DEPARTMENT: 'Département',
      COMMUNE: 'Commune',
      METROPOLIS: 'Metropolis',
      URBAN_COMMUNITY: 'Urban community',
      AGGLOMERATION_COMMUNITY: 'Agglomeration community',
      COMMUNITY_OF_COMMUNES: 'Community of communes',
      TERRITORIAL_PUBLIC_ESTABLISHMENT: 'Territorial public establishment',
      SPECIAL_STATUS: 'Special-status local government',
      OVERSEAS_COLLECTIVITY: 'Overseas collectivity',
      FOREIGN_LOCAL_GOVERNMENT: 'Foreign local government',
    },
    membershipStatuses: {
      MEMBER: 'Member',
      FORMER_MEMBER: 'Former member',
      PROSPECT: 'Prospect',
      NONE: 'Not a member',
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
        PAYLOAD_TOO_LARGE: 'The request is too large for the server. Shorten the texts or ask for fewer records.',
        INTERNAL_SERVER_ERROR:
          'The server ran into an error. Try again in a moment; if the problem persists, tell the technical team.',
        NETWORK: 'The server does not answer. Check your connection and try again.',
        UNKNOWN: 'Unexpected error: %{message}',
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
      },
      byField: {
        name: {
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
      },
      conflict_reloaded:
        'Someone else changed this record in the meantime. The current values have been reloaded; your changes were not saved.',
    },
  },
};

export default en;
