export const fr = {
  resources: {
    tenants: {
      name: 'Boutique |||| Boutiques',
      fields: {
        id: 'Identifiant',
        name: 'Nom',
        template: 'Modèle',
        partnerId: 'Partenaire',
        variables: 'Variables',
        variableRows: 'Variables',
        'variableRows.name': 'Variable',
        'variableRows.value': 'Valeur',
        createdAt: 'Créée le',
        q: 'Rechercher',
      },
    },
  },
  scenaro: {
    tenants: {
      template_help: 'Le modèle d’orientation de départ, par exemple « caviste ».',
      delete_confirm:
        'Supprimer cette boutique et tout ce qu’elle contient (orientations, catalogue, sessions) ? C’est définitif.',
    },
    dashboard: { about: { tenants: 'Les boutiques et leurs variables.' } },
  },
};

export const en = {
  resources: {
    tenants: {
      name: 'Shop |||| Shops',
      fields: {
        id: 'Id',
        name: 'Name',
        template: 'Template',
        partnerId: 'Partner',
        variables: 'Variables',
        variableRows: 'Variables',
        'variableRows.name': 'Variable',
        'variableRows.value': 'Value',
        createdAt: 'Created',
        q: 'Search',
      },
    },
  },
  scenaro: {
    tenants: {
      template_help: 'The starting orientation template, e.g. "caviste".',
      delete_confirm:
        'Delete this shop and everything it holds (orientations, catalogue, sessions)? This cannot be undone.',
    },
    dashboard: { about: { tenants: 'Shops and their variables.' } },
  },
};
