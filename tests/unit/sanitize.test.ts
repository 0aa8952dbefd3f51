import { describe, expect, it } from 'vitest';
import { nodeSanitizerWindow, parsePage } from '../../src/node/page';
import { canSanitizeIn, sanitizeElementHtml, sanitizeHtml } from '../../src/render/sanitize';

const win = nodeSanitizerWindow();

describe('sanitizeHtml', () => {
  it.each([
    ['<p>a<script>alert(1)</script></p>', '<p>a</p>'],
    ['<img src="https://e.com/a.jpg" onerror="alert(1)" alt="A photo">', '<img src="https://e.com/a.jpg" alt="A photo">'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href="data:text/html,<script>1</script>">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href=" vbscript:msgbox(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<svg><script>1</script><a xlink:href="javascript:1">s</a></svg>', '<svg><a>s</a></svg>'],
    ['<iframe srcdoc="<script>1</script>"></iframe><p>x</p>', '<p>x</p>'],
    ['<p style="background:url(https://evil.example/x)">x</p><style>@import "https://evil.example"</style>', '<p>x</p>'],
    ['<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">x', 'x'],
    ['<form action="https://evil.example"><input name="body"><button>go</button></form>', 'go'],
    ['<p id="createElement" name="body" class="x">x</p>', '<p>x</p>'],
    ['<p lang="ar" dir="rtl">مرحبا</p>', '<p lang="ar" dir="rtl">مرحبا</p>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="A">', '<img alt="A">'],
    ['<img src=" &#10;DATA:image/svg+xml,<svg onload=alert(1)>" alt="B">', '<img alt="B">'],
    ['<video src="data:video/mp4;base64,AAAA" poster="https://e.com/p.jpg"></video>', '<video poster="https://e.com/p.jpg"></video>'],
  ])('%s', (input, output) => {
    expect(sanitizeHtml(input, win)).toBe(output);
  });

  it('sanitizes an element\'s children to the same markup as from their string', () => {
    const doc = win.document;
    const make = (tag: string, attributes: Record<string, string>, ...children: Array<Node | string>) => {
      const element = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.append(...children);
      return element;
    };
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const svgLink = doc.createElementNS('http://www.w3.org/2000/svg', 'a');
    svgLink.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:1');
    svgLink.append('s');
    svg.append(svgLink);
    const root = make('div', {},
      make('p', { onclick: 'x()' }, 'A ', make('a', { href: 'javascript:1' }, 'link'), make('img', { src: 'data:image/png;base64,AA', alt: 'c' }), make('script', {}, '1')),
      svg,
      make('form', {}, make('input', { name: 'body' })),
      make('a', { href: 'https://e.com/' }, 'ok'),
    );
    const fromString = sanitizeHtml(root.outerHTML.replace(/^<div>|<\/div>$/g, ''), win);
    const sanitized = sanitizeElementHtml(root, win);
    expect(sanitized).toBe(fromString);
    expect(sanitized).not.toMatch(/onclick|javascript|data:|script|input/);
    expect(sanitized).toContain('<a href="https://e.com/" rel="noopener noreferrer" target="_blank">ok</a>');
  });

  it('keeps safe links with noopener', () => {
    expect(sanitizeHtml('<a href="https://www.straitstimes.com/x">ST</a>', win)).toBe('<a href="https://www.straitstimes.com/x" rel="noopener noreferrer" target="_blank">ST</a>');
  });

  it('refuses a DOM it cannot sanitize in rather than passing markup through', () => {
    const { defaultView } = parsePage('<p>x</p>') as Document & { defaultView: unknown };
    expect(canSanitizeIn(defaultView)).toBe(false);
    expect(canSanitizeIn(win)).toBe(true);
  });
});
