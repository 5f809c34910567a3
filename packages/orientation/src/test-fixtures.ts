// Small orientations shared by the tests (the full reference is orientations/caviste.yaml).
import { parse } from 'yaml';

/** A small wine-shop orientation, as YAML. */
export const wineYaml = `slug: caviste-mini
name: Caviste
locale: fr-FR
description: Conseiller en vins.
variables:
  shop_name:
    type: string
    label: Nom de la boutique
    required: true
    default: La Cave du Coin
  free_delivery_threshold:
    type: number
    label: Livraison offerte à partir de (€)
    default: 150
  phone:
    type: phone
    label: Téléphone
prompt:
  sections:
    - id: role
      title: Rôle
      body: |
        Tu es le caviste de {{shop_name}}.
        Livraison offerte dès {{ free_delivery_threshold }} euros.
    - id: rules
      title: Règles
      body: Ne recommande que des vins en stock.
  greeting: Bonjour et bienvenue chez {{shop_name}} !
  style:
    - Des phrases courtes, pas de listes ni de markdown.
voice:
  stt:
    provider: deepgram
    model: nova-3
    language: fr
  llm:
    provider: openai
    model: gpt-4.1-mini
    temperature: 0.4
  tts:
    provider: cartesia
    model: sonic-2
    voice: 65b25c5d-ff07-4687-a04c-da2f43ef6fa9
    language: fr
  turnHandling:
    endpointing:
      minDelay: 0.5
      maxDelay: 3
  maxToolSteps: 5
catalog:
  itemName: { singular: vin, plural: vins }
  currency: EUR
  attributes:
    - key: color
      label: Couleur
      type: enum
      values: [rouge, blanc, rosé, effervescent]
      required: true
      filterable: true
      facet: true
    - key: grapes
      label: Cépages
      type: list
      filterable: true
      facet: true
      searchable: true
    - key: vintage
      label: Millésime
      type: integer
      min: 1900
      max: 2100
      filterable: true
    - key: organic
      label: Bio
      type: boolean
      filterable: true
    - key: pairings
      label: Accords
      type: list
      searchable: true
    - key: tasting
      label: Dégustation
      type: text
      searchable: true
  pairingAttribute: pairings
toolCategories:
  - id: catalogue
    label: Catalogue
  - id: conseil
    label: Conseil
  - id: panier
    label: Panier
tools:
  - name: search_wines
    category: catalogue
    handler: catalog.search
    description: Cherche des vins chez {{shop_name}}.
    parameters:
      query:
        description: Mots-clés en français pour {{shop_name}}.
      color:
        description: La couleur du vin.
    arguments:
      inStockOnly: true
  - name: suggest_food_pairing
    category: conseil
    handler: catalog.pairing
    description: Propose des vins pour un plat.
  - name: add_to_cart
    category: panier
    handler: cart.add
    description: Ajoute un vin au panier.
  - name: check_delivery_slot
    category: panier
    handler: http
    description: Vérifie un créneau de livraison.
    http:
      method: POST
      url: https://partner.example/api/slots
      timeoutMs: 5000
    parameters:
      postcode:
        type: string
        description: Code postal de livraison.
        required: true
      slot:
        type: string
        description: Créneau souhaité.
        enum: [matin, après-midi]
state:
  selection: { enabled: true, maxItems: 20 }
  cart: { enabled: true, maxQuantityPerLine: 36, maxLines: 30 }
ui:
  title: "{{shop_name}}"
  subtitle: Votre caviste, à voix haute
  colors: { primary: '#7b1e3a', accent: '#c9a227', background: '#fbf7f2', text: '#2b1d1a' }
  labels: { selection: Ma sélection, cart: Mon panier, start: Parler au caviste }
`;

/** A small cheese-shop orientation, as YAML: another domain, other attributes. */
export const cheeseYaml = `slug: fromager
name: Fromager
locale: en-GB
variables:
  shop_name:
    type: string
    label: Shop name
    default: The Cheese Board
prompt:
  sections:
    - id: role
      title: Role
      body: You are the cheesemonger of {{shop_name}}.
voice:
  stt: { provider: deepgram, model: nova-3, language: en }
  llm: { provider: openai, model: gpt-4.1-mini, baseURL: 'http://localhost:11434/v1' }
  tts: { provider: cartesia, model: sonic-2, voice: abc, language: en }
catalog:
  itemName: { singular: cheese, plural: cheeses }
  currency: GBP
  attributes:
    - { key: milk, label: Milk, type: enum, values: [cow, goat, sheep, buffalo], filterable: true, facet: true }
    - { key: ageMonths, label: Age (months), type: number, min: 0, filterable: true }
    - { key: raw, label: Raw milk, type: boolean, filterable: true }
    - { key: country, label: Country, type: string, filterable: true }
    - { key: goesWith, label: Goes with, type: list }
  pairingAttribute: goesWith
toolCategories:
  - { id: catalog, label: Catalogue }
tools:
  - { name: find_cheese, category: catalog, handler: catalog.search, description: "Search the cheeses of {{shop_name}}." }
  - { name: cheese_details, category: catalog, handler: catalog.get, description: One cheese in detail. }
state:
  selection: { enabled: false }
  cart: { enabled: false }
ui:
  title: "{{shop_name}}"
  colors: { primary: '#f0c040', accent: '#804000', background: '#ffffff', text: '#202020' }
  labels: { selection: Shortlist, cart: Basket, start: Talk to us }
  show: { selection: false, cart: false }
`;

/** A document a test may break field by field, whatever the types. */
// biome-ignore lint/suspicious/noExplicitAny: tests write wrong types into documents on purpose.
export type BreakableDocument = Record<string, any>;

/** A fresh, mutable copy of the wine orientation as an object (for one test to break). */
export function wineDocument(): BreakableDocument {
  return parse(wineYaml);
}

/** A fresh, mutable copy of the cheese orientation as an object. */
export function cheeseDocument(): BreakableDocument {
  return parse(cheeseYaml);
}

/** The item at `index`, failing the test if there is none. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}
