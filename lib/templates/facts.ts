/**
 * Facts a comment already gives — its order number, the product it is about, the shop it names — so a draft
 * uses them instead of asking again ("DM us your order number" to someone who just wrote it). Plain patterns
 * for English and Dutch, deliberately narrow: a missed fact leaves a generic draft, a wrong one would put a
 * wrong word in a reply. The panel shows what was found as editable fields before anything is inserted.
 */
import type { Values } from './render';

export type CommentFacts = Pick<Values, 'order' | 'product' | 'place'>;

const L = String.raw`\p{L}`;
// An order id: optional letters, then digits (at least three in all), as in "4411", "NL-20931", "A1234".
const ID = String.raw`((?:[A-Za-z]{1,4}-?)?\d[\dA-Za-z-]{2,19})`;
// "order #4411", "order number: 4411", "bestelling 4411", "bestelnummer NL-4411", "ordernr. 4411".
const ORDER_NAMED = new RegExp(
  String.raw`(?<!${L})(?:order(?:\s+(?:number|no\.?|nr\.?))?|ordernumm?er|ordernr\.?|bestel(?:ling|nummer|nr\.?))(?:\s*(?:#|:|nr\.?|no\.?)|\s+(?:is|was))?\s*${ID}(?![${L}\d])`,
  'giu',
);
// "#4411" on its own: a hashtag of digits only is an order number far more often than a topic.
const ORDER_HASH = /(?<![\p{L}\p{N}&#])#(\d{3,20})(?![\p{L}\p{N}])/u;

const digits = (id: string): number => id.replace(/\D/g, '').length;

function orderFrom(text: string): string | undefined {
  for (const m of text.matchAll(ORDER_NAMED)) {
    const id = m[1]!.replace(/-+$/, '');
    if (digits(id) >= 3) return id;
  }
  return ORDER_HASH.exec(text)?.[1];
}

const WORD = String.raw`[${L}][${L}'’-]{1,30}`;
// Colours, seasons and "new" belong to the product ("my new jacket"); other words after "my" end it.
const ADJECTIVE = String.raw`(?:(?:brand[ -])?new|old|black|white|blue|red|green|grey|gray|pink|winter|summer|rain|leather|wool|nieuwe|oude|zwarte|witte|blauwe|rode|groene|grijze|roze)`;
const PRODUCT = [
  new RegExp(String.raw`(?<!${L})(?:my|mijn|m'n)\s+((?:${ADJECTIVE}\s+)?${WORD})`, 'giu'),
  new RegExp(String.raw`(?<!${L})the\s+(${WORD})\s+(?:I|we)\s+(?:bought|ordered|got)(?!${L})`, 'giu'),
  new RegExp(String.raw`(?<!${L})de\s+(${WORD})\s+die\s+ik\s+(?:heb\s+)?(?:gekocht|besteld)(?!${L})`, 'giu'),
];

/** Words after "my" / "mijn" that are not something a shop sold. */
const NOT_A_PRODUCT = new Set([
  // English
  'order', 'orders', 'money', 'refund', 'account', 'email', 'mail', 'time', 'mind', 'life', 'god', 'goodness', 'bad',
  'fault', 'mistake', 'opinion', 'experience', 'own', 'question', 'complaint', 'message', 'messages', 'name', 'number',
  'address', 'bank', 'patience', 'friend', 'friends', 'family', 'wife', 'husband', 'kids', 'mom', 'mum', 'dad', 'point',
  'favourite', 'favorite', 'first', 'last', 'second', 'only', 'whole', 'best', 'worst', 'support', 'dm', 'dms', 'word',
  'side', 'way', 'day', 'week', 'birthday', 'eyes', 'head', 'heart', 'view', 'case', 'problem', 'issue', 'delivery',
  'package', 'parcel', 'payment', 'card', 'invoice', 'receipt', 'review',
  // Dutch
  'bestelling', 'bestellingen', 'geld', 'tijd', 'excuses', 'mening', 'ervaring', 'vraag', 'klacht', 'bericht',
  'berichten', 'naam', 'nummer', 'bestelnummer', 'ordernummer', 'adres', 'leven', 'fout', 'schuld', 'familie',
  'vriend', 'vriendin', 'man', 'vrouw', 'kinderen', 'moeder', 'vader', 'geduld', 'eigen', 'eerste', 'laatste', 'enige',
  'hele', 'beste', 'levering', 'pakket', 'pakketje', 'betaling', 'factuur', 'bon', 'punt',
  'kant', 'dag', 'week', 'verjaardag', 'ogen', 'hoofd', 'hart', 'probleem', 'recensie', 'retour',
]);

function productFrom(text: string): string | undefined {
  for (const pattern of PRODUCT) {
    for (const m of text.matchAll(pattern)) {
      const phrase = m[1]!;
      const head = phrase.split(/\s+/).at(-1)!.toLowerCase().replace(/['’]s$/, '');
      if (!NOT_A_PRODUCT.has(head)) return phrase.replace(/['’]s$/, '');
    }
  }
  return undefined;
}

const NAME = String.raw`(\p{Lu}[${L}'’-]+(?:\s\p{Lu}[${L}'’-]+)?)`;
// "your Utrecht store", "the store in Utrecht", "jullie winkel in Utrecht", "het filiaal in Den Bosch".
const PLACE = [
  new RegExp(String.raw`(?<!${L})(?:[Yy]our|[Tt]he|[Oo]ur)\s+${NAME}\s+(?:store|shop|branch|outlet)(?!${L})`, 'gu'),
  // Not case-insensitive: the place itself must be capitalised ("in december" is a month, not a town).
  new RegExp(String.raw`(?<!${L})(?:[Ss]tore|[Ss]hop|[Bb]ranch|[Oo]utlet|[Ww]inkel|[Ff]iliaal|[Vv]estiging|[Zz]aak)\s+in\s+${NAME}`, 'gu'),
];
/** Capitalised words that follow "store in" without being a place. */
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Januari|Februari|Maart|Mei|Juni|Juli|Augustus|Oktober|De|Het|The)(?:\s|$)/u;

function placeFrom(text: string): string | undefined {
  for (const pattern of PLACE) {
    for (const m of text.matchAll(pattern)) if (!NOT_A_PLACE.test(m[1]!)) return m[1]!;
  }
  return undefined;
}

/** The facts in one comment; a fact that is not there is left out. */
export function factsFrom(text: string): CommentFacts {
  const facts: CommentFacts = {};
  const order = orderFrom(text);
  const product = productFrom(text);
  const place = placeFrom(text);
  if (order) facts.order = order;
  if (product) facts.product = product;
  if (place) facts.place = place;
  return facts;
}
