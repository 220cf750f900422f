import type { TemplateLanguage } from './situations';

/** Word lists behind the BIFF check, per language. Lower case; matched on word boundaries. */
export interface BiffCues {
  /** Phrases that name a next step the reader can take or will see happen (a link counts too). */
  nextStep: string[];
  /**
   * Concrete information besides numbers and links: a named day or time ("today", "this week"), or the rules a
   * moderation reply cites, which is the fact such a reply gives.
   */
  fact: string[];
  /** Words that blame the reader or point at their mistakes. */
  blame: string[];
  /** Sarcasm and condescension. */
  sarcasm: string[];
  apology: string[];
  hedging: string[];
  /** Arguing back instead of stating the facts once. */
  arguing: string[];
}

export const CUES: Record<TemplateLanguage, BiffCues> = {
  en: {
    nextStep: ['dm', 'direct message', 'message us', 'send us', 'email', 'call', "we'll", 'we will', 'today', 'tomorrow',
      'within', 'here is', "here's", 'you can', 'link', 'details', 'follow up', 'look into', 'check',
      // Consequences are the next step of a firm reply.
      'hidden', 'removed', 'reported', 'blocked', 'pinned'],
    fact: ['today', 'tomorrow', 'tonight', 'this week', 'this morning', 'this afternoon', 'monday', 'tuesday', 'wednesday',
      'thursday', 'friday', 'saturday', 'sunday', 'code of conduct', 'house rules', "platform's rules"],
    blame: ['your fault', 'you should have', 'you failed', 'you didn\'t read', 'you did not read', 'if you had',
      'you clearly', 'as you should know', 'you people'],
    sarcasm: ['obviously', 'good luck with that', 'sure, whatever', 'as we already said', 'as already explained',
      'nice try', 'bless your heart', 'thanks for nothing', 'lol', 'lmao', '🙄', '🙃', '😂'],
    apology: ['sorry', 'apologise', 'apologize', 'apologies', 'our fault', 'forgive'],
    hedging: ['maybe', 'perhaps', 'i think', 'we think', 'kind of', 'sort of', 'just', 'possibly', 'hopefully',
      'we might', 'i guess', 'try to'],
    arguing: ['actually', 'you\'re wrong', 'you are wrong', 'that\'s not true', 'but you', 'no, ', 'how dare',
      'let me be clear', 'for the last time'],
  },
  nl: {
    nextStep: ['dm', 'privébericht', 'stuur ons', 'stuur je', 'mail', 'bel', 'we gaan', 'wij gaan', 'vandaag', 'morgen',
      'binnen', 'hier vind', 'je kunt', 'link', 'details', 'komen we', 'zoeken we', 'bekijken',
      'verbergen', 'verwijderd', 'gemeld', 'melden', 'blokkeren', 'vastgepind'],
    fact: ['vandaag', 'morgen', 'vanavond', 'deze week', 'vanochtend', 'vanmiddag', 'maandag', 'dinsdag', 'woensdag',
      'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'huisregels', 'regels van het platform'],
    blame: ['jouw schuld', 'je schuld', 'had je moeten', 'je had', 'als je had', 'je hebt niet gelezen', 'jullie mensen'],
    sarcasm: ['uiteraard', 'succes ermee', 'zoals gezegd', 'zoals we al zeiden', 'leuk geprobeerd', 'lol', '🙄', '🙃', '😂'],
    apology: ['sorry', 'excuses', 'excuus', 'onze schuld', 'vergeef'],
    hedging: ['misschien', 'eventueel', 'ik denk', 'we denken', 'een beetje', 'soort van', 'gewoon', 'hopelijk',
      'proberen', 'wellicht'],
    arguing: ['eigenlijk', 'je hebt ongelijk', 'dat klopt niet', 'maar jij', 'nee, ', 'hoe durf', 'voor de laatste keer'],
  },
};

export type TipCode =
  | 'too-long' | 'long-sentence' | 'too-many-sentences'
  | 'no-fact' | 'no-next-step'
  | 'negative-tone' | 'blame' | 'sarcasm' | 'shouting'
  | 'over-apologising' | 'hedging' | 'arguing' | 'too-many-questions';

export const TIPS: Record<TemplateLanguage, Record<TipCode, string>> = {
  en: {
    'too-long': 'Cut it down: a reply people read is under 60 words.',
    'long-sentence': 'Split the longest sentence.',
    'too-many-sentences': 'Keep to about four sentences.',
    'no-fact': 'Add one concrete fact: a number, a date or a link to a source.',
    'no-next-step': 'Say what happens next or what they can do (a DM, a link, a time).',
    'negative-tone': 'The tone reads negative: lead with thanks or understanding.',
    blame: 'Drop the blame; describe the problem, not the person.',
    sarcasm: 'Remove sarcasm: the audience reads it as contempt.',
    shouting: 'No capitals or stacked exclamation marks.',
    'over-apologising': 'Apologise once, sincerely, then fix it.',
    hedging: 'Say it plainly: drop "maybe", "just", "I think".',
    arguing: 'State the facts once; do not argue back.',
    'too-many-questions': 'Ask at most one question.',
  },
  nl: {
    'too-long': 'Maak het korter: een reactie die gelezen wordt, heeft minder dan 60 woorden.',
    'long-sentence': 'Splits de langste zin.',
    'too-many-sentences': 'Houd het bij ongeveer vier zinnen.',
    'no-fact': 'Noem één concreet feit: een getal, een datum of een link naar een bron.',
    'no-next-step': 'Zeg wat er nu gebeurt of wat ze kunnen doen (een DM, een link, een tijd).',
    'negative-tone': 'De toon is negatief: begin met dank of begrip.',
    blame: 'Laat de schuldvraag weg; beschrijf het probleem, niet de persoon.',
    sarcasm: 'Haal het sarcasme weg: meelezers zien het als minachting.',
    shouting: 'Geen hoofdletters of reeksen uitroeptekens.',
    'over-apologising': 'Bied één keer oprecht excuses aan en los het dan op.',
    hedging: 'Zeg het direct: laat "misschien", "wellicht", "ik denk" weg.',
    arguing: 'Noem de feiten één keer; ga niet in discussie.',
    'too-many-questions': 'Stel hoogstens één vraag.',
  },
};
