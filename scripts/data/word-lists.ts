/**
 * Two well-kept English word-list libraries (dev dependencies, MIT), as peers for Tactful's toxicity on the
 * same test split: `obscenity` (its English dataset with the recommended transformers, which undo leetspeak,
 * repeated letters and spacing) and `@2toad/profanity` (whole-word list). A text counts as offensive when the
 * library finds a match.
 */
import { profanity } from '@2toad/profanity';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export const WORD_LISTS = {
  obscenity: (text: string): boolean => obscenity.hasMatch(text),
  '@2toad/profanity': (text: string): boolean => profanity.exists(text),
} as const;
