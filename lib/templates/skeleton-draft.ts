import type { Action, Language } from '../scoring/assessment';

/** Walking-skeleton drafts, one per action; the communication guide's templates replace them. */
const DRAFTS: Record<Language, Partial<Record<Action, string>>> = {
  en: {
    apologise: "Hi {name}, I'm sorry this went wrong.\nCould you send us a DM with your order number? We'll sort it out today.",
    thank: 'Thank you, {name}! That means a lot to the team.',
    'fact-check': 'For anyone reading: this is not correct. Here is what we know, with sources.',
  },
  nl: {
    apologise: 'Hoi {name}, sorry dat dit misging.\nStuur je ons een DM met je bestelnummer? Dan lossen we het vandaag op.',
    thank: 'Dank je wel, {name}! Dat doet het team goed.',
  },
  other: {},
};

export function skeletonDraft(action: Action, name: string, language: Language): string {
  const text = DRAFTS[language][action] ?? DRAFTS.en[action] ?? 'Hi {name}, thanks for your comment.\nWe are looking into it.';
  return text.replaceAll('{name}', name.split(/\s+/)[0] || name);
}
