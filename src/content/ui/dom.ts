/**
 * A few lines instead of a UI library for the in-page UI (the content script has a 15 KB
 * budget): elements from a tag, attributes and children. Text only ever becomes a text node,
 * so page data can never turn into markup.
 */
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

function fill<E extends Element>(element: E, props: Props, children: Child[]): E {
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), props, children);
}

/**
 * An element with a class and, optionally, its text (a text node). Cheaper than `el` for a UI
 * built while a page loads: no props object to walk (measured in a content script's world).
 */
export function part<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.setAttribute('class', className);
  if (text !== undefined) element.append(text);
  return element;
}
