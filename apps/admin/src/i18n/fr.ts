import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { errorMessages } from './errors';

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
    errors: errorMessages('fr'),
    // --- end of participations ---
  },
};

export default fr;
