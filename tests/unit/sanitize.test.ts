import { describe, expect, it } from 'vitest';
import { nodeSanitizerWindow, parsePage } from '../../src/node/page';
import { canSanitizeIn, sanitizeHtml } from '../../src/render/sanitize';

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
  ])('%s', (input, output) => {
    expect(sanitizeHtml(input, win)).toBe(output);
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
