import type { Language } from '../scoring/assessment';
import type { TemplateLanguage } from '../templates/situations';

/**
 * The language to answer in: the comment's own when it is English or Dutch; otherwise the user's chosen language,
 * or with 'auto' the browser's.
 */
export function replyLanguage(comment: Language, setting: 'auto' | TemplateLanguage, uiLanguage: string): TemplateLanguage {
  if (comment === 'en' || comment === 'nl') return comment;
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
