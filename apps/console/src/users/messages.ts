export const fr = {
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        email: 'E-mail',
        name: 'Nom',
        role: 'Rôle',
        password: 'Mot de passe',
        tenantId: 'Boutique',
        lastLoginAt: 'Dernière connexion',
        disabled: 'Désactivé',
        createdAt: 'Créé le',
      },
    },
  },
  scenaro: {
    users: {
      roles: { admin: 'Administrateur', editor: 'Éditeur', viewer: 'Lecteur' },
      platform: 'Toute la plateforme',
      all_tenants: 'Toutes les boutiques',
      enabled: 'Actif',
      disabled: 'Désactivé',
      password_help: '12 caractères au moins ; une phrase longue est bienvenue.',
      new_password_help: 'Laisser vide pour garder le mot de passe actuel.',
      scope_help: 'Vide : l’utilisateur voit toute la plateforme.',
      disabled_help: 'Un utilisateur désactivé est déconnecté immédiatement.',
      delete_confirm: 'Supprimer cet utilisateur ? Il est déconnecté immédiatement.',
    },
    dashboard: { about: { users: 'Les personnes qui se connectent à la console et leurs rôles.' } },
  },
};

export const en = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        email: 'Email',
        name: 'Name',
        role: 'Role',
        password: 'Password',
        tenantId: 'Shop',
        lastLoginAt: 'Last sign-in',
        disabled: 'Disabled',
        createdAt: 'Created',
      },
    },
  },
  scenaro: {
    users: {
      roles: { admin: 'Admin', editor: 'Editor', viewer: 'Viewer' },
      platform: 'Whole platform',
      all_tenants: 'All shops',
      enabled: 'Active',
      disabled: 'Disabled',
      password_help: 'At least 12 characters; a long passphrase is welcome.',
      new_password_help: 'Leave empty to keep the current password.',
      scope_help: 'Empty: the user sees the whole platform.',
      disabled_help: 'A disabled user is signed out at once.',
      delete_confirm: 'Delete this user? They are signed out at once.',
    },
    dashboard: { about: { users: 'The people who sign in to the console, and their roles.' } },
  },
};
