/**
 * First scorer of the walking skeleton: a small hand-written lexicon. It exists so the page → background →
 * panel chain runs on real scores; the trained model replaces it.
 */
export const NEGATIVE = ['bad', 'terrible', 'awful', 'worst', 'broken', 'late', 'never', 'refund', 'slecht', 'waardeloos', 'kapot', 'nooit'];
export const POSITIVE = ['thanks', 'thank', 'great', 'love', 'good', 'awesome', 'bedankt', 'dank', 'top', 'geweldig', 'mooi'];
export const INSULTS = ['idiot', 'stupid', 'clown', 'moron', 'loser', 'idioot', 'dom', 'sukkel', 'debiel'];
export const COMPLAINT = ['order', 'refund', 'delivery', 'broken', 'support', 'bestelling', 'levering', 'terugbetaling'];
export const CLAIM = ['fake', 'hoax', 'everyone knows', 'they never', 'iedereen weet', 'nep'];
export const DUTCH = ['de', 'het', 'een', 'niet', 'ik', 'jullie', 'en', 'van', 'is', 'mijn', 'nog', 'wel'];
