/**
 * The judgement on comments written for this test (not in the corpus), one or more per hard-case family of the
 * rubric (docs/judgement.md), English and Dutch; among them the comments the judgement issue found wrong.
 * An item passes when the action is the label or one of the alternatives the rubric allows.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '@/lib/scoring/assessment';
import { REASON_CODES } from '@/lib/scoring/reasons';
import { assess } from '@/lib/scoring/score';

type Case = [family: string, ok: Action | Action[], text: string];

const CASES: Case[] = [
  // report: threats without swearing, inside complaints, doxxing, sexual harassment, harassment, hate
  ['threat-no-profanity', 'report', 'I will come to your store and smash every window. I know where your manager lives.'],
  ['threat-no-profanity', 'report', 'Ik weet waar jullie kantoor is. Wacht maar af…'],
  ['threat-no-profanity', 'report', 'I know what time you close on Fridays. See you then.'],
  ['threat-in-complaint', 'report', 'Third time my parcel went missing. I know which driver it is and where he parks his van. He will regret it.'],
  ['threat-in-complaint', 'report', 'Al drie weken geen internet. Als die monteur morgen weer niet komt, sta ik bij hem op de stoep en dan gebeurt er wat.'],
  ['doxxing', 'report', 'That rude cashier is Lisa de Vries, she lives on Kerkstraat 14 in Zwolle, go tell her what you think'],
  ['sexual-harassment', 'report', 'the girl at the Utrecht store is so hot, send me her number 😍 I want to see her in that uniform'],
  ['harassment-of-commenter', 'report', '@mark_1988 you are a brainless moron, crawl back under your rock'],
  ['harassment-of-commenter', 'report', '@sanne_k jij bent echt een dom wijf, hou je bek'],
  ['hate', 'report', 'immigrants are vermin, deport them all'],
  ['hate', 'report', 'Die gelukszoekers moeten allemaal terug naar hun eigen land, tuig is het'],
  ['self-harm', 'report', 'nobody would miss you if you jumped, just do it'],
  // mute: spam, scams, phishing
  ['spam', 'mute', 'DM me for free followers!!!'],
  ['spam-as-compliment', 'mute', 'Love this 😍 check my page for more content like this 💕'],
  ['creator-spam', 'mute', 'Hey guys please check out my channel, I make covers of this song, would mean the world 🙏 subscribe!'],
  ['crypto-scam', 'mute', 'I made $7,500 in a week trading with Mrs Julia Adams, contact her on WhatsApp +1 555 203 8821'],
  ['phishing-platform', ['mute', 'report'], 'Your page violates our community standards and will be disabled in 24 hours. Verify your account here: meta-support-verify.com'],
  ['spam-nl', 'mute', 'Verdien €500 per dag vanuit huis! Stuur me een DM voor meer info 💰'],
  ['recovery-scam', ['mute', 'report'], 'Mijn account was gehackt maar @herstel_expert heeft het binnen een uur teruggehaald, echt een aanrader!'],
  // ignore: provocation without an issue
  ['ratio', 'ignore', 'ratio + L + nobody asked'],
  ['sarcasm-no-issue', 'ignore', 'wow another post, so creative 🙄'],
  ['generic-brand-insult', 'ignore', 'worst company on the planet lol 🤡'],
  ['mockery-nl', 'ignore', 'huil maar 🤡🤡 boeien'],
  ['canned-reply-bait', 'ignore', 'let me guess: "please send us a DM" 🤖'],
  ['generic-brand-insult-nl', 'ignore', 'Wat een clubje prutsers, lachwekkend'],
  // fact-check
  ['rumour-with-numbers', 'fact-check', 'Heard they are closing 40 stores next month and firing everyone, share before they delete this'],
  ['health-claim', 'fact-check', 'Everyone knows this shampoo causes cancer, they just don’t tell you'],
  ['rumour-nl', 'fact-check', 'Mijn neef werkt daar en zegt dat ze failliet gaan in januari, koop geen cadeaubonnen meer!'],
  ['price-claim-nl', 'fact-check', 'Iedereen weet dat jullie prijzen in een jaar 60 procent omhoog zijn gegaan, schandalig'],
  // apologise: concrete failures, also angry, sarcastic or insulting the brand
  ['late-delivery', 'apologise', "My order #4411 still hasn't arrived after 3 weeks and support never answers. I want a refund."],
  ['sarcasm-with-issue', 'apologise', 'great, another 3 weeks waiting for my parcel, love it'],
  ['complaint-insults-brand', 'apologise', 'you useless lot lost my parcel AGAIN, absolute clowns'],
  ['complaint-nl', 'apologise', 'Mijn bestelling is al 2 weken niet geleverd en de klantenservice reageert niet. Ik wil mijn geld terug.'],
  ['innocent-poot', ['apologise', 'answer'], 'De poot van de tafel was al afgebroken toen hij werd bezorgd, wat nu?'],
  ['innocent-pot', ['apologise', 'answer'], 'Onze pot pindakaas was over de datum, jammer'],
  ['mixed-praise-complaint', 'apologise', 'Love your coats but the zip on mine broke after a week 😕'],
  // answer: questions, also about delivery
  ['shipping-question', 'answer', 'Do you ship to Belgium?'],
  ['shipping-question-nl', 'answer', 'Hoe lang duurt de levering naar België ongeveer?'],
  ['self-deprecating-question', 'answer', 'sorry if this is a dumb question but is the large one machine washable?'],
  ['idiom-not-threat', ['answer', 'apologise'], 'would it kill you to let me change my seat'],
  ['innocent-pets', 'answer', 'Can I bring guinea pigs in a small pet carrier on the train?'],
  ['opening-hours-nl', 'answer', 'Hoe laat gaat de winkel in Utrecht open op zondag?'],
  ['mild-scepticism', ['answer', 'fact-check'], 'Is this really worth €80? Looks a lot like the cheap one'],
  // thank: praise, also swearing and slang, innocent ambiguous words
  ['praise', 'thank', 'Love the new jacket, thanks for the quick delivery!'],
  ['swearing-as-praise', 'thank', 'holy shit this burger is fucking amazing'],
  ['slang-praise', 'thank', 'You guys killed it with this launch 🔥'],
  ['innocent-nicht', 'thank', 'Mijn nicht heeft dezelfde jas gekocht, ze is er heel blij mee.'],
  ['innocent-homo', 'thank', 'Ik ben zelf homofiel en vind jullie regenboogcollectie prachtig!'],
  ['praise-nl', 'thank', 'Dank je wel, de levering was super snel. Top service!'],
  ['emoji-praise', 'thank', '😍😍🔥'],
  ['swearing-as-praise-nl', 'thank', 'kut lekker dit, echt ziek goed'],
];

const ok = (want: Action | Action[]): Action[] => (Array.isArray(want) ? want : [want]);

describe('the action for comments the corpus never saw', () => {
  it.each(CASES)('%s: %j ← %s', (_family, want, text) => {
    const a = assess({ id: '1', text });
    expect(ok(want)).toContain(a.action);
    expect(a.reasons.length).toBeGreaterThanOrEqual(1);
    expect(a.reasons.length).toBeLessThanOrEqual(4);
    for (const r of a.reasons) expect(REASON_CODES).toContain(r.code);
  });
});

describe('innocent words are not reported', () => {
  it.each([
    'Mijn nicht heeft dezelfde jas gekocht, ze is er heel blij mee.',
    'Ik ben zelf homofiel en vind jullie regenboogcollectie prachtig!',
    'De poot van de tafel was al afgebroken toen hij werd bezorgd, wat nu?',
    'Onze pot pindakaas was over de datum, jammer',
    'Een halve liter melk was lek bij aankomst',
    'Steunen jullie ook het kankeronderzoek van het KWF?',
    'Would it kill you to open another till on Saturday?',
  ])('%s', (text) => {
    expect(assess({ id: '1', text }).action).not.toBe('report');
  });
});
