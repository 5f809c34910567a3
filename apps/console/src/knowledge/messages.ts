export const fr = {
  resources: {
    'knowledge-documents': {
      name: 'Document |||| Base de connaissances',
      fields: {
        title: 'Titre',
        status: 'Indexation',
        passageCount: 'Passages',
        contentType: 'Format',
        createdAt: 'Ajouté le',
        content: 'Texte',
        contentTypeChoice: 'Format',
      },
    },
  },
  scenaro: {
    knowledge: {
      upload: 'Ajouter un document',
      file: 'Fichier Markdown ou texte',
      drop: 'Déposez un fichier .md ou .txt ici, ou cliquez pour le choisir',
      or_paste: 'Ou collez le texte :',
      plain_text: 'Texte brut',
      title_help: 'Par défaut, le nom du fichier.',
      preview: 'Aperçu',
      failed: "L'indexation a échoué : %{reason}",
      status: {
        pending: 'En attente',
        ingesting: 'Indexation…',
        ready: 'Prêt',
        failed: 'Échec',
      },
      empty: {
        title: 'Aucun document',
        body: "Ajoutez les informations de la boutique (livraison, horaires, conseils) : l'agent y puise ses réponses.",
      },
      ask: {
        title: 'Essayer une question',
        help: "Les passages que l'agent trouverait pour répondre.",
        placeholder: 'Livrez-vous le samedi ?',
        submit: 'Chercher',
        score: 'score %{score}',
        no_good_answer:
          "Pas de bonne réponse : aucun passage n'est assez pertinent. L'agent dira qu'il ne sait pas.",
      },
    },
  },
};

export const en: typeof fr = {
  resources: {
    'knowledge-documents': {
      name: 'Document |||| Knowledge base',
      fields: {
        title: 'Title',
        status: 'Ingestion',
        passageCount: 'Passages',
        contentType: 'Format',
        createdAt: 'Added',
        content: 'Text',
        contentTypeChoice: 'Format',
      },
    },
  },
  scenaro: {
    knowledge: {
      upload: 'Add a document',
      file: 'Markdown or text file',
      drop: 'Drop a .md or .txt file here, or click to choose one',
      or_paste: 'Or paste the text:',
      plain_text: 'Plain text',
      title_help: 'Defaults to the file name.',
      preview: 'Preview',
      failed: 'Ingestion failed: %{reason}',
      status: {
        pending: 'Pending',
        ingesting: 'Ingesting…',
        ready: 'Ready',
        failed: 'Failed',
      },
      empty: {
        title: 'No document yet',
        body: "Add the shop's information (delivery, opening hours, advice): the agent answers from it.",
      },
      ask: {
        title: 'Try a question',
        help: 'The passages the agent would find to answer.',
        placeholder: 'Do you deliver on Saturdays?',
        submit: 'Search',
        score: 'score %{score}',
        no_good_answer:
          'No good answer: no passage is relevant enough. The agent will say it does not know.',
      },
    },
  },
};
