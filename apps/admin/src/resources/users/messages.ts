import type { ResourceMessages } from '../consoleResource';

/** The words of this folder's pages, French (the console's default) and English side by side. */
export const messages = {
  fr: {
    resources: {
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
          linkedContactId: 'Contact lié',
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
          active:
            'Un compte désactivé ne peut plus se connecter. Les utilisateurs ne sont jamais supprimés : leur historique reste.',
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
    },
    territoria: {
      roles: {
        ADMIN: 'Administrateur',
        STAFF: 'Équipe',
        GROUP_PRESIDENT: 'Président de groupe',
      },
      audit: { entityTypes: { User: 'Utilisateur' } },
    },
  },
  en: {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          q: 'Search',
          id: 'Identifier',
          email: 'Email address',
          displayName: 'Display name',
          role: 'Role',
          active: 'Active account',
          password: 'Password',
          newPassword: 'New password',
          linkedContactId: 'Linked contact',
          lastSignInAt: 'Last sign-in',
          version: 'Version',
          createdAt: 'Created at',
          updatedAt: 'Updated at',
        },
        page: {
          list: 'Users',
          create: 'New user',
          edit: 'User: %{recordRepresentation}',
        },
        notifications: {
          created: 'User created',
          updated: 'User saved',
        },
        helpers: {
          q: 'Name or email address',
          password: 'At least 12 characters. Give it to the person, who can change it from their menu.',
          newPassword: 'Leave empty to keep the current password. At least 12 characters.',
          active: 'A deactivated account can no longer sign in. Users are never deleted: their history stays.',
          self: 'This is your own account: another administrator can change your role or deactivate you.',
          linkedContactId: 'For a group president: the contact record that decides which local governments they see.',
          role: 'Administrator: everything. Staff: all the network data. Group president: read-only.',
        },
        filters: {
          active: 'Active',
          inactive: 'Deactivated',
        },
        never: 'Never',
        empty: 'No user matches these criteria.',
      },
    },
    territoria: {
      roles: {
        ADMIN: 'Administrator',
        STAFF: 'Staff',
        GROUP_PRESIDENT: 'Group president',
      },
      audit: { entityTypes: { User: 'User' } },
    },
  },
} satisfies ResourceMessages;
