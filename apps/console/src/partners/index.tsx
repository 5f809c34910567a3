import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ConsoleFeature } from '../providers/feature';
import { partnersAdapter } from './adapter';
import { PartnerCreate } from './PartnerCreate';
import { PartnerList } from './PartnerList';

const fields = {
  fr: { name: 'Nom', id: 'Identifiant', createdAt: 'Créé le' },
  en: { name: 'Name', id: 'Id', createdAt: 'Created' },
};

/** Partners (resellers, integrators): platform admins list and create them. */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'partners',
      list: PartnerList,
      create: PartnerCreate,
      icon: HandshakeIcon,
      recordRepresentation: 'name',
    },
  ],
  adapters: { partners: partnersAdapter },
  messages: {
    fr: {
      resources: { partners: { name: 'Partenaire |||| Partenaires', fields: fields.fr } },
      scenaro: {
        dashboard: {
          about: { partners: 'Intégrateurs et revendeurs qui créent des boutiques par l’API.' },
        },
      },
    },
    en: {
      resources: { partners: { name: 'Partner |||| Partners', fields: fields.en } },
      scenaro: {
        dashboard: {
          about: { partners: 'Integrators and resellers who create shops through the API.' },
        },
      },
    },
  },
};
