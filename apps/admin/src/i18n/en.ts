import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { errorMessages } from './errors';

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
    errors: errorMessages('en'),
    // --- end of participations ---
  },
};

export default en;
