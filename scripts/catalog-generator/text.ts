/** French text helpers: articles, elision, lists. */

const ARTICLES = ['de la ', "de l'", 'du ', 'des ', 'un ', 'une ', 'le ', 'la ', "l'", 'les '];

/** « un magret de canard » → « magret de canard ». */
export function withoutArticle(phrase: string): string {
  for (const article of ARTICLES) {
    if (phrase.startsWith(article)) return phrase.slice(article.length);
  }
  return phrase;
}

const ELIDES = /^[aeiouyâàéèêëîïôöûüœh]/i;

/** « la cerise » → « de cerise », « l'abricot » → « d'abricot », « les agrumes » → « d'agrumes ». */
export function de(phrase: string): string {
  const word = withoutArticle(phrase);
  return ELIDES.test(word) ? `d'${word}` : `de ${word}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « a, b et c ». */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
