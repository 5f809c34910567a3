const kindsFr = {
  tenant: 'Clé serveur',
  publishable: 'Clé publiable (navigateur)',
  admin: 'Administration',
  runtime: 'Runtime des agents',
  partner: 'Partenaire',
};
const kindsEn = {
  tenant: 'Server key',
  publishable: 'Publishable key (browser)',
  admin: 'Admin',
  runtime: 'Agent runtime',
  partner: 'Partner',
};
const fieldsFr = {
  name: 'Nom',
  kind: 'Type',
  allowedOrigins: 'Origines autorisées',
  allowedOriginsText: 'Origines autorisées',
  createdAt: 'Créée le',
  lastUsedAt: 'Dernière utilisation',
  active: 'État',
};
const fieldsEn = {
  name: 'Name',
  kind: 'Kind',
  allowedOrigins: 'Allowed origins',
  allowedOriginsText: 'Allowed origins',
  createdAt: 'Created',
  lastUsedAt: 'Last used',
  active: 'Status',
};

export const fr = {
  resources: {
    keys: { name: 'Clé d’API |||| Clés d’API', fields: fieldsFr },
    'platform-keys': { name: 'Clé de plateforme |||| Clés de plateforme', fields: fieldsFr },
  },
  scenaro: {
    keys: {
      kinds: kindsFr,
      active: 'Active',
      revoked_on: 'Révoquée le %{date}',
      revoke: 'Révoquer',
      revoke_title: 'Révoquer la clé « %{name} » ?',
      revoke_confirm:
        'Toute requête faite avec cette clé sera refusée dès maintenant. Cette action est définitive.',
      revoked: 'Clé révoquée',
      origins_help: 'Une origine par ligne, par exemple https://boutique.example (sans chemin).',
      secret_title: 'Votre nouvelle clé',
      secret_once:
        'Copiez-la maintenant : elle ne sera plus jamais affichée. Seule son empreinte est conservée.',
      secret_done: 'J’ai copié la clé',
      copy: 'Copier',
      copied: 'Copiée',
    },
    dashboard: {
      about: {
        keys: 'Les clés d’API de la boutique : serveur et navigateur.',
        'platform-keys': 'Les clés d’administration et du runtime des agents.',
      },
    },
  },
};

export const en = {
  resources: {
    keys: { name: 'API key |||| API keys', fields: fieldsEn },
    'platform-keys': { name: 'Platform key |||| Platform keys', fields: fieldsEn },
  },
  scenaro: {
    keys: {
      kinds: kindsEn,
      active: 'Active',
      revoked_on: 'Revoked on %{date}',
      revoke: 'Revoke',
      revoke_title: 'Revoke the key "%{name}"?',
      revoke_confirm:
        'Every request made with this key will be refused from now on. This cannot be undone.',
      revoked: 'Key revoked',
      origins_help: 'One origin per line, e.g. https://shop.example (no path).',
      secret_title: 'Your new key',
      secret_once: 'Copy it now: it will never be shown again. Only its hash is kept.',
      secret_done: 'I have copied the key',
      copy: 'Copy',
      copied: 'Copied',
    },
    dashboard: {
      about: {
        keys: "The shop's API keys: server and browser.",
        'platform-keys': 'Admin and agent-runtime keys.',
      },
    },
  },
};
