/**
 * The one element builder for the in-page UI (the content script has a 15 KB budget and builds
 * its UI while pages load and on each keystroke, in code that has barely run): an element from
 * a tag, an optional class and optional text. Text only ever becomes a text node, so page data
 * can never turn into markup. Other attributes are set one call each: a props object to walk
 * cost about twice as much, measured cold in a content script's world.
 */
export function part<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== undefined) element.setAttribute('class', className);
  if (text !== undefined) element.append(text);
  return element;
}
