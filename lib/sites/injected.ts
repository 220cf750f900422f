/**
 * The elements Tactful put into the page (badge and veil hosts). They carry no name, class or attribute a page could
 * select or read, so readers recognise them by identity: text under them is never part of a comment.
 */
const hosts = new WeakSet<Element>();

export const markInjected = (el: Element): void => void hosts.add(el);
export const isInjected = (el: Element): boolean => hosts.has(el);
