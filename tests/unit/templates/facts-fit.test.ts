import { describe, expect, it } from 'vitest';
import { factsFrom } from '@/lib/templates/facts';
import { fit, fitting } from '@/lib/templates/fit';
import { gapsIn } from '@/lib/templates/render';

describe('facts a comment gives', () => {
  it.each([
    ["My order #4411 still hasn't arrived after 3 weeks and support never answers.", { order: '4411' }],
    ['order number is A-10293, I called the number 0800-1234 three times', { order: 'A-10293' }],
    ['bestelnummer: NL-20931 is nog steeds niet binnen', { order: 'NL-20931' }],
    ['Bestelling 55120 kwam kapot aan', { order: '55120' }],
    ['Where is #88231??', { order: '88231' }],
    ['Al twee weken wachten op mijn jas. Slechte service 😡', { product: 'jas' }],
    ["My new jacket's zipper broke after a week", { product: 'new jacket' }],
    ['the jacket I bought last week tore at the seam', { product: 'jacket' }],
    ['De rits van de jas die ik heb gekocht is kapot', { product: 'jas' }],
    ['The staff at your Utrecht store were rude to me', { place: 'Utrecht' }],
    ['Ik was gisteren in jullie winkel in Den Bosch en niemand hielp me', { place: 'Den Bosch' }],
  ])('%s', (text, facts) => {
    expect(factsFrom(text)).toEqual(facts);
  });

  it.each([
    'Oh my god this is bad, my order is late', // "my god", "my order": not products
    'the store in December was closed', // a month is not a place
    'Love it ❤️ #winter #2024sale see https://review.example/jas', // hashtags with letters are topics
    'It took 3 weeks, order 2 of 3 is still missing', // too few digits for an order id
    'Nummer 4411, dank', // a bare "number" may be a phone number: not taken
  ])('finds nothing in %s', (text) => {
    expect(factsFrom(text)).toEqual({});
  });
});

describe('which variants fit the comment', () => {
  const variants = [
    'Sorry about order #{order}, {name}.', // uses the order number
    'Sorry, {name}. Could you DM us your order number?', // asks for it
    'Sorry about your {product}, {name}. Could you DM us your order number?',
  ];
  const text = (v: string) => v;

  it('never asks for an order number the comment gave', () => {
    expect(fitting(variants, text, { name: 'Jane', order: '4411' })).toEqual([variants[0]]);
  });

  it('needs every fact it uses; more facts used weighs more', () => {
    expect(fitting(variants, text, { name: 'Jane' })).toEqual([variants[1]]);
    expect(fitting(variants, text, { name: 'Jane', product: 'jacket' })).toEqual([variants[1], variants[2]]);
    expect(fit(variants[2]!, { product: 'jacket' })).toBe(1);
    expect(fit(variants[1]!, { product: 'jacket' })).toBe(0);
    expect(fit(variants[2]!, { product: ' ' })).toBeUndefined(); // blank is not given
  });

  it('offers every variant when none fits, so the panel can ask for the gaps', () => {
    expect(fitting(['About order #{order}.'], text, {})).toEqual(['About order #{order}.']);
  });
});

describe('gaps left in a draft', () => {
  it('finds marks and raw variables, known or not, each once, in order', () => {
    expect(gapsIn('Hi Jane, [answer?] Sorry about {order} and [answer?] {foo}.')).toEqual([
      { mark: '[answer?]', variable: 'answer' }, { mark: '{order}', variable: 'order' }, { mark: '{foo}' },
    ]);
    expect(gapsIn('Hi Jane [sic], is it {}? [?]')).toEqual([]);
  });
});
