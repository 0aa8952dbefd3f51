// @vitest-environment happy-dom
/** Reader mode hides the page and gives it back exactly: the same DOM, scroll position, focus and field values. */
import { afterEach, describe, expect, it } from 'vitest';
import { hidePage, hidingCss, READER_HOST_TAG } from '../../src/page/page-hider';

/** A small page: a head with a style, a body with a story and a form (built node by node: no markup strings). */
function setUp(): { host: HTMLElement; textarea: HTMLTextAreaElement; input: HTMLInputElement } {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    if (text) element.textContent = text;
    return element;
  };
  document.head.replaceChildren(make('title', 'Story'), make('style', 'body { margin: 0 }'));
  const textarea = make('textarea');
  textarea.name = 'c';
  const input = make('input');
  input.name = 'q';
  const form = make('form');
  form.append(textarea, input);
  const main = make('main');
  main.append(make('h1', 'Headline'), make('p', 'First paragraph.'), form);
  document.body.className = 'article';
  document.body.replaceChildren(main);
  return { host: document.createElement(READER_HOST_TAG), textarea, input };
}

afterEach(() => {
  document.querySelector(READER_HOST_TAG)?.remove();
});

describe('hidePage', () => {
  it('adds nothing to the page but its style inside our host, and leaves the page serialised as before', () => {
    const { host } = setUp();
    const before = document.documentElement.outerHTML;
    const body = document.body.outerHTML;
    document.documentElement.append(host);
    const hidden = hidePage(document, host);
    expect(host.querySelector('style[data-firsthand="hide-page"]')?.textContent).toBe(hidingCss());
    expect(document.body.outerHTML).toBe(body);
    hidden.restore();
    host.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('hides every child of <html> but the host, with a rule ordinary page rules cannot beat', () => {
    const { host } = setUp();
    document.documentElement.append(host);
    hidePage(document, host);
    expect(getComputedStyle(document.body).display).toBe('none');
    expect(getComputedStyle(host).display).not.toBe('none');
    expect(hidingCss('x-host')).toContain(':root > :not(x-host, #firsthand-none) { display: none !important; }');
  });

  it('keeps what the reader typed and gives focus back to the field they were in', () => {
    const { host, textarea, input } = setUp();
    textarea.value = 'half a comment';
    input.value = 'a search';
    textarea.focus();
    document.documentElement.append(host);
    const hidden = hidePage(document, host);
    const button = document.createElement('button');
    host.append(button);
    button.focus();
    hidden.restore();
    host.remove();
    expect(textarea.value).toBe('half a comment');
    expect(input.value).toBe('a search');
    expect(document.activeElement).toBe(textarea);
  });

  it('scrolls back to where the reader was, unless the page moved to another address meanwhile', () => {
    const { host } = setUp();
    const calls: Array<ScrollToOptions | undefined> = [];
    const original = window.scrollTo.bind(window);
    window.scrollTo = ((options?: ScrollToOptions) => void calls.push(options)) as typeof window.scrollTo;
    try {
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 1234 });
      document.documentElement.append(host);
      const hidden = hidePage(document, host);
      expect(hidden.snapshot.scrollY).toBe(1234);
      hidden.restore();
      expect(calls).toEqual([{ left: 0, top: 1234, behavior: 'instant' }]);
      hidden.restore();
      expect(calls).toHaveLength(1);
      hidePage(document, host).restore({ scroll: false });
      expect(calls).toHaveLength(1);
    } finally {
      window.scrollTo = original;
      Reflect.deleteProperty(window, 'scrollY');
    }
  });
});
