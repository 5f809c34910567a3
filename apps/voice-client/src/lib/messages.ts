import type { AgentState } from '../transport/voice-transport';

/** Every word the interface shows, in French (the default and, for now, only language). */
export const fr = {
  defaultTitle: 'Votre conseiller',
  defaultSubtitle: 'Parlez-lui, il vous répond à voix haute.',
  start: 'Commencer la conversation',
  starting: 'Ouverture de la session…',
  end: 'Terminer',
  mute: 'Couper le micro',
  unmute: 'Réactiver le micro',
  retry: 'Réessayer',
  restart: 'Recommencer',
  send: 'Envoyer',
  typePlaceholder: 'Écrire plutôt que parler…',
  transcript: 'Conversation',
  transcriptEmpty: 'La conversation s’affichera ici.',
  you: 'Vous',
  agent: 'Conseiller',
  selectionEmpty: 'Rien pour l’instant : demandez conseil !',
  cartEmpty: 'Votre panier est vide.',
  total: 'Total',
  quantity: (n: number) => `× ${n}`,
  ended: 'Conversation terminée. Merci de votre visite !',
  demoBadge: 'Démo enregistrée',
  agentStates: {
    connecting: 'Connexion…',
    initializing: 'Le conseiller arrive…',
    listening: 'À l’écoute',
    thinking: 'Réfléchit…',
    speaking: 'Parle',
  } satisfies Record<AgentState, string>,
  connection: {
    idle: 'Prêt',
    starting: 'Ouverture…',
    connecting: 'Connexion…',
    connected: 'Connecté',
    reconnecting: 'Reconnexion…',
    ended: 'Terminé',
    failed: 'Interrompu',
  },
  problems: {
    notConfigured:
      'Ce client n’est configuré pour aucune boutique : ajoutez ?tenant=…&key=pub_… à l’adresse.',
    apiUnreachable:
      'Le service est injoignable pour le moment. Vérifiez votre connexion et réessayez.',
    sessionsUnavailable:
      'Les conversations vocales ne sont pas disponibles pour le moment (aucun serveur vocal n’est configuré).',
    sessionRefused:
      'Cette boutique n’autorise pas les conversations depuis ce site (clé ou origine refusée).',
    shopNotFound: 'Cette boutique est introuvable.',
    connectFailed: 'Impossible de rejoindre la conversation vocale. Réessayez dans un instant.',
    disconnected: 'La connexion a été perdue.',
    micDenied:
      'L’accès au micro a été refusé. Autorisez-le dans votre navigateur, ou écrivez vos questions ci-dessous.',
    micAbsent: 'Aucun micro n’a été trouvé. Branchez-en un, ou écrivez vos questions ci-dessous.',
    micBusy: 'Le micro est utilisé par une autre application.',
    micFailed: 'Le micro n’a pas pu être activé.',
    insecure:
      'Le micro ne fonctionne que sur une page sécurisée (HTTPS) : ouvrez cette page en https:// ou sur localhost.',
    agentLate:
      'Le conseiller tarde à rejoindre la conversation. Patientez encore un peu, ou recommencez.',
  },
} as const;

export type Messages = typeof fr;
