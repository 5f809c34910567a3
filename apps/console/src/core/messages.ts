// The shell's own strings (sign-in, app bar, home, generic errors). Features bring theirs.

export const fr = {
  scenaro: {
    auth: {
      subtitle: 'Console d’administration',
      email: 'E-mail',
      expired: 'Votre session a expiré : reconnectez-vous.',
      invalid_credentials: 'E-mail ou mot de passe incorrect.',
    },
    errors: {
      unreachable: 'L’API Scenaro est injoignable. Vérifiez qu’elle tourne, puis réessayez.',
      forbidden: 'Votre rôle ne permet pas cette action.',
      server: 'Le serveur a rencontré une erreur. Réessayez dans un instant.',
      unknown: 'Une erreur inattendue est survenue.',
      not_supported: 'Cette opération n’est pas disponible ici.',
      no_tenant: 'Choisissez d’abord une boutique dans la barre du haut.',
      retry: 'Réessayer',
    },
    layout: { tenant: 'Boutique', no_tenant: 'Aucune boutique' },
    empty: { title: 'Aucun élément (%{name}) pour l’instant.' },
    dashboard: {
      title: 'Accueil',
      welcome: 'Bonjour %{name}',
      working_on: 'Vous travaillez sur',
      template: 'modèle %{template}',
      open: 'Ouvrir',
      about: {
        orientations:
          'Le comportement de l’agent : consignes, outils, voix. Modifier, publier, essayer.',
        products: 'Le catalogue de la boutique : recherche, fiches, import CSV ou JSON.',
        imports: 'Les imports de catalogue et leur rapport d’erreurs.',
        documents: 'La base de connaissances : documents, ingestion, recherche.',
        sessions: 'Les conversations : transcriptions, outils appelés, panier, latences.',
      },
    },
  },
};

export const en = {
  scenaro: {
    auth: {
      subtitle: 'Administration console',
      email: 'Email',
      expired: 'Your session has expired: please sign in again.',
      invalid_credentials: 'Wrong email or password.',
    },
    errors: {
      unreachable: 'The Scenaro API cannot be reached. Check that it is running, then retry.',
      forbidden: 'Your role does not allow this.',
      server: 'The server ran into an error. Retry in a moment.',
      unknown: 'An unexpected error occurred.',
      not_supported: 'This operation is not available here.',
      no_tenant: 'Choose a shop in the top bar first.',
      retry: 'Retry',
    },
    layout: { tenant: 'Shop', no_tenant: 'No shop' },
    empty: { title: 'No %{name} yet.' },
    dashboard: {
      title: 'Home',
      welcome: 'Hello %{name}',
      working_on: 'You are working on',
      template: '%{template} template',
      open: 'Open',
      about: {
        orientations: "The agent's behaviour: instructions, tools, voice. Edit, publish, try it.",
        products: "The shop's catalogue: search, product pages, CSV or JSON import.",
        imports: 'Catalogue imports and their error reports.',
        documents: 'The knowledge base: documents, ingestion, retrieval.',
        sessions: 'Conversations: transcripts, tool calls, cart, latencies.',
      },
    },
  },
};

/** The shell as a feature: messages only (its screens are wired in App.tsx). */
export const coreFeature = {
  resources: [],
  adapters: {},
  messages: { fr, en },
};
